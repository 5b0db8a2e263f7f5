/**
 * A month named alone: "in augustus", "sinds maart". The year comes from the document date (and the tense).
 * Only full names, and only written in lower case unless they open a sentence: Dutch writes months in lower case, so
 * "Augustus" mid-sentence is a name (keizer Augustus), and an abbreviation alone ("aug") is too ambiguous.
 */
import { dayNumber } from '../../../../time/calendar.js';
import { exactUnit } from '../../../../time/window.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { FULL_MONTH_NAMES, MONTHS } from '../../words.js';
import { alternation, compile, WORD_END, WORD_START } from '../pattern.js';
import { dateCandidate } from '../resolve.js';
import { yearForMonth } from './absolute-date.js';

export const monthParser: TemporalParser = {
  name: 'month',
  pattern: compile(`${WORD_START}${alternation(FULL_MONTH_NAMES)}${WORD_END}`),
  extract(match, context) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (word !== word.toLowerCase() && !opensSentence(context.text, start)) return null;
    const month = MONTHS[word.toLowerCase()];
    const year = yearForMonth(context, month, start, end);
    return dateCandidate(context, start, end, exactUnit('month', dayNumber(year, month, 1)), 'document');
  },
};

function opensSentence(text: string, start: number): boolean {
  return /(?:^|[.!?:"'«]\s{0,3}|\n\s{0,3})$/.test(text.slice(Math.max(0, start - 4), start));
}
