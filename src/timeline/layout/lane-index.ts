/**
 * Per-lane search index. A lane's events are split into duration classes (class k holds windows lasting
 * [2^k, 2^(k+1)) days), each sorted by anchor. Because every member of a class is at most twice as long as the
 * shortest, "which members overlap [t0, t1)?" is a binary search over anchors widened by the class's longest
 * duration, with little wasted scanning, and a period that spans the whole viewport is still found. At a given
 * zoom a class is either narrow (all members thinner than the cluster gap: treated as points and counted per
 * bucket with binary searches) or wide (members drawn as bars).
 */
import { DAY_MS } from './shape.js';
import type { PreparedEvent } from './types.js';

export interface DurationClass {
  /** Exclusive upper bound of member durations, ms. */
  maxDuration: number;
  /** Member anchors, ascending; parallel to `items`. */
  anchors: Float64Array;
  items: PreparedEvent[];
}

export interface LaneIndex {
  key: string;
  count: number;
  /** Non-empty classes, shortest first. */
  classes: DurationClass[];
}

export function durationClassOf(duration: number): number {
  return Math.max(0, Math.min(60, Math.floor(Math.log2(Math.max(1, duration / DAY_MS)))));
}

/** Build a lane's index from its events, which must already be in time order (ascending anchor). */
export function buildLaneIndex(key: string, events: readonly PreparedEvent[]): LaneIndex {
  const byClass = new Map<number, PreparedEvent[]>();
  for (const prepared of events) {
    const k = durationClassOf(prepared.end - prepared.start);
    const list = byClass.get(k);
    if (list) list.push(prepared);
    else byClass.set(k, [prepared]);
  }
  const classes = [...byClass.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, items]) => ({ maxDuration: DAY_MS * 2 ** (k + 1), anchors: Float64Array.from(items, (p) => p.anchor), items }));
  return { key, count: events.length, classes };
}

/** First index whose value is >= x. */
export function bisectLeft(values: Float64Array, x: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Members of a class whose window overlaps [t0, t1), in anchor order. */
export function overlapping(cls: DurationClass, t0: number, t1: number, out: PreparedEvent[] = []): PreparedEvent[] {
  // anchor lies in [start, end) and end - start < maxDuration, so an overlapping member's anchor is within this range.
  const from = bisectLeft(cls.anchors, t0 - cls.maxDuration);
  const to = bisectLeft(cls.anchors, t1 + cls.maxDuration, from);
  for (let i = from; i < to; i++) {
    const p = cls.items[i];
    if (p.start < t1 && p.end > t0) out.push(p);
  }
  return out;
}
