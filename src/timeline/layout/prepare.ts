/**
 * `prepareEvents`: once per data update, turn event records into prepared events (shape, UTC times, anchor,
 * lanes, time order) and build per-lane sorted indexes. O(n log n); no DOM.
 */
import type { EventRecord } from '../../types.js';
import { spreadAnchors, type AnchorInputs } from './anchors.js';
import { nudgeForRelations } from './relation-nudge.js';
import { buildLaneIndex, titleTable, type LaneIndex } from './lane-index.js';
import { laneKeysOf, orderLaneKeys } from './lane-keys.js';
import { DAY_MS, dayStart, shapeOf } from './shape.js';
import { textRanks } from './text-order.js';
import type { PreparedEvent, PreparedTimeline, PrepareOptions } from './types.js';

/** The internal index behind `PreparedTimeline.index`. */
export interface TimelineIndex {
  lanes: ReadonlyMap<string, LaneIndex>;
}

export function prepareEvents(records: readonly EventRecord[], options: PrepareOptions = {}): PreparedTimeline {
  const laneField = options.lanes ?? 'none';

  // One malformed record must not take the whole timeline down: it is set aside with the reason.
  const events: EventRecord[] = [];
  const startList: number[] = [];
  const endList: number[] = [];
  const invalid: { event: EventRecord; reason: string }[] = [];
  for (const event of records) {
    try {
      const start = dayStart(event.date.earliest);
      const end = dayStart(event.date.latest) + DAY_MS;
      if (end <= start) throw new RangeError(`latest day ${event.date.latest} is before earliest day ${event.date.earliest}`);
      events.push(event);
      startList.push(start);
      endList.push(end);
    } catch (error) {
      invalid.push({ event, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  const n = events.length;

  // Text order: how the articles tell it; breaks every tie below.
  const textRank = textRanks(events);

  const starts = Float64Array.from(startList);
  const ends = Float64Array.from(endList);
  const inputs: AnchorInputs = { events, starts, ends, ranks: textRank };
  const { anchors, ...windows } = spreadAnchors(inputs);
  nudgeForRelations(inputs, anchors, windows);

  const timeOrder = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => anchors[a] - anchors[b] || textRank[a] - textRank[b]);

  const prepared: PreparedEvent[] = new Array(n);
  const laneMembers = new Map<string, PreparedEvent[]>();
  const laneStats = new Map<string, { count: number; firstOrder: number }>();
  let extentStart = Infinity;
  let extentEnd = -Infinity;
  timeOrder.forEach((eventIndex, order) => {
    const event = events[eventIndex];
    const start = starts[eventIndex];
    const end = ends[eventIndex];
    const lanes = laneKeysOf(event, laneField);
    const item: PreparedEvent = { event, shape: shapeOf(event.date), start, end, anchor: anchors[eventIndex], lanes, order };
    prepared[order] = item;
    if (start < extentStart) extentStart = start;
    if (end > extentEnd) extentEnd = end;
    for (const lane of lanes) {
      const members = laneMembers.get(lane);
      if (members) {
        members.push(item);
        laneStats.get(lane)!.count++;
      } else {
        laneMembers.set(lane, [item]);
        laneStats.set(lane, { count: 1, firstOrder: order });
      }
    }
  });

  const laneKeys = orderLaneKeys(laneField, laneStats);
  const lanes = new Map<string, LaneIndex>();
  const titles = titleTable(prepared);
  for (const key of laneKeys) lanes.set(key, buildLaneIndex(key, laneMembers.get(key)!, titles));
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
