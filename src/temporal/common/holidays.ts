/**
 * Holidays as language-neutral rules: a fixed day ("25 December"), a day counted from Easter ("Easter + 39"), the
 * n-th weekday of a month ("the fourth Thursday of November"), or a day of the Islamic calendar. A locale maps its
 * name words to these rules (its data); this module computes the days of a rule in a given year and resolves a
 * mention against the document date.
 */
import { civilDay, dayNumber, daysInMonth, isoWeekday, parseDay } from '../../time/calendar.js';
import { unitValue, type DaySpan } from '../../time/units.js';
import { exactUnit, windowFromSpan } from '../../time/window.js';
import type { ParseContext } from '../contract.js';
import { yearlyUnit, type Direction, type Resolution } from './resolve.js';

/** Years a rule holds in (Koningsdag from 2014); either end open. */
interface Era {
  from?: number;
  until?: number;
}

/** A rule for the days of one holiday in a given Gregorian year. `days` is its length (1 when absent). */
export type HolidayRule = (
  | { kind: 'fixed'; month: number; day: number; /** days moved when it falls on a Sunday */ sunday?: number }
  | { kind: 'easter'; shift: number }
  | { kind: 'weekday'; month: number; weekday: number; /** 1 = first, -1 = last */ nth: number; shift?: number }
  | { kind: 'islamic'; month: number; day: number; /** the whole Islamic month (Ramadan) */ wholeMonth?: boolean }
  | { kind: 'eras'; rules: readonly HolidayRule[] }
) & Era & { days?: number };

/** A fixed day of the year; `sunday` moves it that many days when it falls on a Sunday. */
export function fixedDay(month: number, day: number, options: { sunday?: number } & Era = {}): HolidayRule {
  return { kind: 'fixed', month, day, ...options };
}

/** A day `shift` days from Easter Sunday (Good Friday -2, Ascension +39), `days` long (carnival: 3). */
export function easterDay(shift: number, days?: number): HolidayRule {
  return days ? { kind: 'easter', shift, days } : { kind: 'easter', shift };
}

/** The `nth` ISO weekday of a month (-1: the last), moved `shift` days (Black Friday: Thanksgiving + 1). */
export function nthWeekday(nth: number, weekday: number, month: number, options: { shift?: number } & Era = {}): HolidayRule {
  return { kind: 'weekday', month, weekday, nth, ...options };
}

/** A day of the Islamic (Umm al-Qura) calendar, or with `wholeMonth` the whole month (Ramadan). */
export function islamicDay(month: number, day: number, wholeMonth = false): HolidayRule {
  return wholeMonth ? { kind: 'islamic', month, day, wholeMonth } : { kind: 'islamic', month, day };
}

/** One of several rules, by year (the first whose era holds the year): Koninginnedag moved with the monarch. */
export function byEra(...rules: HolidayRule[]): HolidayRule {
  return { kind: 'eras', rules };
}

/**
 * Easter Sunday of a Gregorian year as a day number: the Anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid
 * for every Gregorian year.
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** Day number of the `nth` ISO weekday of a month (-1: the last); null when the month has no such one. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number | null {
  if (nth < 0) {
    const last = dayNumber(year, month, daysInMonth(year, month));
    return last - ((isoWeekday(last) - weekday + 7) % 7) + 7 * (nth + 1);
  }
  const first = dayNumber(year, month, 1);
  const day = first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1);
  return civilDay(day).month === month ? day : null;
}

// --- the Islamic calendar, from the Umm al-Qura calendar of the JavaScript engine's ICU (no table of our own) ---

const MS_PER_DAY = 86_400_000;
let hijriFormat: Intl.DateTimeFormat | null | undefined;

/** Islamic year, month and day of a day number; null where the engine has no Umm al-Qura calendar. */
export function hijriDate(n: number): { year: number; month: number; day: number } | null {
  if (hijriFormat === undefined) {
    try {
      const format = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      hijriFormat = format.resolvedOptions().calendar === 'islamic-umalqura' ? format : null;
    } catch {
      hijriFormat = null;
    }
  }
  if (!hijriFormat) return null;
  const parts: Record<string, number> = {};
  for (const part of hijriFormat.formatToParts(new Date(n * MS_PER_DAY))) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day };
}

/** 1 Muharram of AH 1 (16 July 622 Julian), the epoch of the arithmetic Islamic calendar. */
const HIJRI_EPOCH = dayNumber(622, 7, 19);
const hijriCache = new Map<string, number | null>();

/**
 * Day number of an Islamic date: the arithmetic (tabular) calendar places it within a day or two, the engine's Umm
 * al-Qura calendar settles it. Null when the month has no such day or the engine lacks the calendar.
 */
export function dayOfHijri(year: number, month: number, day: number): number | null {
  const key = `${year}-${month}-${day}`;
  const cached = hijriCache.get(key);
  if (cached !== undefined) return cached;
  const estimate = HIJRI_EPOCH + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + Math.ceil(29.5 * (month - 1)) + day - 1;
  let found: number | null = null;
  for (const delta of [0, -1, 1, -2, 2, -3, 3, -4, 4]) {
    const date = hijriDate(estimate + delta);
    if (!date) break;
    if (date.year === year && date.month === month && date.day === day) {
      found = estimate + delta;
      break;
    }
  }
  hijriCache.set(key, found);
  return found;
}

function islamicSpan(rule: Extract<HolidayRule, { kind: 'islamic' }>, year: number): DaySpan | null {
  const first = hijriDate(dayNumber(year, 1, 1));
  if (!first) return null;
  // A Gregorian year holds parts of two Islamic years (and may hold a feast twice): the first occurrence counts.
  for (const hijriYear of [first.year, first.year + 1]) {
    const start = dayOfHijri(hijriYear, rule.month, rule.day);
    if (start === null || civilDay(start).year !== year) continue;
    if (!rule.wholeMonth) return { start, end: start };
    const next = rule.month === 12 ? dayOfHijri(hijriYear + 1, 1, 1) : dayOfHijri(hijriYear, rule.month + 1, 1);
    return next === null ? null : { start, end: next - 1 };
  }
  return null;
}

/** The days of a holiday in a Gregorian year; null when it is not held that year (Koningsdag before 2014). */
export function holidaySpan(rule: HolidayRule, year: number): DaySpan | null {
  if ((rule.from !== undefined && year < rule.from) || (rule.until !== undefined && year > rule.until)) return null;
  const length = (rule.days ?? 1) - 1;
  switch (rule.kind) {
    case 'eras': {
      for (const era of rule.rules) {
        const span = holidaySpan(era, year);
        if (span) return span;
      }
      return null;
    }
    case 'fixed': {
      let start = dayNumber(year, rule.month, rule.day);
      if (rule.sunday && isoWeekday(start) === 7) start += rule.sunday;
      return { start, end: start + length };
    }
    case 'easter': {
      const start = easterSunday(year) + rule.shift;
      return { start, end: start + length };
    }
    case 'weekday': {
      const day = nthWeekdayOfMonth(year, rule.month, rule.weekday, rule.nth);
      if (day === null) return null;
      const start = day + (rule.shift ?? 0);
      return { start, end: start + length };
    }
    case 'islamic':
      return islamicSpan(rule, year);
  }
}

/** Which occurrence of a holiday a mention means: of a stated year, a year relative to the document's, or by tense. */
export type HolidayChoice = { year: number } | { yearOffset: number } | { direction: Direction };

/** The resolution of one known occurrence: a day, or for a holiday of several days the interval of its days. */
function exactHoliday(span: DaySpan, anchor: Resolution['anchor']): Resolution {
  if (span.start === span.end) return { value: unitValue('day', span.start), window: exactUnit('day', span.start), anchor };
  return { value: `${unitValue('day', span.start)}/${unitValue('day', span.end)}`, window: windowFromSpan(span, 'day', 'exact'), anchor };
}

/**
 * The weekend a holiday gives its name to ("the Easter weekend", "Memorial Day weekend", "het Pinksterweekend"): the
 * holiday and the nearest Saturday and Sunday, the weekend before a Monday to Wednesday holiday ("Memorial Day
 * weekend" is Saturday to Monday), the one after a Thursday to Sunday one ("Thanksgiving weekend" is Thursday to
 * Sunday; Easter, a Sunday, is the Saturday and Sunday). Null for a holiday of more than one day or an unsure one.
 */
export function holidayWeekend(resolution: Resolution): Resolution | null {
  const window = resolution.window;
  if (!window || window.certainty !== 'exact' || window.earliest !== window.latest) return null;
  const day = parseDay(window.earliest);
  const weekday = isoWeekday(day);
  const span = weekday <= 3 ? { start: day - weekday - 1, end: day } : { start: Math.min(day, day + 6 - weekday), end: day + 7 - weekday };
  return { value: `${unitValue('day', span.start)}/${unitValue('day', span.end)}`, window: windowFromSpan(span, 'day', 'exact'), anchor: resolution.anchor };
}

/**
 * A holiday mention resolved: "Kerstmis 2020" (a stated year), "Pasen volgend jaar" (a year from the document's),
 * or "met Pasen" alone (the occurrence the tense points to, seen from every day the document date can be).
 */
export function resolveHoliday(context: ParseContext, rule: HolidayRule, choice: HolidayChoice): Resolution | null {
  if ('year' in choice) {
    const span = holidaySpan(rule, choice.year);
    return span ? exactHoliday(span, 'absolute') : null;
  }
  if ('yearOffset' in choice) {
    const first = holidaySpan(rule, civilDay(context.referenceSpan.start).year + choice.yearOffset);
    const last = holidaySpan(rule, civilDay(context.referenceSpan.end).year + choice.yearOffset);
    if (!first || !last) return null;
    return first.start === last.start ? exactHoliday(first, 'document') : null;
  }
  // pick by the first day; a holiday of several days is then widened to all of its days
  const picked = yearlyUnit(context, 'day', (year) => {
    const span = holidaySpan(rule, year);
    return span && { start: span.start, end: span.start };
  }, choice.direction);
  if (!picked?.window || singleDay(rule)) return picked;
  const first = holidaySpan(rule, civilDay(parseDay(picked.window.earliest)).year);
  const last = holidaySpan(rule, civilDay(parseDay(picked.window.latest)).year);
  if (!first || !last) return null;
  if (picked.window.certainty === 'exact') return exactHoliday(first, picked.anchor);
  return { ...picked, window: windowFromSpan({ start: first.start, end: last.end }, 'day', picked.window.certainty) };
}

/** Is every occurrence of the rule one day long? */
function singleDay(rule: HolidayRule): boolean {
  if (rule.kind === 'eras') return rule.rules.every(singleDay);
  return (rule.days ?? 1) === 1 && !(rule.kind === 'islamic' && rule.wholeMonth);
}
