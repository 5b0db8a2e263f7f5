/**
 * Weeks by number or by a day in them: "week 12", "Week 31 of 2020", "wk 12" (ISO weeks, of the document's year unless
 * one is written); "the week of September 16th", "the week starting February 4", "the week beginning on 4 February"
 * (the ISO week that holds the day). A numbered week of something else ("week 12 of the season") is no calendar week.
 */
import { absoluteDay, candidate, dayWithoutYear, isoWeekOfYear, weekHolding, wordPattern, type Resolution } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { civilDay } from '../../../time/calendar.js';
import { MONTH, directionOf, monthNumber, tenseAt } from './shared.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** Words before "week 12" that make it a week of a sports season or a show, not of the calendar. */
const NOT_CALENDAR_BEFORE = /(?:NFL|NBA|MLS|season|league|championship|round)['’]?s?\s+$/i;

export const weekNumber: TemporalParser = {
  name: 'week-number',
  trigger: { words: ['week', 'wk'] },
  pattern: wordPattern(
    `(?:week|wk\\.?)\\s+(\\d{1,2})(?![\\d.,:]\\d)(?:,?\\s+(?:of\\s+)?(\\d{4})(?!\\d))?` +
      `|the\\s+week\\s+(?:of|(?:starting|beginning|commencing)(?:\\s+on)?)\\s+(?:${DAY}\\s+(?:of\\s+)?(${MONTH})|(${MONTH})\\s+${DAY})(?:,?\\s+(\\d{4})(?!\\d))?`,
  ),
  extract(match, context) {
    const [, number, numberYear, dayFirst, monthAfter, monthFirst, dayAfter, dayYear] = match;
    const start = match.index;
    let to = match[0].length;
    let resolution: Resolution | null;
    if (number) {
      const after = context.text.slice(start + to, start + to + 24);
      // "week 12 of the season", "NFL week 12": a week of something else
      if (!numberYear && (/^\s+of\s+(?:the|this|its|their)\s+(?!year\b)/i.test(after) || NOT_CALENDAR_BEFORE.test(context.text.slice(Math.max(0, start - 24), start)))) return null;
      const year = numberYear ? Number(numberYear) : civilDay(context.referenceSpan.start).year;
      if (!numberYear && civilDay(context.referenceSpan.end).year !== year) return null;
      resolution = isoWeekOfYear(year, Number(number));
      if (resolution && !numberYear) resolution = { ...resolution, anchor: 'document' };
    } else {
      const monthWord = monthAfter ?? monthFirst;
      const month = monthNumber(monthWord);
      const day = Number(dayFirst ?? dayAfter);
      if (!month) return null;
      if (!dayYear && match[0].endsWith('.')) to -= 1;
      const date = dayYear
        ? absoluteDay(Number(dayYear), month, day)
        : dayWithoutYear(context, month, day, directionOf(tenseAt(context, start, start + to), 'nearest'));
      resolution = date && weekHolding(date);
    }
    return resolution ? candidate(match, 'DATE', resolution, { to }) : null;
  },
};
