/**
 * A day of the month by its ordinal alone: "op de 15e", "vanaf de twintigste", "de 20ste van volgende maand", "de
 * 31ste van deze maand". Alone it is a day of the document's month, or with a tense the nearest such day that way
 * ("hij vertrok op de 27ste" in a 7 November article is 27 October). Of a named relative month it is that month's
 * day, and nothing where the month has no such day.
 *
 * An ordinal is as often a rank ("de 12e plaats", "voor de tweede keer", "de derde ronde"): alone it is a day only
 * after a preposition of time and before punctuation or a word that cannot be its noun (see ORDINAL_DAY_FOLLOWERS),
 * or, opening the sentence, before its verb ("Op de 15e vergadert de raad", not "Op de 12e plaats staat ...").
 */
import { dayOfMonthNear, dayOfRelativeMonth, lookup } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { ORDINAL_DAY_FOLLOWERS, ORDINAL_DAY_PREPOSITIONS, RANKED_NOUNS, RELATIVE_DETERMINERS } from '../../words.js';
import { DAY_ORDINAL_WORD, DAY_ORDINAL_WORDS, parseOrdinal } from '../numbers.js';
import { alternation, compile, GAP, WORD_END, WORD_START } from '../pattern.js';
import { resolved, tenseAround } from '../resolve.js';

const DAY_ORDINAL_WORDS_LIST = Object.keys(DAY_ORDINAL_WORDS).filter((w) => DAY_ORDINAL_WORDS[w] <= 31);
const ORDINAL_DAY = `(?:(?:[12]\\d|3[01]|0?[1-9])(?:e|ste|de)|${DAY_ORDINAL_WORD})`;
const RANKED = new RegExp(`^${GAP}${alternation(RANKED_NOUNS)}`, 'iu');
const SENTENCE_START = /(?:^|[.!?:;]["'»”]?[ \t]{1,3}|\n[ \t]{0,3})$/u;
// a quote ends it when it closes, not when it opens a quoted noun (de eerste "echte" ronde)
const FOLLOWER = new RegExp(`^(?:[ \\t]{0,3}(?:[.,;:!?)»–-]|["'](?![ \\t]{0,3}\\p{L})|\\r?\\n|$)|${GAP}${alternation(ORDINAL_DAY_FOLLOWERS)}${WORD_END})`, 'iu');

export const ordinalDayParser: TemporalParser = {
  name: 'ordinal-day',
  // the ordinal: its digits or its word; before it at most "tot en met de", after it "van de afgelopen maand"
  trigger: { digits: true, words: DAY_ORDINAL_WORDS_LIST, before: 16, after: 32 },
  pattern: compile(
    `${WORD_START}(?:(?<prep>${alternation(ORDINAL_DAY_PREPOSITIONS)})${GAP})?de${GAP}(?<ordinal>${ORDINAL_DAY})${WORD_END}` +
      `(?:${GAP}van${GAP}(?<relative>(?:de${GAP})?${alternation(Object.keys(RELATIVE_DETERMINERS))})${GAP}maand${WORD_END})?`,
  ),
  extract(match, context) {
    const g = match.groups!;
    // the preposition is no part of the expression (TIMEX3)
    const start = g.prep ? match.index + match[0].slice(g.prep.length).search(/\S/u) + g.prep.length : match.index;
    const end = match.index + match[0].length;
    const day = parseOrdinal(g.ordinal)!;
    if (g.relative) {
      const offset = lookup(RELATIVE_DETERMINERS, g.relative.replace(/^de\s+/i, '')) ?? 0;
      const resolution = dayOfRelativeMonth(context, day, offset);
      return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
    }
    if (!g.prep) return null;
    const after = context.text.slice(end, end + 40);
    // a fronted "Op de 15e" is followed by its verb (Dutch puts it second), unless by the noun it ranks
    const fronted = SENTENCE_START.test(context.text.slice(Math.max(0, match.index - 6), match.index));
    if (!FOLLOWER.test(after) && !(fronted && /^[ \t]{1,3}\p{Ll}/u.test(after) && !RANKED.test(after))) return null;
    const resolution = dayOfMonthNear(context, day, tenseAround(context, start, end) ?? 'nearest');
    return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
  },
};
