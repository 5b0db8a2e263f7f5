/**
 * Calendar arithmetic on day numbers that weekday and offset phrases need ("de tweede maandag van april", "vrijdag
 * de 15e", "twee zondagen vanaf nu", "over vier werkdagen", "2 jaar, 1 maand en 21 dagen geleden"), done with
 * date-fns on UTC dates so no result depends on the machine's time zone. Nothing here knows a language.
 */
import { UTCDate } from '@date-fns/utc';
import { add, addBusinessDays } from 'date-fns';
import { civilDay, dayNumber, daysInMonth, isoWeekday, parseDay } from '../../time/calendar.js';
import { unitSpan, type CalendarUnit, type DaySpan } from '../../time/units.js';
import { exactUnit, windowFromSpan, windowValue } from '../../time/window.js';
import type { DateWindow } from '../../types.js';
import type { ParseContext } from '../contract.js';
import { nthWeekdayOfMonth } from './holidays.js';
import type { Direction, Resolution } from './resolve.js';

const DAY_MS = 86_400_000;
const toDate = (n: number) => new UTCDate(n * DAY_MS);
const fromDate = (date: Date) => Math.round(date.getTime() / DAY_MS);

/** An amount of time in calendar parts, as an offset phrase counts it ("2 jaar, 1 maand en 21 dagen"). */
export interface DayOffset {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
}

/**
 * Day `n` moved by `offset` (`sign` -1: back): years and months first, kept on the same day of the month where it
 * exists (31 March minus a month is the last of February), then weeks and days, as a reader counts "een maand en 21
 * dagen geleden".
 */
export function shiftByOffset(n: number, offset: DayOffset, sign: 1 | -1 = 1): number {
  const months = sign * ((offset.years ?? 0) * 12 + (offset.months ?? 0));
  const days = sign * ((offset.weeks ?? 0) * 7 + (offset.days ?? 0));
  return fromDate(add(toDate(n), { months, days }));
}

/** The finest unit an offset names: the granularity of the day it lands on ("een jaar en drie dagen" → day). */
export function offsetUnit(offset: DayOffset): CalendarUnit {
  if (offset.days || offset.weeks) return 'day';
  if (offset.months) return 'month';
  return 'year';
}

/** Day `n` moved by `count` working days (Monday to Friday; negative: back), as "over vier werkdagen" counts. */
export function shiftBusinessDays(n: number, count: number): number {
  return fromDate(addBusinessDays(toDate(n), count));
}

/** The `count`-th day with ISO weekday `weekday` strictly after day `n` (`count` < 0: strictly before). */
export function nthWeekdayFrom(n: number, weekday: number, count: number): number {
  if (count > 0) return n + ((weekday - isoWeekday(n) + 7) % 7 || 7) + 7 * (count - 1);
  return n - ((isoWeekday(n) - weekday + 7) % 7 || 7) + 7 * (count + 1);
}

/**
 * A day given by a day of the month and its weekday, no month ("vrijdag de 15e", "Friday the 15th"): the month in
 * which that day falls on that weekday, seen from every day the document date can be, the latest before it (past),
 * the first after it (future) or the closest (nearest; ties go to the past). Searched a year either way, which
 * always holds one (a day of the month falls on each weekday at least once in any 14 months); null for a day that
 * no month has (the 32nd).
 */
export function dayOfMonthOnWeekday(context: ParseContext, day: number, weekday: number, direction: Direction): Resolution | null {
  if (!Number.isInteger(day) || day < 1 || day > 31) return null;
  const pick = (n: number): number | null => {
    const { year, month } = civilDay(n);
    const found: number[] = [];
    for (let k = -13; k <= 13; k++) {
      const total = year * 12 + month - 1 + k;
      const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
      if (day > daysInMonth(y, m)) continue;
      const candidate = dayNumber(y, m, day);
      if (isoWeekday(candidate) === weekday) found.push(candidate);
    }
    const past = found.filter((c) => c <= n).pop();
    const future = found.find((c) => c >= n);
    if (direction === 'past') return past ?? null;
    if (direction === 'future') return future ?? null;
    if (past === undefined || future === undefined) return past ?? future ?? null;
    return n - past <= future - n ? past : future;
  };
  const first = pick(context.referenceSpan.start);
  const last = pick(context.referenceSpan.end);
  if (first === null || last === null) return null;
  if (first === last) return { value: windowValue(exactUnit('day', first)), window: exactUnit('day', first), anchor: 'document' };
  const window = windowFromSpan({ start: first, end: last }, 'day', 'within');
  return { value: windowValue(window), window, anchor: 'document' };
}

/**
 * A yearless day with its weekday ("vrijdag 12 maart"): of the years the reading without the weekday allows
 * (`plain`) and the ones beside it, the one where the day falls on that weekday, closest to the document date.
 * Keeps `plain` when no year near it fits (a wrong weekday in the text decides nothing) or when `plain` is no single
 * day.
 */
export function yearlessDayOnWeekday(context: ParseContext, plain: Resolution | null, month: number, day: number, weekday: number): Resolution | null {
  if (!plain?.window || plain.window.certainty !== 'exact' || plain.window.granularity !== 'day') return plain;
  const year = Number(plain.window.earliest.slice(0, 4));
  if (daysInMonth(year, month) >= day && isoWeekday(dayNumber(year, month, day)) === weekday) return plain;
  const reference = context.referenceSpan.start;
  const fits = [year - 1, year + 1]
    .filter((y) => daysInMonth(y, month) >= day && isoWeekday(dayNumber(y, month, day)) === weekday)
    .map((y) => dayNumber(y, month, day))
    .sort((a, b) => Math.abs(a - reference) - Math.abs(b - reference));
  if (!fits.length) return plain;
  return { ...plain, value: windowValue(exactUnit('day', fits[0])), window: exactUnit('day', fits[0]) };
}

/**
 * The `nth` weekday (-1: the last) of every month a month resolution can be ("de eerste vrijdag van juli", "the
 * third Wednesday of last month"): one day, or a day somewhere in a window when the month is not fixed; null when
 * such a month has no such day.
 */
export function nthWeekdayInMonths(monthResolution: Resolution, weekday: number, nth: number): Resolution | null {
  const window = monthResolution.window;
  if (!window || window.granularity !== 'month') return null;
  const first = civilDay(parseDay(window.earliest));
  const last = civilDay(parseDay(window.latest));
  const a = nthWeekdayOfMonth(first.year, first.month, weekday, nth);
  const b = nthWeekdayOfMonth(last.year, last.month, weekday, nth);
  if (a === null || b === null) return null;
  const resolved = a === b ? exactUnit('day', a) : windowFromSpan({ start: a, end: unitSpan('day', b).end }, 'day', 'within');
  return { value: windowValue(resolved), window: resolved, anchor: monthResolution.anchor };
}

/**
 * How far a counted phrase reaches from its anchor: calendar parts ("2 jaar en 21 dagen"), working days ("vier
 * werkdagen"), or occurrences of a weekday ("twee zondagen"). Negative counts and `sign` -1 count back.
 */
export type DayCount =
  | { kind: 'offset'; offset: DayOffset; sign: 1 | -1 }
  | { kind: 'working-days'; days: number }
  | { kind: 'weekdays'; weekday: number; count: number };

/** Day `n` moved by a count. */
export function countFrom(n: number, count: DayCount): number {
  switch (count.kind) {
    case 'offset':
      return shiftByOffset(n, count.offset, count.sign);
    case 'working-days':
      return shiftBusinessDays(n, count.days);
    case 'weekdays':
      return nthWeekdayFrom(n, count.weekday, count.count);
  }
}

/** The unit a count lands on: a day, except for whole months or years ("twee jaar later" is a year). */
export function countUnit(count: DayCount): CalendarUnit {
  return count.kind === 'offset' ? offsetUnit(count.offset) : 'day';
}

/**
 * The unit (`unit`, default the count's own) that a count reaches from every day of `anchor`, as one window: exact
 * when every day lands in the same unit, else one unit somewhere in the window (certainty `within`).
 */
export function countedWindow(anchor: DaySpan, count: DayCount, unit: CalendarUnit = countUnit(count)): DateWindow {
  const first = unitSpan(unit, countFrom(anchor.start, count));
  const last = unitSpan(unit, countFrom(anchor.end, count));
  return windowFromSpan({ start: first.start, end: last.end }, unit, first.start === last.start ? 'exact' : 'within');
}

/** A count from the document date ("over 2 jaar en 21 dagen", "twee zondagen vanaf nu", "in four business days"). */
export function countedFromDocument(context: ParseContext, count: DayCount): Resolution {
  const window = countedWindow(context.referenceSpan, count);
  return { value: windowValue(window), window, anchor: 'document' };
}

/**
 * The hour of a clock time said without a.m./p.m. inside a part of the day (TIMEX3 codes MO, AF, EV, NI):
 * "vanavond om 9 uur" and "9:30 tonight" are evening hours (21:00, 21:30), "vanmiddag om half twee" is 13:30,
 * "vannacht om 11 uur" 23:00 and "om 3 uur" that night 03:00, "vannacht om 12 uur" midnight. Hours already past
 * noon, and morning ones, stay as they are.
 */
export function hourInPartOfDay(hour: number, part: string | undefined): number {
  if (hour > 12 || hour < 0) return hour;
  switch (part) {
    case 'AF':
      return hour >= 1 && hour <= 6 ? hour + 12 : hour;
    case 'EV':
      return hour >= 4 && hour <= 11 ? hour + 12 : hour;
    case 'NI':
      return hour === 12 ? 0 : hour >= 8 ? hour + 12 : hour;
    default:
      return hour;
  }
}

/**
 * A clock value (`T09:30`, `T09:30Z`) placed in the part of the day its day names (`2020-08-16TEV`): `T21:30`.
 * Anything else comes back unchanged.
 */
export function clockInPartOfDay(clock: string, dayValue: string): string {
  const part = /T(MO|AF|EV|NI)$/.exec(dayValue)?.[1];
  const time = /^T(\d{2}):(\d{2})(.*)$/.exec(clock);
  if (!part || !time) return clock;
  const hour = hourInPartOfDay(Number(time[1]), part);
  return `T${String(hour).padStart(2, '0')}:${time[2]}${time[3]}`;
}
