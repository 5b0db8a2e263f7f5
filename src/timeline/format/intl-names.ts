/**
 * Month and weekday names from Intl, always with `timeZone: 'UTC'` on UTC instants, so the names never depend
 * on the machine's zone. Formatters are cached per language.
 */
import { intlLocale } from './language.js';

const cache = new Map<string, Intl.DateTimeFormat>();

export function utcFormatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = intlLocale(lang);
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) cache.set(key, (formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return formatter;
}

// Abbreviations come with a full stop in some languages ("aug.", "lun."); axis labels read better without.
const dropFinalDot = (text: string) => text.replace(/\.$/, '');

// Date descriptions ask for the names once per event and axis label: formatting them again each time showed up
// in zoom profiles, so each list is made once per language and width (frozen, as it is shared).
const names = new Map<string, readonly string[]>();

function nameList(key: string, make: () => string[]): readonly string[] {
  let list = names.get(key);
  if (!list) {
    // A page uses a handful of languages; the bound only guards against a caller inventing one per call.
    if (names.size > 256) names.clear();
    names.set(key, (list = Object.freeze(make())));
  }
  return list;
}

/** Twelve month names, January first. */
export function monthNames(lang: string, width: 'long' | 'short'): readonly string[] {
  return calendarNames('month', lang, width, 12, (m) => Date.UTC(2021, m, 15));
}

/** Seven weekday names, Sunday first (d3's order). 2021-01-03 was a Sunday. */
export function weekdayNames(lang: string, width: 'long' | 'short'): readonly string[] {
  return calendarNames('weekday', lang, width, 7, (d) => Date.UTC(2021, 0, 3 + d));
}

/** The names of `field` for the `count` instants `timeOf(0 ..)`, short ones without a final full stop. */
function calendarNames(field: 'month' | 'weekday', lang: string, width: 'long' | 'short', count: number, timeOf: (i: number) => number): readonly string[] {
  return nameList(`${field}|${intlLocale(lang)}|${width}`, () => {
    const formatter = utcFormatter(lang, { [field]: width });
    return Array.from({ length: count }, (_, i) => {
      const name = formatter.format(timeOf(i));
      return width === 'short' ? dropFinalDot(name) : name;
    });
  });
}
