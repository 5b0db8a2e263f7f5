/**
 * Sorting indices by numeric columns without a comparator. Sorting 100,000 indices with a comparator costs a JS
 * call per comparison; here each column becomes small integer keys (the values on their grid, or dense ranks) and
 * is sorted by a stable counting sort, least significant column first (an LSD radix sort). The result is exactly
 * a stable comparator sort on those columns, ties included, and it takes a few linear passes.
 */

/** Integer keys in [0, count), one per element, ordered as the values they stand for (equal values, equal keys). */
export interface SortKeys {
  keys: Int32Array;
  count: number;
}

/**
 * Keys for a numeric column. Values on a grid of `unit` (integers, or days in ms) over a span of at most a few
 * times the number of values are their own keys, `(value - min) / unit`; other values get dense ranks. Null when a
 * value is NaN, which has no place in an order.
 */
export function keysOf(values: ArrayLike<number>, unit = 1): SortKeys | null {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  let safe = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) return null;
    if (v < min) min = v;
    if (v > max) max = v;
    if (!Number.isSafeInteger(v)) safe = false;
  }
  if (n === 0) return { keys: new Int32Array(0), count: 1 };
  const span = (max - min) / unit;
  // Safe integers over a small span: the differences and quotients below are exact, so keys are distinct exactly
  // where values are.
  if (safe && Number.isSafeInteger(unit) && span <= 4 * n + 256) {
    const keys = new Int32Array(n);
    let onGrid = true;
    for (let i = 0; i < n && onGrid; i++) {
      const offset = values[i] - min;
      if (offset % unit !== 0) onGrid = false;
      else keys[i] = offset / unit;
    }
    if (onGrid) return { keys, count: Math.floor(span) + 1 };
  }
  return denseRanks(values);
}

/** Dense ranks 0 .. count-1 of `values` (no NaN): equal values share a rank, smaller values get smaller ranks. */
function denseRanks(values: ArrayLike<number>): SortKeys {
  const n = values.length;
  const distinct = new Float64Array(values).sort();
  let count = 0;
  // `!==` and `<` treat -0 and 0 as equal, as a comparator's subtraction does.
  for (let i = 0; i < n; i++) if (count === 0 || distinct[i] !== distinct[count - 1]) distinct[count++] = distinct[i];
  const keys = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    keys[i] = lo;
  }
  return { keys, count };
}

/** `order` (a permutation of the keyed elements' indices) stably sorted by key: a counting sort. */
export function sortByKeys(order: Int32Array, { keys, count }: SortKeys): Int32Array {
  const next = new Int32Array(count + 1);
  for (let i = 0; i < keys.length; i++) next[keys[i] + 1]++;
  for (let k = 0; k < count; k++) next[k + 1] += next[k];
  const sorted = new Int32Array(order.length);
  for (let j = 0; j < order.length; j++) sorted[next[keys[order[j]]]++] = order[j];
  return sorted;
}

/** 0 .. n-1. */
export function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}
