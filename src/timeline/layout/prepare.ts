/**
 * `prepareEvents`: once per data update, turn event records into prepared events (shape, UTC times, anchor,
 * lanes, time order) and build per-lane sorted indexes. O(n log n); no DOM.
 */
import type { EventRecord } from '../../types.js';
import { spreadAnchors, type AnchorInputs } from './anchors.js';
import { nudgeForRelations } from './relation-nudge.js';
import { buildLaneIndex, flagsFor, type LaneIndex, type OrderTable } from './lane-index.js';
import { laneKeysOf, orderLaneKeys } from './lane-keys.js';
import { DAY_MS, drawnTimes, shapeOf } from './shape.js';
import { identity, sortByValues } from './sort-keys.js';
import { textComparator } from './text-order.js';
import type { LaneField, MarkShape, PreparedEvent, PreparedTimeline, PrepareOptions } from './types.js';

/** The internal index behind `PreparedTimeline.index`. */
export interface TimelineIndex {
  lanes: ReadonlyMap<string, LaneIndex>;
}

interface LaneStats {
  count: number;
  firstOrder: number;
  /** The orders of the lane's events, ascending. */
  members: number[];
}

export function prepareEvents(records: readonly EventRecord[], options: PrepareOptions = {}): PreparedTimeline {
  const laneField = options.lanes ?? 'none';

  // One malformed record must not take the whole timeline down: it is set aside with the reason.
  const events: EventRecord[] = [];
  const startList = new Float64Array(records.length);
  const endList = new Float64Array(records.length);
  const invalid: { event: EventRecord; reason: string }[] = [];
  for (const event of records) {
    try {
      // an open end (a date from tense) is drawn as a short tail beside its bound, not over its horizon
      const { start, end } = drawnTimes(event.date);
      if (end <= start) throw new RangeError(`latest day ${event.date.latest} is before earliest day ${event.date.earliest}`);
      startList[events.length] = start;
      endList[events.length] = end;
      events.push(event);
    } catch (error) {
      invalid.push({ event, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  const n = events.length;
  const starts = startList.subarray(0, n);
  const ends = endList.subarray(0, n);

  // Text order: how the articles tell it; breaks every tie below. Only events that tie are ever compared, so it is
  // a comparator, not a ranking of all of them.
  const textCompare = textComparator(events);

  const inputs: AnchorInputs = { events, starts, ends, textCompare };
  const { anchors, ...windows } = spreadAnchors(inputs);
  nudgeForRelations(inputs, anchors, windows);

  const timeOrder = byAnchor(anchors, textCompare);

  // What is read from the records is read in input order, where they lie together in memory: visiting them in
  // time order instead jumps all over the heap, several times slower on 100,000 events.
  const shapes: MarkShape[] = new Array(n);
  const flags = new Uint8Array(n);
  const titleList: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const event = events[i];
    shapes[i] = shapeOf(event.date);
    flags[i] = flagsFor(shapes[i], event.date, event.kind);
    titleList[i] = event.title;
  }
  const laneLists = laneListsOf(events, laneField, timeOrder);
  const prepared: PreparedEvent[] = new Array(n);
  // The lanes' columns by order (lane-index.ts): each lane lists its members' orders only.
  const table: OrderTable = {
    events: prepared,
    starts: new Float64Array(n),
    ends: new Float64Array(n),
    anchors: new Float64Array(n),
    flags: new Uint8Array(n),
    titles: new Array<string>(n),
  };
  const titles = table.titles as string[];
  const laneStats = new Map<string, LaneStats>();
  let extentStart = Infinity;
  let extentEnd = -Infinity;
  for (let order = 0; order < n; order++) {
    const eventIndex = timeOrder[order];
    const start = starts[eventIndex];
    const end = ends[eventIndex];
    const anchor = anchors[eventIndex];
    const lanes = laneLists[eventIndex];
    prepared[order] = { event: events[eventIndex], shape: shapes[eventIndex], start, end, anchor, lanes, order };
    table.starts[order] = start;
    table.ends[order] = end;
    table.anchors[order] = anchor;
    table.flags[order] = flags[eventIndex];
    titles[order] = titleList[eventIndex];
    if (start < extentStart) extentStart = start;
    if (end > extentEnd) extentEnd = end;
    for (let k = 0; k < lanes.length; k++) {
      const stats = laneStats.get(lanes[k]);
      if (stats) {
        stats.members.push(order);
        stats.count++;
      } else {
        laneStats.set(lanes[k], { count: 1, firstOrder: order, members: [order] });
      }
    }
  }

  const laneKeys = orderLaneKeys(laneField, laneStats);
  const lanes = new Map<string, LaneIndex>();
  for (const key of laneKeys) lanes.set(key, buildLaneIndex(key, laneStats.get(key)!.members, table));
  const index: TimelineIndex = { lanes };

  let byId: Map<string, PreparedEvent> | undefined;
  return {
    events: prepared,
    // Built on first use: hashing 100,000 ids is a large share of preparing, and only navigation needs it.
    get byId() {
      if (!byId) {
        byId = new Map();
        for (const item of prepared) if (!byId.has(item.event.id)) byId.set(item.event.id, item);
      }
      return byId;
    },
    laneKeys,
    laneField,
    extent: n > 0 ? { start: extentStart, end: extentEnd } : null,
    invalid,
    index,
  };
}

/** Lane keys of each event. A caller's function is called in time order, as it always was. */
function laneListsOf(events: readonly EventRecord[], field: LaneField, timeOrder: Int32Array): (readonly string[])[] {
  const lists: (readonly string[])[] = new Array(events.length);
  const inTimeOrder = typeof field === 'function';
  for (let k = 0; k < events.length; k++) {
    const i = inTimeOrder ? timeOrder[k] : k;
    lists[i] = laneKeysOf(events[i], field);
  }
  return lists;
}

/** Event indices by anchor, ties in text order (see `sort-keys.ts`). */
function byAnchor(anchors: Float64Array, textCompare: (a: number, b: number) => number): Int32Array {
  // Half days: an anchor no relation moved sits in the middle of a window of whole days.
  const order = sortByValues(identity(anchors.length), anchors, DAY_MS / 2);
  // NaN anchors (not made from valid windows) have no order: the comparator sort decides as it always did.
  if (!order) return identity(anchors.length).sort((a, b) => anchors[a] - anchors[b] || textCompare(a, b));
  // Runs of one anchor (the events of one day, mostly) in text order.
  const n = order.length;
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && anchors[order[to]] === anchors[order[from]]) to++;
    if (to - from > 1) order.subarray(from, to).sort(textCompare);
    from = to;
  }
  return order;
}
