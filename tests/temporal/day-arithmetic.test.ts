/**
 * The shared day arithmetic of weekday and offset phrases (src/temporal/common/day-arithmetic.ts) and the shared
 * refiner that counts an amount of time from a tagged date (src/temporal/refiners/offset-from-anchor.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  clockInPartOfDay, countedWindow, dayOfMonthOnWeekday, hourInPartOfDay, nthWeekdayFrom, nthWeekdayInMonths, nthWeekdayOfMonth,
  shiftBusinessDays, shiftByOffset, yearlessDayOnWeekday, absoluteUnit, absoluteDay,
} from '../../src/temporal/common/index.js';
import type { ParseContext } from '../../src/temporal/contract.js';
import { durationOffset } from '../../src/temporal/refiners/offset-from-anchor.js';
import { tagTemporalExpressions } from '../../src/temporal/tagger.js';
import { dayNumber, formatDay } from '../../src/time/calendar.js';

const day = (iso: string) => dayNumber(...(iso.split('-').map(Number) as [number, number, number]));
const context = (from: string, to = from): ParseContext => ({
  text: '',
  reference: { value: from, precision: 'day' } as unknown as ParseContext['reference'],
  referenceSpan: { start: day(from), end: day(to) },
});

describe('shiftByOffset', () => {
  it('moves years and months first, then weeks and days', () => {
    expect(formatDay(shiftByOffset(day('2017-11-23'), { years: 2, months: 1, days: 21 }, -1))).toBe('2015-10-02');
    expect(formatDay(shiftByOffset(day('2017-11-23'), { years: 2, days: 21 }))).toBe('2019-12-14');
    expect(formatDay(shiftByOffset(day('2021-03-10'), { weeks: 3 }))).toBe('2021-03-31');
  });
  it('keeps the last day of a shorter month', () => {
    expect(formatDay(shiftByOffset(day('2020-03-31'), { months: 1 }, -1))).toBe('2020-02-29');
  });
});

describe('weekdays', () => {
  it('finds the nth weekday of a month, the last one, and none where the month has no fifth', () => {
    expect(formatDay(nthWeekdayOfMonth(2021, 7, 5, 1)!)).toBe('2021-07-02');
    expect(formatDay(nthWeekdayOfMonth(2021, 9, 2, 3)!)).toBe('2021-09-21');
    expect(formatDay(nthWeekdayOfMonth(2021, 4, 1, -1)!)).toBe('2021-04-26');
    expect(nthWeekdayOfMonth(2017, 9, 7, 5)).toBeNull();
    expect(formatDay(nthWeekdayOfMonth(2017, 10, 7, 5)!)).toBe('2017-10-29');
  });
  it('counts occurrences of a weekday strictly after or before a day', () => {
    // 2018-05-07 is a Monday: two Sundays on is the 20th, two Mondays on the 21st, the Monday before the 30 April
    expect(formatDay(nthWeekdayFrom(day('2018-05-07'), 7, 2))).toBe('2018-05-20');
    expect(formatDay(nthWeekdayFrom(day('2018-05-07'), 1, 2))).toBe('2018-05-21');
    expect(formatDay(nthWeekdayFrom(day('2018-05-07'), 1, -1))).toBe('2018-04-30');
  });
  it('places the nth weekday in every month a month resolution can be', () => {
    expect(nthWeekdayInMonths(absoluteUnit('month', 2018, 4), 5, 1)).toMatchObject({ value: '2018-04-06' });
    expect(nthWeekdayInMonths(absoluteUnit('month', 2017, 9), 7, 5)).toBeNull();
    expect(nthWeekdayInMonths(absoluteDay(2018, 4, 6)!, 5, 1)).toBeNull();
  });
  it('finds the month whose day of the month falls on a weekday, by tense', () => {
    // 2017-09-27: Friday the 15th was 15 September; the next one is 15 December
    expect(dayOfMonthOnWeekday(context('2017-09-27'), 15, 5, 'past')).toMatchObject({ value: '2017-09-15' });
    expect(dayOfMonthOnWeekday(context('2017-09-27'), 15, 5, 'future')).toMatchObject({ value: '2017-12-15' });
    expect(dayOfMonthOnWeekday(context('2017-09-27'), 15, 5, 'nearest')).toMatchObject({ value: '2017-09-15' });
    expect(dayOfMonthOnWeekday(context('2017-09-27'), 32, 5, 'nearest')).toBeNull();
  });
  it('lets a weekday pick the year of a yearless day only among the neighbouring years', () => {
    // "vrijdag 12 maart" in January 2021: 12 March 2020 was a Thursday, 12 March 2021 a Friday
    const plain = absoluteDay(2020, 3, 12);
    expect(yearlessDayOnWeekday(context('2021-01-15'), plain, 3, 12, 5)).toMatchObject({ value: '2021-03-12' });
    // a weekday no neighbouring year has keeps the reading without it
    expect(yearlessDayOnWeekday(context('2016-11-07'), absoluteDay(2017, 1, 22), 1, 22, 3)).toMatchObject({ value: '2017-01-22' });
  });
});

describe('counts', () => {
  it('skips weekends when counting working days', () => {
    expect(formatDay(shiftBusinessDays(day('2018-08-21'), 4))).toBe('2018-08-27');
    expect(formatDay(shiftBusinessDays(day('2018-08-27'), -1))).toBe('2018-08-24');
  });
  it('moves each end of an anchor window and lands on the count\'s unit', () => {
    expect(countedWindow({ start: day('2021-03-01'), end: day('2021-03-31') }, { kind: 'offset', offset: { weeks: 3 }, sign: 1 })).toEqual({
      earliest: '2021-03-22', latest: '2021-04-21', granularity: 'day', certainty: 'within',
    });
    expect(countedWindow({ start: day('2021-03-10'), end: day('2021-03-10') }, { kind: 'offset', offset: { years: 2 }, sign: -1 })).toMatchObject({
      earliest: '2019-01-01', latest: '2019-12-31', granularity: 'year', certainty: 'exact',
    });
  });
  it('reads whole-unit durations only', () => {
    expect(durationOffset('P1M21D')).toEqual({ years: undefined, months: 1, weeks: undefined, days: 21 });
    expect(durationOffset('P3W')).toMatchObject({ weeks: 3 });
    for (const value of ['PXD', 'PT3H', 'P1.5Y', 'P']) expect(durationOffset(value)).toBeNull();
  });
});

describe('clock times in a part of the day', () => {
  it('puts an hour said without a.m. or p.m. in the evening, afternoon or night it belongs to', () => {
    expect(hourInPartOfDay(9, 'EV')).toBe(21);
    expect(hourInPartOfDay(1, 'AF')).toBe(13);
    expect(hourInPartOfDay(11, 'NI')).toBe(23);
    expect(hourInPartOfDay(3, 'NI')).toBe(3);
    expect(hourInPartOfDay(12, 'NI')).toBe(0);
    expect(hourInPartOfDay(9, 'MO')).toBe(9);
    expect(hourInPartOfDay(21, 'EV')).toBe(21);
  });
  it('rewrites a clock value after a day with its part', () => {
    expect(clockInPartOfDay('T09:30', '2021-03-10TEV')).toBe('T21:30');
    expect(clockInPartOfDay('T09:30Z', '2021-03-10TEV')).toBe('T21:30Z');
    expect(clockInPartOfDay('T09:30', '2021-03-10')).toBe('T09:30');
  });
});

describe('offset-from-anchor refiner', () => {
  // the first tagging compiles every pattern of both languages: slow on a busy machine
  beforeAll(() => {
    tag('nl', 'vandaag');
    tag('en', 'today');
  }, 60_000);
  const tag = (language: 'nl' | 'en', text: string, reference = '2021-03-10') =>
    tagTemporalExpressions(text, { language, reference }).map((t) => [t.text, t.value]);
  it('joins an amount with the tagged date after it, either way', () => {
    expect(tag('nl', 'De uitslag volgt drie dagen na vandaag.')).toEqual([['drie dagen na vandaag', '2021-03-13']]);
    expect(tag('nl', 'De stemming was twee dagen voor 4 maart.')).toEqual([['twee dagen voor 4 maart', '2021-03-02']]);
    expect(tag('en', 'The ruling will come two weeks from Friday.')).toEqual([['two weeks from Friday', '2021-03-26']]);
  }, 60_000);
  it('leaves lengths, ranges and events alone', () => {
    expect(tag('en', 'The mall closes for three days from Monday.')).toEqual([['three days', 'P3D'], ['Monday', '2021-03-15']]);
    // the range is another refiner's ("from Monday to Wednesday"); the amount stays a length
    expect(tag('en', 'The fair runs three days from Monday to Wednesday.')[0]).toEqual(['three days', 'P3D']);
    expect(tag('nl', 'Twee dagen na de aanslag werd hij opgepakt.')).toEqual([['Twee dagen na de aanslag', 'XXXX-XX-XX']]);
  }, 60_000);
});
