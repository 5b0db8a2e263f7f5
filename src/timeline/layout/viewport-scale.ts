/**
 * The visible time range of a viewport, from the caller's scale. The scale must be linear in time (d3 `scaleUtc`,
 * also after a zoom transform), so two samples define it when no `invert` is given.
 */
export interface ViewportTimes {
  /** Visible range including the margin, UTC ms, t0 < t1. */
  t0: number;
  t1: number;
  /** Milliseconds per pixel. */
  msPerPx: number;
}

export function viewportTimes(
  x: (timeMs: number) => number,
  invert: ((px: number) => number) | undefined,
  width: number,
  margin: number,
): ViewportTimes {
  let toTime = invert;
  if (!toTime) {
    const sample = 1e12; // ~2001; any two distinct instants define a linear scale
    const p0 = x(0);
    const slope = (x(sample) - p0) / sample;
    if (!Number.isFinite(slope) || slope === 0) throw new RangeError('layoutViewport: the x scale must map time to px linearly');
    toTime = (px) => (px - p0) / slope;
  }
  const a = toTime(-margin);
  const b = toTime(width + margin);
  const t0 = Math.min(a, b);
  const t1 = Math.max(a, b);
  if (!(t1 > t0)) throw new RangeError('layoutViewport: the viewport covers no time (is width > 0?)');
  return { t0, t1, msPerPx: (t1 - t0) / (width + 2 * margin) };
}
