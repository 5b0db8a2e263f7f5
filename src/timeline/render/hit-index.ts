/**
 * What is under the pointer, without an element per mark or cluster: the drawn items by row (their centre y), each
 * row sorted by the left edge of what the item covers, with a running maximum of right edges so a binary search and
 * a short walk back find every item that covers a point. Pure.
 */
import type { PlacedEvent } from '../layout/types.js';
import { estimateTextWidth } from './measure.js';
import { partitionPoint } from '../layout/bisect.js';

export interface HitIndex<T = PlacedEvent> {
  /** The item covering the plot point (x, y), the one `better` prefers when several do; undefined if none. */
  find(x: number, y: number): T | undefined;
}

interface Row<T> {
  y: number;
  items: T[];
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

/** The marks' index: of the marks covering a point, the one whose marker is nearest. */
export function buildHitIndex(items: readonly PlacedEvent[], options: HitOptions): HitIndex {
  const { rowHeight, markerRadius, slop = 2 } = options;
  return rowIndex(items, (d) => markSpan(d, markerRadius, slop), rowHeight / 2, (x) => (d) => -Math.abs(d.x - x));
}

/**
 * An index of `items` (each with its row's centre `y`) covering [left, right] of `span` in rows `half` px above and
 * below their centre; `score(x, y)` ranks the items covering (x, y), highest first, -Infinity for one that does not
 * really hold the point (a round badge in its square).
 */
export function rowIndex<T extends { y: number }>(
  items: readonly T[],
  span: (d: T) => [left: number, right: number],
  half: number,
  score: (x: number, y: number) => (d: T) => number,
): HitIndex<T> {
  const byY = new Map<number, T[]>();
  for (const d of items) {
    const list = byY.get(d.y);
    if (list) list.push(d);
    else byY.set(d.y, [d]);
  }
  const rows: Row<T>[] = [...byY]
    .sort((a, b) => a[0] - b[0])
    .map(([y, list]) => {
      const spans = list.map(span);
      const order = list.map((_, i) => i).sort((a, b) => spans[a][0] - spans[b][0]);
      const left = new Float64Array(order.map((i) => spans[i][0]));
      const right = new Float64Array(order.map((i) => spans[i][1]));
      const reach = new Float64Array(right.length);
      for (let i = 0; i < right.length; i++) reach[i] = Math.max(right[i], i ? reach[i - 1] : -Infinity);
      return { y, items: order.map((i) => list[i]), left, right, reach };
    });
  return {
    find(x, y) {
      const row = rowAt(rows, y, half);
      if (!row) return undefined;
      // just after the last item starting at or before x
      const lo = partitionPoint(0, row.left.length, (i) => row.left[i] <= x);
      const rank = score(x, y);
      let best: T | undefined;
      let bestScore = -Infinity;
      for (let i = lo - 1; i >= 0 && row.reach[i] >= x; i--) {
        if (row.right[i] < x) continue;
        const s = rank(row.items[i]);
        if (s > bestScore) {
          best = row.items[i];
          bestScore = s;
        }
      }
      return best;
    },
  };
}

/** The row whose band (its centre ± half a row) holds y: a binary search over the rows' centres. */
function rowAt<T>(rows: readonly Row<T>[], y: number, half: number): Row<T> | undefined {
  const lo = partitionPoint(0, rows.length, (i) => rows[i].y < y);
  let best: Row<T> | undefined;
  for (const candidate of [rows[lo - 1], rows[lo]]) {
    if (candidate && Math.abs(candidate.y - y) <= half && (!best || Math.abs(candidate.y - y) < Math.abs(best.y - y))) best = candidate;
  }
  return best;
}
