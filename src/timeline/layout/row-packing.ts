/**
 * Greedy interval packing of a lane's marks into rows. Items come sorted by their left edge. An item goes into its
 * row of the previous frame if it fits there with the previous item's whole label, else into the first row where
 * it does; failing that, into the first row where it clears
 * the previous item's mark, and that previous label is cut short to end `labelGap` before it; failing that, it overflows
 * (the caller folds it into a cluster). Marks therefore never overlap in a row, and no label runs into the next
 * mark or label of its row.
 */
/** Items to pack, as parallel arrays sorted by left edge (plain arrays of numbers: no object per item). */
export interface PackItems {
  length: number;
  /** Leftmost px of the mark (bar, window or marker). */
  left: ArrayLike<number>;
  /** Rightmost px of the mark. */
  markRight: ArrayLike<number>;
  /** Rightmost px of the full label (<= markRight when there is none). */
  labelRight: ArrayLike<number>;
  /** The row each item had in the previous frame, or -1; tried first so rows do not jump while zooming. */
  preferredRow: ArrayLike<number>;
}

export interface Packing {
  /** Row per item, or -1 when it overflowed. */
  rows: Int32Array;
  /** The x before which each item's label must end (Infinity when unbounded). */
  labelLimits: Float64Array;
  /** Number of rows used. */
  rowCount: number;
  overflowCount: number;
}

/** The packing, or null as soon as it has placed more than `limit` items (a placed item stays placed). */
export function packRows(items: PackItems, maxRows: number, gap: number, labelGap?: number): Packing;
export function packRows(items: PackItems, maxRows: number, gap: number, labelGap: number | undefined, limit: number): Packing | null;
export function packRows(items: PackItems, maxRows: number, gap: number, labelGap = gap, limit = Infinity): Packing | null {
  const n = items.length;
  const { left, markRight, labelRight, preferredRow } = items;
  const rows = new Int32Array(n).fill(-1);
  const labelLimits = new Float64Array(n).fill(Infinity);
  const markEnd: number[] = [];
  /** Per row, where the next item may start: `gap` after the last mark, `labelGap` after a label running past it. */
  const labelEnd: number[] = [];
  const last: number[] = [];
  let overflowCount = 0;
  for (let i = 0; i < n; i++) {
    const itemLeft = left[i];
    const preferred = preferredRow[i];
    let row = -1;
    if (preferred >= 0 && preferred < maxRows) {
      if (preferred < labelEnd.length && labelEnd[preferred] <= itemLeft) row = preferred;
      else if (preferred === labelEnd.length) row = preferred;
    }
    if (row < 0) {
      for (let r = 0; r < labelEnd.length; r++) {
        if (labelEnd[r] <= itemLeft) {
          row = r;
          break;
        }
      }
    }
    if (row < 0 && labelEnd.length < maxRows) row = labelEnd.length; // open a new row before squeezing labels
    if (row < 0) {
      for (let r = 0; r < markEnd.length; r++) {
        if (markEnd[r] + gap <= itemLeft) {
          row = r;
          break;
        }
      }
      if (row >= 0) labelLimits[last[row]] = itemLeft - labelGap;
    }
    if (row < 0) {
      overflowCount++;
      continue;
    }
    if (i + 1 - overflowCount > limit) return null;
    rows[i] = row;
    markEnd[row] = markRight[i];
    labelEnd[row] = labelRight[i] > markRight[i] ? Math.max(markRight[i] + gap, labelRight[i] + labelGap) : markRight[i] + gap;
    last[row] = i;
  }
  return { rows, labelLimits, rowCount: labelEnd.length, overflowCount };
}
