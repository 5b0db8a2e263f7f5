/**
 * The axis's UTC steps (utc-intervals.ts) count as d3-time's intervals do: the same floors, next steps and ranges
 * over random spans from year 1 to 2400 (a fixed seed), years before 100 included.
 */
import { describe, expect, it } from 'vitest';
import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { utcDays, utcHours, utcMinutes, utcMondays, utcMonths, utcRange, utcYears, type UtcInterval } from '../../../src/timeline/format/utc-intervals.js';
import { seededRandom } from '../../lib/random.js';

const every = (interval: CountableTimeInterval, n: number): TimeInterval => (n === 1 ? interval : interval.every(n)!);
const PAIRS: [string, UtcInterval, TimeInterval, number][] = [
  ...[1, 5, 15, 30].map((n): [string, UtcInterval, TimeInterval, number] => [`${n} minutes`, utcMinutes(n), every(utcMinute, n), n * 60_000]),
  ...[1, 3, 6, 12].map((n): [string, UtcInterval, TimeInterval, number] => [`${n} hours`, utcHours(n), every(utcHour, n), n * 3_600_000]),
  ['days', utcDays, utcDay, 86_400_000],
  ['Mondays', utcMondays, utcMonday, 7 * 86_400_000],
  ...[1, 3].map((n): [string, UtcInterval, TimeInterval, number] => [`${n} months`, utcMonths(n), every(utcMonth, n), n * 30 * 86_400_000]),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n): [string, UtcInterval, TimeInterval, number] => [`${n} years`, utcYears(n), every(utcYear, n), n * 365 * 86_400_000]),
];


const YEAR_1 = Date.UTC(2000, 0, 1) - 1999 * 365.2425 * 86_400_000;
const YEAR_2400 = Date.UTC(2400, 0, 1);

describe('the axis UTC steps', () => {
  for (const [name, ours, d3, step] of PAIRS) {
    it(`${name}: floor, next and range as d3-time's`, () => {
      const next = seededRandom(name.length * 7919 + step);
      for (let i = 0; i < 200; i++) {
        // a whole number of ms, sometimes exactly on a step
        let t = Math.round(YEAR_1 + next() * (YEAR_2400 - YEAR_1));
        if (i % 5 === 0) t = +d3.floor(new Date(t));
        expect(ours.floor(t), `floor ${new Date(t).toISOString()}`).toBe(+d3.floor(new Date(t)));
        const start = ours.floor(t);
        expect(ours.next(start)).toBe(+d3.offset(new Date(start), 1));
        const stop = t + Math.round(next() * 40 * step);
        expect(utcRange(ours, t, stop).map(Number)).toEqual(d3.range(new Date(t), new Date(stop)).map(Number));
      }
    });
  }
});
