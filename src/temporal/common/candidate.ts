/** Building timex candidates from regex matches. */
import type { TimexType } from '../../types.js';
import type { TimexCandidate } from '../contract.js';
import type { Resolution } from './resolve.js';

/**
 * A candidate covering `match[0]` (or the sub-span from `from` to `to` characters into it), with a resolution.
 * Trailing punctuation a pattern may have consumed ("Aug." at a sentence end keeps its dot) is the parser's call.
 */
export function candidate(
  match: RegExpExecArray,
  type: TimexType,
  resolution: Resolution,
  span: { from?: number; to?: number; relation?: TimexCandidate['relation'] } = {},
): TimexCandidate {
  const from = span.from ?? 0;
  const to = span.to ?? match[0].length;
  const result: TimexCandidate = {
    start: match.index + from,
    end: match.index + to,
    text: match[0].slice(from, to),
    type,
    value: resolution.value,
    anchor: resolution.anchor,
  };
  if (resolution.mod) result.mod = resolution.mod;
  if (resolution.window) result.window = resolution.window;
  if (span.relation) result.relation = span.relation;
  if (resolution.impliedCycle) result.impliedCycle = resolution.impliedCycle;
  return result;
}

/** A candidate for a duration or set: no calendar place, anchor `none`. */
export function unanchored(match: RegExpExecArray, type: 'DURATION' | 'SET', value: string, mod?: string, span: { from?: number; to?: number } = {}): TimexCandidate {
  return candidate(match, type, { value, anchor: 'none', mod }, span);
}
