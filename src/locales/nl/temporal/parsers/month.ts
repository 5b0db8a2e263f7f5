/**
 * A month named alone or with a relative year: "in augustus", "sinds maart", "maart vorig jaar",
 * "augustus van dit jaar", "juni volgend jaar". Alone, the year comes from the document date (and the tense).
 * Only full names, and only written in lower case unless they open a sentence: Dutch writes months in lower case, so
 * "Augustus" mid-sentence is a name (keizer Augustus), and an abbreviation alone ("aug") is too ambiguous.
 */
import { partOfRelativeYear } from '../../../../temporal/common/index.js';
import { dayNumber } from '../../../../time/calendar.js';
import { unitSpan } from '../../../../time/units.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { FULL_MONTH_NAMES, MONTHS, RELATIVE_DETERMINERS } from '../../words.js';
import { alternation, compile, GAP, lookup, WORD_END, WORD_START } from '../pattern.js';
import { resolved } from '../resolve.js';
import { yearlessMonth } from '../yearless.js';

const YEAR_DETERMINERS = ['dit', 'vorig', 'volgend', 'komend', 'afgelopen', 'het afgelopen', 'het komende', 'het vorige', 'het volgende'];

export const monthParser: TemporalParser = {
  name: 'month',
  trigger: { words: FULL_MONTH_NAMES },
  pattern: compile(
    `${WORD_START}(?<month>${alternation(FULL_MONTH_NAMES)})${WORD_END}` +
      `(?:${GAP}(?:van${GAP})?(?<det>${alternation(YEAR_DETERMINERS)})${GAP}jaar${WORD_END})?`,
  ),
  extract(match, context) {
    const word = match.groups!.month;
    const start = match.index;
    const end = start + match[0].length;
    if (word !== word.toLowerCase()) {
      // Capitalised: only at the start of a sentence, and not before another capitalised word ("Mei Ling won").
      if (!opensSentence(context.text, start)) return null;
      if (!match.groups!.det && /^[ \t]{1,3}\p{Lu}/u.test(context.text.slice(end, end + 4))) return null;
    }
    const month = MONTHS[word.toLowerCase()];
    const det = match.groups!.det;
    const resolution = det
      ? partOfRelativeYear(context, 'month', (y) => unitSpan('month', dayNumber(y, month, 1)), lookup(RELATIVE_DETERMINERS, det) ?? 0)
      : yearlessMonth(context, month, start, end);
    return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
  },
};

function opensSentence(text: string, start: number): boolean {
  return /(?:^|[.!?:"'«]\s{0,3}|\n\s{0,3})$/.test(text.slice(Math.max(0, start - 4), start));
}
