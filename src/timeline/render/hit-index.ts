/**
 * Which mark is under the pointer, without an element per mark: the drawn marks by row (their centre y), each row
 * sorted by the left edge of what the mark covers (window or bar, marker, label), with a running maximum of right
 * edges so a binary search and a short walk back find every mark that covers a point. Pure.
 */
import type { PlacedEvent } from '../layout/types.js';
import { estimateTextWidth } from './measure.js';

export interface HitIndex {
  /** The mark covering the plot point (x, y), the one whose marker is nearest when several do; undefined if none. */
  find(x: number, y: number): PlacedEvent | undefined;
}

interface Row {
  y: number;
  items: PlacedEvent[];
  left: Float64Array;
  right: Float64Array;
  /** Largest right edge of items[0..i]. */
  reach: Float64Array;
}

export interface HitOptions {
  rowHeight: number;
  markerRadius: number;
  /** Extra px around a marker that still hit it (a fingertip is not a pixel). */
  slop?: number;
}

/** What a mark covers horizontally: its window or bar, its marker and its label when shown. */
export function markSpan(d: PlacedEvent, markerRadius: number, slop = 0): [left: number, right: number] {
  const point = d.prepared.shape === 'point';
  let left = d.x - markerRadius - slop;
  let right = d.x + markerRadius + slop;
  if (!point) {
    left = Math.min(left, d.x0);
    right = Math.max(right, d.x1);
  }
  if (d.label && !d.labelHidden) {
    const width = estimateTextWidth(d.label, 11);
    left = Math.min(left, d.labelX);
    right = Math.max(right, d.labelX + width);
  }
  return [left, right];
}

export function buildHitIndex(items: readonly PlacedEvent[], options: HitOptions): HitIndex {
  const { rowHeight, markerRadius, slop = 2 } = options;
  const byY = new Map<number, PlacedEvent[]>();
  for (const d of items) {
    const list = byY.get(d.y);
    if (list) list.push(d);
    else byY.set(d.y, [d]);
  }
  const rows: Row[] = [...byY]
    .sort((a, b) => a[0] - b[0])
    .map(([y, list]) => {
      const spans = list.map((d) => markSpan(d, markerRadius, slop));
      const order = list.map((_, i) => i).sort((a, b) => spans[a][0] - spans[b][0]);
      const left = new Float64Array(order.map((i) => spans[i][0]));
      const right = new Float64Array(order.map((i) => spans[i][1]));
      const reach = new Float64Array(right.length);
      for (let i = 0; i < right.length; i++) reach[i] = Math.max(right[i], i ? reach[i - 1] : -Infinity);
      return { y, items: order.map((i) => list[i]), left, right, reach };
    });
  const half = rowHeight / 2;
  return {
    find(x, y) {
      const row = rowAt(rows, y, half);
      if (!row) return undefined;
      // the last item starting at or before x
      let lo = 0;
      let hi = row.left.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (row.left[mid] <= x) lo = mid + 1;
        else hi = mid;
      }
      let best: PlacedEvent | undefined;
      let bestDistance = Infinity;
      for (let i = lo - 1; i >= 0 && row.reach[i] >= x; i--) {
        if (row.right[i] < x) continue;
        const distance = Math.abs(row.items[i].x - x);
        if (distance < bestDistance) {
          best = row.items[i];
          bestDistance = distance;
        }
      }
      return best;
    },
  };
}

/** The row whose band (its centre ± half a row) holds y: a binary search over the rows' centres. */
function rowAt(rows: readonly Row[], y: number, half: number): Row | undefined {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].y < y) lo = mid + 1;
    else hi = mid;
  }
  let best: Row | undefined;
  for (const candidate of [rows[lo - 1], rows[lo]]) {
    if (candidate && Math.abs(candidate.y - y) <= half && (!best || Math.abs(candidate.y - y) < Math.abs(best.y - y))) best = candidate;
  }
  return best;
}
