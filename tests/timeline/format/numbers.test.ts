import { describe, expect, it, vi } from 'vitest';
import { formatCount } from '../../../src/timeline/format/numbers.js';

describe('formatCount', () => {
  it('writes counts the way Intl does for the language, with or without the plain-digit shortcut', () => {
    for (const lang of ['nl', 'en', 'en-US', 'en-GB', 'nl-NL', 'nl-BE', 'en-IN', 'nl-u-nu-arab', 'de', 'ar-EG', 'en-u-nu-arab']) {
      const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
      for (const n of [0, 1, 7, 42, 999, 1000, 1234, 10000, 123456, 100000, 1234567, 98765432, 2 ** 53 - 1, 1.5, -1234]) expect(formatCount(n, lang), `${lang} ${n}`).toBe(intl.format(n));
    }
  });

  it("groups thousands the reader's way", () => {
    expect(formatCount(10000, 'nl')).toBe('10.000');
    expect(formatCount(10000, 'en')).toBe('10,000');
  });

  it('makes no Intl object for Dutch and English tags that group by three (a first render makes none)', () => {
    const Original = Intl.NumberFormat;
    let made = 0;
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
        super(...args);
        made++;
      }
    }
    (Intl as { NumberFormat: unknown }).NumberFormat = Counting;
    try {
      expect([formatCount(100_000, 'en'), formatCount(1234, 'nl-BE'), formatCount(7, 'en-IN')]).toEqual(['100,000', '1.234', '7']);
      expect(made).toBe(0);
      expect(formatCount(100_000, 'en-AU')).toBe('100,000'); // a tag not listed: by Intl
      expect(made).toBe(1);
    } finally {
      (Intl as { NumberFormat: unknown }).NumberFormat = Original;
    }
  });
});
