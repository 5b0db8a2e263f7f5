/**
 * Per-lane search index. A lane's events are split into duration classes (class k holds windows lasting
 * [2^k, 2^(k+1)) days), each sorted by anchor. Because every member of a class is at most twice as long as the
 * shortest, "which members overlap [t0, t1)?" is a binary search over anchors widened by the class's longest
 * duration, with little wasted scanning, and a period that spans the whole viewport is still found. At a given
 * zoom a class is either narrow (all members thinner than the cluster gap: treated as points and counted per
 * bucket with binary searches) or wide (members drawn as bars).
 */
import { DAY_MS } from './shape.js';
import { bisectLeft } from './bisect.js';
import type { DateWindow, EventKind } from '../../types.js';
import type { MarkShape, PreparedEvent } from './types.js';

/** Bits of `DurationClass.flags`: the shape (two bits), the vague ends of a period, and a denied event's strike. */
export const SHAPE_POINT = 0;
export const SHAPE_PERIOD = 1;
export const SHAPE_UNCERTAIN = 2;
export const SHAPE_MASK = 3;
export const VAGUE_START = 4;
export const VAGUE_END = 8;
/** A denied event: drawn struck through, its label keeps clear of the strike (label-spot.ts). */
export const STRUCK = 16;
/** A planned or speculative event: drawn with a ring or outline, which a label beside it keeps clear of. */
export const RINGED = 32;

/**
 * A duration class. What the layout reads per member on every frame is kept in typed arrays: zoomed out,
 * thousands of members are looked at per frame and most of them only counted, and reading numbers from arrays is
 * far cheaper than visiting each event object (and hashing its title).
 */
export interface DurationClass {
  /** Exclusive upper bound of member durations, ms. */
  maxDuration: number;
  /** Member anchors, ascending. Ties are in `order`, so the members are in time order. */
  anchors: Float64Array;
  starts: Float64Array;
  ends: Float64Array;
  /** `PreparedEvent.order` of each member: its prepared event is `OrderTable.events[order]`. */
  orders: Int32Array;
  /** Shape and vague ends (SHAPE_*, VAGUE_*). */
  flags: Uint8Array;
  /** Index of each member's title in `LaneIndex.titles` (its order: the same array as `orders`). */
  titleIds: Int32Array;
}

export interface LaneIndex {
  key: string;
  count: number;
  /** Non-empty classes, shortest first. */
  classes: DurationClass[];
  /** The titles of the timeline's events by order, shared by all its lanes (label widths are kept per title id). */
  titles: readonly string[];
  /** The timeline's events by order, shared by all its lanes. */
  table: OrderTable;
}

/**
 * What the lanes read of a timeline's events, by `PreparedEvent.order`, in columns shared by all lanes: a lane
 * lists its members' orders and copies their numbers from here, never visiting an event object. A title's id is
 * its event's order, so no title is hashed while preparing; label widths are measured only for events drawn.
 */
export interface OrderTable {
  events: readonly PreparedEvent[];
  starts: Float64Array;
  ends: Float64Array;
  anchors: Float64Array;
  flags: Uint8Array;
  titles: readonly string[];
}

/** Shape, vague ends and strike as `DurationClass.flags` bits. */
export function flagsFor(shape: MarkShape, date: DateWindow, kind?: EventKind): number {
  const bits = shape === 'point' ? SHAPE_POINT : shape === 'period' ? SHAPE_PERIOD : SHAPE_UNCERTAIN;
  return bits | (date.vagueStart ? VAGUE_START : 0) | (date.vagueEnd ? VAGUE_END : 0) | (kind === 'negated' ? STRUCK : 0) | (kind === 'planned' || kind === 'speculative' ? RINGED : 0);
}

/** The order table of prepared events listed by order (`events[i].order === i`). */
export function orderTable(events: readonly PreparedEvent[]): OrderTable {
  const n = events.length;
  const table: OrderTable = { events, starts: new Float64Array(n), ends: new Float64Array(n), anchors: new Float64Array(n), flags: new Uint8Array(n), titles: events.map((p) => p.event.title) };
  for (let i = 0; i < n; i++) {
    const p = events[i];
    table.starts[i] = p.start;
    table.ends[i] = p.end;
    table.anchors[i] = p.anchor;
    table.flags[i] = flagsFor(p.shape, p.event.date, p.event.kind);
  }
  return table;
}

/** A class of the members `orders` (ascending: time order), their numbers copied from `table`. */
export function makeClass(maxDuration: number, orders: ArrayLike<number>, table: OrderTable): DurationClass {
  // Loops rather than TypedArray.from(items, fn), which is many times slower in V8.
  const n = orders.length;
  const members = new Int32Array(n);
  const cls: DurationClass = {
    // A double from the start: the short classes' bounds are small integers (Smis) and the long ones' are not, and
    // a field that changes representation makes V8 migrate the objects and deoptimize the layout's hot loops.
    maxDuration: 0.5,
    anchors: new Float64Array(n),
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    orders: members,
    flags: new Uint8Array(n),
    titleIds: members,
  };
  cls.maxDuration = maxDuration;
  for (let i = 0; i < n; i++) {
    const order = orders[i];
    members[i] = order;
    cls.anchors[i] = table.anchors[order];
    cls.starts[i] = table.starts[order];
    cls.ends[i] = table.ends[order];
    cls.flags[i] = table.flags[order];
  }
  return cls;
}

export function durationClassOf(duration: number): number {
  return Math.max(0, Math.min(60, Math.floor(Math.log2(Math.max(1, duration / DAY_MS)))));
}

/** Build a lane's index from its members' orders, ascending (time order). */
export function buildLaneIndex(key: string, orders: ArrayLike<number>, table: OrderTable): LaneIndex {
  // Members by class number (0 .. 60), so the classes come out shortest first without sorting.
  const byClass: number[][] = [];
  const { starts, ends } = table;
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i];
    const k = durationClassOf(ends[order] - starts[order]);
    const list = byClass[k];
    if (list) list.push(order);
    else byClass[k] = [order];
  }
  const classes: DurationClass[] = [];
  for (let k = 0; k < byClass.length; k++) if (byClass[k]) classes.push(makeClass(DAY_MS * 2 ** (k + 1), byClass[k], table));
  return { key, count: orders.length, classes, titles: table.titles, table };
}

/** Indices of the members of a class whose window overlaps [t0, t1), in anchor order, appended to `out`. */
export function overlappingIndices(cls: DurationClass, t0: number, t1: number, out: number[]): void {
  const from = bisectLeft(cls.anchors, t0 - cls.maxDuration);
  const to = bisectLeft(cls.anchors, t1 + cls.maxDuration, from);
  const { starts, ends } = cls;
  for (let i = from; i < to; i++) if (starts[i] < t1 && ends[i] > t0) out.push(i);
}
