/**
 * From a date window to what is drawn: the shape of the mark and its time extent in UTC milliseconds.
 * Times come from the pure calendar (day numbers), never from a `Date`, so no time zone can leak in.
 */
import { isoDayNumber, parseDay } from '../../time/calendar.js';
import type { DateWindow, EventDate } from '../../types.js';
import type { MarkShape } from './types.js';

export const DAY_MS = 86_400_000;

/**
 * `within` windows hold one unit somewhere inside: an uncertain point. `period` windows, and exact windows
 * coarser than a day ("augustus 2020"), are stretches of time: a bar. An exact day (or finer) is a point.
 */
export function shapeOf(window: DateWindow): MarkShape {
  if (window.certainty === 'within') return 'uncertain-point';
  if (window.certainty === 'period') return 'period';
  const granularity = window.granularity;
  // Comparisons rather than a Set lookup: this runs for every event.
  return granularity === 'day' || granularity === 'minute' || granularity === 'hour' ? 'point' : 'period';
}

/** [start, end) in UTC ms: the first instant of the earliest day up to the first instant after the latest day. */
export function windowTimes(window: Pick<DateWindow, 'earliest' | 'latest'>): { start: number; end: number } {
  return { start: dayStart(window.earliest), end: dayStart(window.latest) + DAY_MS };
}

/** UTC ms of the first instant of an ISO day (the common form read by arithmetic, see `isoDayNumber`). */
export function dayStart(iso: string): number {
  const n = isoDayNumber(iso);
  return (n === n ? n : parseDay(iso)) * DAY_MS;
}

/**
 * Days an open end is drawn over. A date from tense ("before the article's date": `[..2020-08-31]`) has a horizon,
 * not a first day; drawn whole it would stretch the view over years. It is drawn as the days next to its bound, the
 * far edge faded (it is vague): a mark by the article's date with a short "before" (or "after") tail. Events that
 * share it are spread along the tail in the order the text's relations give.
 */
export const OPEN_TAIL_DAYS = 7;

/** Is the date's far end a horizon rather than a bound (a date from tense, with an open start or end)? */
export function hasOpenEnd(date: Pick<EventDate, 'source' | 'vagueStart' | 'vagueEnd'>): boolean {
  return date.source === 'tense' && (date.vagueStart === true) !== (date.vagueEnd === true);
}

/**
 * [start, end) in UTC ms of what is drawn for a date: its window, or for an open end (see {@link hasOpenEnd}) the
 * {@link OPEN_TAIL_DAYS} beside its bound.
 */
export function drawnTimes(date: EventDate): { start: number; end: number } {
  const start = dayStart(date.earliest);
  const end = (date.latest === date.earliest ? start : dayStart(date.latest)) + DAY_MS;
  if (!hasOpenEnd(date)) return { start, end };
  const tail = Math.min(end - start, OPEN_TAIL_DAYS * DAY_MS);
  return date.vagueStart ? { start: end - tail, end } : { start, end: start + tail };
}
