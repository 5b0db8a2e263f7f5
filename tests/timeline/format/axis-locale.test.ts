import { describe, expect, it } from 'vitest';
import { axisLocale, axisTimeLocale } from '../../../src/timeline/format/axis-locale.js';
import { monthNames, weekdayNames } from '../../../src/timeline/format/intl-names.js';

describe('axis locale from Intl', () => {
  it('Dutch names, Sunday first as d3 expects', () => {
    const nl = axisLocale('nl');
    expect(nl.months[7]).toBe('augustus');
    expect(nl.shortMonths.slice(0, 5)).toEqual(['jan', 'feb', 'mrt', 'apr', 'mei']);
    expect(nl.days[0]).toBe('zondag');
    expect(nl.shortDays[1]).toBe('ma');
  });
  it('English names', () => {
    const en = axisLocale('en');
    expect(en.months[0]).toBe('January');
    expect(en.shortDays).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(en.periods).toEqual(['AM', 'PM']);
  });
  it('any language Intl knows', () => {
    expect(axisLocale('de').months[2]).toBe('März');
    expect(axisLocale('fr').shortDays[1]).toBe('lun'); // "lun." without its full stop
  });
  it('formats in UTC: "augustus 2020", "ma 3", "aug"', () => {
    const nl = axisTimeLocale('nl');
    const date = new Date(Date.UTC(2020, 7, 3));
    expect(nl.utcFormat('%B %Y')(date)).toBe('augustus 2020');
    expect(nl.utcFormat('%a %-d')(date)).toBe('ma 3');
    expect(nl.utcFormat('%b')(date)).toBe('aug');
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

describe('the UTC formatter', () => {
  it('pads, unpads and names like d3-time-format, in UTC', () => {
    const en = axisTimeLocale('en');
    const date = new Date(Date.UTC(2020, 7, 3, 7, 5, 9));
    expect(en.utcFormat('%A %-d %B %Y, %H:%M:%S')(date)).toBe('Monday 3 August 2020, 07:05:09');
    expect(en.utcFormat('%d/%m/%y %e|%-m %p 100%%')(date)).toBe('03/08/20  3|8 AM 100%');
    expect(en.utcFormat('%a %-d %b')(new Date(Date.UTC(1999, 11, 31, 23)))).toBe('Fri 31 Dec');
    expect(en.utcFormat('%Y')).toBe(en.utcFormat('%Y')); // formats are cached
  });
});
