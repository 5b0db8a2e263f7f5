/**
 * Axis date formats in the reader's language, built from Intl names (UTC), so the axis speaks Dutch
 * ("augustus 2020", "ma 3", "aug"), English, or any language Intl knows. The formatter reads d3-time-format's
 * specifiers, but only the directives the axis writes (ticks.ts), so the browser bundle needs no d3-time-format.
 */
import { monthNames, weekdayNames } from './intl-names.js';
import { intlLocale } from './language.js';

/** A UTC date formatter for d3-time-format style specifiers. */
export interface AxisTimeLocale {
  /** Supports %a %b %B %d %-d %H %M %Y %% (what the axis writes); anything else is written as is. */
  utcFormat(specifier: string): (date: Date) => string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Each name list costs an Intl date formatter (the first in a page 13 ms, later ones 1 to 3 ms): an axis over years
 * needs none of them, so each is made when a label first asks for it.
 */
function createLocale(lang: string): AxisTimeLocale {
  const directive = (d: Date, c: string, unpadded: boolean): string => {
    switch (c) {
      case 'a':
        return weekdayNames(lang, 'short')[d.getUTCDay()];
      case 'b':
        return monthNames(lang, 'short')[d.getUTCMonth()];
      case 'B':
        return monthNames(lang, 'long')[d.getUTCMonth()];
      case 'd':
        return unpadded ? String(d.getUTCDate()) : pad(d.getUTCDate());
      case 'H':
        return pad(d.getUTCHours());
      case 'M':
        return pad(d.getUTCMinutes());
      case 'Y':
        return String(d.getUTCFullYear());
      default:
        return c === '%' ? '%' : `%${unpadded ? '-' : ''}${c}`;
    }
  };
  const formats = new Map<string, (date: Date) => string>();
  return {
    utcFormat(specifier) {
      let format = formats.get(specifier);
      if (!format) {
        const parts = specifier.split(/(%-?.)/).filter(Boolean);
        format = (date) =>
          parts.map((part) => (part.length > 1 && part[0] === '%' ? directive(date, part[part.length - 1], part[1] === '-') : part)).join('');
        formats.set(specifier, format);
      }
      return format;
    },
  };
}

const locales = new Map<string, AxisTimeLocale>();

const byTag = new Map<string, AxisTimeLocale>();

/** A UTC time locale for the language (cached by tag, so a zoom frame does no Intl work; formats are cached too). */
export function axisTimeLocale(lang: string): AxisTimeLocale {
  let locale = byTag.get(lang);
  if (!locale) {
    const key = intlLocale(lang);
    locale = locales.get(key);
    if (!locale) locales.set(key, (locale = createLocale(lang)));
    byTag.set(lang, locale);
  }
  return locale;
}
