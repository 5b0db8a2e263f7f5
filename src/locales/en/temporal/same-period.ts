/**
 * Year-on-year comparisons of financial news: "the same period last year", "the same month a year ago", "the same
 * quarter a year earlier". The period is the one last named in the text, moved back a year; the refiner
 * `anchor-to-previous-date` does the moving. Without an earlier date the value stays unknown (XXXX-XX-XX).
 */
import { candidate, withEventShift, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';

export const samePeriod: TemporalParser = {
  name: 'same-period',
  trigger: { words: ['same'] },
  pattern: wordPattern(
    '(?:the|that)\\s+same\\s+(?:period|month|quarter|week|day|time|season|half)\\s+(?:of\\s+)?(?:(last|the\\s+previous|the\\s+prior|the\\s+last)\\s+year|(?:a|one)\\s+year\\s+(?:ago|earlier|before|previously))',
  ),
  extract(match) {
    const timex = candidate(match, 'DATE', { value: 'XXXX-XX-XX', anchor: 'event' }, { relation: 'before' });
    return withEventShift(timex, { unit: 'year', amount: -1, keepAnchorUnit: true });
  },
};
