/**
 * Language-independent refiner: re-anchor event-relative expressions ("three days later", "the next day", "a week
 * earlier") to the nearest preceding expression that names a calendar place, instead of the document date.
 */
import { spanOfWindow, relativeUnit, windowFromSpan, windowValue } from '../../time/window.js';
import { addMonthsKeepingDay, UNIT_ORDER, unitSpan, type CalendarUnit } from '../../time/units.js';
import type { DateWindow, Granularity, Timex } from '../../types.js';
import type { TemporalRefiner } from '../contract.js';
import { eventShiftOf, withoutEventShift, type EventShift } from '../common/event-shift.js';
import { clockInPartOfDay, countedWindow } from '../common/day-arithmetic.js';

/** Can this expression serve as the anchor of a following "later"? Only dated calendar places, not vague periods. */
function isCalendarAnchor(timex: Timex): boolean {
  return (
    (timex.type === 'DATE' || timex.type === 'TIME') &&
    timex.window !== undefined &&
    timex.window.certainty !== 'period' &&
    /^\d/.test(timex.value)
  );
}

/** An anchor must be at least as fine as the shift: "three days later" after "in 1982" says nothing about the day. */
function fineEnough(anchor: Timex, unit: CalendarUnit): boolean {
  const g = anchor.window?.granularity;
  if (!g) return false;
  const rank = (u: Granularity) => UNIT_ORDER.indexOf(u === 'minute' || u === 'hour' ? 'day' : u);
  return rank(g) <= rank(unit);
}

/** The anchor's window moved by whole months or years, same granularity and certainty ("the same month a year ago"). */
function shiftKeepingUnit(window: DateWindow, shift: EventShift): DateWindow {
  const months = shift.unit === 'year' ? 12 * shift.amount : shift.unit === 'month' ? shift.amount : 0;
  const unit = (window.granularity === 'minute' || window.granularity === 'hour' ? 'day' : window.granularity) as CalendarUnit;
  const move = (n: number) => addMonthsKeepingDay(n, months);
  const span = spanOfWindow(window);
  const moved = { start: unitSpan(unit, move(span.start)).start, end: unitSpan(unit, move(span.end)).end };
  return windowFromSpan(moved, unit, window.certainty);
}

export const anchorToPreviousDate: TemporalRefiner = {
  name: 'anchor-to-previous-date',
  refine(timexes) {
    // The latest calendar anchor of each granularity seen so far: each shift takes the latest fine-enough one, in
    // constant time per expression.
    const latest = new Map<Granularity, Timex>();
    const remember = (t: Timex) => {
      if (t.window) latest.set(t.window.granularity, t);
    };
    return timexes.map((timex) => {
      const shift = eventShiftOf(timex);
      // a shift of an unknown count is placed by the events step, from the event it names (relations)
      if (shift?.upTo !== undefined) return timex;
      if (!shift) {
        if (isCalendarAnchor(timex)) remember(timex);
        return timex;
      }
      const plain = withoutEventShift(timex);
      // The latest anchor fine enough for the shift; failing that the latest coarser one, which gives an honest wide
      // window ("three days later" after "in 1990" is a day in 1990-01-04..1991-01-03).
      let anchor: Timex | undefined;
      let coarse: Timex | undefined;
      for (const candidate of latest.values()) {
        if (fineEnough(candidate, shift.unit)) {
          if (!anchor || candidate.start > anchor.start) anchor = candidate;
        } else if (!coarse || candidate.start > coarse.start) coarse = candidate;
      }
      if (!shift.documentFallback) anchor ??= coarse;
      // Without an earlier date the parser's resolution against the document date stands (if it could make one).
      if (!anchor?.window) return { ...plain, anchor: plain.window ? 'document' : 'none' };
      const window = shift.keepAnchorUnit
        ? shiftKeepingUnit(anchor.window, shift)
        : shift.count
          ? countedWindow(spanOfWindow(anchor.window), shift.count, shift.unit)
          : relativeUnit(spanOfWindow(anchor.window), shift.unit, shift.amount);
      // a clock time after "tonight", "this afternoon" is in that part of the day ("tonight at 9:30" is 21:30)
      const suffix = shift.valueSuffix === undefined ? '' : clockInPartOfDay(shift.valueSuffix, anchor.value);
      const resolved: Timex = { ...plain, value: windowValue(window) + suffix, window: { ...window, granularity: plain.window?.granularity === 'minute' ? 'minute' : window.granularity }, anchor: 'event' };
      remember(resolved);
      return resolved;
    });
  },
};
