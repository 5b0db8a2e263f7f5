/**
 * Weeks of a month or year: "the first week of June", "the last week of March 2009", "the third week of this month",
 * "the first week of 2015", "the third week next year". A week belongs to the month that holds its Thursday (as ISO
 * weeks belong to years), so "the last week of March 2009" is 2009-W13 (23-29 March); the n-th week of a year is its
 * ISO week n ("the last week of 2015" is 2015-W53).
 */
import { absoluteUnit, candidate, monthWithoutYear, relativeToDocument, weekOfUnit, wordPattern, type Resolution } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { RELATIVE_WORDS } from '../words.js';
import { MONTH, directionOf, monthNumber, tenseAt } from './shared.js';

const ORDER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, final: -1 };
const RELATIVE = '(this|last|next|current|previous|coming|the\\s+current|the\\s+previous|the\\s+following)';

export const weekOfMonthParser: TemporalParser = {
  name: 'week-of-month',
  trigger: { words: ['week'] },
  pattern: wordPattern(
    `(?:the\\s+)?(first|second|third|fourth|fifth|last|final)\\s+week\\s+(?:` +
      `(?:of|in)\\s+(?:(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?|(\\d{4})(?!\\d)|${RELATIVE}\\s+(month|year)|the\\s+(month|year))` +
      `|${RELATIVE}\\s+(month|year))`,
  ),
  extract(match, context) {
    const [, ordinal, monthWord, monthYear, year, relative, relativeUnit, theUnit, relativeAfter, relativeAfterUnit] = match;
    const index = ORDER[ordinal.toLowerCase()];
    let to = match[0].length;
    let unit: 'month' | 'year' = 'month';
    let whole: Resolution | null;
    if (monthWord) {
      const month = monthNumber(monthWord);
      if (!month || !/^\p{Lu}/u.test(monthWord)) return null;
      if (!monthYear && match[0].endsWith('.')) to -= 1;
      whole = monthYear
        ? absoluteUnit('month', Number(monthYear), month)
        : monthWithoutYear(context, month, directionOf(tenseAt(context, match.index, match.index + to), 'nearest'));
    } else if (year) {
      unit = 'year';
      whole = absoluteUnit('year', Number(year));
    } else {
      // "the first week of last year", "the third week next year", "the last week of the month" (the current one)
      unit = (relativeUnit ?? theUnit ?? relativeAfterUnit).toLowerCase() as 'month' | 'year';
      const word = (relative ?? relativeAfter)?.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
      // "the last week of the previous year" in a narrative is anchored elsewhere; "the following" too
      if (word === 'following') return null;
      const offset = word ? RELATIVE_WORDS[word] : 0;
      if (offset === undefined) return null;
      whole = relativeToDocument(context, unit, offset);
    }
    if (!whole?.window) return null;
    const resolution = weekOfUnit(whole.window, unit, index, whole.anchor);
    return resolution ? candidate(match, 'DATE', resolution, { to }) : null;
  },
};
