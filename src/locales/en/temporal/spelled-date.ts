/**
 * Dates with days and years in words: "the third of June", "twenty second of June 2017", "tenth of September, two
 * thousand", "June third", "May twenty-first", "Jan first", "monday, jan twenty two, 2018", "September the
 * twenty-first nineteen seventy eight", "September 10, nineteen zero one"; months with a year in words or two digits
 * "June of nineteen ninety nine", "August 99", "August '99"; years "the year 247", "year two hundred and sixty
 * seven", "nineteen ninety-five", "two thousand and eighteen".
 *
 * Month names are capitalised in English ("they march twenty miles"); lower case only after a weekday or before a
 * year. A year in words stands alone only when it has two parts ("nineteen ninety-five"): "two thousand" or "nineteen
 * hundred" alone is an amount, a year only after a date or "year". Nothing before a counted noun.
 */
import { absoluteDay, absoluteUnit, alternation, candidate, dayWithoutYear, expandTwoDigitYear, wordPattern, type Resolution } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { COUNTED_NOUNS, WEEKDAYS } from '../words.js';
import { CENTURIES_WORDS, DAY_NUMBER_WORD, DAY_ORDINAL_WORD, dayWordValue, numberInWords, YEAR_WORDS } from './numbers.js';
import { MONTH, MONTH_WORDS, directionOf, monthNumber, tenseAt } from './shared.js';

const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})\\.?`;
/** A day in words, or in digits ("10", "10th") where a year in words follows. No "one": "one May morning". */
const DAY = `(?:${DAY_ORDINAL_WORD}|${DAY_NUMBER_WORD}|(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)`;
const NOT_COUNTED = `(?!\\s+(?:${alternation([...COUNTED_NOUNS, 'years', 'year-old', 'year-olds', 'percent'])})(?![\\p{L}]))`;
const YEAR = (n: string) => `(?:,?\\s+(?:(?<digits${n}>\\d{4})(?![\\d,.]\\d)|(?<words${n}>${YEAR_WORDS}))(?![\\p{L}-])${NOT_COUNTED})?`;

export const spelledDate: TemporalParser = {
  name: 'spelled-date',
  // the month, "year", a scale word, or the teen opening a year said in pairs, each standing whole ("market" and
  // "decision" open no zone); before the month at most "wednesday, the twenty-second of", after it at most "the
  // twenty-first nineteen seventy eight"
  trigger: {
    words: [...MONTH_WORDS, 'year', 'thousand', 'hundred', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
    wholeWords: true,
    before: 36,
  },
  pattern: wordPattern(
    `(?:(?<weekday>${WEEKDAY}),?\\s+)?(?:` +
      // the third of June (2017)
      `(?:(?<the>the)\\s+)?(?<day1>${DAY})\\s+of\\s+(?<month1>${MONTH})${YEAR('1')}` +
      // June third, September the twenty-first nineteen seventy eight
      `|(?<month2>${MONTH})\\s+(?:the\\s+)?(?<day2>${DAY})(?![\\p{L}\\p{N}:-])${YEAR('2')}` +
      `)` +
      // June of nineteen ninety nine, August 99
      `|(?<month3>${MONTH})\\s+(?:of\\s+)?(?:(?<words3>${YEAR_WORDS})(?![\\p{L}-])|(?<apostrophe>['’])?(?<twoDigits>\\d{2})(?![\\p{L}\\p{N}]|[.,:]\\d))${NOT_COUNTED}` +
      // the year 247, year two hundred and sixty seven
      `|(?:the\\s+)?year\\s+(?:(?<namedDigits>\\d{3,4})(?!\\d|[,.:/-]\\d)|(?<namedWords>${YEAR_WORDS}|${CENTURIES_WORDS})(?![\\p{L}-]))${NOT_COUNTED}` +
      // nineteen ninety-five
      `|(?<yearWords>${YEAR_WORDS})(?![\\p{L}-])${NOT_COUNTED}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    let resolution: Resolution | null = null;
    let to = match[0].length;
    const dayText = g.day1 ?? g.day2;
    const monthWord = g.month1 ?? g.month2 ?? g.month3;
    if (dayText) {
      const yearWords = g.words1 ?? g.words2;
      const yearDigits = g.digits1 ?? g.digits2;
      // digits without a year in words are the written-date parser's ("June 3rd", "3rd of June 2020")
      if (/^\d/.test(dayText) && !yearWords) return null;
      if (!/^\p{Lu}/u.test(monthWord) && !g.weekday && !yearWords && !yearDigits) return null;
      const day = /^\d/.test(dayText) ? Number.parseInt(dayText, 10) : dayWordValue(dayText);
      const month = monthNumber(monthWord);
      const year = yearDigits ? Number(yearDigits) : yearWords ? numberInWords(yearWords) : undefined;
      if (day === undefined || !month || (yearWords && year === undefined)) return null;
      if (year === undefined && match[0].endsWith('.')) to -= 1;
      resolution = year !== undefined
        ? absoluteDay(year, month, day)
        : dayWithoutYear(context, month, day, directionOf(tenseAt(context, match.index, match.index + to), 'nearest'));
    } else if (g.month3) {
      if (!/^\p{Lu}/u.test(g.month3) && !g.words3) return null;
      let year: number | undefined;
      if (g.words3) year = numberInWords(g.words3);
      // "August 99": only a number that cannot be a day ("August 12" is a day)
      else if (g.apostrophe || Number(g.twoDigits) > 31) year = expandTwoDigitYear(Number(g.twoDigits), context.reference.year);
      if (year === undefined || year < 1000) return null;
      resolution = absoluteUnit('month', year, monthNumber(g.month3));
    } else {
      const year = g.namedDigits ? Number(g.namedDigits) : numberInWords(g.namedWords ?? g.yearWords);
      if (year === undefined || year < 1 || year > 2199) return null;
      if (g.yearWords && (year < 1000 || /(?:thousand|hundred)$/i.test(g.yearWords.trim()))) return null;
      resolution = absoluteUnit('year', year);
    }
    return resolution ? candidate(match, 'DATE', resolution, { to }) : null;
  },
};
