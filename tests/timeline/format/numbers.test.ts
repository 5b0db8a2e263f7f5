import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/timeline/format/numbers.js';

describe('formatCount', () => {
  it('writes counts the way Intl does for the language, with or without the plain-digit shortcut', () => {
    for (const lang of ['nl', 'en', 'en-GB', 'nl-BE', 'de', 'ar-EG', 'en-u-nu-arab']) {
      const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
      for (const n of [0, 1, 7, 42, 999, 1000, 1234, 10000, 123456]) expect(formatCount(n, lang), `${lang} ${n}`).toBe(intl.format(n));
    }
  });

  it("groups thousands the reader's way", () => {
    expect(formatCount(10000, 'nl')).toBe('10.000');
    expect(formatCount(10000, 'en')).toBe('10,000');
  });
});
