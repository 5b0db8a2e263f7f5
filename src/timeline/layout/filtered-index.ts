/**
 * Per-filter lane indexes. A filter cannot be applied to bucket counts without scanning, so the filtered index is
 * built once per (prepared timeline, filter function) and cached: pass the same function between zoom frames.
 */
import { makeClass, type DurationClass, type LaneIndex } from './lane-index.js';
import type { TimelineIndex } from './prepare.js';
import type { EventRecord } from '../../types.js';

type Filter = (event: EventRecord) => boolean;

const cache = new WeakMap<TimelineIndex, WeakMap<Filter, ReadonlyMap<string, LaneIndex>>>();

export function lanesFor(index: TimelineIndex, filter: Filter | undefined): ReadonlyMap<string, LaneIndex> {
  if (!filter) return index.lanes;
  let byFilter = cache.get(index);
  if (!byFilter) cache.set(index, (byFilter = new WeakMap()));
  let lanes = byFilter.get(filter);
  if (!lanes) byFilter.set(filter, (lanes = filterLanes(index.lanes, filter)));
  return lanes;
}

function filterLanes(lanes: ReadonlyMap<string, LaneIndex>, filter: Filter): Map<string, LaneIndex> {
  const out = new Map<string, LaneIndex>();
  let verdicts: Int8Array | undefined;
  for (const [key, lane] of lanes) {
    const { table } = lane;
    // one verdict per event, whichever lanes it is in (0: not asked yet)
    verdicts ??= new Int8Array(table.events.length);
    const keep = (order: number) => (verdicts![order] ||= filter(table.events[order].event) === true ? 1 : -1) > 0;
    const classes: DurationClass[] = [];
    let count = 0;
    for (const cls of lane.classes) {
      const orders = cls.orders.filter(keep);
      if (orders.length === 0) continue;
      count += orders.length;
      classes.push(makeClass(cls.maxDuration, orders, table));
    }
    // The lane's title table is shared: title ids stay valid.
    if (count > 0) out.set(key, { key, count, classes, titles: lane.titles, table });
  }
  return out;
}
