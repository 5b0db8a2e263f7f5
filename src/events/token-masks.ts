/** Token arrays with some words blanked (their `lower` emptied), so that cue lists do not see them. */
import type { Timex } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import { copyToken, type Token } from './tokens.js';

/** Tokens with the words of false cues ("not only", "niet alleen") blanked; the same tokens when there are none. */
export function maskFalseCues(tokens: Token[], cues: CompiledCues): Token[] {
  const found = cues.falseCues.findAll(tokens);
  return found.length === 0 ? tokens : maskRanges(tokens, found.map((m) => ({ from: m.index, to: m.index + m.length })));
}

/** Tokens with those in the given token ranges blanked. */
export function maskRanges(tokens: Token[], ranges: ReadonlyArray<{ from: number; to: number }>): Token[] {
  const masked = tokens.slice();
  for (const { from, to } of ranges) for (let k = from; k < to; k++) masked[k] = copyToken(masked[k], '');
  return masked;
}

/** Tokens with those inside temporal expressions blanked (one sweep: tokens and expressions are both in text order). */
export function maskTokens(tokens: Token[], timexes: readonly Timex[]): Token[] {
  if (timexes.length === 0) return tokens;
  let k = 0;
  return tokens.map((token) => {
    while (k < timexes.length && timexes[k].end <= token.start) k++;
    const timex = timexes[k];
    return timex && token.start >= timex.start && token.end <= timex.end ? copyToken(token, '') : token;
  });
}

/** `tokens` with those of `[from, to)` taken from `source` (the same tokens when nothing differs there). */
export function withWordsOf(tokens: Token[], source: Token[], from: number, to: number): Token[] {
  let differs = false;
  for (let k = from; k < to && !differs; k++) differs = tokens[k] !== source[k];
  if (!differs) return tokens;
  const merged = tokens.slice();
  for (let k = from; k < to; k++) merged[k] = source[k];
  return merged;
}

/** Index of the first token starting at or after character `at` (tokens are in text order). */
export function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
