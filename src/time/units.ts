/**
 * Calendar units (week, month, quarter, season ...) as spans of day numbers, and their TIMEX3 values.
 * Weeks are ISO weeks (Monday first). Seasons are meteorological, northern hemisphere, as TIMEX3 names them:
 * SP = Mar-May, SU = Jun-Aug, FA = Sep-Nov, WI = Dec-Feb (winter belongs to the year of its December).
 */
import { civilDay, dayNumber, daysInMonth, isoWeekday, padNumber } from './calendar.js';
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
  const thursday = n - isoWeekday(n) + 4;
  const year = civilDay(thursday).year;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** Monday of ISO week `week` of ISO week-year `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - isoWeekday(jan4) + 1 + (week - 1) * 7;
}

export function seasonSpan(year: number, season: Season): DaySpan {
  switch (season) {
    case 'SP':
      return { start: dayNumber(year, 3, 1), end: dayNumber(year, 5, 31) };
    case 'SU':
      return { start: dayNumber(year, 6, 1), end: dayNumber(year, 8, 31) };
    case 'FA':
      return { start: dayNumber(year, 9, 1), end: dayNumber(year, 11, 30) };
    case 'WI':
      return { start: dayNumber(year, 12, 1), end: dayNumber(year + 1, 2, daysInMonth(year + 1, 2)) };
  }
}

function seasonOf(n: number): { year: number; season: Season } {
  const { year, month } = civilDay(n);
  if (month === 12) return { year, season: 'WI' };
  if (month <= 2) return { year: year - 1, season: 'WI' };
  return { year, season: SEASONS[Math.floor((month - 3) / 3)] };
}

/** The span of the unit that contains day `n`. */
export function unitSpan(unit: CalendarUnit, n: number): DaySpan {
  const { year, month } = civilDay(n);
  switch (unit) {
    case 'day':
      return { start: n, end: n };
    case 'week': {
      const start = n - isoWeekday(n) + 1;
      return { start, end: start + 6 };
    }
    case 'month':
      return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
    case 'quarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return { start: dayNumber(year, first, 1), end: dayNumber(year, first + 2, daysInMonth(year, first + 2)) };
    }
    case 'season': {
      const s = seasonOf(n);
      return seasonSpan(s.year, s.season);
    }
    case 'half': {
      const first = month <= 6 ? 1 : 7;
      return { start: dayNumber(year, first, 1), end: dayNumber(year, first + 5, daysInMonth(year, first + 5)) };
    }
    case 'year':
      return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
    case 'decade': {
      const first = Math.floor(year / 10) * 10;
      return { start: dayNumber(first, 1, 1), end: dayNumber(first + 9, 12, 31) };
    }
    case 'century': {
      const first = Math.floor(year / 100) * 100;
      return { start: dayNumber(first, 1, 1), end: dayNumber(first + 99, 12, 31) };
    }
  }
}

/** Day number inside the unit `count` units after (or before, when negative) the unit containing `n`. */
export function addUnits(unit: CalendarUnit, n: number, count: number): number {
  const span = unitSpan(unit, n);
  if (count === 0) return span.start;
  const { year, month } = civilDay(span.start);
  const months = (m: number) => {
    const total = year * 12 + (month - 1) + m;
    return dayNumber(Math.floor(total / 12), (((total % 12) + 12) % 12) + 1, 1);
  };
  switch (unit) {
    case 'day':
      return n + count;
    case 'week':
      return span.start + 7 * count;
    case 'month':
      return months(count);
    case 'quarter':
    case 'season':
      return months(3 * count);
    case 'half':
      return months(6 * count);
    case 'year':
      return dayNumber(year + count, 1, 1);
    case 'decade':
      return dayNumber(year + 10 * count, 1, 1);
    case 'century':
      return dayNumber(year + 100 * count, 1, 1);
  }
}

/**
 * Day `n` moved by whole months, keeping the day of the month where it exists and else the month's last day
 * (31 March minus one month is 29 February in a leap year).
 */
export function addMonthsKeepingDay(n: number, months: number): number {
  const { year, month, day } = civilDay(n);
  const total = year * 12 + month - 1 + months;
  const y = Math.floor(total / 12);
  const m = (((total % 12) + 12) % 12) + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Day `n` moved by `count` whole units, keeping its place in them: "drie jaar geleden" from 2020-08-16 is 2017-08-16. */
export function shiftDay(unit: CalendarUnit, n: number, count: number): number {
  switch (unit) {
    case 'day':
      return n + count;
    case 'week':
      return n + 7 * count;
    case 'month':
      return addMonthsKeepingDay(n, count);
    case 'quarter':
    case 'season':
      return addMonthsKeepingDay(n, 3 * count);
    case 'half':
      return addMonthsKeepingDay(n, 6 * count);
    case 'year':
      return addMonthsKeepingDay(n, 12 * count);
    case 'decade':
      return addMonthsKeepingDay(n, 120 * count);
    case 'century':
      return addMonthsKeepingDay(n, 1200 * count);
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
      return `${y}-Q${Math.floor((month - 1) / 3) + 1}`;
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
