/**
 * Any other language: dates written by Intl in that language (UTC), the surrounding phrase in English structure.
 * Honest, if not idiomatic; a language gets idiomatic phrasing by adding its own table.
 */
import { dayNumber } from '../../time/calendar.js';
import type { DateWords } from './date-words.js';
import { englishDateWords } from './date-words-en.js';
import { utcFormatter } from './intl-names.js';

const DAY_MS = 86_400_000;
const instant = (year: number, month: number, day: number) => dayNumber(year, month, day) * DAY_MS;

export function intlDateWords(lang: string): DateWords {
  const dayFormat = utcFormatter(lang, { day: 'numeric', month: 'long', year: 'numeric' });
  const monthFormat = utcFormatter(lang, { month: 'long', year: 'numeric' });
  return {
    ...englishDateWords,
    elision: undefined,
    dayMonthYear: (d) => dayFormat.format(instant(d.year, d.month, d.day)),
    monthYear: (year, month) => monthFormat.format(instant(year, month, 1)),
    weekOf: (monday) => `the week of ${dayFormat.format(instant(monday.year, monday.month, monday.day))}`,
  };
}
