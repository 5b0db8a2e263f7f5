/**
 * Language-independent refiner: re-anchor event-relative expressions ("three days later", "the next day", "a week
 * earlier") to the nearest preceding expression that names a calendar place, instead of the document date.
 */
import { spanOfWindow, relativeUnit, windowValue } from '../../time/window.js';
import type { Timex } from '../../types.js';
import type { TemporalRefiner } from '../contract.js';
import { eventShiftOf, withoutEventShift } from '../common/event-shift.js';

/** Can this expression serve as the anchor of a following "later"? Only dated calendar places, not vague periods. */
function isCalendarAnchor(timex: Timex): boolean {
  return (
    (timex.type === 'DATE' || timex.type === 'TIME') &&
    timex.window !== undefined &&
    timex.window.certainty !== 'period' &&
    /^\d/.test(timex.value)
  );
}

export const anchorToPreviousDate: TemporalRefiner = {
  name: 'anchor-to-previous-date',
  refine(timexes) {
    let anchor: Timex | undefined;
    return timexes.map((timex) => {
      const shift = eventShiftOf(timex);
      if (!shift) {
        if (isCalendarAnchor(timex)) anchor = timex;
        return timex;
      }
      const plain = withoutEventShift(timex);
      // Without an earlier date the parser's resolution against the document date stands.
      if (!anchor?.window) return { ...plain, anchor: 'document' };
      const window = relativeUnit(spanOfWindow(anchor.window), shift.unit, shift.amount);
      const resolved: Timex = { ...plain, value: windowValue(window), window, anchor: 'event' };
      anchor = resolved;
      return resolved;
    });
  },
};
