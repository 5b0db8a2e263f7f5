/**
 * Sorting indices by numeric columns without a comparator call per comparison, which is what makes sorting
 * 100,000 indices slow in V8. A column's values are put in buckets of `unit` over their span (whole days, for
 * windows; integers, for paragraphs and offsets) and the indices are counting-sorted by bucket; only buckets
 * holding different values (an anchor spread inside its day) are sorted further, with a comparator. Wide spans
 * get dense ranks instead. Either way the result is exactly a stable comparator sort on the column, ties in the
 * given order, so several columns sort least significant first (an LSD radix sort).
 */
import { bisectLeft } from './bisect.js';

/**
 * `order` (a permutation of the indices of `values`) stably sorted by value: the stable comparator sort on
 * `values[a] - values[b]`. Null when a value is NaN, which has no place in an order.
 */
export function sortByValues(order: Int32Array, values: ArrayLike<number>, unit = 1): Int32Array | null {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(min < max)) return order; // all equal (or none)
  const span = (max - min) / unit;
  if (span <= 4 * n + 256) {
    // Buckets grow with the value (floor of a rounded division never goes down), so sorting by bucket and then
    // inside buckets by value is sorting by value.
    const buckets = new Int32Array(n);
    for (let i = 0; i < n; i++) buckets[i] = Math.floor((values[i] - min) / unit);
    const sorted = countingSort(order, buckets, Math.floor(span) + 1);
    sortInsideBuckets(sorted, buckets, values);
    return sorted;
  }
  const [ranks, count] = denseRanks(values);
  return countingSort(order, ranks, count);
}

/** 0 .. n-1. */
export function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** `order` stably sorted by integer keys in [0, count). */
function countingSort(order: Int32Array, keys: Int32Array, count: number): Int32Array {
  const next = new Int32Array(count + 1);
  for (let i = 0; i < keys.length; i++) next[keys[i] + 1]++;
  for (let k = 0; k < count; k++) next[k + 1] += next[k];
  const sorted = new Int32Array(order.length);
  for (let j = 0; j < order.length; j++) sorted[next[keys[order[j]]]++] = order[j];
  return sorted;
}

/** Stably sort, by value, each run of `sorted` that shares a bucket but not a value. */
function sortInsideBuckets(sorted: Int32Array, buckets: Int32Array, values: ArrayLike<number>): void {
  const byValue = (a: number, b: number) => values[a] - values[b];
  for (let from = 0; from < sorted.length; ) {
    const bucket = buckets[sorted[from]];
    let to = from + 1;
    let mixed = false;
    for (; to < sorted.length && buckets[sorted[to]] === bucket; to++) {
      if (values[sorted[to]] !== values[sorted[from]]) mixed = true;
    }
    if (mixed) sorted.subarray(from, to).sort(byValue);
    from = to;
  }
}

/** Dense ranks 0 .. count-1 of `values` (no NaN): equal values share a rank, smaller values get smaller ranks. */
function denseRanks(values: ArrayLike<number>): [Int32Array, number] {
  const n = values.length;
  const distinct = new Float64Array(values).sort();
  let count = 0;
  // `!==` and `<` treat -0 and 0 as equal, as a comparator's subtraction does.
  for (let i = 0; i < n; i++) if (count === 0 || distinct[i] !== distinct[count - 1]) distinct[count++] = distinct[i];
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    ranks[i] = bisectLeft(distinct, values[i], 0, count);
  }
  return [ranks, count];
}
