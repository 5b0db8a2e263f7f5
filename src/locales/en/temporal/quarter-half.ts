/**
 * Quarters and halves: "the third quarter", "the fourth quarter of 2005", "the first quarter of last year",
 * "third-quarter", "Q3 2008", "the first half of 2009", "H1". Without a year the year comes from the document date
 * and the sentence's tense.
 */
import { absoluteUnit, candidate, partOfRelativeYear, wordPattern, yearlyUnit } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { dayNumber } from '../../../time/calendar.js';
import { unitSpan } from '../../../time/units.js';
import { expandTwoDigitYear } from './numeric-date.js';
import { directionOf, tenseAt } from './shared.js';

const ORDER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const YEAR_TAIL = `(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?(\\d{4})(?!\\d)|(this|last|next|the\\s+previous|the\\s+current|the)\\s+(?:fiscal\\s+|financial\\s+)?year))?`;

export const quarterHalf: TemporalParser = {
  name: 'quarter-half',
  trigger: { words: ['quarter', 'half', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'h3', 'h4'] },
  pattern: wordPattern(
    `(?:(?:the\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\\s-]+(quarter|half)${YEAR_TAIL}|([QH])([1-4])(?:\\s+(\\d{4})|\\s*'(\\d{2}))?` +
      // the year first: "2016 Q3", "2016H2", "2016 the third quarter"
      `|(\\d{4})(?:\\s*([QH])([1-4])|\\s+the\\s+(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(quarter|half)))`,
  ),
  extract(match, context) {
    const [, ordinalA, unitA, yearDigits, yearWord, letterA, numberA, yearAfterCode, twoDigitYear, yearFirst, letterB, numberB, ordinalB, unitB] = match;
    const [ordinalWord, unitWord, letter, number] = [ordinalA ?? ordinalB, unitA ?? unitB, letterA ?? letterB, numberA ?? numberB];
    const unit = ((unitWord ?? (letter.toUpperCase() === 'Q' ? 'quarter' : 'half')).toLowerCase()) as 'quarter' | 'half';
    const index = ordinalWord ? ORDER[ordinalWord.toLowerCase()] : Number(number);
    // "the final quarter" is Q4; "the final half" is no calendar unit.
    if (ordinalWord?.toLowerCase() === 'final' && unit === 'half') return null;
    if (!index || (unit === 'half' && index > 2)) return null;
    // Letter codes are case-sensitive ("q3" in a URL, "h2" in HTML are no dates).
    if (letter && letter !== letter.toUpperCase()) return null;
    const firstMonth = unit === 'quarter' ? (index - 1) * 3 + 1 : (index - 1) * 6 + 1;
    const inYear = (y: number) => unitSpan(unit, dayNumber(y, firstMonth, 1));
    const explicitYear = yearDigits ?? yearAfterCode ?? yearFirst ?? (twoDigitYear ? String(expandTwoDigitYear(Number(twoDigitYear), context.reference.year)) : undefined);
    // "H2" alone is as often hydrogen: a half by code needs its year
    if (letter?.toUpperCase() === 'H' && !explicitYear) return null;
    let resolution;
    if (explicitYear) resolution = absoluteUnit(unit, Number(explicitYear), firstMonth);
    else if (yearWord) {
      const word = yearWord.toLowerCase().replace(/\s+/g, ' ');
      const offset = word === 'last' || word === 'the previous' ? -1 : word === 'next' ? 1 : 0;
      resolution = partOfRelativeYear(context, unit, inYear, offset);
    } else {
      const end = match.index + match[0].length;
      resolution = yearlyUnit(context, unit, inYear, directionOf(tenseAt(context, match.index, end), 'nearest'));
    }
    return resolution ? candidate(match, 'DATE', resolution) : null;
  },
};
