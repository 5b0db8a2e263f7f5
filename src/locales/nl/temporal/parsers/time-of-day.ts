/**
 * Clock times and parts of the day: "om 15.00 uur", "15:30", "om 10 uur 's ochtends", "half drie", "kwart over vier",
 * "'s avonds", "middernacht". Alone they name no day: value `XXXX-XX-XXT15:00`, no window, anchor none; the
 * `date-with-time` refiner joins them to a day right before them ("zondag om 15.00 uur").
 * "om" is a signal outside the expression (TIMEX3). A bare "10 uur" is a duration; "half drie" is 2:30 (Dutch
 * counts the half hour towards the next hour) unless "'s middags" or "'s avonds" follows.
 */
import type { TemporalParser } from '../../../../temporal/contract.js';
import { NUMBER_WORDS, PART_OF_DAY_ADVERBS } from '../../words.js';
import { alternation, APOSTROPHE_S, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { candidate } from '../resolve.js';

const HOUR_WORDS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w] >= 1 && NUMBER_WORDS[w] <= 12);
const HOUR = `(?:\\d{1,2}|${alternation(HOUR_WORDS)})`;
const PART = `(?:${GAP}${APOSTROPHE_S}${GAP}?(?<part>${alternation(Object.keys(PART_OF_DAY_ADVERBS))}))?`;

export const timeOfDayParser: TemporalParser = {
  name: 'time-of-day',
  // "'savonds" may be written without a space: the apostrophe s is a piece of its own
  trigger: { digits: true, words: ['uur', 'half', 'kwart', 'middernacht', 'middaguur', "'s", '’s'], before: 16, after: 40 },
  pattern: compile(
    `${WORD_START}(?<om>om${GAP})?(?:` +
      `(?<h>\\d{1,2})(?<sep>[.:])(?<m>\\d{2})(?<uur>${GAP}uur)?` +
      `|(?<hw>${HOUR})${GAP}uur` +
      `|(?:(?<half>half)|(?<kwart>kwart)${GAP}(?<kdir>over|voor))${GAP}(?<hh>${HOUR})` +
      `|middernacht|(?<noon>middaguur)` +
      `)${WORD_END}${PART}` +
      `|(?<![\\p{L}])${APOSTROPHE_S}${GAP}?(?<alone>${alternation(Object.keys(PART_OF_DAY_ADVERBS))})${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const part = g.part ? lookup(PART_OF_DAY_ADVERBS, g.part) : undefined;
    const start = g.om ? match.index + g.om.length : match.index;
    const end = match.index + match[0].length;
    const time = (value: string) => candidate(context, start, end, { type: 'TIME', value: `XXXX-XX-XX${value}`, anchor: 'none' });
    if (g.alone) return candidate(context, match.index, end, { type: 'TIME', value: `XXXX-XX-XXT${lookup(PART_OF_DAY_ADVERBS, g.alone)}`, anchor: 'none' });
    let hour: number;
    let minute = 0;
    if (g.h) {
      // "15.00" alone could be a price or a score: it needs "om", "uur" or a colon
      if (!g.om && !g.uur && g.sep !== ':') return null;
      hour = Number(g.h);
      minute = Number(g.m);
    } else if (g.hw) {
      if (!g.om && !part) return null; // "10 uur" alone is a duration
      hour = hourOf(g.hw);
    } else if (g.hh) {
      if (!g.om && !part && !g.half && !g.kwart) return null;
      hour = hourOf(g.hh);
      if (g.half) [hour, minute] = [hour - 1, 30];
      else if (normalize(g.kdir) === 'over') minute = 15;
      else [hour, minute] = [hour - 1, 45];
      if (hour === 0 && !part) hour = 12;
    } else if (g.noon) {
      hour = 12;
    } else {
      return time('T24:00');
    }
    if ((part === 'AF' || part === 'EV') && hour < 12) hour += 12;
    if (part === 'NI' && hour === 12) hour = 0;
    if (hour > 24 || minute > 59) return null;
    return time(`T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
  },
};

function hourOf(word: string): number {
  return /^\d/.test(word) ? Number(word) : NUMBER_WORDS[normalize(word)];
}
