/**
 * Axis date formats in the reader's language, built from Intl names (UTC), so the axis speaks Dutch
 * ("augustus 2020", "ma 3", "aug"), English, or any language Intl knows. The definition has d3-time-format's
 * shape; the formatter is a small UTC-only subset of its directives, so the browser bundle needs no d3-time-format.
 */
import type { TimeLocaleDefinition } from 'd3-time-format';
import { monthNames, utcFormatter, weekdayNames } from './intl-names.js';
import { baseLanguage, intlLocale } from './language.js';

const DATE_PATTERNS: Record<string, { dateTime: string; date: string }> = {
  nl: { dateTime: '%A %-d %B %Y %X', date: '%d-%m-%Y' },
  en: { dateTime: '%A, %-d %B %Y, %X', date: '%d/%m/%Y' },
};

/** AM/PM words as Intl writes them in a 12-hour clock; plain AM/PM when the language has none. */
function dayPeriods(lang: string): [string, string] {
  const formatter = utcFormatter(lang, { hour: 'numeric', hour12: true });
  const period = (hour: number) => formatter.formatToParts(Date.UTC(2021, 0, 4, hour)).find((p) => p.type === 'dayPeriod')?.value;
  const am = period(9);
  const pm = period(15);
  return am && pm ? [am, pm] : ['AM', 'PM'];
}

export function axisLocale(lang: string): TimeLocaleDefinition {
  const patterns = DATE_PATTERNS[baseLanguage(lang)] ?? { dateTime: '%Y-%m-%d %X', date: '%Y-%m-%d' };
  // Each list costs an Intl date formatter (the first in a page 13 ms, later ones 1 to 3 ms): an axis over years
  // needs none of them, so each is made when a label first asks for it.
  let periods: [string, string] | undefined;
  return {
    dateTime: patterns.dateTime,
    date: patterns.date,
    time: '%H:%M:%S',
    get periods() {
      return (periods ??= dayPeriods(lang));
    },
    get days() {
      return weekdayNames(lang, 'long') as TimeLocaleDefinition['days'];
    },
    get shortDays() {
      return weekdayNames(lang, 'short') as TimeLocaleDefinition['shortDays'];
    },
    get months() {
      return monthNames(lang, 'long') as TimeLocaleDefinition['months'];
    },
    get shortMonths() {
      return monthNames(lang, 'short') as TimeLocaleDefinition['shortMonths'];
    },
  };
}

/** A UTC date formatter for d3-time-format style specifiers. */
export interface AxisTimeLocale {
  /** Supports %a %A %b %B %d %-d %e %H %M %S %m %-m %Y %y %p %%; anything else is written as is. */
  utcFormat(specifier: string): (date: Date) => string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function createLocale(definition: TimeLocaleDefinition): AxisTimeLocale {
  const directive = (d: Date, c: string, unpadded: boolean): string => {
    switch (c) {
      case 'a':
        return definition.shortDays[d.getUTCDay()];
      case 'A':
        return definition.days[d.getUTCDay()];
      case 'b':
        return definition.shortMonths[d.getUTCMonth()];
      case 'B':
        return definition.months[d.getUTCMonth()];
      case 'd':
        return unpadded ? String(d.getUTCDate()) : pad(d.getUTCDate());
      case 'e':
        return String(d.getUTCDate()).padStart(2, ' ');
      case 'H':
        return pad(d.getUTCHours());
      case 'M':
        return pad(d.getUTCMinutes());
      case 'S':
        return pad(d.getUTCSeconds());
      case 'm':
        return unpadded ? String(d.getUTCMonth() + 1) : pad(d.getUTCMonth() + 1);
      case 'Y':
        return String(d.getUTCFullYear());
      case 'y':
        return pad(d.getUTCFullYear() % 100);
      case 'p':
        return definition.periods[d.getUTCHours() >= 12 ? 1 : 0];
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
    if (!locale) locales.set(key, (locale = createLocale(axisLocale(lang))));
    byTag.set(lang, locale);
  }
  return locale;
}
