/**
 * Keep the keyboard's active event drawn. When the layout leaves it in a cluster (too many overlapping wide
 * windows for the rows a lane has, even zoomed in), it is added as a mark without a label on its lane's first row,
 * so the focus ring and aria-activedescendant always have something to point at. Pure.
 */
import type { PlacedEvent, PreparedEvent, ViewportLayout } from '../layout/types.js';

export function pinActive(
  layout: ViewportLayout,
  active: PreparedEvent | undefined,
  x: (time: number) => number,
  rowHeight: number,
): ViewportLayout {
  if (!active || layout.events.some((e) => e.prepared === active)) return layout;
  const lane = layout.lanes.find((l) => active.lanes.includes(l.key));
  if (!lane) return layout;
  const pinned: PlacedEvent = {
    key: `${active.event.id}@${lane.key}`,
    prepared: active,
    lane: lane.key,
    row: 0,
    x: x(active.anchor),
    x0: x(active.start),
    x1: x(active.end),
    y: lane.y + rowHeight / 2,
    label: '',
    labelX: x(active.anchor),
    labelWidth: 0,
    labelSide: 'none',
    labelOnBar: false,
  };
  return { ...layout, events: [...layout.events, pinned] };
}
