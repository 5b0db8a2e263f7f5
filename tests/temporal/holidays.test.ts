import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../../src/temporal/contract.js';
import {
  byEra, dayOfHijri, easterDay, easterSunday, fixedDay, hijriDate, holidaySpan, islamicDay, nthWeekday, nthWeekdayOfMonth, resolveHoliday,
} from '../../src/temporal/common/index.js';
import { dayNumber, formatDay } from '../../src/time/calendar.js';
import { documentDaySpan, parseDocumentDate } from '../../src/time/document-date.js';

const ctx = (reference: string): ParseContext => {
  const date = parseDocumentDate(reference);
  return { text: '', reference: date, referenceSpan: documentDaySpan(date) };
};
const days = (span: { start: number; end: number } | null) => span && [formatDay(span.start), formatDay(span.end)];

describe('Easter (Anonymous Gregorian algorithm)', () => {
  it.each([
    [1818, '1818-03-22'], [1943, '1943-04-25'], [2000, '2000-04-23'], [2008, '2008-03-23'], [2011, '2011-04-24'],
    [2018, '2018-04-01'], [2019, '2019-04-21'], [2020, '2020-04-12'], [2021, '2021-04-04'], [2024, '2024-03-31'],
    [2025, '2025-04-20'], [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, expected) => {
    expect(formatDay(easterSunday(year))).toBe(expected);
  });
  it('counts feasts from Easter: Good Friday, Ascension, Whit Monday, carnival of three days', () => {
    expect(days(holidaySpan(easterDay(-2), 2020))).toEqual(['2020-04-10', '2020-04-10']);
    expect(days(holidaySpan(easterDay(39), 2021))).toEqual(['2021-05-13', '2021-05-13']);
    expect(days(holidaySpan(easterDay(50), 2019))).toEqual(['2019-06-10', '2019-06-10']);
    expect(days(holidaySpan(easterDay(-49, 3), 2020))).toEqual(['2020-02-23', '2020-02-25']);
  });
});

describe('weekday and fixed rules', () => {
  it('finds the n-th and the last weekday of a month', () => {
    expect(formatDay(nthWeekdayOfMonth(2010, 11, 4, 4)!)).toBe('2010-11-25'); // Thanksgiving
    expect(formatDay(nthWeekdayOfMonth(2020, 5, 1, -1)!)).toBe('2020-05-25'); // Memorial Day
    expect(formatDay(nthWeekdayOfMonth(2020, 6, 6, -1)!)).toBe('2020-06-27'); // Veteranendag
    expect(nthWeekdayOfMonth(2021, 2, 1, 5)).toBeNull();
  });
  it('moves a day the rule moves off a Sunday, and holds only in its era', () => {
    const koningsdag = fixedDay(4, 27, { sunday: -1, from: 2014 });
    expect(days(holidaySpan(koningsdag, 2025))).toEqual(['2025-04-26', '2025-04-26']);
    expect(days(holidaySpan(koningsdag, 2024))).toEqual(['2024-04-27', '2024-04-27']);
    expect(holidaySpan(koningsdag, 2013)).toBeNull();
    const koninginnedag = byEra(fixedDay(4, 30, { sunday: 1, from: 1949, until: 1979 }), fixedDay(4, 30, { sunday: -1, from: 1980, until: 2013 }));
    expect(days(holidaySpan(koninginnedag, 2006))).toEqual(['2006-04-29', '2006-04-29']);
    expect(days(holidaySpan(koninginnedag, 1967))).toEqual(['1967-05-01', '1967-05-01']);
    expect(holidaySpan(koninginnedag, 2019)).toBeNull();
  });
  it('shifts from a weekday rule: Cyber Monday is four days after Thanksgiving', () => {
    expect(days(holidaySpan(nthWeekday(4, 4, 11, { shift: 4 }), 2019))).toEqual(['2019-12-02', '2019-12-02']);
  });
});

describe('Islamic calendar (Umm al-Qura, from the engine)', () => {
  it('reads Islamic dates and finds their days', () => {
    expect(hijriDate(dayNumber(2020, 4, 24))).toEqual({ year: 1441, month: 9, day: 1 });
    expect(formatDay(dayOfHijri(1442, 1, 1)!)).toBe('2020-08-20');
    expect(dayOfHijri(1441, 9, 31)).toBeNull();
  });
  it('gives Ramadan as the whole month and the feasts as days', () => {
    expect(days(holidaySpan(islamicDay(9, 1, true), 2020))).toEqual(['2020-04-24', '2020-05-23']);
    expect(days(holidaySpan(islamicDay(10, 1), 2020))).toEqual(['2020-05-24', '2020-05-24']);
    expect(days(holidaySpan(islamicDay(12, 10), 2020))).toEqual(['2020-07-31', '2020-07-31']);
  });
  it('takes the first of two occurrences in one Gregorian year', () => {
    expect(days(holidaySpan(islamicDay(1, 1), 2008))).toEqual(['2008-01-10', '2008-01-10']);
  });
});

describe('resolveHoliday', () => {
  const christmas = fixedDay(12, 25);
  it('takes a stated year, a relative year, or the occurrence the tense points to', () => {
    expect(resolveHoliday(ctx('2020-11-10'), christmas, { year: 2018 })).toMatchObject({ value: '2018-12-25', anchor: 'absolute' });
    expect(resolveHoliday(ctx('2020-11-10'), easterDay(0), { yearOffset: 1 })).toMatchObject({ value: '2021-04-04', anchor: 'document' });
    expect(resolveHoliday(ctx('2020-11-10'), christmas, { direction: 'past' })).toMatchObject({ value: '2019-12-25' });
    expect(resolveHoliday(ctx('2020-11-10'), christmas, { direction: 'nearest' })).toMatchObject({ value: '2020-12-25' });
    expect(resolveHoliday(ctx('2021-01-03'), christmas, { direction: 'nearest' })).toMatchObject({ value: '2020-12-25' });
  });
  it('gives a holiday of several days as an interval with its whole window', () => {
    expect(resolveHoliday(ctx('2020-08-17'), islamicDay(9, 1, true), { direction: 'past' })).toMatchObject({
      value: '2020-04-24/2020-05-23',
      window: { earliest: '2020-04-24', latest: '2020-05-23', certainty: 'exact' },
    });
  });
  it('is null where the holiday is not held', () => {
    expect(resolveHoliday(ctx('2010-03-01'), fixedDay(4, 27, { from: 2014 }), { yearOffset: 0 })).toBeNull();
  });
});
