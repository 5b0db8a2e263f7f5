/** Binary searches shared by the layout and the renderer. */

/**
 * The first index in [lo, hi) for which `before` is false, where `before` holds for a prefix of the range and for
 * nothing after it (`hi` when it holds for all).
 */
export function partitionPoint(lo: number, hi: number, before: (index: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is >= x, in sorted `values` (written out: the layout calls it in its inner loops). */
export function bisectLeft(values: Float64Array, x: number, lo = 0, hi = values.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
