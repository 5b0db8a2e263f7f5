import { describe, expect, it } from 'vitest';
import { civilDay, dayNumber, formatDay, isoWeekday, parseDay } from '../../src/time/calendar.js';
import { isoWeek, unitValue } from '../../src/time/units.js';
import { documentDaySpan, parseDocumentDate } from '../../src/time/document-date.js';
import { relativeUnit, windowValue } from '../../src/time/window.js';

describe('calendar', () => {
  it('round-trips day numbers across centuries and leap days', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
    expect(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28)).toBe(1);
    for (const n of [-800000, -1, 0, 18500, 2932896]) expect(dayNumber(...(Object.values(civilDay(n)) as [number, number, number]))).toBe(n);
  });
  it('knows weekdays and ISO weeks', () => {
    expect(isoWeekday(parseDay('2020-08-16'))).toBe(7); // a Sunday
    expect(isoWeek(parseDay('2021-01-03'))).toEqual({ year: 2020, week: 53 });
    expect(unitValue('week', parseDay('2020-08-16'))).toBe('2020-W33');
    expect(unitValue('season', parseDay('2021-01-15'))).toBe('2020-WI');
    expect(unitValue('decade', parseDay('1994-05-01'))).toBe('199');
  });
  it('rejects impossible days', () => {
    expect(() => parseDay('2021-02-29')).toThrow(/No such day/);
    expect(() => parseDocumentDate('2020-13')).toThrow(/month 13/);
  });
});

describe('never invent precision', () => {
  const month = documentDaySpan(parseDocumentDate('2020-08'));
  it('tomorrow against a month is one day in 2 Aug .. 1 Sep', () => {
    const w = relativeUnit(month, 'day', 1);
    expect(w).toMatchObject({ earliest: '2020-08-02', latest: '2020-09-01', granularity: 'day', certainty: 'within' });
    expect(windowValue(w)).toBe('2020-XX-XX');
  });
  it('this week against a month is one ISO week among those touching August', () => {
    const w = relativeUnit(month, 'week', 0);
    expect(w).toMatchObject({ earliest: '2020-07-27', latest: '2020-09-06', certainty: 'within' });
    expect(formatDay(parseDay(w.earliest))).toBe('2020-07-27');
    expect(windowValue(w)).toBe('2020-WXX');
  });
  it('tomorrow against a day is that day', () => {
    const w = relativeUnit(documentDaySpan(parseDocumentDate('2020-08-16')), 'day', 1);
    expect(w).toMatchObject({ earliest: '2020-08-17', latest: '2020-08-17', certainty: 'exact' });
    expect(windowValue(w)).toBe('2020-08-17');
  });
});

describe('shifting a day by whole units keeps its place', () => {
  it('keeps the day of the month, or takes the month end where it does not exist', async () => {
    const { addMonthsKeepingDay, shiftDay } = await import('../../src/time/units.js');
    expect(formatDay(addMonthsKeepingDay(parseDay('2020-03-31'), -1))).toBe('2020-02-29');
    expect(formatDay(addMonthsKeepingDay(parseDay('2020-01-31'), -14))).toBe('2018-11-30');
    expect(formatDay(shiftDay('year', parseDay('2020-08-16'), -3))).toBe('2017-08-16');
    expect(formatDay(shiftDay('quarter', parseDay('2020-11-30'), 1))).toBe('2021-02-28');
    expect(formatDay(shiftDay('week', parseDay('2020-08-16'), 2))).toBe('2020-08-30');
  });
});
