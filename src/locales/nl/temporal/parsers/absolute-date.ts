/**
 * Written dates: "9 augustus 2020", "9 aug. 2020", "zondag 9 augustus", "za. 14 maart", "augustus 2020", "aug. 2020".
 * Without a year the document's year applies, or the tense's direction (see `yearless.ts`).
 */
import { absoluteDay, absoluteUnit, yearlessDayOnWeekday } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../../words.js';
import { alternation, compile, GAP, normalize, WORD_END, WORD_START } from '../pattern.js';
import { resolved } from '../resolve.js';
import { yearlessDay } from '../yearless.js';

/** A month name or abbreviation; the abbreviation's full stop belongs to it ("9 aug. 2020"). */
export const MONTH = `${alternation(Object.keys(MONTHS))}${WORD_END}\\.?`;
/** A weekday, or its abbreviation right before the date ("za. 14 maart", "ma 3 februari"). */
const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))}|${alternation(Object.keys(WEEKDAY_ABBREVIATIONS))}\\.?)`;

/** Month number of a matched month word ("aug." → 8). */
export function monthNumber(word: string): number {
  return MONTHS[normalize(word).replace(/\.$/, '')];
}

export const absoluteDateParser: TemporalParser = {
  name: 'absolute-date',
  // the day or the year; before it at most "donderdag," or "september."
  trigger: { digits: true, before: 16, after: 28 },
  pattern: compile(
    `${WORD_START}(?:(?<weekday>${WEEKDAY}),?${GAP})?(?<day>\\d{1,2})(?:e|ste|de)?${GAP}(?<month>${MONTH})` +
      `(?:,?${GAP}(?<year>\\d{4})${WORD_END})?` +
      `|${WORD_START}(?<monthOfYear>${MONTH})${GAP}(?<yearOfMonth>\\d{4})${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    let end = start + match[0].length;
    if (g.monthOfYear) {
      return resolved(context, start, end, 'DATE', absoluteUnit('month', Number(g.yearOfMonth), monthNumber(g.monthOfYear)));
    }
    const month = monthNumber(g.month);
    const day = Number(g.day);
    // A sentence-final abbreviation dot ends the sentence, not the date.
    if (!g.year && match[0].endsWith('.')) end -= 1;
    // "vrijdag 12 maart", "za. 14 maart": without a year the weekday picks the year it falls on, near the document date
    const weekday = g.weekday ? (WEEKDAYS[normalize(g.weekday)] ?? WEEKDAY_ABBREVIATIONS[normalize(g.weekday).replace(/\.$/, '')]) : undefined;
    const yearless = () => yearlessDay(context, month, day, start, end);
    const resolution = g.year
      ? absoluteDay(Number(g.year), month, day)
      : weekday
        ? yearlessDayOnWeekday(context, yearless(), month, day, weekday)
        : yearless();
    // an impossible day with its year ("31 juni 2021") names no day; its month and year stand (without a year the
    // month parser keeps the month)
    if (!resolution && g.year) return resolved(context, match.indices!.groups!.month[0], end, 'DATE', absoluteUnit('month', Number(g.year), month));
    return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
  },
};
