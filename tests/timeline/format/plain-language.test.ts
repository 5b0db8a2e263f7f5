import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/timeline/format/numbers.js';
import { monthNames } from '../../../src/timeline/format/intl-names.js';
import { plainLanguage } from '../../../src/timeline/format/language.js';
import { formatSpan } from '../../../src/timeline/render/describe.js';

// Dutch and English dates and counts are written from tables, without Intl (its data costs a first render 40 to
// 60 ms): they must read exactly as Intl writes them.
describe('dates and counts written without Intl', () => {
  const tags = ['en', 'en-US', 'nl', 'nl-NL', 'nl-BE'];

  it('names the plain tags and no others', () => {
    expect(tags.map(plainLanguage)).toEqual(['en', 'en', 'nl', 'nl', 'nl']);
    for (const tag of ['en-GB', 'en-IN', 'de', 'nl-u-nu-arab', 'fr-BE']) expect(plainLanguage(tag)).toBeNull();
  });

  it('writes every month, days and years as Intl does', () => {
    for (const tag of tags) {
      const intl = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
      for (const width of ['long', 'short'] as const) {
        const intlMonths = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', month: width }).format(Date.UTC(2021, m, 15)).replace(/\.$/, ''));
        expect(monthNames(tag, width)).toEqual(intlMonths);
      }
      for (const [y, m, d] of [[2020, 0, 1], [2020, 1, 29], [1999, 11, 31], [1066, 9, 14], [2031, 4, 3], [9999, 6, 9]]) {
        const day = Date.UTC(y, m, d);
        expect(formatSpan(day, day + 86_400_000, tag)).toBe(intl.format(day));
        const later = Date.UTC(y, m, d + 40);
        expect(formatSpan(day, later + 86_400_000, tag)).toBe(`${intl.format(day)} – ${intl.format(later)}`);
      }
    }
  });

  it('groups counts as Intl does', () => {
    for (const tag of tags) {
      const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
      for (const n of [0, 7, 999, 1000, 1234, 10_000, 999_999, 1_000_000, 123_456_789]) expect(formatCount(n, tag)).toBe(intl.format(n));
    }
  });
});
