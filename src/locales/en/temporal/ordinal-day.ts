/**
 * A day of the month by its ordinal alone: "on the 15th", "until the twentieth", "for the 27" at a sentence's end,
 * "the 20th of next month", "the 31st of this month". Alone it is a day of the document's month, or with a tense the
 * nearest such day that way ("he returned on the 27th" in a 7 November article is 27 October). Of a named relative
 * month it is that month's day, and nothing where the month has no such day.
 *
 * An ordinal is as often a rank ("the 27th floor", "the second reason", "for the third time"): alone it is a day only
 * after a preposition of time and before punctuation or a word that cannot be its noun (ORDINAL_DAY_FOLLOWERS); a
 * bare number ("for the 27") only before punctuation.
 */
import { alternation, candidate, dayOfMonthNear, dayOfRelativeMonth, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { ORDINAL_DAY_FOLLOWERS, ORDINAL_DAY_PREPOSITIONS } from '../words.js';
import { DAY_ORDINAL_WORD, dayWordValue } from './numbers.js';
import { dayDigits, directionOf, tenseAt } from './shared.js';

const ORDINAL_DAY = `(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|${DAY_ORDINAL_WORD})`;
const RELATIVE_MONTHS: Readonly<Record<string, number>> = {
  this: 0, 'this coming': 1, next: 1, 'the next': 1, 'the following': 1, 'the coming': 1, coming: 1, last: -1, previous: -1, 'the previous': -1, 'the past': -1,
};
// a quote ends it when it closes ("on the 15th", he said), not when it opens a quoted noun (the first "point" release)
const END = /^[ \t]{0,3}(?:[.,;:!?)]|["'”](?![ \t]{0,3}\p{L})|\r?\n|$)/u;
const FOLLOWER = new RegExp(`^\\s{1,3}${alternation(ORDINAL_DAY_FOLLOWERS)}(?![\\p{L}])`, 'iu');

export const ordinalDay: TemporalParser = {
  name: 'ordinal-day',
  trigger: { digits: true, digitRun: dayDigits, words: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twent', 'thirt'], before: 16, after: 32 },
  pattern: wordPattern(
    `(?:(?<prep>${alternation(ORDINAL_DAY_PREPOSITIONS)})\\s+)?(?:(?<the>the)\\s+)?(?:(?<ordinal>${ORDINAL_DAY})|(?<cardinal>[12]\\d|3[01]|0?[1-9]))(?![\\p{L}\\p{N}])` +
      `(?:\\s+of\\s+(?<relative>${alternation(Object.keys(RELATIVE_MONTHS))})\\s+month(?![\\p{L}]))?`,
  ),
  extract(match, context) {
    const g = match.groups!;
    // most matches are a number after no preposition ("the 3 ministers", "15 people"): nothing to work out
    if (!g.relative && (!g.prep || !g.the)) return null;
    const from = g.prep ? match[0].slice(g.prep.length).search(/\S/u) + g.prep.length : 0;
    const day = g.ordinal ? (/^\d/.test(g.ordinal) ? Number.parseInt(g.ordinal, 10) : dayWordValue(g.ordinal)) : Number(g.cardinal);
    if (day === undefined) return null;
    if (g.relative) {
      if (g.cardinal && !g.the) return null;
      const resolution = dayOfRelativeMonth(context, day, RELATIVE_MONTHS[g.relative.toLowerCase().replace(/\s+/g, ' ')]);
      return resolution ? candidate(match, 'DATE', resolution, { from }) : null;
    }
    const end = match.index + match[0].length;
    const after = context.text.slice(end, end + 24);
    if (!END.test(after) && (g.cardinal || !FOLLOWER.test(after))) return null;
    const resolution = dayOfMonthNear(context, day, directionOf(tenseAt(context, match.index + from, end), 'nearest'));
    return resolution ? candidate(match, 'DATE', resolution, { from }) : null;
  },
};
