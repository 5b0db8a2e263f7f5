import { describe, expect, it } from 'vitest';
import { identity, keysOf, sortByKeys } from '../../../src/timeline/layout/sort-keys.js';
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
  for (const c of [...columns].reverse()) order = sortByKeys(order, keysOf(c, unit)!);
  return [...order];
}

describe('integer sort keys', () => {
  const random = prng(3);
  const column = (n: number, value: () => number) => Float64Array.from({ length: n }, value);

  it('order like a stable comparator sort: small integers, days in ms, fractions, huge values, -0 and infinities', () => {
    const n = 3000;
    const small = column(n, () => Math.floor(random() * 20));
    const days = column(n, () => (Math.floor(random() * 400) - 200) * DAY);
    const fractions = column(n, () => Math.floor(random() * 50) / 3);
    const odd = column(n, () => [-0, 0, Infinity, -Infinity, 2 ** 60, -(2 ** 60), 2 ** 53 + 2, 1e300][Math.floor(random() * 8)]);
    expect(keyedOrder([small, fractions])).toEqual(comparatorOrder([small, fractions]));
    expect(keyedOrder([days, small], DAY)).toEqual(comparatorOrder([days, small]));
    expect(keyedOrder([odd, small])).toEqual(comparatorOrder([odd, small]));
    expect(keyedOrder([days.map((d, i) => d + (i % 2))], DAY)).toEqual(comparatorOrder([days.map((d, i) => d + (i % 2))]));
  });
  it('equal values share a key; NaN gives no keys', () => {
    const keys = keysOf(Float64Array.of(5e12, -0, 0, 5e12, 0.5))!;
    expect([...keys.keys]).toEqual([2, 0, 0, 2, 1]);
    expect(keysOf(Float64Array.of(1, NaN))).toBeNull();
  });
});
