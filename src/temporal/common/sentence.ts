/**
 * Sentence-level context for resolving an expression: the sentence around it and the tense cue nearest to it.
 * Language-free: the locale supplies its cue pattern.
 */
import { isSpaceCode } from '../../chars.js';
import type { TextMemo } from '../text-memo.js';
import { globalVersion } from './patterns.js';

/** `.`, `!` or `?` (NaN, past either end of the text, is none). */
const isStop = (c: number) => c === 46 || c === 33 || c === 63;
/** What may open a sentence: A-Z, a digit, `"`, `“`, `'`, `‘` or `(`. */
const isOpening = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 40;

/** Inclusive-exclusive bounds of the sentence holding `index`: split at . ! ? followed by space, and at blank lines. */
export function sentenceBounds(text: string, index: number, maxReach = 600): { start: number; end: number } {
  // Bounded scans so that tagging stays linear however long a "sentence" is; character codes, no per-character regex.
  let start = index;
  const lowest = Math.max(0, index - maxReach);
  while (start > lowest) {
    const c = text.charCodeAt(start - 1);
    if (c === 10 && text.charCodeAt(start - 2) === 10) break;
    if ((c === 32 || c === 10) && isStop(text.charCodeAt(start - 2)) && isOpening(text.charCodeAt(start))) break;
    start--;
  }
  let end = index;
  const highest = Math.min(text.length, index + maxReach);
  while (end < highest) {
    const c = text.charCodeAt(end);
    if (c === 10 && text.charCodeAt(end + 1) === 10) break;
    // past the end of the text counts as a space, then as an opening
    if (isStop(c) && (end + 1 >= text.length || isSpaceCode(text.charCodeAt(end + 1))) && (end + 2 >= text.length || isOpening(text.charCodeAt(end + 2)))) {
      end++;
      break;
    }
    end++;
  }
  return { start, end };
}

/** Grammatical time reference of a clause, as far as cue words tell. */
export type Tense = 'past' | 'future' | 'present';

/** A tense cue found in a sentence: offset into the text, length, its kind, whether it is weak or a clause boundary. */
interface CueHit {
  at: number;
  length: number;
  kind: Tense | undefined;
  weak: boolean;
  boundary: boolean;
  /** A commitment ("decided to"): future for what follows it, past for what comes before it. */
  ahead: boolean;
}

/** Cue hits by the start and then the end of the scanned stretch (a match may run past the sentence end). */
type HitsByStretch = Map<number, Map<number, CueHit[]>>;

/**
 * The cue hits of the stretch [from, to): every expression of a sentence asks about the same sentence, so with the
 * tagging run's memo each stretch is scanned once per cue pattern.
 */
function cueHits(text: string, from: number, to: number, cues: RegExp, memo: TextMemo | undefined): CueHit[] {
  const hitsByStretch = memo?.remember(cues, (): HitsByStretch => new Map());
  let byEnd = hitsByStretch?.get(from);
  if (hitsByStretch && !byEnd) {
    byEnd = new Map();
    hitsByStretch.set(from, byEnd);
  }
  let hits = byEnd?.get(to);
  if (hits) return hits;
  hits = [];
  const scan = globalVersion(cues);
  scan.lastIndex = 0;
  const body = text.slice(from, to);
  for (let m = scan.exec(body); m; m = scan.exec(body)) {
    if (m[0].length === 0) {
      scan.lastIndex++;
      continue;
    }
    const g = m.groups ?? {};
    // a plan told in the past (`prospective`: "was due to") points to no side, as a present does
    const kind = g.ahead || g.future || g.weakFuture ? 'future' : g.past || g.weakPast ? 'past' : g.present || g.prospective ? 'present' : undefined;
    hits.push({ at: from + m.index, length: m[0].length, kind, weak: !!(g.weakFuture || g.weakPast), boundary: !!g.boundary, ahead: !!g.ahead });
  }
  byEnd?.set(to, hits);
  return hits;
}

/** Added to a cue's distance outside the expression's clause, and to a weak cue's: more than any distance in a sentence. */
const OTHER_CLAUSE_PENALTY = 1e4;
const WEAK_CUE_PENALTY = 1e6;

/**
 * The tense of the cue word nearest to the span [start, end) within its sentence, or undefined when the sentence has
 * none. `cues` is a global pattern whose named groups `future`, `past` and `present` mark the kinds of cue
 * ("will", "plans" / "said", "-ed" / "is"); the locale keeps it linear (alternations of literal words). With the
 * tagging run's memo (`options.memo`) a sentence is scanned for cues once, however many expressions it holds.
 *
 * A cue in the expression's own clause (between commas, semicolons, colons, dashes or brackets) comes before any
 * other: in "the company will cut jobs in May, it said" the future holds for May, in "the company will cut jobs,
 * it said on Friday" the past holds for Friday. Groups `weakFuture` and `weakPast` mark weak cues, words that lean
 * to a time without being a tense ("the coming weeks") or past forms that are also the present ("cut"): they
 * decide only when the sentence has no other cue. A group `boundary` marks words that open a clause of their own
 * ("that", "dat"): "told reporters on Saturday that prices will fall" is past for Saturday, and what follows the
 * boundary takes only a firm future from before it ("expects that"), no past nor weak cue: "said on Saturday that
 * the law takes effect on 1 April" has no tense for 1 April, which is then the nearest. With `closingFrames`, the
 * past of a short closing frame does not reach a clause of its own before it ("Schools close on 1 July, the mayor
 * said").
 */
export function nearestTense(
  text: string,
  start: number,
  end: number,
  cues: RegExp,
  options: { closingFrames?: boolean; memo?: TextMemo } = {},
): Tense | undefined {
  const sentence = sentenceBounds(text, start);
  const hits = cueHits(text, sentence.start, Math.max(sentence.end, end), cues, options.memo);
  const clause = clauseBounds(text, start, end, sentence.start, sentence.end);
  // the frame before a "that" the expression follows is someone's saying: its past is the saying's, not the
  // content's (a firm future, "expects that", reaches into the content)
  let framed = -1;
  for (const hit of hits) {
    if (!hit.boundary) continue;
    if (hit.at + hit.length <= start && hit.at + hit.length > clause.start) clause.start = framed = hit.at + hit.length;
    if (hit.at >= end && hit.at < clause.end) clause.end = hit.at;
  }
  // a closing speech frame after a clause with words of its own ("Schools close on 1 July, the mayor said"): its
  // past is the saying's, not the clause's (a fronted "On 1 July, the company announced ..." is the clause itself).
  // Only where the cues know the past of any verb (`closingFrames`), so the clause's own past is seen
  const closing = options.closingFrames ? closingFrameStart(text, clause, sentence.end, start, end) : Infinity;
  let best: Tense | undefined;
  let bestDistance = Infinity;
  for (const { at, length, kind: cueKind, weak, ahead } of hits) {
    const kind = ahead && at >= end ? 'past' : cueKind;
    // The expression's own words are no cue ("May" is a month there, not a modal).
    if (!kind || (at < end && at + length > start) || (at < framed && (kind !== 'future' || weak))) continue;
    if (at >= closing && kind === 'past') continue;
    let distance = at >= end ? at - end : start - (at + length);
    if (at < clause.start || at >= clause.end) distance += OTHER_CLAUSE_PENALTY;
    if (weak) distance += WEAK_CUE_PENALTY;
    if (distance < bestDistance) [best, bestDistance] = [kind, distance];
  }
  return best;
}

/** Words a closing speech frame holds at most: ", zo kondigden de bonden maandag aan", ", the mayor said on Friday". */
const MAX_FRAME_WORDS = 7;
/** Words besides the expression its clause must hold to be a clause of its own, not a fronted time ("On 1 July,"). */
const MIN_OWN_WORDS = 2;

/**
 * Where the closing frame of the sentence starts: the last clause, when it follows the expression's clause, is
 * short, and the expression's clause has words of its own; else Infinity.
 */
function closingFrameStart(text: string, clause: { start: number; end: number }, sentenceEnd: number, start: number, end: number): number {
  if (clause.end >= sentenceEnd || !isClauseBreak(text, clause.end)) return Infinity;
  let last = sentenceEnd;
  while (last > clause.end && !isClauseBreak(text, last - 1)) last--;
  if (last !== clause.end + 1) return Infinity;
  const words = (from: number, to: number) => (text.slice(from, to).match(/\p{L}+/gu) ?? []).length;
  if (words(last, sentenceEnd) > MAX_FRAME_WORDS) return Infinity;
  if (words(clause.start, start) + words(end, clause.end) < MIN_OWN_WORDS) return Infinity;
  return last;
}

/** `,` (not between digits, as in "4,000"), `;`, `:`, `–`, `—`, `(` and `)` end a clause. */
function isClauseBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 44) return !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1)));
  return c === 59 || c === 58 || c === 0x2013 || c === 0x2014 || c === 40 || c === 41;
}
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** The clause around [start, end), within the sentence [from, to). */
function clauseBounds(text: string, start: number, end: number, from: number, to: number): { start: number; end: number } {
  let a = start;
  while (a > from && !isClauseBreak(text, a - 1)) a--;
  let b = end;
  while (b < to && !isClauseBreak(text, b)) b++;
  return { start: a, end: b };
}
