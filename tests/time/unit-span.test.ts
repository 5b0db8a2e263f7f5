/**
 * `unitSpan` counts units by the calendar's day arithmetic; it gives the spans date-fns's startOf / endOf give, for
 * random days from year -500 to 3000 (a fixed seed), years before 100 and leap days included.
 */
import { describe, expect, it } from 'vitest';
import { endOfDecade, endOfISOWeek, endOfMonth, endOfQuarter, endOfYear, startOfDecade, startOfISOWeek, startOfMonth, startOfQuarter, startOfYear } from 'date-fns';
import { dayNumber, dayOf, utcDate } from '../../src/time/calendar.js';
import { seasonSpan, unitSpan, type CalendarUnit, type DaySpan } from '../../src/time/units.js';
import { seededRandom } from '../lib/random.js';

const span = (start: (d: Date) => Date, end: (d: Date) => Date) => (n: number): DaySpan => ({ start: dayOf(start(utcDate(n))), end: dayOf(end(utcDate(n))) });
const REFERENCE: Partial<Record<CalendarUnit, (n: number) => DaySpan>> = {
  week: span(startOfISOWeek, endOfISOWeek),
  month: span(startOfMonth, endOfMonth),
  quarter: span(startOfQuarter, endOfQuarter),
  year: span(startOfYear, endOfYear),
  decade: span(startOfDecade, endOfDecade),
};


const FIRST = dayNumber(-500, 1, 1);
const LAST = dayNumber(3000, 12, 31);
const days = (() => {
  const next = seededRandom(2026);
  const out = [dayNumber(2020, 2, 29), dayNumber(0, 1, 1), dayNumber(99, 12, 31), dayNumber(1, 3, 1), dayNumber(1970, 1, 1), dayNumber(1969, 12, 29)];
  for (let i = 0; i < 3000; i++) out.push(FIRST + Math.floor(next() * (LAST - FIRST)));
  return out;
})();

describe('unitSpan by day arithmetic', () => {
  for (const [unit, reference] of Object.entries(REFERENCE) as [CalendarUnit, (n: number) => DaySpan][]) {
    it(`${unit}: the span date-fns gives`, () => {
      for (const n of days) expect(unitSpan(unit, n), `${unit} of day ${n}`).toEqual(reference(n));
    });
  }

  it('half, season and century: whole months and years around the day', () => {
    for (const n of days) {
      const { start, end } = unitSpan('half', n);
      const year = utcDate(n).getUTCFullYear();
      const first = utcDate(n).getUTCMonth() < 6 ? 1 : 7;
      expect({ start, end }).toEqual({ start: dayNumber(year, first, 1), end: dayNumber(year, first + 6, 0) });
      const century = unitSpan('century', n);
      const c = Math.floor(year / 100) * 100;
      expect(century).toEqual({ start: dayNumber(c, 1, 1), end: dayNumber(c + 99, 12, 31) });
      const season = unitSpan('season', n);
      expect(season.start).toBeLessThanOrEqual(n);
      expect(season.end).toBeGreaterThanOrEqual(n);
    }
    expect(seasonSpan(2020, 'WI')).toEqual({ start: dayNumber(2020, 12, 1), end: dayNumber(2021, 2, 28) });
    expect(seasonSpan(2023, 'WI')).toEqual({ start: dayNumber(2023, 12, 1), end: dayNumber(2024, 2, 29) });
  });
});
