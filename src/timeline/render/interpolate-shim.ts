/**
 * Stands in for d3-interpolate in the one-script-tag bundle only (see rollup.config.mjs). d3-zoom and d3-brush
 * use it only for their own d3 transitions (smooth zoom, brush.move on a transition), which the timeline never
 * starts: zoom-control animates by frames. d3-interpolate's module pulls in d3-color (~10 KB) through its colour
 * interpolators; these two stand-ins are simple but correct for the values d3-zoom and d3-brush pass.
 */

/** Between two views [cx, cy, width]: centre linear, width geometric (d3's is the van Wijk–Nuij path). */
export function interpolateZoom(a: [number, number, number], b: [number, number, number]) {
  const i = (t: number): [number, number, number] => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] * (b[2] / a[2]) ** t];
  i.duration = 250;
  return i;
}

type Value = number | readonly Value[];

export function interpolate(a: Value, b: Value): (t: number) => Value {
  if (Array.isArray(b)) {
    const parts = b.map((v, i) => interpolate(Array.isArray(a) ? a[i] ?? v : v, v));
    return (t) => parts.map((p) => p(t));
  }
  const [x, y] = [+a, +b];
  return (t) => x * (1 - t) + y * t;
}
