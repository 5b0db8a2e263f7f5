/**
 * d3-time-format locale definitions in the reader's language, built from Intl names (UTC), so the axis speaks
 * Dutch ("augustus 2020", "ma 3", "aug"), English, or any language Intl knows.
 */
import { timeFormatLocale, type TimeLocaleDefinition, type TimeLocaleObject } from 'd3-time-format';
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
  const [days, shortDays, months, shortMonths] = [
    weekdayNames(lang, 'long'),
    weekdayNames(lang, 'short'),
    monthNames(lang, 'long'),
    monthNames(lang, 'short'),
  ];
  return {
    dateTime: patterns.dateTime,
    date: patterns.date,
    time: '%H:%M:%S',
    periods: dayPeriods(lang),
    days: days as TimeLocaleDefinition['days'],
    shortDays: shortDays as TimeLocaleDefinition['shortDays'],
    months: months as TimeLocaleDefinition['months'],
    shortMonths: shortMonths as TimeLocaleDefinition['shortMonths'],
  };
}

const locales = new Map<string, TimeLocaleObject>();

/** A d3 time locale for the language (cached); use its `utcFormat`, never `format` (local time). */
export function axisTimeLocale(lang: string): TimeLocaleObject {
  const key = intlLocale(lang);
  let locale = locales.get(key);
  if (!locale) locales.set(key, (locale = timeFormatLocale(axisLocale(lang))));
  return locale;
}
