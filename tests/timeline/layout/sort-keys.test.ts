import { describe, expect, it } from 'vitest';
import { identity, sortByValues } from '../../../src/timeline/layout/sort-keys.js';
import { prng } from './fixtures.js';

const DAY = 86_400_000;

/** A stable comparator sort of 0 .. n-1 by `columns`, most significant first: what the keys must reproduce. */
function comparatorOrder(columns: Float64Array[]): number[] {
  return [...identity(columns[0].length)].sort((a, b) => {
    for (const c of columns) if (c[a] - c[b]) return c[a] - c[b];
    return 0;
  });
}

function keyedOrder(columns: Float64Array[], unit = 1): number[] {
  let order = identity(columns[0].length);
  for (const c of [...columns].reverse()) order = sortByValues(order, c, unit)!;
  return [...order];
}

describe('sorting by numeric columns without a comparator', () => {
  const random = prng(3);
  const column = (n: number, value: () => number) => Float64Array.from({ length: n }, value);

  it('order like a stable comparator sort: small integers, days in ms, anchors off the grid, huge values, -0, infinities', () => {
    const n = 3000;
    const small = column(n, () => Math.floor(random() * 20));
    const days = column(n, () => (Math.floor(random() * 400) - 200) * DAY);
    const fractions = column(n, () => Math.floor(random() * 50) / 3);
    const spread = column(n, () => Math.floor(random() * 30) * DAY + (random() < 0.3 ? Math.floor(random() * 4) * (DAY / 7) : DAY / 2));
    const odd = column(n, () => [-0, 0, Infinity, -Infinity, 2 ** 60, -(2 ** 60), 2 ** 53 + 2, 1e300][Math.floor(random() * 8)]);
    expect(keyedOrder([small, fractions])).toEqual(comparatorOrder([small, fractions]));
    expect(keyedOrder([days, small], DAY)).toEqual(comparatorOrder([days, small]));
    expect(keyedOrder([odd, small])).toEqual(comparatorOrder([odd, small]));
    expect(keyedOrder([spread, small], DAY / 2)).toEqual(comparatorOrder([spread, small]));
    expect(keyedOrder([days.map((d, i) => d + (i % 2))], DAY)).toEqual(comparatorOrder([days.map((d, i) => d + (i % 2))]));
  });
  it('give equal values their given order, and no order when a value is NaN', () => {
    expect([...sortByValues(Int32Array.of(4, 3, 2, 1, 0), Float64Array.of(5e12, -0, 0, 5e12, 0.5))!]).toEqual([2, 1, 4, 3, 0]);
    expect(sortByValues(identity(2), Float64Array.of(1, NaN))).toBeNull();
  });
});
