/**
 * How far a timeline zooms in: a few units of the finest precision among its events. Zooming further would only
 * show hours inside a day that nothing in the data places (the first promise: never invent precision). Dates are
 * drawn by whole days, so an hour or a minute counts as a day. Pure, O(n) (one pass, which stops at the first day-precise date), no clock.
 */
import type { Granularity } from '../../types.js';
import { DAY_MS } from './shape.js';
import type { PreparedEvent } from './types.js';

/** The narrowest view holds this many units of the finest precision ("a few days" for day-precise data). */
export const NARROWEST_VIEW_UNITS = 4;

/** Length in days of one unit of each granularity (calendar units rounded down: the view may be a little narrower). */
const UNIT_DAYS: Record<Granularity, number> = {
  minute: 1,
  hour: 1,
  day: 1,
  week: 7,
  month: 28,
  quarter: 90,
  season: 90,
  half: 181,
  year: 365,
  decade: 3652,
  century: 36524,
};

/** The precision of one event's date, in ms: one unit of its granularity ("somewhere in August" is a day). */
export function precisionMs(event: Pick<PreparedEvent, 'event'>): number {
  return (UNIT_DAYS[event.event.date.granularity] ?? 1) * DAY_MS;
}

/** The narrowest time span (ms) a view of these events may show: {@link NARROWEST_VIEW_UNITS} of the finest precision. */
export function narrowestSpan(events: readonly Pick<PreparedEvent, 'event'>[]): number {
  let finest = Infinity;
  for (const e of events) {
    finest = Math.min(finest, precisionMs(e));
    // A day is the finest precision there is: nothing after it can make the span narrower.
    if (finest <= DAY_MS) break;
  }
  return NARROWEST_VIEW_UNITS * (Number.isFinite(finest) ? finest : DAY_MS);
}
