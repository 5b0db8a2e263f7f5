/** Dutch calendar words. Month names come from Intl (UTC), the phrasing is written out here. */
import { dayFirstWords, type DateWords } from './date-words.js';

const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde'];
const SEASONS = { SP: 'lente', SU: 'zomer', FA: 'herfst', WI: 'winter' } as const;
const DECADES = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const ONE = {
  day: 'één dag',
  week: 'een week',
  month: 'een maand',
  quarter: 'een kwartaal',
  season: 'een seizoen',
  half: 'een halfjaar',
  year: 'een jaar',
  decade: 'een decennium',
  century: 'een eeuw',
} as const;

export const dutchDateWords: DateWords = {
  ...dayFirstWords('nl'),
  and: 'en',
  through: 'tot en met',
  between: (range) => `tussen ${range}`,
  from: (range) => `van ${range}`,
  one: (unit) => ONE[unit],
  weekOf: (monday) => `de week van ${dutchDateWords.dayMonthYear(monday)}`,
  quarter: (year, q) => `het ${ORDINALS[q - 1]} kwartaal van ${year}`,
  season: (year, season) => (season === 'WI' ? `winter ${year}-${year + 1}` : `${SEASONS[season]} ${year}`),
  half: (year, h) => `de ${ORDINALS[h - 1]} helft van ${year}`,
  // "de jaren negentig" means the 1990s; for other centuries the number is clearer.
  decade: (first) => (first >= 1920 && first <= 1990 ? `de jaren ${DECADES[(first - 1920) / 10]}` : `de jaren ${first}`),
  century: (first) => `de ${first / 100 + 1}e eeuw`,
  since: (start) => `sinds ${start}`,
  until: (end) => `een periode tot ${end} (begin onbekend)`,
  sometimeBetween: (range) => `een periode ergens tussen ${range}`,
  oneFrom: (unit, start) => `${ONE[unit]} vanaf ${start}`,
  oneUpTo: (unit, end) => `${ONE[unit]} tot en met ${end}`,
  atTime: (date, hhmm) => `${date} om ${hhmm}`,
};
