/**
 * Exact numeric sort keys. Sorting 100,000 indices with a comparator costs a JS call per comparison; folding
 * the sort columns into one exact number per element lets the engine's built-in numeric sort of a Float64Array
 * (no comparator) do it, many times faster in V8. Keys are non-negative integers below 2^53, so every sum and
 * product below is exact, and equal columns give equal keys: the result is the comparator's order, ties included.
 */

/** Non-negative integer keys ordered like the values they stand for, all below `count`. */
export interface SortKeys {
  keys: Float64Array;
  count: number;
}

const EXACT = Number.MAX_SAFE_INTEGER;

/** Inputs this large could overflow the exact range even with dense keys; callers sort with a comparator then. */
export const MAX_KEYED = 2 ** 26;

/**
 * Keys for a numeric column: the values themselves when they are small non-negative integers (paragraphs,
 * offsets), else dense ranks. Null when a value is NaN, which has no place in an order.
 */
export function keysOf(values: Float64Array): SortKeys | null {
  let max = 0;
  let small = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) return null;
    if (!(v >= 0 && v < 2 ** 31 && v === Math.floor(v))) small = false;
    else if (v > max) max = v;
  }
  return small ? { keys: values, count: max + 1 } : denseRanks(values);
}

/** Dense ranks 0 .. count-1 of `values` (no NaN): equal values share a rank, smaller values get smaller ranks. */
export function denseRanks(values: Float64Array): SortKeys {
  const n = values.length;
  const distinct = values.slice().sort();
  let count = 0;
  // `!==` and `<` treat -0 and 0 as equal, as a comparator's subtraction does.
  for (let i = 0; i < n; i++) if (count === 0 || distinct[i] !== distinct[count - 1]) distinct[count++] = distinct[i];
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = count - 1;
    const v = values[i];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
  }
  return { keys: ranks, count };
}

/** Keys ordering by `major`, then by `minor` (same length). */
export function thenBy(major: SortKeys, minor: SortKeys): SortKeys {
  if (minor.count === 1) return major;
  if (major.count * minor.count > EXACT) major = denseRanks(major.keys);
  if (major.count * minor.count > EXACT) minor = denseRanks(minor.keys);
  const keys = new Float64Array(major.keys.length);
  for (let i = 0; i < keys.length; i++) keys[i] = major.keys[i] * minor.count + minor.keys[i];
  return { keys, count: major.count * minor.count };
}

/**
 * The elements 0 .. n-1 sorted by `keys`, ties by `tie` (distinct integers in [0, n)); returns the `tie` values
 * in that order. `tie` is the element's own index for a stable sort, or a rank that breaks every tie.
 */
export function sortedTies(sort: SortKeys, tie: ArrayLike<number>): Int32Array {
  const n = tie.length;
  if (sort.count * n > EXACT) sort = denseRanks(sort.keys);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = sort.keys[i] * n + tie[i];
  packed.sort();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = packed[i] % n;
  return out;
}
