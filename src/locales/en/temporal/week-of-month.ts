/**
 * Weeks of a month: "the first week of June", "the last week of March 2009". An ISO week belongs to the month that
 * holds its Thursday (as ISO weeks belong to years), so "the last week of March 2009" is 2009-W13 (23-29 March).
 */
import { absoluteUnit, candidate, monthWithoutYear, wordPattern, type Resolution } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { civilDay, dayNumber, daysInMonth, isoWeekday, parseDay } from '../../../time/calendar.js';
import { unitSpan } from '../../../time/units.js';
import { exactUnit, windowFromSpan, windowValue } from '../../../time/window.js';
import { MONTH, directionOf, monthNumber, tenseAt } from './shared.js';

const ORDER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/** Monday of the `index`-th week (from the end when negative) whose Thursday lies in the month. */
function weekOfMonth(year: number, month: number, index: number): number {
  const firstThursday = dayNumber(year, month, 1) + ((4 - isoWeekday(dayNumber(year, month, 1)) + 7) % 7);
  const lastDay = dayNumber(year, month, daysInMonth(year, month));
  const lastThursday = lastDay - ((isoWeekday(lastDay) - 4 + 7) % 7);
  const thursday = index > 0 ? firstThursday + 7 * (index - 1) : lastThursday + 7 * (index + 1);
  return thursday - 3;
}

export const weekOfMonthParser: TemporalParser = {
  name: 'week-of-month',
  trigger: { words: ['week'] },
  pattern: wordPattern(`(?:the\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`),
  extract(match, context) {
    const [, ordinal, monthWord, year] = match;
    const month = monthNumber(monthWord);
    if (!month || !/^\p{Lu}/u.test(monthWord)) return null;
    const index = ORDER[ordinal.toLowerCase()];
    const to = !year && match[0].endsWith('.') ? match[0].length - 1 : match[0].length;
    const monthResolution: Resolution | null = year
      ? absoluteUnit('month', Number(year), month)
      : monthWithoutYear(context, month, directionOf(tenseAt(context, match.index, match.index + to), 'nearest'));
    if (!monthResolution?.window) return null;
    const first = civilDay(parseDay(monthResolution.window.earliest));
    const last = civilDay(parseDay(monthResolution.window.latest));
    const a = weekOfMonth(first.year, first.month, index);
    const b = weekOfMonth(last.year, last.month, index);
    const window = a === b ? exactUnit('week', a) : windowFromSpan({ start: a, end: unitSpan('week', b).end }, 'week', 'within');
    return candidate(match, 'DATE', { value: windowValue(window), window, anchor: monthResolution.anchor }, { to });
  },
};
