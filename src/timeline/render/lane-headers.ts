/**
 * Room for lane labels: the layout packs rows from each lane's top, so the renderer moves every lane (and what is
 * in it) down by a header band per labelled lane. Pure; the layout's own numbers stay untouched.
 */
import type { ViewportLayout } from '../layout/types.js';

/** Tall enough that the kind glyphs and badges above a first-row mark (17 px above its centre) stay clear of the heading. */
export const LANE_HEADER = 20;

export function withLaneHeaders(layout: ViewportLayout, header = LANE_HEADER): ViewportLayout {
  if (!layout.lanes.some((lane) => lane.label)) return layout;
  const shift = new Map<string, number>();
  let added = 0;
  const lanes = layout.lanes.map((lane) => {
    const own = lane.label ? header : 0;
    shift.set(lane.key, added + own);
    const moved = { ...lane, y: lane.y + added, height: lane.height + own };
    added += own;
    return moved;
  });
  return {
    lanes,
    events: layout.events.map((e) => ({ ...e, y: e.y + (shift.get(e.lane) ?? 0) })),
    clusters: layout.clusters.map((c) => ({ ...c, y: c.y + (shift.get(c.lane) ?? 0) })),
    height: layout.height + added,
  };
}
