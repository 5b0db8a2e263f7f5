/** Keyboard and pointer look-ups over the time order (`PreparedTimeline.events` is sorted by anchor). */
import { bisectLeft } from './bisect.js';
import type { EventRecord } from '../../types.js';
import type { PreparedEvent, PreparedTimeline } from './types.js';

const anchorCache = new WeakMap<PreparedTimeline, Float64Array>();

function anchorsOf(prepared: PreparedTimeline): Float64Array {
  let anchors = anchorCache.get(prepared);
  if (!anchors) anchorCache.set(prepared, (anchors = Float64Array.from(prepared.events, (p) => p.anchor)));
  return anchors;
}

/** The event whose anchor is nearest to `time` (earlier one on a tie), or undefined when there are none. */
export function eventAt(prepared: PreparedTimeline, time: number): PreparedEvent | undefined {
  const { events } = prepared;
  if (events.length === 0) return undefined;
  const i = bisectLeft(anchorsOf(prepared), time);
  if (i === 0) return events[0];
  if (i === events.length) return events[i - 1];
  return time - events[i - 1].anchor <= events[i].anchor - time ? events[i - 1] : events[i];
}

/**
 * The event `step` places after (negative: before) the given one in time order, counting only events the filter
 * keeps; stops at the last kept event at either end.
 */
export function nextInOrder(
  prepared: PreparedTimeline,
  id: string,
  step: number,
  filter?: (event: EventRecord) => boolean,
): PreparedEvent | undefined {
  const current = prepared.byId.get(id);
  if (!current) return undefined;
  const { events } = prepared;
  if (!filter) return events[Math.min(events.length - 1, Math.max(0, current.order + step))];
  const direction = Math.sign(step);
  let found = current;
  for (let i = current.order + direction, left = Math.abs(step); left > 0 && i >= 0 && i < events.length; i += direction) {
    if (filter(events[i].event)) {
      found = events[i];
      left--;
    }
  }
  return found;
}
