/**
 * Lanes scrolled out of view are not drawn when the frame is large. A zoom frame rewrites the position of every
 * mark, and in a browser each rewritten mark costs SVG layout; a tall timeline (dozens of lanes) mostly draws what
 * nobody can see. Pure: the layout stays whole (lanes, rows, heights); only the marks and clusters of hidden lanes
 * are left out, and each hidden lane reports how many events it holds so nothing is silently lost.
 */
import type { ViewportLayout } from '../layout/types.js';

/** Below this many marks and clusters (about five elements each) a full frame fits the budget: draw everything (complete DOM for find-in-page). */
export const CULL_FROM_ITEMS = 100;

export interface CulledLayout {
  layout: ViewportLayout;
  /** Lane key → events (marks plus cluster members) left undrawn because the lane is out of view. */
  culled: ReadonlyMap<string, number>;
}

/**
 * Leave out the marks and clusters of `hidden` lanes, except items `keep` says must stay (the active, selected
 * or hovered event: focus and aria-activedescendant need a node).
 */
export function cullHiddenLanes(
  layout: ViewportLayout,
  hidden: ReadonlySet<string>,
  keep: (eventId: string, key: string) => boolean,
  threshold = CULL_FROM_ITEMS,
): CulledLayout {
  const none: CulledLayout = { layout, culled: new Map() };
  if (hidden.size === 0 || layout.events.length + layout.clusters.length < threshold) return none;
  const culled = new Map<string, number>();
  const add = (lane: string, n: number) => culled.set(lane, (culled.get(lane) ?? 0) + n);
  const events = layout.events.filter((e) => {
    if (!hidden.has(e.lane) || keep(e.prepared.event.id, e.key)) return true;
    add(e.lane, 1);
    return false;
  });
  const clusters = layout.clusters.filter((c) => {
    if (!hidden.has(c.lane)) return true;
    add(c.lane, c.count);
    return false;
  });
  if (culled.size === 0) return none;
  return { layout: { ...layout, events, clusters }, culled };
}

/**
 * The lanes of `layout` wholly outside `[top, bottom]` (SVG px; the plot starts `plotTop` below the SVG's top), with
 * `alsoHidden` (the lanes an IntersectionObserver reported out of view) added: what a frame leaves undrawn.
 */
export function lanesOutside(
  layout: ViewportLayout,
  band: readonly [number, number] | null,
  plotTop: number,
  alsoHidden: ReadonlySet<string>,
): ReadonlySet<string> {
  if (!band) return alsoHidden;
  const [top, bottom] = band;
  let out: Set<string> | null = null;
  for (const lane of layout.lanes) {
    const y = plotTop + lane.y;
    if (y + lane.height >= top && y <= bottom) continue;
    (out ??= new Set(alsoHidden)).add(lane.key);
  }
  return out ?? alsoHidden;
}
