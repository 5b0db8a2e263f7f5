/**
 * A bare "later" (not "three days later", "later today", which other parsers take): some time after now in a
 * future sentence (TIMEX3 FUTURE_REF), or some unknown time after the event just told in a past one ("the index
 * later recovered": value XXXX-XX-XX, relation after, no window since nothing fixes it).
 */
import { candidate, vaguePeriod, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { tenseAt } from './shared.js';

export const laterParser: TemporalParser = {
  name: 'later',
  trigger: { words: ['later'] },
  pattern: wordPattern('later(?!\\s+(?:than|on\\b))'),
  extract(match, context) {
    // "a later date" is the noun phrase's business; "later" as an adjective before a noun is no time.
    const before = context.text.slice(Math.max(0, match.index - 6), match.index);
    if (/(?:\ba|\bthe|\d)\s+$/i.test(before)) return null;
    const end = match.index + match[0].length;
    if (tenseAt(context, match.index, end) === 'future') {
      return candidate(match, 'DATE', vaguePeriod(context, 'FUTURE_REF', 'year', 5), { relation: 'after' });
    }
    return candidate(match, 'DATE', { value: 'XXXX-XX-XX', anchor: 'event' }, { relation: 'after' });
  },
};
