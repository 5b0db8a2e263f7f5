/**
 * Per-filter lane indexes. A filter cannot be applied to bucket counts without scanning, so the filtered index is
 * built once per (prepared timeline, filter function) and cached: pass the same function between zoom frames.
 */
import { makeClass, type DurationClass, type LaneIndex } from './lane-index.js';
import type { TimelineIndex } from './prepare.js';
import type { PreparedEvent } from './types.js';
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
  const verdicts = new Map<EventRecord, boolean>();
  const keep = (event: EventRecord) => {
    let verdict = verdicts.get(event);
    if (verdict === undefined) verdicts.set(event, (verdict = filter(event) === true));
    return verdict;
  };
  const out = new Map<string, LaneIndex>();
  for (const [key, lane] of lanes) {
    const classes: DurationClass[] = [];
    let count = 0;
    const titleIds = new Map<PreparedEvent, number>();
    for (const cls of lane.classes) {
      const items = cls.items.filter((p, i) => keep(p.event) && titleIds.set(p, cls.titleIds[i]));
      if (items.length === 0) continue;
      count += items.length;
      classes.push(makeClass(cls.maxDuration, items, (p) => titleIds.get(p)!));
    }
    // The lane's title table is shared: title ids stay valid.
    if (count > 0) out.set(key, { key, count, classes, titles: lane.titles });
  }
  return out;
}
