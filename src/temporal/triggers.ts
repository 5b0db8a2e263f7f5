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
 * The pieces of ASCII characters as a trie over lower-case ASCII codes: node `k`'s child by code `c` is
 * `next[k * 128 + c]` (0 for none; the root is node 0). A node that ends a piece holds its bits (as `bitsOf` and
 * `wholeBitsOf` give them) and `ends` 1.
 */
export interface PieceTrie {
  readonly next: Int32Array;
  readonly ends: Uint8Array;
  readonly bits: Int32Array;
  readonly wholeBits: Int32Array;
  /** Nodes with at least one child. */
  readonly inner: Uint8Array;
}

function pieceTrie(bitsOf: ReadonlyMap<string, number>, wholeBitsOf: ReadonlyMap<string, number>): PieceTrie {
  const pieces = [...bitsOf.keys()];
  const size = 1 + pieces.reduce((sum, piece) => sum + piece.length, 0);
  const next = new Int32Array(size * 128);
  const ends = new Uint8Array(size);
  const bits = new Int32Array(size);
  const wholeBits = new Int32Array(size);
  const inner = new Uint8Array(size);
  let nodes = 1;
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
      const slot = node * 128 + code;
      if (next[slot] === 0) next[slot] = nodes++;
      node = next[slot];
    }
    if (!ascii) continue;
    ends[node] = 1;
    bits[node] = bitsOf.get(piece)!;
    wholeBits[node] = wholeBitsOf.get(piece) ?? 0;
  }
  return { next, ends, bits, wholeBits, inner };
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
  const { next, ends, bits, wholeBits, inner } = trie;
  const n = text.length;
  let p = 0;
  // is the code point before p a letter? (a piece starts only where none is)
  let afterLetter = false;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c < 128 && afterLetter) {
      // inside a word: on to the next character that is no ASCII letter
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        p++;
        continue;
      }
      if (!(scansDigits && c >= 48 && c <= 57)) {
        afterLetter = false;
        p++;
        continue;
      }
    }
    if (scansDigits && c >= 48 && c <= 57) {
      let end = p + 1;
      while (end < n && isDigitCode(text.charCodeAt(end))) end++;
      found(p, end, digitRunBits(plan, text, p, end));
      p = end;
      afterLetter = false;
      continue;
    }
    if (!afterLetter) {
      let node = 0;
      let longest = 0;
      let longestNode = 0;
      let folded = c >= 128;
      for (let i = p; !folded && i < n; i++) {
        let code = text.charCodeAt(i);
        if (code >= 128) {
          // a longer piece could still match through case folding: the pattern decides
          folded = inner[node] === 1;
          break;
        }
        if (code >= 65 && code <= 90) code += 32;
        node = next[node * 128 + code];
        if (node === 0) break;
        if (ends[node] === 1) {
          longest = i + 1 - p;
          longestNode = node;
        }
      }
      if (folded) {
        scanAt.lastIndex = p;
        const match = scanAt.exec(text);
        if (match) {
          const end = p + match[0].length;
          found(p, end, bitsOfHit(plan, text, p, match[0]));
          p = end;
          afterLetter = isLetterBefore(text, end);
          continue;
        }
      } else if (longest > 0) {
        const end = p + longest;
        const whole = wholeBits[longestNode];
        found(p, end, whole !== 0 && !isLetterAt(text, end) ? bits[longestNode] | whole : bits[longestNode]);
        p = end;
        afterLetter = isLetterBefore(text, end);
        continue;
      }
    }
    // no piece here: step over this code point (a surrogate pair whole: the Unicode scan never starts inside one)
    if (c < 128) {
      afterLetter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      p++;
    } else {
      p += isHighSurrogate(c) && p + 1 < n && isLowSurrogate(text.charCodeAt(p + 1)) ? 2 : 1;
      afterLetter = isLetterBefore(text, p);
    }
  }
}
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
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
