import { describe, expect, it } from 'vitest';
import { dayLabel, dayMonth, hourMinute, monthLabel, shortMonth, weekdayDay, yearOf } from '../../../src/timeline/format/axis-formats.js';
import { monthNames, weekdayNames } from '../../../src/timeline/format/intl-names.js';

describe('axis labels with names from Intl', () => {
  const sunday = new Date(Date.UTC(2020, 7, 2));
  it('Dutch names, Sunday first as d3 expects', () => {
    expect(monthNames('nl', 'long')[7]).toBe('augustus');
    expect(monthNames('nl', 'short').slice(0, 5)).toEqual(['jan', 'feb', 'mrt', 'apr', 'mei']);
    expect(weekdayNames('nl', 'long')[0]).toBe('zondag');
    expect(weekdayNames('nl', 'short')[1]).toBe('ma');
    expect([weekdayDay(sunday, 'nl'), dayMonth(sunday, 'nl'), monthLabel(sunday, 'nl', false)]).toEqual(['zo 2', '2 aug', 'augustus 2020']);
  });
  it('English names', () => {
    expect(monthNames('en', 'long')[0]).toBe('January');
    expect(weekdayNames('en', 'short')).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect([weekdayDay(sunday, 'en'), dayMonth(sunday, 'en'), monthLabel(sunday, 'en', false)]).toEqual(['Sun 2', '2 Aug', 'August 2020']);
  });
  it('any language Intl knows', () => {
    expect(monthNames('de', 'long')[2]).toBe('März');
    expect(weekdayNames('fr', 'short')[1]).toBe('lun'); // "lun." without its full stop
    expect(monthLabel(new Date(Date.UTC(2020, 2, 1)), 'de', false)).toBe('März 2020');
  });
  it('formats in UTC: "augustus 2020", "ma 3", "aug"', () => {
    const date = new Date(Date.UTC(2020, 7, 3));
    expect(monthLabel(date, 'nl', false)).toBe('augustus 2020');
    expect(monthLabel(date, 'nl', true)).toBe('aug 2020');
    expect(weekdayDay(date, 'nl')).toBe('ma 3');
    expect(shortMonth(date, 'nl')).toBe('aug');
  });
});

describe('month and weekday name lists', () => {
  it('are made once per language and width, and shared lists cannot be changed by a caller', () => {
    const months = monthNames('nl-BE', 'long');
    expect(monthNames('nl-BE', 'long')).toBe(months);
    expect(monthNames('nl-BE', 'short')).not.toBe(months);
    expect(() => (months as string[]).push('dertiende')).toThrow(TypeError);
    expect(monthNames('nl-BE', 'long')).toHaveLength(12);
    expect(weekdayNames('en', 'short')[0]).toBe('Sun');
    expect(Object.isFrozen(weekdayNames('en', 'short'))).toBe(true);
  });
  it('a malformed language tag falls back to English, also when asked again', () => {
    expect(monthNames('not a tag!', 'long')[0]).toBe('January');
    expect(monthNames('not a tag!', 'long')[0]).toBe('January');
  });
});

describe('the axis label forms', () => {
  it('pad hours and minutes, not days, in UTC', () => {
    const date = new Date(Date.UTC(2020, 7, 3, 7, 5, 9));
    expect(hourMinute(date, 'en')).toBe('07:05');
    expect(hourMinute(new Date(Date.UTC(2020, 7, 3, 23, 59)), 'nl')).toBe('23:59');
    expect(dayLabel(date, 'en', false)).toBe('Mon 3 August 2020');
    expect(dayLabel(date, 'en', true)).toBe('3 Aug 2020');
    expect(dayLabel(date, 'nl', false)).toBe('ma 3 augustus 2020');
    expect(yearOf(date, 'nl')).toBe('2020');
    expect(weekdayDay(new Date(Date.UTC(1999, 11, 31, 23)), 'en')).toBe('Fri 31');
    expect(dayMonth(new Date(Date.UTC(1999, 11, 31, 23)), 'en')).toBe('31 Dec');
  });
});
