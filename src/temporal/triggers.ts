/**
 * Trigger zones: where in a text a parser with a {@link ParserTrigger} can match at all. One scan finds every trigger
 * piece of every parser of a locale; each parser then runs its pattern only inside the zones around its own pieces.
 * Exact by the trigger contract: no match starts outside a zone, and inside a zone the pattern sees the same text
 * (a prefix of it, cut far enough after the last piece that no match can read up to the cut).
 */
import { isSpaceCode } from '../chars.js';
import { escapeRegExp, NOT_AFTER_LETTER } from './common/patterns.js';
import { TRIGGER_REACH_AFTER, TRIGGER_REACH_BEFORE, type TemporalParser } from './contract.js';

/** A compiled trigger plan of one parser list. */
export interface TriggerPlan {
  /** One pattern for all pieces (digit runs and literal pieces). */
  readonly scan: RegExp | undefined;
  /** {@link TriggerPlan.scan} as a sticky pattern: is there a piece right at `lastIndex`? (where the ASCII trie cannot tell) */
  readonly scanAt: RegExp | undefined;
  /** The ASCII pieces as a trie, for the scan that finds the same pieces as `scan` without running it (see {@link scanPieces}). */
  readonly trie: PieceTrie;
  /** Does `scan` take runs of digits? */
  readonly scansDigits: boolean;
  /**
   * Parser bits of each lower-case piece, wherever it stands: of the parsers with a piece it starts with (itself or a
   * shorter one), and of the parsers of whole words (`ParserTrigger.wholeWords`) with a word it starts with that
   * a non-letter of the piece ends.
   */
  readonly bitsOf: ReadonlyMap<string, number>;
  /** Bits of the parsers of whole words with this very piece: they count only where no letter follows it. */
  readonly wholeBitsOf: ReadonlyMap<string, number>;
  readonly digitBits: number;
  /** Parsers that take only some runs of digits (`ParserTrigger.digitRun`): their bits and tests. */
  readonly digitRuns: readonly { readonly bit: number; readonly holds: (text: string, start: number, end: number) => boolean }[];
  /** Bit of each parser (0 when the parser has no trigger and scans the whole text). */
  readonly parserBit: readonly number[];
  /** Reach of each parser's zones before and after a piece, in non-blank characters. */
  readonly reach: readonly (readonly [number, number])[];
  readonly allBits: number;
}

/** Parsers with a trigger beyond this many keep scanning the whole text (bits are 32-bit integers). */
const MAX_TRIGGERED = 30;

const plans = new WeakMap<readonly TemporalParser[], TriggerPlan>();

/** The trigger plan of a parser list (cached per list). */
export function triggerPlan(parsers: readonly TemporalParser[]): TriggerPlan {
  let plan = plans.get(parsers);
  if (plan) return plan;
  const own = new Map<string, number>();
  const wholeOwn = new Map<string, number>();
  const parserBit: number[] = [];
  const reach: [number, number][] = [];
  let digitBits = 0;
  const digitRuns: { bit: number; holds: (text: string, start: number, end: number) => boolean }[] = [];
  let allBits = 0;
  let next = 0;
  for (const parser of parsers) {
    const trigger = parser.trigger;
    reach.push([trigger?.before ?? TRIGGER_REACH_BEFORE, trigger?.after ?? TRIGGER_REACH_AFTER]);
    if (!trigger || next >= MAX_TRIGGERED || ((trigger.words ?? []).length === 0 && !trigger.digits)) {
      parserBit.push(0);
      continue;
    }
    const bit = 1 << next++;
    parserBit.push(bit);
    allBits |= bit;
    if (trigger.digits && trigger.digitRun) digitRuns.push({ bit, holds: trigger.digitRun });
    else if (trigger.digits) digitBits |= bit;
    const pieces = trigger.wholeWords ? wholeOwn : own;
    for (const word of trigger.words ?? []) {
      const lower = word.toLowerCase();
      pieces.set(lower, (pieces.get(lower) ?? 0) | bit);
    }
  }
  const all = new Set([...own.keys(), ...wholeOwn.keys()]);
  const bitsOf = new Map<string, number>();
  for (const piece of all) {
    let bits = 0;
    for (const [other, otherBits] of own) if (piece.startsWith(other)) bits |= otherBits;
    for (const [word, wordBits] of wholeOwn) if (piece.length > word.length && piece.startsWith(word) && !isLetterAt(piece, word.length)) bits |= wordBits;
    bitsOf.set(piece, bits);
  }
  const literals = [...all].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp);
  const alternatives = [...(digitBits || digitRuns.length ? ['\\d+'] : []), ...(literals.length ? [`${NOT_AFTER_LETTER}(?:${literals.join('|')})`] : [])];
  const scan = alternatives.length ? new RegExp(alternatives.join('|'), 'giu') : undefined;
  const scanAt = alternatives.length ? new RegExp(alternatives.join('|'), 'iuy') : undefined;
  const scansDigits = digitBits !== 0 || digitRuns.length > 0;
  plan = { scan, scanAt, trie: pieceTrie(bitsOf, wholeOwn), scansDigits, bitsOf, wholeBitsOf: wholeOwn, digitBits, digitRuns, parserBit, reach, allBits };
  plans.set(parsers, plan);
  return plan;
}

/** Is the character at `index` of `text` a letter (`\p{L}`)? Past the end is none. */
function isLetterAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (c < 128 || Number.isNaN(c)) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(String.fromCodePoint(text.codePointAt(index)!));
}
const LETTER = /^\p{L}$/u;

/**
 * The bits of the parsers a piece found by the plan's scan at `start` of `text` can start: a digit run's, or a
 * literal piece's (a whole word's only where no letter follows it).
 */
export function bitsOfHit(plan: TriggerPlan, text: string, start: number, piece: string): number {
  const first = piece.charCodeAt(0);
  // a digit run: no literal piece starts inside it
  if (first >= 48 && first <= 57) return digitRunBits(plan, text, start, start + piece.length);
  const lower = piece.toLowerCase();
  const bits = plan.bitsOf.get(lower);
  // matched by Unicode case folding alone ("ſecond"): every parser, to be safe
  if (bits === undefined) return plan.allBits;
  const whole = plan.wholeBitsOf.get(lower);
  return whole && !isLetterAt(text, start + piece.length) ? bits | whole : bits;
}

/**
 * The pieces of ASCII characters as a trie: node `k`'s child by the lower-case ASCII code `c` is
 * `next[k * columns + column[c]]` (0 for none; the root is node 0; column 0 is every code no piece holds). A node
 * that ends a piece holds its bits (as `bitsOf` and `wholeBitsOf` give them) and `ends` 1. One column per character
 * the pieces use keeps the table small enough to stay in the processor's cache.
 */
export interface PieceTrie {
  readonly column: Uint8Array;
  readonly columns: number;
  readonly next: Uint16Array;
  readonly ends: Uint8Array;
  readonly bits: Int32Array;
  readonly wholeBits: Int32Array;
  /** Nodes with at least one child. */
  readonly inner: Uint8Array;
}

function pieceTrie(bitsOf: ReadonlyMap<string, number>, wholeBitsOf: ReadonlyMap<string, number>): PieceTrie {
  const pieces = [...bitsOf.keys()];
  const column = new Uint8Array(128);
  let columns = 1;
  for (const piece of pieces) {
    for (let i = 0; i < piece.length && piece.charCodeAt(i) < 128; i++) if (column[piece.charCodeAt(i)] === 0) column[piece.charCodeAt(i)] = columns++;
  }
  const children: Map<number, number>[] = [new Map()];
  const ends: number[] = [0];
  const bits: number[] = [0];
  const wholeBits: number[] = [0];
  const inner: number[] = [0];
  for (const piece of pieces) {
    let node = 0;
    let ascii = true;
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      inner[node] = 1;
      // a piece with a non-ASCII character ("decenniën"): its ASCII start leads the walk there, the pattern decides
      if (code >= 128) {
        ascii = false;
        break;
      }
      let child = children[node].get(column[code]);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push(0);
        bits.push(0);
        wholeBits.push(0);
        inner.push(0);
        children[node].set(column[code], child);
      }
      node = child;
    }
    if (!ascii) continue;
    ends[node] = 1;
    bits[node] = bitsOf.get(piece)!;
    wholeBits[node] = wholeBitsOf.get(piece) ?? 0;
  }
  if (children.length > 0xffff) throw new RangeError('trigger pieces: too many for the trie');
  const next = new Uint16Array(children.length * columns);
  children.forEach((byColumn, node) => byColumn.forEach((child, at) => (next[node * columns + at] = child)));
  return { column, columns, next, ends: Uint8Array.from(ends), bits: Int32Array.from(bits), wholeBits: Int32Array.from(wholeBits), inner: Uint8Array.from(inner) };
}

/** Is the code point that ends right before `index` a letter? */
function isLetterBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const c = text.charCodeAt(index - 1);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // the low half of a surrogate pair: the whole code point
  const at = isLowSurrogate(c) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2)) ? index - 2 : index - 1;
  return LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Every piece the plan's `scan` finds in `text`, in order, handed to `found(start, end, bits)`: the same pieces as
 * running `scan` (global, from the start), found by walking the text once. A run of digits where the scan takes
 * digits; else, where no letter goes before, the longest piece of ASCII letters the trie holds. Where a non-ASCII
 * character could take part (case folding: "ſecond"; the Dutch "’s", "één"), the sticky `scanAt` decides at that
 * position. Digits and most letters never reach a pattern: the scan pattern's many alternatives under Unicode case
 * folding were tried at every position.
 */
export function scanPieces(plan: TriggerPlan, text: string, found: (start: number, end: number, bits: number) => void): void {
  const { trie, scansDigits, scanAt } = plan;
  if (!scanAt) return;
  const { column, bits, wholeBits } = trie;
  const n = text.length;
  let p = 0;
  // is the code point before p a letter? (a piece starts only where none is)
  let afterLetter = false;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (isAsciiLetter(c)) {
      if (afterLetter) {
        // inside a word: on past its ASCII letters
        for (p++; p < n && isAsciiLetter(text.charCodeAt(p)); p++);
        continue;
      }
    } else if (c < 128) {
      if (scansDigits && c >= 48 && c <= 57) {
        let end = p + 1;
        while (end < n && isDigitCode(text.charCodeAt(end))) end++;
        found(p, end, digitRunBits(plan, text, p, end));
        p = end;
        afterLetter = false;
        continue;
      }
      // no piece starts with this character, or one would stand after a letter
      if (afterLetter || column[c] === 0) {
        afterLetter = false;
        p++;
        continue;
      }
    } else if (afterLetter) {
      p = pastCodePoint(text, p, c);
      afterLetter = isLetterBefore(text, p);
      continue;
    }
    const piece = c < 128 ? pieceAt(trie, text, p) : FOLDED;
    if (piece === FOLDED) {
      scanAt.lastIndex = p;
      const match = scanAt.exec(text);
      if (match) {
        const end = p + match[0].length;
        found(p, end, bitsOfHit(plan, text, p, match[0]));
        p = end;
        afterLetter = isLetterBefore(text, end);
        continue;
      }
    } else if (piece !== 0) {
      const node = piece >>> PIECE_LENGTH_BITS;
      const end = p + (piece & PIECE_LENGTH_MASK);
      const whole = wholeBits[node];
      found(p, end, whole !== 0 && !isLetterAt(text, end) ? bits[node] | whole : bits[node]);
      p = end;
      afterLetter = isLetterBefore(text, end);
      continue;
    }
    // no piece here: step over this code point
    if (c < 128) {
      afterLetter = isAsciiLetter(c);
      p++;
    } else {
      p = pastCodePoint(text, p, c);
      afterLetter = isLetterBefore(text, p);
    }
  }
}

/** {@link pieceAt}'s answer where a non-ASCII character could take part: the scan pattern must decide. */
const FOLDED = -1;
const PIECE_LENGTH_BITS = 8;
const PIECE_LENGTH_MASK = (1 << PIECE_LENGTH_BITS) - 1;

/**
 * The longest ASCII piece at `p` of `text`, as its trie node shifted left by {@link PIECE_LENGTH_BITS} plus its
 * length; 0 for none; {@link FOLDED} when the walk meets a non-ASCII character where a longer piece could go on.
 */
function pieceAt(trie: PieceTrie, text: string, p: number): number {
  const { column, columns, next, ends, inner } = trie;
  let node = 0;
  let longest = 0;
  for (let i = p; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 128) return inner[node] === 1 ? FOLDED : longest;
    if (code >= 65 && code <= 90) code += 32;
    const at = column[code];
    if (at === 0) break;
    node = next[node * columns + at];
    if (node === 0) break;
    if (ends[node] === 1) longest = (node << PIECE_LENGTH_BITS) | (i + 1 - p);
  }
  return longest;
}

/** The index after the code point at `p` (`c` its first code unit): the Unicode scan never starts inside a pair. */
function pastCodePoint(text: string, p: number, c: number): number {
  return isHighSurrogate(c) && p + 1 < text.length && isLowSurrogate(text.charCodeAt(p + 1)) ? p + 2 : p + 1;
}
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** A-Z or a-z: setting bit 5 folds the upper case onto the lower, and one unsigned comparison tests the range. */
const isAsciiLetter = (c: number) => ((c | 32) - 97) >>> 0 < 26;
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** The bits of the parsers the run of digits `text[start, end)` can start. */
function digitRunBits(plan: TriggerPlan, text: string, start: number, end: number): number {
  let bits = plan.digitBits;
  for (const run of plan.digitRuns) if (run.holds(text, start, end)) bits |= run.bit;
  return bits;
}

/** A trigger piece found in the text, with the parsers it can start. */
interface Hit {
  start: number;
  end: number;
  bits: number;
  /** Non-blank characters before `start` and before `end`. */
  nonBlankStart: number;
  nonBlankEnd: number;
}

/** Found pieces and the non-blank index of the text, shared by all parsers of one tagging run. */
export class TriggerZones {
  private readonly hits: Hit[] = [];
  /** `nonBlankAt[k]`: offset of the k-th non-blank character. */
  private readonly nonBlankAt: Int32Array;
  private readonly nonBlankCount: number;

  constructor(
    private readonly text: string,
    private readonly plan: TriggerPlan,
  ) {
    const n = text.length;
    const at = new Int32Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) if (!isSpaceCode(text.charCodeAt(i))) at[count++] = i;
    this.nonBlankAt = at;
    this.nonBlankCount = count;
    // the longest piece at a word start; the bits of shorter pieces it starts with are included
    scanPieces(plan, text, (start, end, bits) => this.hits.push({ start, end, bits, nonBlankStart: this.nonBlankBefore(start), nonBlankEnd: this.nonBlankBefore(end) }));
  }

  /** Non-blank characters in text[0, i): the first k with `nonBlankAt[k] >= i`. */
  private nonBlankBefore(i: number): number {
    const at = this.nonBlankAt;
    let low = 0;
    let high = this.nonBlankCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (at[middle] < i) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Disjoint zones, in text order, where a parser with bit `bit` can match: [start, end) pairs, flattened; `before`
   * and `after` are its reach around a piece in non-blank characters.
   */
  zonesOf(bit: number, before = TRIGGER_REACH_BEFORE, after = TRIGGER_REACH_AFTER): number[] {
    const zones: number[] = [];
    const { nonBlankAt, nonBlankCount, text } = this;
    for (const hit of this.hits) {
      if ((hit.bits & bit) === 0) continue;
      const back = hit.nonBlankStart - before;
      const start = back <= 0 ? 0 : nonBlankAt[back];
      const ahead = hit.nonBlankEnd + after;
      const end = ahead >= nonBlankCount ? text.length : nonBlankAt[ahead];
      const last = zones.length - 1;
      if (zones.length > 0 && start <= zones[last]) zones[last] = Math.max(zones[last], end);
      else zones.push(start, end);
    }
    return zones;
  }
}
