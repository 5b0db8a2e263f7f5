/**
 * Per-lane search index. A lane's events are split into duration classes (class k holds windows lasting
 * [2^k, 2^(k+1)) days), each sorted by anchor. Because every member of a class is at most twice as long as the
 * shortest, "which members overlap [t0, t1)?" is a binary search over anchors widened by the class's longest
 * duration, with little wasted scanning, and a period that spans the whole viewport is still found. At a given
 * zoom a class is either narrow (all members thinner than the cluster gap: treated as points and counted per
 * bucket with binary searches) or wide (members drawn as bars).
 */
import { DAY_MS } from './shape.js';
import type { DateWindow, EventKind, EventRecord } from '../../types.js';
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

/** Lookups of a lane's members shared by the timeline's lanes: title ids, and optionally the flags. */
export interface MemberTable {
  /** Distinct titles of the timeline's events. */
  titles: readonly string[];
  /** Index of a member's title in `titles`. */
  titleId: (p: PreparedEvent) => number;
  /** A member's `DurationClass.flags` (by default read from the event). */
  flags?: (p: PreparedEvent) => number;
}

/** Shape, vague ends and strike as `DurationClass.flags` bits. */
export function flagsFor(shape: MarkShape, date: DateWindow, kind?: EventKind): number {
  const bits = shape === 'point' ? SHAPE_POINT : shape === 'period' ? SHAPE_PERIOD : SHAPE_UNCERTAIN;
  return bits | (date.vagueStart ? VAGUE_START : 0) | (date.vagueEnd ? VAGUE_END : 0) | (kind === 'negated' ? STRUCK : 0) | (kind === 'planned' || kind === 'speculative' ? RINGED : 0);
}

const flagsOf = (p: PreparedEvent): number => flagsFor(p.shape, p.event.date, p.event.kind);

/**
 * A class of `items` (in time order); `titleId` gives each member's index in the title table, `flags` its flags.
 */
export function makeClass(
  maxDuration: number,
  items: PreparedEvent[],
  titleId: (p: PreparedEvent) => number,
  flags: (p: PreparedEvent) => number = flagsOf,
): DurationClass {
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
    cls.flags[i] = flags(p);
    cls.titleIds[i] = titleId(p);
  }
  return cls;
}

/** Distinct titles of `events`, and a lookup of each title's index. */
export function titleTable(events: Iterable<PreparedEvent>): MemberTable {
  const ids = new Map<string, number>();
  const titles: string[] = [];
  for (const p of events) {
    if (!ids.has(p.event.title)) {
      ids.set(p.event.title, titles.length);
      titles.push(p.event.title);
    }
  }
  return { titles, titleId: (p) => ids.get(p.event.title)! };
}

/**
 * The member table of a whole timeline: the titles in order of first appearance in time order (as `titleTable`
 * of its prepared events), and each event's title id and flags by `order`. `events`, `shapes` and `dates` are in
 * input order and `timeOrder` lists their indices in time order. The records are read in input order, where they
 * lie together in memory, and the ids renumbered in time order: several times faster on 100,000 events than
 * hashing each title while walking the time order, and a lane then reads its members' ids from arrays.
 */
export function timelineTable(
  events: readonly EventRecord[],
  shapes: readonly MarkShape[],
  timeOrder: Int32Array,
): Required<MemberTable> {
  const n = events.length;
  const seen = new Map<string, number>();
  const seenTitles: string[] = [];
  const seenId = new Int32Array(n);
  const flagsByInput = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const title = events[i].title;
    let id = seen.get(title);
    if (id === undefined) {
      seen.set(title, (id = seenTitles.length));
      seenTitles.push(title);
    }
    seenId[i] = id;
    flagsByInput[i] = flagsFor(shapes[i], events[i].date, events[i].kind);
  }
  const renumbered = new Int32Array(seenTitles.length).fill(-1);
  const titles: string[] = [];
  const titleByOrder = new Int32Array(n);
  const flagsByOrder = new Uint8Array(n);
  for (let order = 0; order < n; order++) {
    const i = timeOrder[order];
    let id = renumbered[seenId[i]];
    if (id < 0) {
      renumbered[seenId[i]] = id = titles.length;
      titles.push(seenTitles[seenId[i]]);
    }
    titleByOrder[order] = id;
    flagsByOrder[order] = flagsByInput[i];
  }
  return { titles, titleId: (p) => titleByOrder[p.order], flags: (p) => flagsByOrder[p.order] };
}

export function durationClassOf(duration: number): number {
  return Math.max(0, Math.min(60, Math.floor(Math.log2(Math.max(1, duration / DAY_MS)))));
}

/**
 * Build a lane's index from its events, which must already be in time order (ascending anchor). `table` is the
 * title table shared by the timeline's lanes (by default, one of this lane's titles).
 */
export function buildLaneIndex(key: string, events: readonly PreparedEvent[], table: MemberTable = titleTable(events)): LaneIndex {
  // Members by class number (0 .. 60), so the classes come out shortest first without sorting.
  const byClass: PreparedEvent[][] = [];
  for (let i = 0; i < events.length; i++) {
    const prepared = events[i];
    const k = durationClassOf(prepared.end - prepared.start);
    const list = byClass[k];
    if (list) list.push(prepared);
    else byClass[k] = [prepared];
  }
  const { titles, titleId, flags } = table;
  const classes: DurationClass[] = [];
  for (let k = 0; k < byClass.length; k++) if (byClass[k]) classes.push(makeClass(DAY_MS * 2 ** (k + 1), byClass[k], titleId, flags));
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
