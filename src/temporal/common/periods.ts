/**
 * Named periods shared by every locale: numbered and ordinal weeks ("week 12", "the third week of March", "the last
 * week of 2015"), the rest of the current unit ("rest of the week"), a unit two away ("the week after next"), and
 * fiscal and school years. Each returns a {@link Resolution}; nothing here knows a language.
 */
import { civilDay, dayNumber, daysInMonth, isoWeekday, parseDay } from '../../time/calendar.js';
import { isoWeek, isoWeekStart, unitSpan, unitValue, type CalendarUnit, type DaySpan } from '../../time/units.js';
import { exactUnit, relativeUnit, spanOfWindow, windowFromSpan, windowValue } from '../../time/window.js';
import type { DateWindow } from '../../types.js';
import type { ParseContext } from '../contract.js';
import type { Resolution } from './resolve.js';

/** How many ISO weeks a year has (52 or 53). */
export function isoWeeksInYear(year: number): number {
  return isoWeek(dayNumber(year, 12, 28)).week;
}

/** ISO week `week` of `year` ("week 12", "the third week of 2027"); -1 is the last. Null for no such week. */
export function isoWeekOfYear(year: number, week: number): Resolution | null {
  const weeks = isoWeeksInYear(year);
  const n = week < 0 ? weeks + 1 + week : week;
  if (n < 1 || n > weeks) return null;
  const monday = isoWeekStart(year, n);
  return { value: unitValue('week', monday), window: exactUnit('week', monday), anchor: 'absolute' };
}

/**
 * Monday of the `index`-th week of a month (-1: the last): a week belongs to the month that holds its Thursday, as
 * ISO weeks belong to years, so "the last week of March 2009" is 23-29 March. Null when the month has no such week.
 */
export function weekOfMonthStart(year: number, month: number, index: number): number | null {
  const firstDay = dayNumber(year, month, 1);
  const lastDay = dayNumber(year, month, daysInMonth(year, month));
  const firstThursday = firstDay + ((4 - isoWeekday(firstDay) + 7) % 7);
  const lastThursday = lastDay - ((isoWeekday(lastDay) - 4 + 7) % 7);
  const thursday = index > 0 ? firstThursday + 7 * (index - 1) : lastThursday + 7 * (index + 1);
  return thursday >= firstThursday && thursday <= lastThursday ? thursday - 3 : null;
}

/**
 * The `index`-th week of each month or year a window can be (one exact week for an exact month or year, else one week
 * within the span): "de derde week van deze maand", "the first week of this year", "the last week of March".
 */
export function weekOfUnit(unitWindow: DateWindow, unit: 'month' | 'year', index: number, anchor: Resolution['anchor']): Resolution | null {
  const pick = (n: number): number | null => {
    const { year, month } = civilDay(n);
    if (unit === 'year') {
      const week = isoWeekOfYear(year, index);
      return week ? parseDay(week.window!.earliest) : null;
    }
    return weekOfMonthStart(year, month, index);
  };
  const span = spanOfWindow(unitWindow);
  const a = pick(span.start);
  const b = pick(span.end);
  if (a === null || b === null) return null;
  const window = a === b ? exactUnit('week', a) : windowFromSpan({ start: a, end: b + 6 }, 'week', 'within');
  return { value: windowValue(window), window, anchor };
}

/** The week that holds a day ("the week of 16 September", "de week die op 4 februari begint"), as a resolution. */
export function weekHolding(day: Resolution): Resolution | null {
  if (!day.window) return null;
  const span = spanOfWindow(day.window);
  const first = unitSpan('week', span.start);
  const last = unitSpan('week', span.end);
  const window = first.start === last.start ? exactUnit('week', first.start) : windowFromSpan({ start: first.start, end: last.end }, 'week', 'within');
  return { value: windowValue(window), window, anchor: day.anchor };
}

/**
 * The rest of the current unit, from the document date to the unit's end ("rest of the week", "de rest van het
 * jaar"): a period whose value is the interval of its first and last day.
 */
export function restOfUnit(context: ParseContext, unit: CalendarUnit): Resolution {
  const { start, end } = context.referenceSpan;
  const span: DaySpan = { start, end: unitSpan(unit, end).end };
  const exact = start === end;
  const window = windowFromSpan(span, 'day', exact ? 'exact' : 'period');
  return { value: exact ? `${unitValue('day', span.start)}/${unitValue('day', span.end)}` : windowValue({ ...window, granularity: unit }), window, anchor: 'document' };
}

/**
 * The part of the document's unit before the document date ("eerder deze maand", "earlier this year"): from the
 * unit's start up to the day before; or after it ("later deze week"), from the document date to the unit's end.
 * Null when nothing of the unit is left on that side.
 */
export function partOfCurrentUnit(context: ParseContext, unit: CalendarUnit, side: 'before' | 'after'): DateWindow | null {
  const { start, end } = context.referenceSpan;
  const span = side === 'before' ? { start: unitSpan(unit, start).start, end: end - 1 } : { start, end: unitSpan(unit, end).end };
  if (span.start > span.end) return null;
  return windowFromSpan(span, unit === 'year' ? 'month' : 'day', 'period');
}

/** The unit `offset` units from the document date's ("the week after next" is +2), for any calendar unit. */
export function unitFromDocument(context: ParseContext, unit: CalendarUnit, offset: number): Resolution {
  const window = relativeUnit(context.referenceSpan, unit, offset);
  return { value: windowValue(window), window, anchor: 'document' };
}

/**
 * A fiscal year named by the calendar year it ends in ("fiscal year 2015", "FY2015"): without the organisation's own
 * calendar, a year-long stretch ending somewhere from January to December of that year. Value `FY2015`.
 */
export function fiscalYear(year: number): Resolution {
  const window = windowFromSpan({ start: dayNumber(year - 1, 2, 1), end: dayNumber(year, 12, 31) }, 'year', 'within');
  return { value: `FY${year}`, window, anchor: 'absolute' };
}

/** A stretch of whole months from one month to another ("schooljaar 2020/2021": August 2020 to July 2021). */
export function monthStretch(fromYear: number, fromMonth: number, toYear: number, toMonth: number): Resolution {
  const window = windowFromSpan({ start: dayNumber(fromYear, fromMonth, 1), end: dayNumber(toYear, toMonth, daysInMonth(toYear, toMonth)) }, 'month', 'exact');
  const pad = (n: number) => String(n).padStart(2, '0');
  return { value: `${fromYear}-${pad(fromMonth)}/${toYear}-${pad(toMonth)}`, window, anchor: 'absolute' };
}
