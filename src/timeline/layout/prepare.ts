/**
 * `prepareEvents`: once per data update, turn event records into prepared events (shape, UTC times, anchor,
 * lanes, time order) and build per-lane sorted indexes. O(n log n); no DOM.
 */
import type { EventRecord } from '../../types.js';
import { spreadAnchors, type AnchorInput } from './anchors.js';
import { buildLaneIndex, type LaneIndex } from './lane-index.js';
import { laneKeysOf, orderLaneKeys } from './lane-keys.js';
import { shapeOf, windowTimes } from './shape.js';
import { compareTextOrder } from './text-order.js';
import type { PreparedEvent, PreparedTimeline, PrepareOptions } from './types.js';

/** The internal index behind `PreparedTimeline.index`. */
export interface TimelineIndex {
  lanes: ReadonlyMap<string, LaneIndex>;
}

export function prepareEvents(events: readonly EventRecord[], options: PrepareOptions = {}): PreparedTimeline {
  const laneField = options.lanes ?? 'none';
  const n = events.length;

  // Text order: how the articles tell it; breaks every tie below.
  const byText = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareTextOrder(events[a], events[b]));
  const textRank = new Int32Array(n);
  byText.forEach((eventIndex, rank) => (textRank[eventIndex] = rank));

  const inputs: AnchorInput[] = events.map((event, i) => ({ event, ...windowTimes(event.date), textRank: textRank[i] }));
  const anchors = spreadAnchors(inputs);

  const timeOrder = Array.from({ length: n }, (_, i) => i).sort((a, b) => anchors[a] - anchors[b] || textRank[a] - textRank[b]);

  const prepared: PreparedEvent[] = new Array(n);
  const byId = new Map<string, PreparedEvent>();
  const laneMembers = new Map<string, PreparedEvent[]>();
  const laneStats = new Map<string, { count: number; firstOrder: number }>();
  let extentStart = Infinity;
  let extentEnd = -Infinity;
  timeOrder.forEach((eventIndex, order) => {
    const event = events[eventIndex];
    const { start, end } = inputs[eventIndex];
    const lanes = laneKeysOf(event, laneField);
    const item: PreparedEvent = { event, shape: shapeOf(event.date), start, end, anchor: anchors[eventIndex], lanes, order };
    prepared[order] = item;
    byId.set(event.id, item);
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
  for (const key of laneKeys) lanes.set(key, buildLaneIndex(key, laneMembers.get(key)!));
  const index: TimelineIndex = { lanes };

  return {
    events: prepared,
    byId,
    laneKeys,
    laneField,
    extent: n > 0 ? { start: extentStart, end: extentEnd } : null,
    index,
  };
}
