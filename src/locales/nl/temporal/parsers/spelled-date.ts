/**
 * Dates with days and years in words: "eenendertig december", "de derde juni", "12de van maart", "de tweede van
 * augustus", "tiende van september, tweeduizend", "zondag eenentwintig januari tweeduizend achttien", "10 september,
 * negentien negentig"; months and years in words "juni negentiennegenennegentig", "augustus '99", "augustus 99";
 * years "het jaar 247", "jaar tweehonderdzevenenzestig", "negentien zevenentachtig", "tweeduizend negentien".
 *
 * A year in words stands alone only when it has two parts ("negentien zevenentachtig"): "tweeduizend" or
 * "negentienhonderd" alone is as much an amount, and is a year only after a date or "jaar". Nothing before a counted
 * noun ("tweeduizend negentien mensen" is no year). "één" but not "een" is a day ("een maart vol regen").
 */
import { absoluteDay, absoluteUnit, expandTwoDigitYear, type Resolution } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { COUNTED_NOUNS, FULL_MONTH_NAMES, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../../words.js';
import { CENTURIES_WORDS, DAY_NUMBER_WORD, DAY_ORDINAL_WORD, numberInWords, parseNumber, parseOrdinal, YEAR_WORDS } from '../numbers.js';
import { alternation, compile, GAP, WORD_END, WORD_START } from '../pattern.js';
import { referenceYear, resolved } from '../resolve.js';
import { yearlessDay } from '../yearless.js';
import { MONTH, monthNumber } from './absolute-date.js';

const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))}|${alternation(Object.keys(WEEKDAY_ABBREVIATIONS))}\\.?)`;
const DAY = `(?:${DAY_ORDINAL_WORD}|${DAY_NUMBER_WORD}|\\d{1,2}(?:e|ste|de)?)`;
const YEAR = `(?:(?<digits>\\d{4})|(?<words>${YEAR_WORDS}))${WORD_END}`;
const NOT_COUNTED = `(?!${GAP}(?:${alternation([...COUNTED_NOUNS, 'jaar', 'jaren', 'procent'])})${WORD_END})`;

export const spelledDateParser: TemporalParser = {
  name: 'spelled-date',
  // the month, "jaar", or the opening of a year in words; before the month at most "donderdag, de
  // tweeëntwintigste van"
  trigger: {
    words: [...Object.keys(MONTHS), 'jaar', 'duizend', 'tweeduizend', 'eenduizend',
      'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig'],
    before: 40,
  },
  pattern: compile(
    // [weekday] [de] day [van] month [year]
    `${WORD_START}(?:(?<weekday>${WEEKDAY}),?${GAP})?(?:(?<the>de)${GAP})?(?<day>${DAY})${WORD_END}${GAP}(?:(?<of>van)${GAP})?(?<month>${MONTH})` +
      `(?:,?${GAP}${YEAR}${NOT_COUNTED})?` +
      // month and year in words, or a two-digit year
      `|${WORD_START}(?<month2>${alternation(FULL_MONTH_NAMES)})${WORD_END}${GAP}(?:van${GAP})?(?:(?<monthYearWords>${YEAR_WORDS})${WORD_END}|(?<apostrophe>['’])?(?<twoDigits>\\d{2})${WORD_END}(?![.,:]\\d))${NOT_COUNTED}` +
      // het jaar 247, jaar tweehonderdzevenenzestig
      `|${WORD_START}(?:het${GAP})?jaar${GAP}(?:(?<namedDigits>\\d{3,4})|(?<namedWords>${YEAR_WORDS}|${CENTURIES_WORDS}))${WORD_END}${NOT_COUNTED}(?![.,:/-]\\d)` +
      // a year in words alone
      `|${WORD_START}(?<yearWords>${YEAR_WORDS})${WORD_END}${NOT_COUNTED}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    let end = start + match[0].length;
    let resolution: Resolution | null = null;
    if (g.day) {
      const plainDigits = /^\d+$/.test(g.day);
      // "12 maart", "12e maart 2020" are the absolute-date parser's; "een maart" is no day
      if (/^\d/.test(g.day) && !g.of && !g.words && !g.the) return null;
      if (/^(?:een|eén)$/i.test(g.day)) return null;
      const day = plainDigits ? Number(g.day) : parseOrdinal(g.day) ?? parseNumber(g.day);
      const month = monthNumber(g.month);
      const year = g.digits ? Number(g.digits) : g.words ? numberInWords(g.words) : undefined;
      if (day === undefined || !month || (g.words && year === undefined)) return null;
      if (year === undefined && match[0].endsWith('.')) end -= 1;
      resolution = year !== undefined ? absoluteDay(year, month, day) : yearlessDay(context, month, day, start, end);
    } else if (g.month2) {
      const month = monthNumber(g.month2);
      let year: number | undefined;
      if (g.monthYearWords) year = numberInWords(g.monthYearWords);
      // "augustus 99": only a number that cannot be a day ("augustus 12" is read as a day elsewhere)
      else if (g.apostrophe || Number(g.twoDigits) > 31) year = expandTwoDigitYear(Number(g.twoDigits), referenceYear(context));
      if (year === undefined || year < 1000) return null;
      resolution = absoluteUnit('month', year, month);
    } else {
      const year = g.namedDigits ? Number(g.namedDigits) : numberInWords(g.namedWords ?? g.yearWords);
      if (year === undefined || year < 1 || year > 2199) return null;
      // a year in words alone has two parts: "tweeduizend" or "negentienhonderd" alone is an amount
      if (g.yearWords && (year < 1000 || /^(?:een|twee)?duizend$|honderd$/i.test(g.yearWords.trim()))) return null;
      resolution = absoluteUnit('year', year);
    }
    return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
  },
};
