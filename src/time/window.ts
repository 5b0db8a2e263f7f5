/**
 * Windows: the honest answer to "when?". Every relative expression is resolved against the whole span of days
 * the document date can stand for, so a month-only article never yields an invented day.
 */
import { formatDay, parseDay } from './calendar.js';
import { addUnits, unitSpan, unitValue, type CalendarUnit, type DaySpan } from './units.js';
import type { DateWindow, WindowCertainty } from '../types.js';

/** Build a window from inclusive day numbers. */
export function windowFromSpan(
  span: DaySpan,
  granularity: CalendarUnit,
  certainty: WindowCertainty,
  vague: { vagueStart?: boolean; vagueEnd?: boolean } = {},
): DateWindow {
  const window: DateWindow = { earliest: formatDay(span.start), latest: formatDay(span.end), granularity, certainty };
  if (vague.vagueStart) window.vagueStart = true;
  if (vague.vagueEnd) window.vagueEnd = true;
  return window;
}

/** Inclusive day-number span of a window. */
export function spanOfWindow(window: Pick<DateWindow, 'earliest' | 'latest'>): DaySpan {
  return { start: parseDay(window.earliest), end: parseDay(window.latest) };
}

/** The window of one exactly known unit containing day `n` ("August 2020", "week 33"). */
export function exactUnit(unit: CalendarUnit, n: number): DateWindow {
  return windowFromSpan(unitSpan(unit, n), unit, 'exact');
}

/**
 * The unit `offset` units away from each day the anchor can be, as one window.
 * Against an exact day this is one unit ("morgen" on 2020-08-16 is 2020-08-17); against a month it is one unit
 * somewhere in a longer window ("morgen" in 2020-08 is one day in 2020-08-02..2020-09-01): certainty `within`.
 */
export function relativeUnit(anchor: DaySpan, unit: CalendarUnit, offset: number): DateWindow {
  const first = unitSpan(unit, unit === 'day' ? anchor.start + offset : addUnits(unit, anchor.start, offset));
  const last = unitSpan(unit, unit === 'day' ? anchor.end + offset : addUnits(unit, anchor.end, offset));
  const single = first.start === last.start;
  return windowFromSpan({ start: first.start, end: last.end }, unit, single ? 'exact' : 'within');
}

/**
 * One unit somewhere from `near` to `far` units away from the anchor (both negative: before it): "enkele weken
 * geleden", "some months later" are two to nine units away, how many unknown.
 */
export function unitsAway(anchor: DaySpan, unit: CalendarUnit, near: number, far: number): DateWindow {
  const [a, b] = [relativeUnit(anchor, unit, near), relativeUnit(anchor, unit, far)];
  const [first, last] = near <= far ? [a, b] : [b, a];
  return windowFromSpan({ start: spanOfWindow(first).start, end: spanOfWindow(last).end }, unit, 'within');
}

/** Shift a window by whole days, keeping its granularity and certainty (for "drie dagen later" on a window). */
export function shiftWindowDays(window: DateWindow, days: number): DateWindow {
  const span = spanOfWindow(window);
  return { ...window, earliest: formatDay(span.start + days), latest: formatDay(span.end + days) };
}

/**
 * TIMEX3 value of a window: the unit's value when it is one unit; otherwise the values of its first and last units
 * with every differing digit replaced by X (`2020-08-02..2020-09-01` at day granularity → `2020-XX-XX`).
 */
export function windowValue(window: DateWindow): string {
  const unit = (window.granularity === 'minute' || window.granularity === 'hour' ? 'day' : window.granularity) as CalendarUnit;
  const span = spanOfWindow(window);
  const first = unitValue(unit, span.start);
  const last = unitValue(unit, span.end);
  if (first === last || window.certainty === 'period') return first === last ? first : blurValue(first, last);
  return blurValue(first, last);
}

/** Replace every digit group that differs between two same-shaped values, and every group after it, by X. */
export function blurValue(a: string, b: string): string {
  const groupsA = a.split(/(\d+)/);
  const groupsB = b.split(/(\d+)/);
  if (groupsA.length !== groupsB.length) return a.replace(/\d/g, 'X');
  let differed = false;
  return groupsA
    .map((group, i) => {
      if (!/^\d+$/.test(group)) return group;
      if (group !== groupsB[i]) differed = true;
      return differed ? 'X'.repeat(group.length) : group;
    })
    .join('');
}

/** Does the window contain the given day? */
export function windowContains(window: DateWindow, iso: string): boolean {
  return window.earliest <= iso && iso <= window.latest;
}
