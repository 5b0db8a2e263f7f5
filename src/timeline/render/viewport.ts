/**
 * The zoomable viewport as pure values: a base scale over all events, a d3-zoom transform on top of it
 * (`transform.rescaleX(base)` is the visible scale), and conversions between spans and transforms.
 */
import { scaleUtcLinear, type TimeScale } from './time-scale.js';
import { ZoomTransform, zoomIdentity } from './zoom-transform.js';
import { parseDay } from '../../time/calendar.js';
import { NARROWEST_VIEW_UNITS } from '../layout/zoom-limit.js';

export const DAY_MS = 86_400_000;
/** The narrowest view when none is given: a few days across the plot (day-precise data). */
const DEFAULT_NARROWEST_MS = NARROWEST_VIEW_UNITS * DAY_MS;
/** The narrowest view of each base scale, given when it was made (see `narrowestSpan`). */
const narrowestOf = new WeakMap<TimeScale, number>();
/** Shown when there are no events: any fixed year will do (never "now": nothing reads the clock). */
const EMPTY_EXTENT = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) };

/** The full time range drawn at zoom 1: the events' extent with some padding on both sides. */
export function paddedExtent(extent: { start: number; end: number } | null): [number, number] {
  const { start, end } = extent ?? EMPTY_EXTENT;
  const span = Math.max(end - start, DAY_MS);
  const pad = Math.max(span * 0.04, DAY_MS / 2);
  return [start - pad, end + pad];
}

/**
 * The scale at zoom 1. `narrowestMs` is the narrowest view zooming in may reach (the layout's `narrowestSpan` of the
 * events: a few units of their finest precision).
 */
export function baseScale(extent: { start: number; end: number } | null, width: number, narrowestMs = DEFAULT_NARROWEST_MS): TimeScale {
  const [start, end] = paddedExtent(extent);
  const scale = scaleUtcLinear().domain([new Date(start), new Date(end)]).range([0, width]);
  narrowestOf.set(scale, narrowestMs);
  return scale;
}

/** Largest zoom factor, so the view never gets narrower than the base scale's narrowest view. */
export function maxZoom(base: TimeScale): number {
  const [a, b] = base.domain();
  return Math.max(1, (+b - +a) / (narrowestOf.get(base) ?? DEFAULT_NARROWEST_MS));
}

/** The transform that shows [start, end) across the plot (clamped to the allowed range). */
export function transformForSpan(base: TimeScale, start: number, end: number, width: number): ZoomTransform {
  const x0 = base(new Date(start));
  const x1 = base(new Date(Math.max(end, start + 1)));
  const k = Math.min(maxZoom(base), Math.max(1, width / Math.max(x1 - x0, 1e-9)));
  const centre = (x0 + x1) / 2;
  return constrainTransform(zoomIdentity.translate(width / 2 - centre * k, 0).scale(k), width);
}

/** Horizontal zoom only: no vertical offset, and the view never leaves the padded extent. */
export function constrainTransform(t: ZoomTransform, width: number): ZoomTransform {
  const k = Math.max(1, t.k);
  const x = Math.min(0, Math.max(width - width * k, t.x));
  return x === t.x && k === t.k && t.y === 0 ? t : new ZoomTransform(k, x, 0);
}

/** A transform that keeps the same visible time range on a new base scale (after a resize or data change). */
export function transformKeepingSpan(
  oldVisible: TimeScale,
  newBase: TimeScale,
  width: number,
): ZoomTransform {
  const [a, b] = oldVisible.domain();
  return transformForSpan(newBase, +a, +b, width);
}

/** UTC ms of a zoom bound: an ISO day (the end day counts whole) or a Date. */
export function boundMs(value: string | Date, edge: 'start' | 'end'): number {
  if (value instanceof Date) return value.getTime();
  const day = parseDay(value) * DAY_MS;
  return edge === 'end' ? day + DAY_MS : day;
}

/** The events' extent widened to hold `view` too (a `view` option may reach beyond the events). */
export function withView(
  extent: { start: number; end: number } | null,
  view: { start: number; end: number } | null,
): { start: number; end: number } | null {
  if (!view) return extent;
  if (!extent) return view;
  return { start: Math.min(extent.start, view.start), end: Math.max(extent.end, view.end) };
}
