/**
 * Expressions anchored to another date in the text ("three days later", "the next day", "a week earlier") are
 * resolved by a parser against the document date first, and carry a pending shift that the language-independent
 * refiner `anchorToPreviousDate` re-applies to the nearest preceding resolved date. The shift travels on a symbol
 * key so that it needs no field in the public `Timex` type and survives the tagger's object spread.
 */
import type { CalendarUnit } from '../../time/units.js';
import type { DayCount } from './day-arithmetic.js';
import type { Timex } from '../../types.js';
import type { TimexCandidate } from '../contract.js';

/** How far from its anchor an event-anchored expression lies: `amount` units of `unit` (negative: before). */
export interface EventShift {
  unit: CalendarUnit;
  amount: number;
  /** Kept after the re-anchored date value: a clock time `T16:15Z` or a part of day `TMO`. */
  valueSuffix?: string;
  /**
   * Without an earlier date fine enough for the shift, keep the document date (a bare clock time is on the day the
   * article reports) instead of a wide window around a coarser earlier date (the default: "three days later" after
   * "in 1990" is a day in early 1990 to early 1991).
   */
  documentFallback?: boolean;
  /**
   * Shift the anchor itself by whole months or years (`unit` month or year) and keep its granularity: "the same
   * month a year ago" after "January 2009" is January 2008, "the same period last year" after Q3 2009 is Q3 2008.
   */
  keepAnchorUnit?: boolean;
  /**
   * A shift of an unknown count ("enkele maanden later", "some months later"): one unit somewhere from `amount` to
   * `upTo` units away (same sign). The refiner leaves it be: the events step places it from the event it names.
   */
  upTo?: number;
  /**
   * Counted otherwise than `amount` whole units: "2 jaar en 21 dagen later", "vier werkdagen later", "twee
   * maandagen later" land where the count reaches from the anchor, on `unit`.
   */
  count?: DayCount;
}

const SHIFT = Symbol('eventShift');

/** Mark a candidate as anchored to the previous date in the text, `shift` away from it. */
export function withEventShift<T extends TimexCandidate>(candidate: T, shift: EventShift): T {
  return Object.assign(candidate, { [SHIFT]: shift });
}

/** The pending shift of an event-anchored expression, if any. */
export function eventShiftOf(timex: Timex | TimexCandidate): EventShift | undefined {
  return (timex as unknown as Record<symbol, EventShift | undefined>)[SHIFT];
}

/** A copy of the timex without its pending shift (after the refiner has used it). */
export function withoutEventShift(timex: Timex): Timex {
  const { ...copy } = timex;
  delete (copy as unknown as Record<symbol, unknown>)[SHIFT];
  return copy;
}
