/**
 * Lists of any length. Spreading a list into one call (`target.push(...items)`, `Math.max(...values)`) passes every
 * item as an argument on the stack and throws RangeError past about 125,000 items; these loop instead.
 */

/** Append every item of `items` to `target`, in order; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, at least `floor` (-Infinity by default, as `Math.max()` of nothing). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}
