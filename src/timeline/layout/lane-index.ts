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

/** Bits of `DurationClass.flags`: the shape (two bits), then the vague ends of a period. */
export const SHAPE_POINT = 0;
export const SHAPE_PERIOD = 1;
export const SHAPE_UNCERTAIN = 2;
export const SHAPE_MASK = 3;
export const VAGUE_START = 4;
export const VAGUE_END = 8;

/**
 * A duration class. Besides the members, what the layout reads per member on every frame is kept in typed arrays
 * parallel to `items`: zoomed out, thousands of members are looked at per frame and most of them only counted,
 * and reading numbers from arrays is far cheaper than visiting each event object (and hashing its title).
 */
export interface DurationClass {
  /** Exclusive upper bound of member durations, ms. */
  maxDuration: number;
  /** Member anchors, ascending; parallel to `items`. Ties are in `order`, so the members are in time order. */
  anchors: Float64Array;
  starts: Float64Array;
  ends: Float64Array;
  /** `PreparedEvent.order` of each member. */
  orders: Int32Array;
  /** Shape and vague ends (SHAPE_*, VAGUE_*). */
  flags: Uint8Array;
  /** Index of each member's title in `LaneIndex.titles`. */
  titleIds: Int32Array;
  items: PreparedEvent[];
}

export interface LaneIndex {
  key: string;
  count: number;
  /** Non-empty classes, shortest first. */
  classes: DurationClass[];
  /** Distinct titles of the timeline's events, shared by all its lanes (label widths are measured once per title). */
  titles: readonly string[];
}

function flagsOf(p: PreparedEvent): number {
  const shape = p.shape === 'point' ? SHAPE_POINT : p.shape === 'period' ? SHAPE_PERIOD : SHAPE_UNCERTAIN;
  return shape | (p.event.date.vagueStart ? VAGUE_START : 0) | (p.event.date.vagueEnd ? VAGUE_END : 0);
}

/** A class of `items` (in time order); `titleId` gives each member's index in the title table. */
export function makeClass(maxDuration: number, items: PreparedEvent[], titleId: (p: PreparedEvent) => number): DurationClass {
  // Loops rather than TypedArray.from(items, fn), which is many times slower in V8.
  const n = items.length;
  const cls: DurationClass = {
    // A double from the start: the short classes' bounds are small integers (Smis) and the long ones' are not, and
    // a field that changes representation makes V8 migrate the objects and deoptimize the layout's hot loops.
    maxDuration: 0.5,
    anchors: new Float64Array(n),
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    orders: new Int32Array(n),
    flags: new Uint8Array(n),
    titleIds: new Int32Array(n),
    items,
  };
  cls.maxDuration = maxDuration;
  for (let i = 0; i < n; i++) {
    const p = items[i];
    cls.anchors[i] = p.anchor;
    cls.starts[i] = p.start;
    cls.ends[i] = p.end;
    cls.orders[i] = p.order;
    cls.flags[i] = flagsOf(p);
    cls.titleIds[i] = titleId(p);
  }
  return cls;
}

/** Distinct titles of `events`, and a lookup of each title's index. */
export function titleTable(events: readonly PreparedEvent[]): { titles: string[]; titleId: (p: PreparedEvent) => number } {
  const ids = new Map<string, number>();
  const titles: string[] = [];
  // Each event's title index by position, so `titleId` need not hash the title again for every lane it is in.
  const byPosition = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const title = events[i].event.title;
    let id = ids.get(title);
    if (id === undefined) {
      ids.set(title, (id = titles.length));
      titles.push(title);
    }
    byPosition[i] = id;
  }
  // A timeline's events sit at their `order`; other lists (one lane's events) are looked up by title.
  const titleId = (p: PreparedEvent) => (events[p.order] === p ? byPosition[p.order] : ids.get(p.event.title)!);
  return { titles, titleId };
}

export function durationClassOf(duration: number): number {
  return Math.max(0, Math.min(60, Math.floor(Math.log2(Math.max(1, duration / DAY_MS)))));
}

/**
 * Build a lane's index from its events, which must already be in time order (ascending anchor). `table` is the
 * title table shared by the timeline's lanes (by default, one of this lane's titles).
 */
export function buildLaneIndex(key: string, events: readonly PreparedEvent[], table = titleTable(events)): LaneIndex {
  // Members by class number (0 .. 60), so the classes come out shortest first without sorting.
  const byClass: PreparedEvent[][] = [];
  for (let i = 0; i < events.length; i++) {
    const prepared = events[i];
    const k = durationClassOf(prepared.end - prepared.start);
    const list = byClass[k];
    if (list) list.push(prepared);
    else byClass[k] = [prepared];
  }
  const { titles, titleId } = table;
  const classes: DurationClass[] = [];
  for (let k = 0; k < byClass.length; k++) if (byClass[k]) classes.push(makeClass(DAY_MS * 2 ** (k + 1), byClass[k], titleId));
  return { key, count: events.length, classes, titles };
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

/** Indices of the members of a class whose window overlaps [t0, t1), in anchor order, appended to `out`. */
export function overlappingIndices(cls: DurationClass, t0: number, t1: number, out: number[]): void {
  const from = bisectLeft(cls.anchors, t0 - cls.maxDuration);
  const to = bisectLeft(cls.anchors, t1 + cls.maxDuration, from);
  const { starts, ends } = cls;
  for (let i = from; i < to; i++) if (starts[i] < t1 && ends[i] > t0) out.push(i);
}
