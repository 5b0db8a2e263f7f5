/**
 * Written dates with a day of the month: "9 August 2020", "August 9, 2020", "Aug. 9", "the 9th of August",
 * "Monday, August 9", "August 9th". Without a year the year comes from the document date and the sentence's tense.
 */
import { absoluteDay, candidate, dayWithoutYear, wordPattern, yearlessDayOnWeekday } from '../../../temporal/common/index.js';
import { WEEKDAYS } from '../words.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { MONTH, MONTH_WORDS, WEEKDAY, directionOf, monthNumber, tenseAt } from './shared.js';

const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|\\.(?=\\s))?';
const YEAR = '(?:,?\\s+(\\d{4})(?!\\d|,\\d))';
/** "Monday, 9 August", "Mon., Aug. 9": abbreviations only here, where a date follows. */
const WEEKDAY_PREFIX = `(?:(${WEEKDAY}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?),?\\s+(?:the\\s+)?)?`;

const WEEKDAY_START = new RegExp(`^(?:${WEEKDAY}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?)[,\\s]`, 'iu');

export const writtenDate: TemporalParser = {
  name: 'written-date',
  // every written date names its month, a whole word ("Sept." too): the longest lead-in "Wednesday, the 31st of"
  // (20 non-blank with the guard), the longest tail ". the 31st, 2008" (17 with the lookarounds)
  trigger: { words: MONTH_WORDS, wholeWords: true, before: 32, after: 24 },
  pattern: wordPattern(
    `${WEEKDAY_PREFIX}(?:(${DAY})(?:\\s+of)?\\s+(${MONTH})${YEAR}?|(${MONTH})\\s+(?:the\\s+)?(${DAY})(?![\\d:])${YEAR}?)`,
  ),
  extract(match, context) {
    const [, weekdayWord, dayA, monthA, yearA, monthB, dayB, yearB] = match;
    const day = Number.parseInt(dayA ?? dayB, 10);
    const monthWord = monthA ?? monthB;
    const month = monthNumber(monthWord);
    const yearText = yearA ?? yearB;
    // Month names are capitalised in English; "the troops march 3 miles" is no date. In lower case it is one only
    // with a weekday before or a year after ("monday january 12th, 2016").
    if (!month || (!/^\p{Lu}/u.test(monthWord) && !yearText && !WEEKDAY_START.test(match[0]))) return null;
    // "16. Nov. 2016": a day with a full stop only before a month and a year
    if ((dayA ?? '').endsWith('.') && !yearText) return null;
    let resolution = yearText
      ? absoluteDay(Number(yearText), month, day)
      : dayWithoutYear(context, month, day, directionOf(tenseAt(context, match.index, match.index + match[0].length), 'nearest'));
    // "Friday, March 12": without a year the weekday picks the year it falls on, near the document date
    if (!yearText && weekdayWord) resolution = yearlessDayOnWeekday(context, resolution, month, day, WEEKDAYS[weekdayWord.toLowerCase().replace(/\.$/, '')]);
    if (!resolution) return null;
    // "on 3 September." : the sentence's full stop is no abbreviation dot.
    const to = match[0].endsWith('.') ? match[0].length - 1 : match[0].length;
    return candidate(match, 'DATE', resolution, { to });
  },
};
