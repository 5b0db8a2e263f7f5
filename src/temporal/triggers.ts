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
  plan = { scan, bitsOf, wholeBitsOf: wholeOwn, digitBits, digitRuns, parserBit, reach, allBits };
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
  if (first >= 48 && first <= 57) {
    let bits = plan.digitBits;
    for (const run of plan.digitRuns) if (run.holds(text, start, start + piece.length)) bits |= run.bit;
    return bits;
  }
  const lower = piece.toLowerCase();
  const bits = plan.bitsOf.get(lower);
  // matched by Unicode case folding alone ("ſecond"): every parser, to be safe
  if (bits === undefined) return plan.allBits;
  const whole = plan.wholeBitsOf.get(lower);
  return whole && !isLetterAt(text, start + piece.length) ? bits | whole : bits;
}

/** A trigger piece found in the text, with the parsers it can start. */
interface Hit {
  start: number;
  end: number;
  bits: number;
}

/** Found pieces and the non-blank index of the text, shared by all parsers of one tagging run. */
export class TriggerZones {
  private readonly hits: Hit[] = [];
  /** `nonBlankBefore[i]`: non-blank characters in text[0, i). */
  private readonly nonBlankBefore: Int32Array;
  /** `nonBlankAt[k]`: offset of the k-th non-blank character. */
  private readonly nonBlankAt: Int32Array;
  private readonly nonBlankCount: number;

  constructor(
    private readonly text: string,
    private readonly plan: TriggerPlan,
  ) {
    const n = text.length;
    this.nonBlankBefore = new Int32Array(n + 1);
    const at = new Int32Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      this.nonBlankBefore[i] = count;
      if (!isSpaceCode(text.charCodeAt(i))) at[count++] = i;
    }
    this.nonBlankBefore[n] = count;
    this.nonBlankAt = at;
    this.nonBlankCount = count;
    const scan = plan.scan;
    if (!scan) return;
    scan.lastIndex = 0;
    // the longest piece at a word start; the bits of shorter pieces it starts with are included
    for (let m = scan.exec(text); m; m = scan.exec(text)) this.hits.push({ start: m.index, end: m.index + m[0].length, bits: bitsOfHit(plan, text, m.index, m[0]) });
  }

  /**
   * Disjoint zones, in text order, where a parser with bit `bit` can match: [start, end) pairs, flattened; `before`
   * and `after` are its reach around a piece in non-blank characters.
   */
  zonesOf(bit: number, before = TRIGGER_REACH_BEFORE, after = TRIGGER_REACH_AFTER): number[] {
    const zones: number[] = [];
    const { nonBlankBefore, nonBlankAt, nonBlankCount, text } = this;
    for (const hit of this.hits) {
      if ((hit.bits & bit) === 0) continue;
      const back = nonBlankBefore[hit.start] - before;
      const start = back <= 0 ? 0 : nonBlankAt[back];
      const ahead = nonBlankBefore[hit.end] + after;
      const end = ahead >= nonBlankCount ? text.length : nonBlankAt[ahead];
      const last = zones.length - 1;
      if (zones.length > 0 && start <= zones[last]) zones[last] = Math.max(zones[last], end);
      else zones.push(start, end);
    }
    return zones;
  }
}
