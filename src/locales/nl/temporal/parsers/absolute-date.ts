/**
 * Written dates: "9 augustus 2020", "9 aug. 2020", "zondag 9 augustus", "augustus 2020", "aug. 2020".
 * A date without a year takes the document's year, moved a year back or forth when the sentence's tense says so
 * ("hij werd op 28 december benoemd" in a January article is last December).
 */
import { dayNumber, daysInMonth, isValidDay } from '../../../../time/calendar.js';
import { exactUnit } from '../../../../time/window.js';
import type { ParseContext, TemporalParser } from '../../../../temporal/contract.js';
import { MONTHS, WEEKDAYS } from '../../words.js';
import { alternation, compile, GAP, normalize, WORD_END, WORD_START } from '../pattern.js';
import { dateCandidate, referenceYear, tenseAround } from '../resolve.js';

const MONTH = `${alternation(Object.keys(MONTHS))}${WORD_END}\\.?`;
const WEEKDAY = alternation(Object.keys(WEEKDAYS));

/**
 * The year of a month (or day of a month) written without a year: the document's year, unless the tense points
 * across it ("hij werd op 28 december benoemd" in a January article is last December).
 */
export function yearForMonth(context: ParseContext, month: number, start: number, end: number, day?: number): number {
  const year = referenceYear(context);
  const first = dayNumber(year, month, day ?? 1);
  const last = dayNumber(year, month, day ?? daysInMonth(year, month));
  const tense = tenseAround(context.text, start, end);
  if (tense === 'past' && first > context.referenceSpan.end) return year - 1;
  if (tense === 'future' && last < context.referenceSpan.start) return year + 1;
  return year;
}

export const absoluteDateParser: TemporalParser = {
  name: 'absolute-date',
  pattern: compile(
    `${WORD_START}(?:(?<weekday>${WEEKDAY}),?${GAP})?(?:(?<day>\\d{1,2})(?:e|ste|de)?${GAP})?(?<month>${MONTH})` +
      `(?:,?${GAP}(?<year>\\d{4})${WORD_END})?`,
  ),
  extract(match, context) {
    const groups = match.groups!;
    if (!groups.day && !groups.year) return null; // a bare month is the month parser's
    const month = MONTHS[normalize(groups.month).replace(/\.$/, '')];
    let start = match.index;
    let text = match[0];
    if (!groups.day && groups.weekday) {
      // "maandag augustus 2020" is not a date: drop the weekday
      start = match.indices!.groups!.month[0];
      text = context.text.slice(start, match.index + match[0].length);
    }
    const end = start + text.length;
    const absolute = groups.year !== undefined;
    const year = absolute ? Number(groups.year) : yearForMonth(context, month, start, end, Math.min(Number(groups.day), 28));
    if (!groups.day) return dateCandidate(context, start, end, exactUnit('month', dayNumber(year, month, 1)), 'absolute');
    const day = Number(groups.day);
    if (!isValidDay(year, month, day)) return null;
    return dateCandidate(context, start, end, exactUnit('day', dayNumber(year, month, day)), absolute ? 'absolute' : 'document');
  },
};
