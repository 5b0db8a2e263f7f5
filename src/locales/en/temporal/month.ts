/**
 * Months: "August 2020", "August of 2020", "October of next year", "in August", "last September", "next March",
 * "early June", "the end of March". A month without a year takes its year from the document date and the sentence's tense.
 */
import { absoluteUnit, candidate, monthWithoutYear, partOfRelativeYear, triggerReach, withMod, wordPattern, type Resolution } from '../../../temporal/common/index.js';
import type { ParseContext, TemporalParser } from '../../../temporal/contract.js';
import { dayNumber } from '../../../time/calendar.js';
import { unitSpan } from '../../../time/units.js';
import { AMBIGUOUS_MONTHS } from '../words.js';
import { MONTH, PART_PREFIX, directionOf, monthNumber, partMod, tenseAt, MONTH_WORDS } from './shared.js';

/** Words before a lone month that show it is one ("in May", "since March"), for months that are also other words. */
const MONTH_CUE = '(?:in|since|by|until|till|from|during|of|through|before|after|to|and|or|between|early|late|mid|that|each|every)';
/** What goes before the month word (the trigger), and the month word with what follows it. */
const LEAD = `(?:(${MONTH_CUE})\\s+)?${PART_PREFIX}(?:(this|last|next|coming|past)\\s+)?`;
const TAIL = `(${MONTH})(?:,?\\s+(?:of\\s+)?(\\d{4})(?!\\d|,\\d)|\\s+of\\s+(this|last|next)\\s+year)?`;

/** "last August" is the latest August before the document's month; "next August" the first after it. */
function relativeMonth(context: ParseContext, month: number, word: string): Resolution | null {
  const inYear = (y: number) => unitSpan('month', dayNumber(y, month, 1));
  if (word === 'this') return partOfRelativeYear(context, 'month', inYear, 0);
  const { start, end } = context.referenceSpan;
  const shifted: ParseContext =
    word === 'next' || word === 'coming'
      ? { ...context, referenceSpan: { start: unitSpan('month', start).end + 1, end: unitSpan('month', end).end + 1 } }
      : { ...context, referenceSpan: { start: unitSpan('month', start).start - 1, end: unitSpan('month', end).start - 1 } };
  return monthWithoutYear(shifted, month, word === 'next' || word === 'coming' ? 'future' : 'past');
}

export const monthParser: TemporalParser = {
  name: 'month',
  // a month name stands whole: "market" and "decision" open no zone
  trigger: { words: MONTH_WORDS, wholeWords: true, ...triggerReach([[LEAD, TAIL]]) },
  pattern: wordPattern(LEAD + TAIL),
  extract(match, context) {
    const [, cue, prefix, relative, monthWord, year, yearWord] = match;
    const month = monthNumber(monthWord);
    if (!month || !/^\p{Lu}/u.test(monthWord)) return null;
    const bare = monthWord.toLowerCase().replace(/\.$/, '');
    // "May" or "Mar" alone is a month only with a cue before it or a year after it.
    if (AMBIGUOUS_MONTHS.has(bare) && !cue && !prefix && !relative && !year && !yearWord) return null;
    // "April Smith", "August Rush": a lone month name glued to a capitalised word is part of a name.
    const next = /^[ \t]+\p{Lu}/u.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 4));
    if (next && !cue && !prefix && !relative && !year) return null;
    // An abbreviation's dot ends a sentence as often as not: keep it out of the span.
    let to = match[0].length;
    if (!year && match[0].endsWith('.')) to -= 1;
    const from = cue ? match[0].length - match[0].slice(cue.length).trimStart().length : 0;
    let resolution: Resolution | null;
    if (year) resolution = absoluteUnit('month', Number(year), month);
    else if (yearWord) {
      // "October of next year": that month in the year so many years from the document's. As in TIMEX3 corpora,
      // "next year" is an expression of its own (the relative-unit parser's); the month's span stops at its name.
      to = match[0].length - match[0].slice(match[0].indexOf(monthWord) + monthWord.length).length;
      const offset = { this: 0, last: -1, next: 1 }[yearWord.toLowerCase() as 'this' | 'last' | 'next'];
      resolution = partOfRelativeYear(context, 'month', (y) => unitSpan('month', dayNumber(y, month, 1)), offset);
    }
    else if (relative) resolution = relativeMonth(context, month, relative.toLowerCase());
    else resolution = monthWithoutYear(context, month, directionOf(tenseAt(context, match.index + from, match.index + to), 'nearest'));
    if (!resolution) return null;
    return candidate(match, 'DATE', withMod(resolution, partMod(prefix)), { from, to });
  },
};
