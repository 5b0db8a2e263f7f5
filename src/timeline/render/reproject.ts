/**
 * Motion frames: while the reader drags, wheels or pinches, the timeline does not lay out again on every frame.
 * It moves the marks of a layout made when the gesture began (and wider than the view, so what pans into view is
 * already placed) to the new scale, keeps the lanes as they are, and lays out for real when the gesture ends.
 * Every mark is still drawn at its own time: positions come from the event's times through the new scale, never
 * from scaled pixels. Only packing decisions (rows, clusters, label cuts) wait for the gesture's end. Pure.
 */
import { FADE_SHARE, type PlacedCluster, type PlacedEvent, type ViewportLayout } from '../layout/types.js';
import { labelBesideSpan } from '../layout/label-spot.js';

/** Space between a bar's start and its label: the layout's default `gap`. */
const LABEL_GAP = 4;

/** Far-off-screen ends are kept at a sane distance (SVG precision), as the layout does. */
function clampPx(px: number, left: number, width: number, margin: number): number {
  return Math.min(Math.max(px, left - margin - width), left + 2 * width + margin);
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Where an item of `from` goes in the lanes of `to`: its row and y, or null when that lane has no such row. Rows
 * count below a lane's cluster row, and a cluster has a place only where `to`'s lane has a cluster row.
 */
function placeInLanes(from: ViewportLayout, to: ViewportLayout, rowHeight: number) {
  const target = new Map(to.lanes.map((lane) => [lane.key, lane]));
  const source = new Map(from.lanes.map((lane) => [lane.key, lane]));
  const targetClustered = new Set(to.clusters.map((c) => c.lane));
  const sourceClustered = new Set(from.clusters.map((c) => c.lane));
  return (lane: string, row: number, y: number, isCluster: boolean): { row: number; y: number } | null => {
    const t = target.get(lane);
    const f = source.get(lane);
    if (!t || !f) return null;
    const clusterRow = targetClustered.has(lane) ? 1 : 0;
    if (isCluster) return clusterRow ? { row: 0, y: round(y - f.y + t.y) } : null;
    const shift = clusterRow - (sourceClustered.has(lane) ? 1 : 0);
    const newRow = row + shift;
    if (newRow < clusterRow || newRow >= t.rows) return null;
    return { row: newRow, y: round(y - f.y + t.y + shift * rowHeight) };
  };
}

export interface ReprojectOptions {
  /**
   * The new scale: UTC ms → px. It may be the screen scale moved by a constant (see `viewLeft`): while the reader
   * only pans, positions then stay the same from frame to frame and the renderer moves the layers instead.
   */
  x: (time: number) => number;
  /** Where the view's left edge is in `x`'s coordinates (default 0: `x` is the screen scale). */
  viewLeft?: number;
  /** The scale the layout was made with, px → UTC ms (for clusters, whose pixels are bucket bounds). */
  fromInvert: (px: number) => number;
  /**
   * The frame shown when the gesture began: its lanes are kept (heights do not jump under the reader's hand),
   * items move into them by row, rows beyond what a lane has are hidden, and a lane gets a cluster row only if it
   * had one.
   */
  frame: ViewportLayout;
  rowHeight: number;
  width: number;
  /** Items entirely outside the view widened by `margin` px on both sides (mark and label) are left out. */
  margin: number;
  /** Label width in px (for telling whether a label still reaches into view). */
  measure: (text: string) => number;
  markerRadius: number;
  /** Items that stay whatever their place (the active, selected or hovered event). */
  keep?: (eventId: string, key: string) => boolean;
}

/** `layout` (made for another scale) moved to `options.x`, fitted to the lanes of `options.frame`, clipped to the view. */
export function reprojectLayout(layout: ViewportLayout, options: ReprojectOptions): ViewportLayout {
  const { width, margin, markerRadius: r } = options;
  const viewLeft = options.viewLeft ?? 0;
  const clamp = (px: number) => clampPx(px, viewLeft, width, margin);
  const { frame, rowHeight } = options;
  const inView = (left: number, right: number) => right >= viewLeft - margin && left <= viewLeft + width + margin;
  const place = placeInLanes(layout, frame, rowHeight);

  const events: PlacedEvent[] = [];
  for (const item of layout.events) {
    const keep = options.keep?.(item.prepared.event.id, item.key) ?? false;
    const at = place(item.lane, item.row, item.y, false);
    if (at === null && !keep) continue;
    const { prepared } = item;
    const x = clamp(options.x(prepared.anchor));
    const x0 = clamp(options.x(prepared.start));
    const x1 = clamp(options.x(prepared.end));
    // A wide bar's label starts where the layout starts it, at the bar's visible start (after a faded start when it
    // was written on the solid part), and never after the bar's end, so a bar out of view brings no label into view.
    // A label beside a marker or a narrow mark keeps its offset from it.
    const { vagueStart = false, vagueEnd = false } = prepared.event.date;
    const isSpan = prepared.shape !== 'point';
    // (a bar's label that did not fit on it went after it: it stays beside it)
    const besideMark = !isSpan || item.labelSide === 'after' || item.labelSide === 'before' || labelBesideSpan(item.x1 - item.x0, vagueStart, vagueEnd);
    let labelX = item.labelX + (x - item.x);
    // A label beside a short bar or window keeps its distance from its end (or, left of it, from its start), so the
    // span growing under a zoom does not run into it.
    if (isSpan && besideMark) labelX = item.labelSide === 'before' ? x0 - (item.x0 - item.labelX) : x1 + (item.labelX - item.x1);
    if (!besideMark) {
      const onSolid = prepared.event.date.vagueStart === true && item.labelX >= item.x0 + (item.x1 - item.x0) * FADE_SHARE;
      labelX = Math.min(Math.max(x0 + (onSolid ? (x1 - x0) * FADE_SHARE : 0), viewLeft) + LABEL_GAP, x1);
    }
    const left = Math.min(x0, x - r, labelX);
    const right = Math.max(x1, x + r, item.label ? labelX + options.measure(item.label) : -Infinity);
    if (!keep && !inView(left, right)) continue;
    events.push({ ...item, ...at, x: round(x), x0: round(x0), x1: round(x1), labelX: round(labelX) });
  }

  hideCollidingLabels(events, options.measure, r);

  const clusters: PlacedCluster[] = [];
  for (const cluster of layout.clusters) {
    const at = place(cluster.lane, 0, cluster.y, true);
    if (at === null) continue;
    const x0 = clamp(options.x(options.fromInvert(cluster.x0)));
    const x1 = clamp(options.x(options.fromInvert(cluster.x1)));
    if (!inView(x0, x1)) continue;
    clusters.push({ ...cluster, x: round((x0 + x1) / 2), x0: round(x0), x1: round(x1), y: at.y });
  }

  return { lanes: frame.lanes, events, clusters, height: frame.height };
}

/**
 * Zooming out brings marks closer than their labels allow: a label that would run into the next item of its row is
 * hidden for the frame (`labelHidden`; the layout at the gesture's end cuts labels properly), as is a label on a bar
 * that the bar no longer holds. Replaces items of
 * `events` in place.
 */
function hideCollidingLabels(events: PlacedEvent[], measure: (text: string) => number, r: number): void {
  const rows = new Map<string, number[]>();
  events.forEach((e, i) => {
    const key = `${e.lane}\u0000${e.row}`;
    const row = rows.get(key);
    if (row) row.push(i);
    else rows.set(key, [i]);
  });
  // A label written on a bar (in the background colour) that the bar no longer holds would vanish past its end.
  events.forEach((e, i) => {
    if (e.labelOnBar && e.labelX + measure(e.label) > e.x1) events[i] = { ...e, labelHidden: true };
  });
  for (const row of rows.values()) {
    row.sort((a, b) => events[a].x0 - events[b].x0 || events[a].x - events[b].x);
    for (let j = 0; j < row.length - 1; j++) {
      const e = events[row[j]];
      if (!e.label || e.labelSide === 'before') continue; // a label left of its mark, or none: nothing runs right
      const next = events[row[j + 1]];
      const nextLeft = Math.min(next.x0, next.x - r, next.label ? next.labelX : Infinity);
      if (e.labelX + measure(e.label) > nextLeft) events[row[j]] = { ...e, labelHidden: true };
    }
  }
}

/**
 * The layout a gesture starts from: the settled frame exactly as the reader sees it, plus what a wider layout
 * (`wide`, made on the same scale) places beyond the frame's sides, moved into the frame's lanes. So the first
 * frames of a pan or zoom change nothing on screen but positions, and marks that pan into view are already placed.
 * `[left, right]` is the px range the settled frame laid out (the view and its margin).
 */
export function extendSettledFrame(settled: ViewportLayout, wide: ViewportLayout, left: number, right: number, rowHeight: number): ViewportLayout {
  const place = placeInLanes(wide, settled, rowHeight);
  const shown = new Set(settled.events.map((e) => e.prepared.event.id));
  const clusterKeys = new Set(settled.clusters.map((c) => c.key));
  const outside = (x0: number, x1: number) => x1 < left || x0 > right;
  const events = [...settled.events];
  for (const e of wide.events) {
    if (shown.has(e.prepared.event.id) || !outside(Math.min(e.x0, e.x, e.labelX), Math.max(e.x1, e.x))) continue;
    const at = place(e.lane, e.row, e.y, false);
    if (at) events.push({ ...e, ...at });
  }
  const clusters = [...settled.clusters];
  for (const c of wide.clusters) {
    if (clusterKeys.has(c.key) || !outside(c.x0, c.x1)) continue;
    const at = place(c.lane, 0, c.y, true);
    if (at) clusters.push({ ...c, y: at.y });
  }
  return { ...settled, events, clusters };
}

/**
 * A layout made in the middle of a gesture (the view left what the gesture's layout covered) keeps the labels of
 * the marks already on screen as they are: the text of every label it cut anew would cost the browser a text
 * layout in that frame. A kept label is hidden where it collides (hideCollidingLabels), and every label is cut to
 * its room again when the gesture ends. A mark the new layout gives no label loses its label.
 */
export function keepShownLabels(next: ViewportLayout, shown: ViewportLayout): ViewportLayout {
  const labels = new Map<string, PlacedEvent>();
  for (const e of shown.events) if (e.label) labels.set(e.key, e);
  let kept = false;
  const events = next.events.map((e) => {
    const was = labels.get(e.key);
    if (was === undefined || !e.label || was.label === e.label) return e;
    kept = true;
    return { ...e, label: was.label, labelWidth: was.labelWidth };
  });
  return kept ? { ...next, events } : next;
}
