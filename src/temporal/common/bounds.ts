/**
 * Open ends, shared by the tagger and the event stage: the windows of "since", "after", "before" and "by" a date.
 * "Sinds juli" looks back to the last July; "na de zomer" is one day after the summer, how long after unknown;
 * "vóór 2025" one day before 2025; "uiterlijk 1 juni" one day from the article up to 1 June.
 */
import { civilDay, dayNumber, daysInMonth, formatDay, isValidDay, isoWeekday, parseDay } from '../../time/calendar.js';
import { shiftDay, type CalendarUnit, type DaySpan } from '../../time/units.js';
import { windowFromSpan, windowValue } from '../../time/window.js';
import type { DateWindow, Granularity } from '../../types.js';

/** A dated expression: what a bound reads and moves. */
interface Placed {
  value: string;
  window: DateWindow;
  impliedCycle?: 'year' | 'week';
}

/** The same day `years` years on; the last day of February stays the last ("februari" moved to a leap year ends on the 29th). */
function dayYearsOn(iso: string, years: number): string {
  const { year, month, day } = civilDay(parseDay(iso));
  const d = day === daysInMonth(year, month) ? daysInMonth(year + years, month) : isValidDay(year + years, month, day) ? day : day - 1;
  return formatDay(dayNumber(year + years, month, d));
}

/**
 * `timex` as the last such date on or before the document date (the days `reference` can be) when the text left its
 * year or week unsaid ("sinds juli" in a May article is last July, "since Friday" the Friday before); any other date
 * as it is.
 */
export function latestOnOrBefore<T extends Placed>(timex: T, reference: DaySpan): T {
  const n = reference.end;
  if (timex.impliedCycle === 'week' && parseDay(timex.window.latest) > n) {
    // the weekday on or before each day the document date can be
    const weekday = isoWeekday(parseDay(timex.window.earliest));
    const onOrBefore = (day: number) => day - ((isoWeekday(day) - weekday + 7) % 7);
    const [a, b] = [onOrBefore(reference.start), onOrBefore(n)];
    const window = windowFromSpan({ start: a, end: b }, 'day', a === b ? 'exact' : 'within');
    return { ...timex, window, value: windowValue(window) };
  }
  if (parseDay(timex.window.earliest) <= n) return timex;
  if (timex.impliedCycle !== 'year' || !/^\d{4}/.test(timex.value)) return timex;
  // a year back, or two for a date placed in the next year from a document date of a whole year
  for (let years = -1; years >= -2; years--) {
    const earliest = dayYearsOn(timex.window.earliest, years);
    if (parseDay(earliest) > n) continue;
    const window: DateWindow = { ...timex.window, earliest, latest: dayYearsOn(timex.window.latest, years) };
    return { ...timex, window, value: `${String(Number(timex.value.slice(0, 4)) + years).padStart(4, '0')}${timex.value.slice(4)}` };
  }
  return timex;
}

/**
 * How far past the named unit a bound reaches: one unit of the same size, and a week or a month at least, as "na
 * maandag" is not the Tuesday alone.
 */
const REACH: Readonly<Partial<Record<Granularity, CalendarUnit>>> = { minute: 'week', hour: 'week', day: 'week', week: 'month' };
export const reachOf = (granularity: Granularity): CalendarUnit => REACH[granularity] ?? (granularity as CalendarUnit);

/**
 * One day after `span` (of the given granularity), how long after unknown: written of the past, it happened by the
 * article's date; of the future, some time after, the reach a guess and its end vague. One day somewhere in the
 * stretch: the stretch is no unit of the calendar ("one season" would be a claim).
 */
export function windowAfter(span: DaySpan, granularity: Granularity, documentDays: DaySpan): DateWindow {
  const unit = reachOf(granularity);
  const past = span.end < documentDays.end;
  const far = past ? documentDays.end : shiftDay(unit, span.end + 1, 1) - 1;
  const window: DateWindow = { earliest: formatDay(span.end + 1), latest: formatDay(far), granularity: 'day', certainty: 'within' };
  if (!past) window.vagueEnd = true;
  return window;
}

/** One day before `span`: "before" says nothing of how long before, even of a date still ahead ("was rejected before Christmas"). */
export function windowBefore(span: DaySpan, granularity: Granularity): DateWindow {
  const unit = reachOf(granularity);
  return { earliest: formatDay(shiftDay(unit, span.start, -1)), latest: formatDay(span.start - 1), granularity: 'day', certainty: 'within', vagueStart: true };
}

/** One day from the article's first day up to the end of `span`: "uiterlijk in september", "by 2030", "no later than 1 June". */
export function windowByDeadline(span: DaySpan, documentDays: DaySpan): DateWindow {
  return { earliest: formatDay(documentDays.start), latest: formatDay(span.end), granularity: 'day', certainty: 'within' };
}
