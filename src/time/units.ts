/**
 * Calendar units (week, month, quarter, season ...) as spans of day numbers, and their TIMEX3 values.
 * Weeks are ISO weeks (Monday first). Seasons are meteorological, northern hemisphere, as TIMEX3 names them:
 * SP = Mar-May, SU = Jun-Aug, FA = Sep-Nov, WI = Dec-Feb (winter belongs to the year of its December).
 */
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { endOfDecade } from 'date-fns/endOfDecade';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { endOfYear } from 'date-fns/endOfYear';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { getQuarter } from 'date-fns/getQuarter';
import { startOfDecade } from 'date-fns/startOfDecade';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfISOWeekYear } from 'date-fns/startOfISOWeekYear';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { startOfYear } from 'date-fns/startOfYear';
import { civilDay, dayNumber, dayOf, padNumber, utcDate } from './calendar.js';
import type { Granularity } from '../types.js';

/** An inclusive span of day numbers. */
export interface DaySpan {
  start: number;
  end: number;
}

/** Units that the calendar can enumerate (hour and minute collapse to day). */
export type CalendarUnit = Exclude<Granularity, 'minute' | 'hour'>;

export const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const;
export type Season = (typeof SEASONS)[number];

/** ISO week-year and week number of a day. */
export function isoWeek(n: number): { year: number; week: number } {
  const date = utcDate(n);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** Monday of ISO week `week` of ISO week-year `year`. */
export function isoWeekStart(year: number, week: number): number {
  // 4 January is always in week 1 of its ISO week-year
  return dayOf(addWeeks(startOfISOWeekYear(utcDate(dayNumber(year, 1, 4))), week - 1));
}

/** The span from the first day of the month `start` is in to the last day of the month `months - 1` on. */
function monthsFrom(start: Date, months: number): DaySpan {
  return { start: dayOf(startOfMonth(start)), end: dayOf(endOfMonth(addMonths(start, months - 1))) };
}

export function seasonSpan(year: number, season: Season): DaySpan {
  const firstMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
  return monthsFrom(utcDate(dayNumber(year, firstMonth, 1)), 3);
}

function seasonOf(n: number): { year: number; season: Season } {
  const { year, month } = civilDay(n);
  if (month === 12) return { year, season: 'WI' };
  if (month <= 2) return { year: year - 1, season: 'WI' };
  return { year, season: SEASONS[Math.floor((month - 3) / 3)] };
}

/** The span of the unit that contains day `n`. */
export function unitSpan(unit: CalendarUnit, n: number): DaySpan {
  switch (unit) {
    case 'day':
      return { start: n, end: n };
    case 'week': {
      const date = utcDate(n);
      return { start: dayOf(startOfISOWeek(date)), end: dayOf(endOfISOWeek(date)) };
    }
    case 'month': {
      const date = utcDate(n);
      return { start: dayOf(startOfMonth(date)), end: dayOf(endOfMonth(date)) };
    }
    case 'quarter': {
      const date = utcDate(n);
      return { start: dayOf(startOfQuarter(date)), end: dayOf(endOfQuarter(date)) };
    }
    case 'season': {
      const s = seasonOf(n);
      return seasonSpan(s.year, s.season);
    }
    case 'half': {
      const { year, month } = civilDay(n);
      return monthsFrom(utcDate(dayNumber(year, month <= 6 ? 1 : 7, 1)), 6);
    }
    case 'year': {
      const date = utcDate(n);
      return { start: dayOf(startOfYear(date)), end: dayOf(endOfYear(date)) };
    }
    case 'decade': {
      const date = utcDate(n);
      return { start: dayOf(startOfDecade(date)), end: dayOf(endOfDecade(date)) };
    }
    case 'century': {
      const first = Math.floor(civilDay(n).year / 100) * 100;
      return { start: dayNumber(first, 1, 1), end: dayNumber(first + 99, 12, 31) };
    }
  }
}

/** Day number of the first day of the unit `count` units after (or before, when negative) the unit containing `n`. */
export function addUnits(unit: CalendarUnit, n: number, count: number): number {
  if (unit === 'day') return n + count;
  const start = utcDate(unitSpan(unit, n).start);
  switch (unit) {
    case 'week':
      return dayOf(addWeeks(start, count));
    case 'month':
      return dayOf(addMonths(start, count));
    case 'quarter':
    case 'season':
      return dayOf(addMonths(start, 3 * count));
    case 'half':
      return dayOf(addMonths(start, 6 * count));
    case 'year':
      return dayOf(addYears(start, count));
    case 'decade':
      return dayOf(addYears(start, 10 * count));
    case 'century':
      return dayOf(addYears(start, 100 * count));
  }
}

/**
 * Day `n` moved by whole months, keeping the day of the month where it exists and else the month's last day
 * (31 March minus one month is 29 February in a leap year), as date-fns's addMonths clamps.
 */
export function addMonthsKeepingDay(n: number, months: number): number {
  return dayOf(addMonths(utcDate(n), months));
}

/** Day `n` moved by `count` whole units, keeping its place in them: "drie jaar geleden" from 2020-08-16 is 2017-08-16. */
export function shiftDay(unit: CalendarUnit, n: number, count: number): number {
  if (unit === 'day') return n + count;
  const date = utcDate(n);
  switch (unit) {
    case 'week':
      return dayOf(addWeeks(date, count));
    case 'month':
      return dayOf(addMonths(date, count));
    case 'quarter':
    case 'season':
      return dayOf(addQuarters(date, count));
    case 'half':
      return dayOf(addMonths(date, 6 * count));
    case 'year':
      return dayOf(addYears(date, count));
    case 'decade':
      return dayOf(addYears(date, 10 * count));
    case 'century':
      return dayOf(addYears(date, 100 * count));
  }
}

/** TIMEX3 value of the unit containing day `n`: `2020-08-16`, `2020-W33`, `2020-08`, `2020-Q3`, `2020-SU`, `2020-H2`, `2020`, `202`, `20`. */
export function unitValue(unit: CalendarUnit, n: number): string {
  const { year, month, day } = civilDay(n);
  const y = padNumber(year, 4);
  switch (unit) {
    case 'day':
      return `${y}-${padNumber(month, 2)}-${padNumber(day, 2)}`;
    case 'week': {
      const w = isoWeek(n);
      return `${padNumber(w.year, 4)}-W${padNumber(w.week, 2)}`;
    }
    case 'month':
      return `${y}-${padNumber(month, 2)}`;
    case 'quarter':
      return `${y}-Q${getQuarter(utcDate(n))}`;
    case 'season': {
      const s = seasonOf(n);
      return `${padNumber(s.year, 4)}-${s.season}`;
    }
    case 'half':
      return `${y}-H${month <= 6 ? 1 : 2}`;
    case 'year':
      return y;
    case 'decade':
      return y.slice(0, 3);
    case 'century':
      return y.slice(0, 2);
  }
}

/** Units in order from fine to coarse. */
export const UNIT_ORDER: readonly Granularity[] = [
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'season',
  'half',
  'year',
  'decade',
  'century',
];

const COUNTED_UNITS: Readonly<Record<string, CalendarUnit>> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

/** Day `n` moved by a TIMEX3 duration of whole days, weeks, months or years (`P3W`); null for any other (`PXW`, `PT2H`). */
export function shiftByDuration(n: number, duration: string): number | null {
  const parts = /^P(\d+)([DWMY])$/.exec(duration);
  return parts ? shiftDay(COUNTED_UNITS[parts[2]], n, Number(parts[1])) : null;
}
