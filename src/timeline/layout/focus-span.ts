/**
 * Where the events are: the span a timeline opens on. One long or vague period ("de laatste jaren", 2015 to 2020)
 * must not set the view, or the rest of the story piles up in a few pixels. So the view covers the central bulk of
 * the events' anchors (the 10th to the 90th percentile), widened by the windows of the events there that are at most
 * twice as long as that bulk ("somewhere in August" shows all of August), in whole days, months or years. Longer
 * periods run out of view. Pure: O(n log n) on the anchors, no clock.
 */
import { civilDay, dayNumber } from '../../time/calendar.js';
import { DAY_MS } from './shape.js';
import type { PreparedEvent } from './types.js';

/** Share of the anchors left out at each end. */
const TAIL_SHARE = 0.1;

export interface TimeSpan {
  start: number;
  end: number;
}

/** The time span where most of `events` lie, in whole units; null when there are none. */
export function focusSpan(events: readonly Pick<PreparedEvent, 'start' | 'end' | 'anchor'>[]): TimeSpan | null {
  const n = events.length;
  if (n === 0) return null;
  // Prepared events come in anchor order: sorted again only when they are not (a loop, as Float64Array.from with a
  // function is many times slower in V8).
  const anchors = new Float64Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    anchors[i] = events[i].anchor;
    if (i > 0 && !(anchors[i] >= anchors[i - 1])) sorted = false;
  }
  if (!sorted) anchors.sort();
  let lo = anchors[Math.floor(TAIL_SHARE * (n - 1))];
  let hi = anchors[Math.ceil((1 - TAIL_SHARE) * (n - 1))];
  const longest = 2 * Math.max(hi - lo, DAY_MS) + DAY_MS;
  for (const e of events) {
    if (e.end - e.start > longest || e.end <= lo || e.start > hi) continue;
    if (e.start < lo) lo = e.start;
    if (e.end > hi) hi = e.end;
  }
  return wholeUnits(lo, Math.max(hi, lo + DAY_MS));
}

/** [start, end) widened to whole days, months or years, the unit chosen by the span's length. */
export function wholeUnits(start: number, end: number): TimeSpan {
  const span = end - start;
  if (span <= 92 * DAY_MS) return { start: Math.floor(start / DAY_MS) * DAY_MS, end: Math.ceil(end / DAY_MS) * DAY_MS };
  const from = civilDay(Math.floor(start / DAY_MS));
  const to = civilDay(Math.floor((end - 1) / DAY_MS));
  const ms = (year: number, month: number) => dayNumber(year, month, 1) * DAY_MS;
  if (span <= 3 * 365 * DAY_MS) return { start: ms(from.year, from.month), end: ms(to.year, to.month + 1) };
  return { start: ms(from.year, 1), end: ms(to.year + 1, 1) };
}
