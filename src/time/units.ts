/**
 * Calendar units (week, month, quarter, season ...) as spans of day numbers, and their TIMEX3 values.
 * Weeks are ISO weeks (Monday first). Seasons are meteorological, northern hemisphere, as TIMEX3 names them:
 * SP = Mar-May, SU = Jun-Aug, FA = Sep-Nov, WI = Dec-Feb (winter belongs to the year of its December).
 * Moving from a unit's first day and the ISO week of a day are day-number arithmetic, not date-fns: the tagger asks
 * them for nearly every expression, and a date object per question made its stage measurably slower (bench:extract);
 * date-fns keeps the moves that clamp a day of the month (addMonthsKeepingDay, shiftDay).
 */
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { civilDay, dayNumber, dayOf, isoWeekday, padNumber, utcDate } from './calendar.js';
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
  // a week belongs to the year of its Thursday, and is numbered from that year's first Thursday
  const thursday = n - isoWeekday(n) + 4;
  const year = civilDay(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** Monday of ISO week `week` of ISO week-year `year`. */
export function isoWeekStart(year: number, week: number): number {
  // 4 January is always in week 1 of its ISO week-year
  const january4 = dayNumber(year, 1, 4);
  return january4 - isoWeekday(january4) + 1 + 7 * (week - 1);
}

/** From the first day of month `month` of `year` to the last day of the month `months - 1` on (months run on past December). */
function monthsFrom(year: number, month: number, months: number): DaySpan {
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month + months, 0) };
}

export function seasonSpan(year: number, season: Season): DaySpan {
  const firstMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[season];
  return monthsFrom(year, firstMonth, 3);
}

function seasonOf(n: number): { year: number; season: Season } {
  const { year, month } = civilDay(n);
  if (month === 12) return { year, season: 'WI' };
  if (month <= 2) return { year: year - 1, season: 'WI' };
  return { year, season: SEASONS[Math.floor((month - 3) / 3)] };
}

/**
 * The span of the unit that contains day `n`, by the calendar's own day arithmetic (the interactive timeline's
 * bundle describes dates with it, and needs no date library for it).
 */
export function unitSpan(unit: CalendarUnit, n: number): DaySpan {
  const { year, month } = civilDay(n);
  switch (unit) {
    case 'day':
      return { start: n, end: n };
    case 'week': {
      // day 0, 1970-01-01, was a Thursday: ISO weekday 4
      const monday = n - ((((n + 3) % 7) + 7) % 7);
      return { start: monday, end: monday + 6 };
    }
    case 'month':
      return monthsFrom(year, month, 1);
    case 'quarter':
      return monthsFrom(year, month - ((month - 1) % 3), 3);
    case 'season': {
      const s = seasonOf(n);
      return seasonSpan(s.year, s.season);
    }
    case 'half':
      return monthsFrom(year, month <= 6 ? 1 : 7, 6);
    case 'year':
      return monthsFrom(year, 1, 12);
    case 'decade':
    case 'century': {
      const years = unit === 'decade' ? 10 : 100;
      const first = Math.floor(year / years) * years;
      return monthsFrom(first, 1, 12 * years);
    }
  }
}

/** Day number of the first day of the unit `count` units after (or before, when negative) the unit containing `n`. */
export function addUnits(unit: CalendarUnit, n: number, count: number): number {
  if (unit === 'day') return n + count;
  const start = unitSpan(unit, n).start;
  if (unit === 'week') return start + 7 * count;
  // every other unit starts on a first of the month: whole months on from it is a first again, nothing to clamp
  const { year, month } = civilDay(start);
  return dayNumber(year, month + MONTHS_IN[unit] * count, 1);
}

const MONTHS_IN: Readonly<Record<Exclude<CalendarUnit, 'day' | 'week'>, number>> = { month: 1, quarter: 3, season: 3, half: 6, year: 12, decade: 120, century: 1200 };

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
