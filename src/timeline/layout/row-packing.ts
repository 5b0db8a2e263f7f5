/**
 * Greedy interval packing of a lane's marks into rows. Items come sorted by their left edge. An item goes into its
 * row of the previous frame if it fits there with the previous item's whole label, else into the first row where
 * it does; failing that, into the first row where it clears
 * the previous item's mark, and that previous label is cut short to end before it; failing that, it overflows
 * (the caller folds it into a cluster). Marks therefore never overlap in a row, and no label runs into the next
 * mark or label of its row.
 */
export interface PackItem {
  /** Leftmost px of the mark (bar, window or marker). */
  left: number;
  /** Rightmost px of the mark. */
  markRight: number;
  /** Rightmost px of the full label (<= markRight when there is none). */
  labelRight: number;
  /** The row this item had in the previous frame; tried first so rows do not jump while zooming. */
  preferredRow?: number;
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

export function packRows(items: readonly PackItem[], maxRows: number, gap: number): Packing {
  const rows = new Int32Array(items.length).fill(-1);
  const labelLimits = new Float64Array(items.length).fill(Infinity);
  const markEnd: number[] = [];
  const labelEnd: number[] = [];
  const last: number[] = [];
  let overflowCount = 0;
  items.forEach((item, i) => {
    const preferred = item.preferredRow;
    let row = -1;
    if (preferred !== undefined && preferred >= 0 && preferred < maxRows) {
      if (preferred < labelEnd.length && labelEnd[preferred] + gap <= item.left) row = preferred;
      else if (preferred === labelEnd.length) row = preferred;
    }
    if (row < 0) row = labelEnd.findIndex((end) => end + gap <= item.left);
    if (row < 0 && labelEnd.length < maxRows) row = labelEnd.length; // open a new row before squeezing labels
    if (row < 0) {
      row = markEnd.findIndex((end) => end + gap <= item.left);
      if (row >= 0) labelLimits[last[row]] = item.left - gap;
    }
    if (row < 0) {
      overflowCount++;
      return;
    }
    rows[i] = row;
    markEnd[row] = item.markRight;
    labelEnd[row] = Math.max(item.markRight, item.labelRight);
    last[row] = i;
  });
  return { rows, labelLimits, rowCount: labelEnd.length, overflowCount };
}
