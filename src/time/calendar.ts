/**
 * Calendar days as day numbers (days since 1970-01-01, UTC), the representation used everywhere, and the bridge to
 * date-fns: its functions get a `UTCDateMini` (@date-fns/utc's UTCDate without its string formatting, which nothing
 * here needs), whose local getters and setters are UTC ones, so no result depends on the machine's time zone.
 */
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isLeapYear as isLeapYearOfDate } from 'date-fns/isLeapYear';

export const DAY_MS = 86_400_000;
/** Days in 400 Gregorian years: the calendar repeats after them. */
const DAYS_IN_400_YEARS = 146_097;

/** A calendar day as plain numbers. */
export interface CivilDay {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** Midnight UTC of day `n`, for date-fns. */
export function utcDate(n: number): Date {
  return new UTCDateMini(n * DAY_MS);
}

/** Day number of a date-fns result (any time of that UTC day). */
export function dayOf(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** Day number of a civil date; a day or month past the end runs on into the next (day 0 is the month's eve). */
export function dayNumber(year: number, month: number, day: number): number {
  // Date.UTC reads years 0-99 as 1900-1999: count them 400 years on, where the calendar is the same
  if (year >= 0 && year < 100) return Date.UTC(year + 400, month - 1, day) / DAY_MS - DAYS_IN_400_YEARS;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Day numbers a `Date` can hold (±100,000,000 days from 1970): {@link civilDay}'s arithmetic covers the same. */
const MAX_DATE_DAYS = 100_000_000;

/**
 * Civil date of a day number (inverse of {@link dayNumber}): the proleptic Gregorian calendar by integer arithmetic
 * on 400-year eras (H. Hinnant's civil_from_days), the same days a `Date` gives without making one; asked for most
 * expressions the tagger resolves. Anything else (a fraction, NaN, out of a Date's range) goes by a `Date` as before.
 */
export function civilDay(n: number): CivilDay {
  if (!Number.isInteger(n) || n < -MAX_DATE_DAYS || n > MAX_DATE_DAYS) {
    const date = new Date(n * DAY_MS);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  // days from 0000-03-01, so that a leap day ends its year
  const z = n + 719_468;
  const era = Math.floor(z / DAYS_IN_400_YEARS);
  const dayOfEra = z - era * DAYS_IN_400_YEARS;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

export function isLeapYear(year: number): boolean {
  return isLeapYearOfDate(utcDate(dayNumber(year, 1, 1)));
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(utcDate(dayNumber(year, month, 1)));
}

/** True when year-month-day names a real calendar day: one that does not run on into the next month. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  return civilDay(dayNumber(year, month, day)).month === month;
}

/** ISO weekday: Monday 1 ... Sunday 7 (day 0, 1970-01-01, was a Thursday; arithmetic, asked for most expressions). */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

const pad = (value: number, width: number): string => {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).padStart(width, '0');
};

/** `YYYY-MM-DD` of a day number. */
export function formatDay(n: number): string {
  const { year, month, day } = civilDay(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day number of a `YYYY-MM-DD` string; throws on anything else. */
export function parseDay(iso: string): number {
  const n = isoDayNumber(iso);
  if (n === n) return n;
  return parseDayForm(iso);
}

/** The ASCII digit at `i` of `text` as a number, or NaN when it is not one. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/**
 * Day number of the common form of a day, four-digit year `YYYY-MM-DD` of a real calendar day from the year 100, by
 * arithmetic on its characters (no pattern): NaN for anything else, which {@link parseDay} then reads or rejects.
 * Timelines read two of these per event, 200,000 on a large data set.
 */
export function isoDayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const year = digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3);
  const month = digitAt(iso, 5) * 10 + digitAt(iso, 6);
  const day = digitAt(iso, 8) * 10 + digitAt(iso, 9);
  // NaN fails every comparison; Date.UTC reads years 0-99 as 1900-1999 (parseDay's other path counts them right)
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 28 + monthExtra(year, month))) return NaN;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Days of `month` beyond 28. */
function monthExtra(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 2 : 3;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
}

/** {@link parseDay} of any other form: a year of more or fewer digits, or a negative one; throws on anything else. */
function parseDayForm(iso: string): number {
  const match = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO day (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidDay(year, month, day)) throw new RangeError(`No such day: ${iso}`);
  return dayNumber(year, month, day);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export { pad as padNumber };
