/** Pure geometry of the marks, in px relative to the marker centre. Numbers are rounded so SVG output is stable. */
import type { PlacedEvent } from '../layout/types.js';

/** Height of the axis band above the plot. */
export const AXIS_HEIGHT = 46;
/** Top of the plot: below the axis, with room for the glyphs and badges that sit above first-row marks. */
export const PLOT_TOP = AXIS_HEIGHT + 8;
/** Row height handed to the layout. */
export const ROW_HEIGHT = 26;
export const MARKER_RADIUS = 6;
/** Cluster buckets are at least this wide, so neighbouring count badges (radius up to 12) never overlap. */
export const CLUSTER_GAP = 26;
/**
 * Marks (events + clusters) per frame. A mark is at most 6 nodes, so with the interface around it the
 * component stays under 3,000 DOM nodes however many events it holds.
 */
export const MAX_MARKS = 350;
export const BAR_HEIGHT = 16;
export const RANGE_HEIGHT = 16;
/** Share of a period bar that fades out at a vague end (the fade masks' gradient stops); layout knows it too. */
export { FADE_SHARE } from '../layout/types.js';

/** Round to one decimal (and never print -0). */
export function round(value: number): number {
  const r = Math.round(value * 10) / 10;
  return r === 0 ? 0 : r;
}

export function translate(x: number, y: number): string {
  return `translate(${round(x)},${round(y)})`;
}

/**
 * A rectangle as a path, traced as SVG traces a `<rect>` (from the top left, clockwise). `openRight` leaves its right
 * side out: where a label runs on past a window's end, no line runs through the text.
 */
export function rectPath(x: number, y: number, w: number, h: number, openRight = false): string {
  return `M${round(x)},${round(y)}h${round(w)}${openRight ? 'm0,' : 'v'}${round(h)}h${round(-w)}v${round(-h)}${openRight ? '' : 'Z'}`;
}

/** A rectangle with rounded corners, traced as SVG traces a `<rect rx>`; `openRight` as {@link rectPath} (the corners stay). */
export function roundedRectPath(x: number, y: number, w: number, h: number, r: number, openRight = false): string {
  const rr = Math.min(r, w / 2, h / 2);
  const a = `a${round(rr)},${round(rr)} 0 0 1`;
  return `M${round(x + rr)},${round(y)}h${round(w - 2 * rr)}${a} ${round(rr)},${round(rr)}${openRight ? 'm0,' : 'v'}${round(h - 2 * rr)}${a} ${round(-rr)},${round(rr)}h${round(-(w - 2 * rr))}${a} ${round(-rr)},${round(-rr)}v${round(-(h - 2 * rr))}${a} ${round(rr)},${round(-rr)}${openRight ? '' : 'Z'}`;
}

/** A diamond: the solid marker of a known day. */
export function diamondPath(r: number): string {
  return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
}

/** A small speech bubble above right of the marker: the glyph of a reported event. */
export function speechBubblePath(dx: number, dy: number): string {
  const [x, y] = [round(dx), round(dy)];
  return `M${x},${y}h10v7h-5l-3,3v-3h-2Z`;
}

/** The horizontal extent a placed event occupies around its marker (relative x), for rings and hit areas. */
export function markExtent(d: PlacedEvent): { left: number; right: number } {
  const shape = d.prepared.shape;
  if (shape === 'point') return { left: -MARKER_RADIUS, right: MARKER_RADIUS };
  const left = Math.min(d.x0 - d.x, -MARKER_RADIUS);
  const right = Math.max(d.x1 - d.x, MARKER_RADIUS);
  return { left, right };
}

/** Which soft-end mask a period bar or an uncertain point's range takes, if any. */
export function fadeOf(d: PlacedEvent): 'start' | 'end' | 'both' | null {
  const { vagueStart, vagueEnd } = d.prepared.event.date;
  if (vagueStart && vagueEnd) return 'both';
  if (vagueStart) return 'start';
  if (vagueEnd) return 'end';
  return null;
}
