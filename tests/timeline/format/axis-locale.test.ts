import { describe, expect, it } from 'vitest';
import { axisTimeLocale } from '../../../src/timeline/format/axis-locale.js';
import { monthNames, weekdayNames } from '../../../src/timeline/format/intl-names.js';

describe('axis locale from Intl', () => {
  const sunday = new Date(Date.UTC(2020, 7, 2));
  it('Dutch names, Sunday first as d3 expects', () => {
    expect(monthNames('nl', 'long')[7]).toBe('augustus');
    expect(monthNames('nl', 'short').slice(0, 5)).toEqual(['jan', 'feb', 'mrt', 'apr', 'mei']);
    expect(weekdayNames('nl', 'long')[0]).toBe('zondag');
    expect(weekdayNames('nl', 'short')[1]).toBe('ma');
    expect(axisTimeLocale('nl').utcFormat('%a %-d %b, %B')(sunday)).toBe('zo 2 aug, augustus');
  });
  it('English names', () => {
    expect(monthNames('en', 'long')[0]).toBe('January');
    expect(weekdayNames('en', 'short')).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(axisTimeLocale('en').utcFormat('%a %-d %b, %B')(sunday)).toBe('Sun 2 Aug, August');
  });
  it('any language Intl knows', () => {
    expect(monthNames('de', 'long')[2]).toBe('März');
    expect(weekdayNames('fr', 'short')[1]).toBe('lun'); // "lun." without its full stop
    expect(axisTimeLocale('de').utcFormat('%B')(new Date(Date.UTC(2020, 2, 1)))).toBe('März');
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
  it('pads, unpads and names like d3-time-format, in UTC, the directives the axis writes', () => {
    const en = axisTimeLocale('en');
    const date = new Date(Date.UTC(2020, 7, 3, 7, 5, 9));
    expect(en.utcFormat('%a %-d %B %Y, %H:%M')(date)).toBe('Mon 3 August 2020, 07:05');
    expect(en.utcFormat('%d %b 100%%')(date)).toBe('03 Aug 100%');
    // a directive the axis does not write is written as is, not as some other field
    expect(en.utcFormat('%A %-m %S')(date)).toBe('%A %-m %S');
    expect(en.utcFormat('%a %-d %b')(new Date(Date.UTC(1999, 11, 31, 23)))).toBe('Fri 31 Dec');
    expect(en.utcFormat('%Y')).toBe(en.utcFormat('%Y')); // formats are cached
  });
});
