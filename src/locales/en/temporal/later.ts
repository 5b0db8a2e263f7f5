/**
 * A bare "later" (not "three days later", "later today", which other parsers take): some time after now in a
 * future sentence (TIMEX3 FUTURE_REF), or some unknown time after the event just told in a past one ("the index
 * later recovered": value XXXX-XX-XX, relation after, no window since nothing fixes it). Next to a verb of saying ("he
 * later said") it names no time: it only tells that the saying came after the story.
 */
import { candidate, vaguePeriod, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { tenseAt } from './shared.js';

/** Verbs of saying right after or before a bare "later": "he later said", "she said later". */
const SAYING = '(?:said|says|told|tells|added|adds|wrote|writes|stated|confirmed|denied|explained|claimed|insisted|acknowledged|admitted|tweeted)';
const SAYING_AFTER = new RegExp(`^\\s+${SAYING}(?![\\p{L}])`, 'iu');
const SAYING_BEFORE = new RegExp(`(?<![\\p{L}])${SAYING}\\s+$`, 'iu');

export const laterParser: TemporalParser = {
  name: 'later',
  trigger: { words: ['later'] },
  pattern: wordPattern('later(?!\\s+(?:than|on\\b))'),
  extract(match, context) {
    // "a later date" is the noun phrase's business; "later" as an adjective before a noun is no time.
    const before = context.text.slice(Math.max(0, match.index - 6), match.index);
    if (/(?:\ba|\bthe|\d)\s+$/i.test(before)) return null;
    const end = match.index + match[0].length;
    // "he later said", "the company later told reporters", "said later that": "later" orders the saying after the
    // story and names no time of its own
    if (SAYING_AFTER.test(context.text.slice(end, end + 16)) || SAYING_BEFORE.test(context.text.slice(Math.max(0, match.index - 12), match.index))) return null;
    if (tenseAt(context, match.index, end) === 'future') {
      return candidate(match, 'DATE', vaguePeriod(context, 'FUTURE_REF', 'year', 5), { relation: 'after' });
    }
    return candidate(match, 'DATE', { value: 'XXXX-XX-XX', anchor: 'event' }, { relation: 'after' });
  },
};
