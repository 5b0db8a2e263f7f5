/**
 * A month named alone: "in augustus", "sinds maart". The year comes from the document date (and the tense).
 * Only full names, and only written in lower case unless they open a sentence: Dutch writes months in lower case, so
 * "Augustus" mid-sentence is a name (keizer Augustus), and an abbreviation alone ("aug") is too ambiguous.
 */
import type { TemporalParser } from '../../../../temporal/contract.js';
import { FULL_MONTH_NAMES, MONTHS } from '../../words.js';
import { alternation, compile, WORD_END, WORD_START } from '../pattern.js';
import { resolved } from '../resolve.js';
import { yearlessMonth } from '../yearless.js';

export const monthParser: TemporalParser = {
  name: 'month',
  pattern: compile(`${WORD_START}${alternation(FULL_MONTH_NAMES)}${WORD_END}`),
  extract(match, context) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (word !== word.toLowerCase() && !opensSentence(context.text, start)) return null;
    const resolution = yearlessMonth(context, MONTHS[word.toLowerCase()], start, end);
    return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
  },
};

function opensSentence(text: string, start: number): boolean {
  return /(?:^|[.!?:"'«]\s{0,3}|\n\s{0,3})$/.test(text.slice(Math.max(0, start - 4), start));
}
