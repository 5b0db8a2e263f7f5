/**
 * Counted stretches of time that start or end at a day: "de afgelopen drie jaar", "the next two days", "binnen vijf
 * dagen", "less than 2 weeks from today", "minder dan drie dagen na morgen". Language-neutral: a locale says which
 * side of the day its words point to and how long the stretch is; this gives the window of whole days.
 *
 * Whether the day itself counts (the same in every language):
 * - `past` ("de afgelopen N", "the past N"): the N units right BEFORE the day; the day itself is left out, as it is
 *   the article's "today", neither past nor coming. "the past three days" in a Monday article is Friday to Sunday.
 * - `next` ("de komende N", "the next N", "N weeks in the future"): the N units right AFTER the day, from the day
 *   after it: "de komende twee dagen" in a Monday article is Tuesday and Wednesday.
 * - `from` ("binnen N", "within N", "minder dan N vanaf vandaag"): N units starting ON the day, which counts as the
 *   first: a deadline is counted from now, "binnen vijf dagen" on Monday runs up to Friday.
 * - `upTo` ("minder dan N voor gisteren"): N units ending on the day, which counts as the last.
 * Against a month- or year-only document date the window covers every day the stretch can touch.
 */
import { shiftDay, unitSpan, unitValue, type CalendarUnit, type DaySpan } from '../../time/units.js';
import { windowFromSpan, windowValue } from '../../time/window.js';
import type { DateWindow } from '../../types.js';
import type { Resolution } from './resolve.js';
import type { DurationPart, DurationUnit } from './values.js';
import { appendAll } from '../../lists.js';

/** Which way a stretch reaches from its day, and whether the day counts (see the module comment). */
export type StretchSide = 'past' | 'next' | 'from' | 'upTo';

/** Units a stretch can be counted in on the calendar (clock units draw no window of days). */
const CALENDAR_UNITS: Partial<Record<DurationUnit, CalendarUnit>> = {
  day: 'day', week: 'week', month: 'month', quarter: 'quarter', season: 'season', half: 'half', year: 'year', decade: 'decade', century: 'century',
};

/** The next smaller unit a fraction of a unit is counted in: half a year is six months, half a month fifteen days. */
const SMALLER: Partial<Record<CalendarUnit, [CalendarUnit, number]>> = {
  century: ['year', 100], decade: ['year', 10], year: ['month', 12], half: ['month', 6], quarter: ['month', 3], season: ['month', 3],
  month: ['day', 30], week: ['day', 7],
};

/** Size rank of a unit, largest first, so that years are added before months and months before days. */
const SIZE: readonly CalendarUnit[] = ['century', 'decade', 'year', 'half', 'season', 'quarter', 'month', 'week', 'day'];

/** Whole calendar steps of one amount: 1.5 years is 1 year and 6 months; part of a day is a whole day touched. */
function steps(unit: CalendarUnit, amount: number): [CalendarUnit, number][] {
  const whole = Math.floor(amount + 1e-9);
  const rest = amount - whole;
  const result: [CalendarUnit, number][] = whole > 0 ? [[unit, whole]] : [];
  if (rest < 1e-9) return result;
  const smaller = SMALLER[unit];
  if (!smaller) return [[unit, whole + 1]];
  return [...result, ...steps(smaller[0], rest * smaller[1])];
}

/**
 * The calendar steps of a told length, largest unit first; null when a part names no calendar unit (hours,
 * minutes) or no known, positive amount ("enkele dagen").
 */
export function calendarSteps(parts: readonly DurationPart[]): [CalendarUnit, number][] | null {
  const all: [CalendarUnit, number][] = [];
  for (const { amount, unit } of parts) {
    const calendarUnit = CALENDAR_UNITS[unit];
    if (!calendarUnit || amount === undefined || !(amount > 0)) return null;
    appendAll(all, steps(calendarUnit, amount));
  }
  return all.sort((a, b) => SIZE.indexOf(a[0]) - SIZE.indexOf(b[0]));
}

/** Day `n` moved by a told length (`sign` -1: back), keeping its place in each unit (shared `shiftDay`). */
function shiftBy(n: number, steps: readonly [CalendarUnit, number][], sign: 1 | -1): number {
  return steps.reduce((day, [unit, count]) => shiftDay(unit, day, sign * count), n);
}

/**
 * The window of a counted stretch reaching from `day` (a document date's span, or a day such as "morgen") to the
 * `side` given, `parts` long: certainty `period`, granularity day. Null when the length draws no days (hours,
 * unknown counts).
 */
export function stretchFrom(day: DaySpan, parts: readonly DurationPart[], side: StretchSide): DateWindow | null {
  const length = calendarSteps(parts);
  if (!length || length.length === 0) return null;
  const span =
    side === 'past' ? { start: shiftBy(day.start, length, -1), end: day.end - 1 }
    : side === 'next' ? { start: day.start + 1, end: shiftBy(day.end, length, 1) }
    : side === 'from' ? { start: day.start, end: shiftBy(day.end, length, 1) - 1 }
    : { start: shiftBy(day.start, length, -1) + 1, end: day.end };
  return windowFromSpan(span, 'day', 'period');
}

/**
 * The day a told length of several parts lies from the document date ("2 jaar, 1 maand en 21 dagen geleden", "over
 * 2 jaar en 21 dagen"), in the smallest unit the length names: a day when it counts days or weeks, else a month or
 * a year. Null when the length draws no days.
 */
export function shiftedByLength(reference: DaySpan, parts: readonly DurationPart[], sign: 1 | -1): Resolution | null {
  const length = calendarSteps(parts);
  if (!length || length.length === 0) return null;
  const smallest = length[length.length - 1][0];
  const unit: CalendarUnit = smallest === 'week' ? 'day' : smallest;
  const first = unitSpan(unit, shiftBy(reference.start, length, sign));
  const last = unitSpan(unit, shiftBy(reference.end, length, sign));
  const window = windowFromSpan({ start: first.start, end: last.end }, unit, first.start === last.start ? 'exact' : 'within');
  return { value: windowValue(window), window, anchor: 'document' };
}

/**
 * An open end a told length away from a day: "meer dan 2 weken na vandaag", "more than 2 weeks after today" is the
 * date the length reaches (value), the event after it (mod AFTER); "meer dan 2 weken voor vandaag" the date it lies
 * before (mod BEFORE). The window is one day beyond that date, in a stretch as long again, its far edge vague (as
 * "na de zomer" is drawn). Null for a day that is not one day (a month-only document date) or a length of no days.
 */
export function openEndFrom(day: DaySpan, parts: readonly DurationPart[], before: boolean): Resolution | null {
  const length = calendarSteps(parts);
  if (!length || length.length === 0 || day.start !== day.end) return null;
  const sign = before ? -1 : 1;
  const boundary = shiftBy(day.start, length, sign);
  const far = shiftBy(boundary, length, sign);
  const window = before
    ? windowFromSpan({ start: far, end: boundary - 1 }, 'day', 'within', { vagueStart: true })
    : windowFromSpan({ start: boundary + 1, end: far }, 'day', 'within', { vagueEnd: true });
  return { value: unitValue('day', boundary), window, anchor: 'document', mod: before ? 'BEFORE' : 'AFTER' };
}
