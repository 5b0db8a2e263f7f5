/** English calendar words, day-month-year order ("9 August 2020"). Month names from Intl (UTC). */
import { dayFirstWords, type DateWords } from './date-words.js';

const ORDINALS = ['first', 'second', 'third', 'fourth'];
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' } as const;

export function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export const englishDateWords: DateWords = {
  ...dayFirstWords('en'),
  and: 'and',
  through: 'to',
  between: (range) => `between ${range}`,
  from: (range) => `from ${range}`,
  one: (unit) => (unit === 'half' ? 'one half-year' : `one ${unit}`),
  weekOf: (monday) => `the week of ${englishDateWords.dayMonthYear(monday)}`,
  quarter: (year, q) => `the ${ORDINALS[q - 1]} quarter of ${year}`,
  season: (year, season) => (season === 'WI' ? `winter ${year}-${String(year + 1).slice(-2)}` : `${SEASONS[season]} ${year}`),
  half: (year, h) => `the ${ORDINALS[h - 1]} half of ${year}`,
  decade: (first) => `the ${first}s`,
  century: (first) => `the ${englishOrdinal(first / 100 + 1)} century`,
  since: (start) => `since ${start}`,
  until: (end) => `a period ending ${end}, start unknown`,
  sometimeBetween: (range) => `a period sometime between ${range}`,
  oneFrom: (unit, start) => `${englishDateWords.one(unit)} from ${start} on`,
  oneUpTo: (unit, end) => `${englishDateWords.one(unit)} up to ${end}`,
  atTime: (date, hhmm) => `${date} at ${hhmm}`,
};
