/**
 * Where a gesture is heading, so the layout its next frames will need can be made ahead, in idle time between
 * frames, instead of in the frame where the current gesture layout runs out. Pure: views in, a view out.
 *
 * A gesture layout serves a range of views (see create-timeline's MotionLayout): it covers one view width beyond
 * each side of the view it was made for, and zoom factors up to given limits. When the reader keeps going the way
 * the last frame went, it runs out at a view this module can foresee: zooming out, at the outer zoom limit around
 * the view's centre; zooming in, at the inner one; panning, one view width further on.
 */

/** A view as px per ms (`k`) and the time at its left edge (`a`). */
export interface View {
  k: number;
  a: number;
}

export interface MotionLimits {
  /** The layout serves until the view is this many times more zoomed in than the layout's scale ... */
  zoomIn: number;
  /** ... or this many times less. */
  zoomOut: number;
}

/** A zoom change smaller than this share counts as none (a pan). */
const SAME_ZOOM = 1e-3;

/**
 * The view at which a gesture layout made at `layoutK` px per ms runs out if the reader goes on from `previous` to
 * `current` the same way, or null when the view did not change.
 */
export function viewAhead(layoutK: number, previous: View, current: View, width: number, limits: MotionLimits): View | null {
  const centre = current.a + width / current.k / 2;
  const around = (k: number): View => ({ k, a: centre - width / k / 2 });
  const change = current.k / previous.k;
  if (change < 1 - SAME_ZOOM) return around(layoutK / limits.zoomOut);
  if (change > 1 + SAME_ZOOM) return around(layoutK * limits.zoomIn);
  const panned = current.a - previous.a;
  if (panned === 0) return null;
  return { k: current.k, a: current.a + Math.sign(panned) * (width / current.k) };
}

/** Whether a gesture layout made at `k` px per ms, covering times [start, end], serves `view` (`width` px wide). */
export function serves(layout: { k: number; start: number; end: number }, view: View, width: number, limits: MotionLimits): boolean {
  const b = view.a + width / view.k;
  return view.a >= layout.start && b <= layout.end && view.k / layout.k <= limits.zoomIn && layout.k / view.k <= limits.zoomOut;
}
