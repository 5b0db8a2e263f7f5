/**
 * Days named relative to the document date: "vandaag", "gisteren", "eergisteren", "morgen", "overmorgen", and with a
 * part of the day "vanavond", "vanochtend", "gisteravond". Against a month-only document date these are one day
 * somewhere in the shifted month ("morgen" in 2020-08 is a day in 2020-08-02..2020-09-01).
 * "morgen" after an article or "elke" is the morning ("de morgen", "elke morgen"), not tomorrow.
 */
import { relativeUnit, windowValue } from '../../../../time/window.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { RELATIVE_DAYS } from '../../words.js';
import { compile, normalize, wordsPattern } from '../pattern.js';
import { candidate, dateCandidate } from '../resolve.js';

const MORNING_NOUN = /(?:^|[^\p{L}])(?:de|deze|die|elke|iedere|een|goede|zelfde|dezelfde|volgende|vorige|'s|van|op)\s{1,3}$/iu;

export const relativeDayParser: TemporalParser = {
  name: 'relative-day',
  trigger: { words: Object.keys(RELATIVE_DAYS) },
  pattern: compile(wordsPattern(Object.keys(RELATIVE_DAYS))),
  extract(match, context) {
    const word = normalize(match[0]);
    const start = match.index;
    const end = start + match[0].length;
    if (word === 'morgen' && MORNING_NOUN.test(context.text.slice(Math.max(0, start - 12), start))) return null;
    const { offset, part } = RELATIVE_DAYS[word];
    const window = relativeUnit(context.referenceSpan, 'day', offset);
    if (!part) return dateCandidate(context, start, end, window, 'document');
    return candidate(context, start, end, { type: 'TIME', value: `${windowValue(window)}T${part}`, window, anchor: 'document' });
  },
};
