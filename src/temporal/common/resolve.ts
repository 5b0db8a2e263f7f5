/**
 * Resolution helpers shared by every locale: turn "which calendar unit" into a TIMEX3 value, an honest window and
 * an anchor kind. All of them resolve against `context.referenceSpan` (the days the document date can be), so a
 * month-only or year-only document date never yields an invented day.
 */
import { civilDay, dayNumber, isValidDay, isoWeekday, parseDay } from '../../time/calendar.js';
import { addUnits, unitSpan, unitValue, type CalendarUnit, type DaySpan } from '../../time/units.js';
import { exactUnit, relativeUnit, windowFromSpan, windowValue } from '../../time/window.js';
import type { AnchorKind, DateWindow } from '../../types.js';
import type { ParseContext } from '../contract.js';
import { stretchFrom } from './stretch.js';

/** The normalised part of a timex: what a parser fills in besides offsets, text and type. */
export interface Resolution {
  value: string;
  window?: DateWindow;
  anchor: AnchorKind;
  mod?: string;
  /** The year or week the text left unsaid, chosen here (see `Timex.impliedCycle`). */
  impliedCycle?: 'year' | 'week';
}

/** Which occurrence of an unanchored name ("August", "Friday", "the fourth quarter") is meant. */
export type Direction = 'past' | 'future' | 'nearest';

/** An explicitly dated day ("9 August 2020"); null when the day does not exist (31 June). */
export function absoluteDay(year: number, month: number, day: number): Resolution | null {
  if (!isValidDay(year, month, day)) return null;
  const n = dayNumber(year, month, day);
  return { value: unitValue('day', n), window: exactUnit('day', n), anchor: 'absolute' };
}

/** An explicitly dated unit: `absoluteUnit('month', 2020, 8)` is August 2020, `('quarter', 2008, 7)` is 2008-Q3. */
export function absoluteUnit(unit: CalendarUnit, year: number, month = 1, day = 1): Resolution {
  const n = dayNumber(year, month, day);
  return { value: unitValue(unit, n), window: exactUnit(unit, n), anchor: 'absolute' };
}

/**
 * The unit `offset` units from the document date ("tomorrow" = day +1, "last year" = year -1, "this week" = week 0).
 * Exact against a document date that fixes the unit, otherwise one unit `within` a longer window, value with X.
 */
export function relativeToDocument(context: ParseContext, unit: CalendarUnit, offset: number): Resolution {
  const window = relativeUnit(context.referenceSpan, unit, offset);
  return { value: windowValue(window), window, anchor: 'document' };
}

/** A window spanning whole units from day `first` to day `last`, as an honest value. */
function unitRange(unit: CalendarUnit, first: DaySpan, last: DaySpan, anchor: AnchorKind): Resolution {
  if (first.start === last.start) return { value: unitValue(unit, first.start), window: exactUnit(unit, first.start), anchor };
  const window = windowFromSpan({ start: first.start, end: last.end }, unit, 'within');
  const a = unitValue(unit, first.start);
  const b = unitValue(unit, last.start);
  // Same unit in different years ("August" in an article dated only 2020): keep the unit, blur the year.
  const value = a.length >= 4 && a.slice(4) === b.slice(4) && /^\d{4}$/.test(a.slice(0, 4)) ? `XXXX${a.slice(4)}` : windowValue(window);
  return { value, window, anchor };
}

/**
 * Pick the occurrence of a yearly recurring unit (a month, a day of a month, a quarter, a season) meant by an
 * unanchored mention, seen from day `n`: the latest that has started by `n` (past), the earliest that has not
 * ended before `n` (future), or the closest one (nearest; ties go to the past, as news mostly reports).
 */
function occurrenceFrom(n: number, inYear: (year: number) => DaySpan | null, direction: Direction): DaySpan | null {
  const { year } = civilDay(n);
  // four years either way, so that 29 February finds its leap year
  const candidates = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((offset) => inYear(year + offset)).filter((s): s is DaySpan => s !== null);
  if (direction === 'past') return candidates.filter((s) => s.start <= n).pop() ?? null;
  if (direction === 'future') return candidates.find((s) => s.end >= n) ?? null;
  let best: DaySpan | null = null;
  let bestDistance = Infinity;
  for (const s of candidates) {
    const distance = s.end < n ? n - s.end : s.start > n ? s.start - n : 0;
    if (distance < bestDistance) [best, bestDistance] = [s, distance];
  }
  return best;
}

/**
 * An unanchored yearly unit ("in August", "on 9 August", "the fourth quarter", "this summer" without a year),
 * resolved from both ends of the document span. `inYear` gives the unit's days in a given year (null if none, e.g.
 * 29 February). `unit` names the granularity of the result.
 */
export function yearlyUnit(
  context: ParseContext,
  unit: CalendarUnit,
  inYear: (year: number) => DaySpan | null,
  direction: Direction,
): Resolution | null {
  const { start, end } = context.referenceSpan;
  // "on 9 August" in an article dated only August 2024 is 9 August 2024 whatever the tense: the article's own
  // month holds it, and a date of a year before would have been written with its year (as "van 3 tot en met 9
  // augustus" is read). Not for a year-only date, where months of the year before are as likely.
  if (end - start < 31) {
    const own = inYear(civilDay(start).year);
    if (own && own.start <= end && own.end >= start) return { ...unitRange(unit, own, own, 'document'), impliedCycle: 'year' };
  }
  const first = occurrenceFrom(start, inYear, direction);
  const last = occurrenceFrom(end, inYear, direction);
  if (!first || !last) return null;
  return { ...unitRange(unit, first, last, 'document'), impliedCycle: 'year' };
}

/**
 * The two ends of a range of months ("from January to March 2023", "van november tot februari 2021", "between May
 * 2020 and July"): a year written at one end belongs to the other as well, a year apart where the range crosses a
 * new year. Without a year, `yearless` places each end (a language's tense rules), and a second end placed before
 * the first moves to the year after it. Null for ends out of order.
 */
export function monthRangeEnds(
  from: { month: number; year?: number },
  to: { month: number; year?: number },
  yearless: (month: number) => Resolution | null,
): [Resolution, Resolution] | null {
  if (from.year !== undefined || to.year !== undefined) {
    const lastYear = to.year ?? (to.month > from.month ? from.year! : from.year! + 1);
    const firstYear = from.year ?? (from.month < to.month ? lastYear : lastYear - 1);
    if (firstYear * 12 + from.month >= lastYear * 12 + to.month) return null;
    return [absoluteUnit('month', firstYear, from.month), absoluteUnit('month', lastYear, to.month)];
  }
  const first = yearless(from.month);
  const last = yearless(to.month);
  if (!first?.window || !last?.window) return null;
  if (first.window.certainty !== 'exact' || last.window.certainty !== 'exact' || last.window.earliest > first.window.latest) return [first, last];
  // each end placed on its own ("between March and May, he said": the past May is before the past March): the second
  // is the first such month after the first end
  const firstYear = civilDay(parseDay(first.window.earliest)).year;
  return [first, { ...absoluteUnit('month', to.month > from.month ? firstYear : firstYear + 1, to.month), anchor: first.anchor }];
}

/** A month without a year ("in August"). */
export function monthWithoutYear(context: ParseContext, month: number, direction: Direction): Resolution | null {
  return yearlyUnit(context, 'month', (y) => unitSpan('month', dayNumber(y, month, 1)), direction);
}

/** A day of a month without a year ("on 9 August", "August 9"). */
export function dayWithoutYear(context: ParseContext, month: number, day: number, direction: Direction): Resolution | null {
  if (!isValidDay(2000, month, day)) return null;
  return yearlyUnit(context, 'day', (y) => (isValidDay(y, month, day) ? unitSpan('day', dayNumber(y, month, day)) : null), direction);
}

/**
 * A weekday without a date ("on Friday"): the latest such day on or before the document date (past), the earliest
 * on or after it (future), or the closest (nearest). `weekShift` moves it by whole weeks ("next Friday" = +1 from
 * the coming one is NOT implied here: callers decide what "next" means in their language).
 */
export function weekdayNear(context: ParseContext, weekday: number, direction: Direction, weekShift = 0): Resolution {
  const pick = (n: number): number => {
    const back = (isoWeekday(n) - weekday + 7) % 7;
    const forward = (weekday - isoWeekday(n) + 7) % 7;
    const day = direction === 'past' ? n - back : direction === 'future' ? n + forward : back <= forward ? n - back : n + forward;
    return day + 7 * weekShift;
  };
  const first = pick(context.referenceSpan.start);
  const last = pick(context.referenceSpan.end);
  return unitRange('day', { start: first, end: first }, { start: last, end: last }, 'document');
}

/** The weekday inside the week `weekOffset` weeks from the document date ("Monday of last week", "this Friday"). */
export function weekdayOfRelativeWeek(context: ParseContext, weekday: number, weekOffset: number): Resolution {
  const pick = (n: number) => addUnits('week', n, weekOffset) + weekday - 1;
  const first = pick(context.referenceSpan.start);
  const last = pick(context.referenceSpan.end);
  return unitRange('day', { start: first, end: first }, { start: last, end: last }, 'document');
}

/**
 * A unit inside a relative year ("the fourth quarter of last year", "March of next year"): `inYear` picks the part
 * of a year; the year is `yearOffset` years from the document date.
 */
export function partOfRelativeYear(
  context: ParseContext,
  unit: CalendarUnit,
  inYear: (year: number) => DaySpan,
  yearOffset: number,
): Resolution {
  const first = inYear(civilDay(context.referenceSpan.start).year + yearOffset);
  const last = inYear(civilDay(context.referenceSpan.end).year + yearOffset);
  return unitRange(unit, first, last, 'document');
}

/** Days between two moments as a window of whole days from the document date ("three days ago" = -3). */
export function daysFromDocument(context: ParseContext, days: number): Resolution {
  return relativeToDocument(context, 'day', days);
}

/**
 * A stretch reaching from the document date backwards or forwards for a vague time ("recently", "in recent years",
 * "the coming months"): certainty `period`, the far end vague. `reach` is how far it can go, in units.
 */
export function vaguePeriod(
  context: ParseContext,
  value: 'PAST_REF' | 'FUTURE_REF' | 'PRESENT_REF',
  unit: CalendarUnit,
  reach: number,
): Resolution {
  const { start, end } = context.referenceSpan;
  if (value === 'PRESENT_REF') {
    return { value, window: windowFromSpan({ start, end }, 'day', 'period'), anchor: 'document' };
  }
  const far = value === 'PAST_REF' ? unitSpan(unit, addUnits(unit, start, -reach)).start : unitSpan(unit, addUnits(unit, end, reach)).end;
  const span = value === 'PAST_REF' ? { start: far, end } : { start, end: far };
  const window = windowFromSpan(span, unit, 'period', value === 'PAST_REF' ? { vagueStart: true } : { vagueEnd: true });
  return { value, window, anchor: 'document' };
}

/**
 * A counted stretch right before or after the document date ("de afgelopen drie jaar", "the next two years"): the
 * `count` units before the document's day or after it, the day itself left out (see `stretchFrom` for why).
 */
export function stretchAtDocument(reference: DaySpan, unit: CalendarUnit, count: number, toward: 'past' | 'next'): DateWindow {
  return stretchFrom(reference, [{ amount: count, unit }], toward)!;
}

/**
 * A period from a stated start up to the document date ("since 1994", "since March"): certainty `period`, the end
 * firm (it is the document date). Value and mod stay those of the start, as TIMEX3 annotates "since 1994" as the
 * date 1994 with "since" a signal outside the expression; the window is what carries the stretch.
 */
export function periodSince(context: ParseContext, from: Resolution): Resolution {
  if (!from.window) return from;
  const [year, month, day] = from.window.earliest.split('-').map(Number);
  const start = dayNumber(year, month, day);
  const window = windowFromSpan({ start, end: context.referenceSpan.end }, from.window.granularity as CalendarUnit, 'period');
  return { ...from, window };
}

/** Apply a TIMEX3 mod (START, MID, END, APPROX ...) to a resolution; the window narrows to the named third for START/MID/END. */
export function withMod(resolution: Resolution, mod: string | undefined): Resolution {
  if (!mod) return resolution;
  const result: Resolution = { ...resolution, mod };
  const w = resolution.window;
  if (w && (mod === 'START' || mod === 'MID' || mod === 'END') && w.certainty === 'exact') {
    const [startYear, startMonth, startDay] = w.earliest.split('-').map(Number);
    const [endYear, endMonth, endDay] = w.latest.split('-').map(Number);
    const start = dayNumber(startYear, startMonth, startDay);
    const end = dayNumber(endYear, endMonth, endDay);
    const third = Math.max(0, Math.floor((end - start + 1) / 3) - 1);
    const span =
      mod === 'START' ? { start, end: start + third } : mod === 'END' ? { start: end - third, end } : { start: start + third + 1, end: end - third - 1 };
    if (span.start <= span.end) {
      // The referent is a stretch inside the unit whose edges are vague: keep the unit's granularity, period certainty.
      result.window = windowFromSpan(span, w.granularity as CalendarUnit, 'period', { vagueStart: mod !== 'START', vagueEnd: mod !== 'END' });
    }
  }
  return result;
}

/**
 * A day of a month named without its month ("op de 15e", "on the 27th"): the day in the document's month, or, with
 * a tense, the latest such day on or before the document date (past) or the earliest on or after it (future),
 * skipping months too short to have it. Null when no month near has the day.
 */
export function dayOfMonthNear(context: ParseContext, day: number, direction: Direction): Resolution | null {
  if (day < 1 || day > 31) return null;
  const inMonth = (n: number, offset: number): DaySpan | null => {
    const { year, month } = civilDay(addUnits('month', unitSpan('month', n).start, offset));
    return isValidDay(year, month, day) ? unitSpan('day', dayNumber(year, month, day)) : null;
  };
  const pick = (n: number): DaySpan | null => {
    const near = [-3, -2, -1, 0, 1, 2, 3].map((offset) => inMonth(n, offset)).filter((s): s is DaySpan => s !== null);
    if (direction === 'past') return near.filter((s) => s.start <= n).pop() ?? null;
    if (direction === 'future') return near.find((s) => s.end >= n) ?? null;
    // no tense: the document's own month, else the closest month that has the day
    return inMonth(n, 0) ?? near.reduce<DaySpan | null>((best, s) => (!best || Math.abs(s.start - n) < Math.abs(best.start - n) ? s : best), null);
  };
  const first = pick(context.referenceSpan.start);
  const last = pick(context.referenceSpan.end);
  if (!first || !last) return null;
  return unitRange('day', first, last, 'document');
}

/**
 * A day of the month `offset` months from the document's ("de 20ste van volgende maand", "the 31st of this month"):
 * null when that month has no such day (the 31st of a 30-day month names no date).
 */
export function dayOfRelativeMonth(context: ParseContext, day: number, offset: number): Resolution | null {
  const inMonth = (n: number): DaySpan | null => {
    const { year, month } = civilDay(addUnits('month', unitSpan('month', n).start, offset));
    return isValidDay(year, month, day) ? unitSpan('day', dayNumber(year, month, day)) : null;
  };
  const first = inMonth(context.referenceSpan.start);
  const last = inMonth(context.referenceSpan.end);
  if (!first || !last) return null;
  return unitRange('day', first, last, 'document');
}
