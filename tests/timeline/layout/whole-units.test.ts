/**
 * `wholeUnits` widens a span to whole days, months or years by the calendar's day arithmetic: the same bounds as
 * date-fns's startOfMonth / startOfYear in UTC, on random spans (a fixed seed) from year 1 to 2400.
 */
import { describe, expect, it } from 'vitest';
import { UTCDateMini } from '@date-fns/utc';
import { addMonths, addYears, startOfMonth, startOfYear } from 'date-fns';
import { wholeUnits } from '../../../src/timeline/layout/focus-span.js';
import { seededRandom } from '../../lib/random.js';

const DAY = 86_400_000;

function reference(start: number, end: number): { start: number; end: number } {
  const span = end - start;
  if (span <= 92 * DAY) return { start: Math.floor(start / DAY) * DAY, end: Math.ceil(end / DAY) * DAY };
  const from = new UTCDateMini(start);
  const to = new UTCDateMini(end - 1);
  if (span <= 3 * 365 * DAY) return { start: +startOfMonth(from), end: +addMonths(startOfMonth(to), 1) };
  return { start: +startOfYear(from), end: +addYears(startOfYear(to), 1) };
}


describe('wholeUnits', () => {
  it('gives the bounds date-fns gives, for spans of days, months and years', () => {
    const next = seededRandom(20);
    const first = Date.UTC(2000, 0, 1) - 1999 * 365.2425 * DAY;
    const last = Date.UTC(2400, 0, 1);
    for (let i = 0; i < 3000; i++) {
      const start = Math.round(first + next() * (last - first));
      // lengths up to 2 months, 3 years or 50 years, in turn; sometimes on a midnight
      const length = Math.round(next() * [60, 1000, 18000][i % 3] * DAY) + 1;
      const from = i % 7 === 0 ? Math.floor(start / DAY) * DAY : start;
      expect(wholeUnits(from, from + length), `${new Date(from).toISOString()} + ${length}`).toEqual(reference(from, from + length));
    }
  });
});
