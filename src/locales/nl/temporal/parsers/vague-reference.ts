/**
 * Vague references to the past, present and future (TIMEX3 PAST_REF, PRESENT_REF, FUTURE_REF):
 * "onlangs", "de laatste tijd", "nu", "momenteel", "binnenkort", and periods of plural units around the document date:
 * "de laatste jaren", "(in) de afgelopen dagen", "de komende weken". With a count it is a stretch of known length
 * ("de afgelopen drie jaar", "de afgelopen enkele dagen"), which the stretch parser takes.
 *
 * Windows (shared `vaguePeriod`): a PAST_REF period ends with the last day the document date can be and has a vague
 * start ({@link VAGUE_REACH} units back); a FUTURE_REF period starts with the document date and has a vague end;
 * PRESENT_REF is the span of the document date itself. "in het verleden" and "in de toekomst" reach fifty years,
 * like the English "the past" and "the future".
 */
import type { CalendarUnit } from '../../../../time/units.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { FUTURE_REF_WORDS, PAST_REF_WORDS, PRESENT_REF_WORDS, SUBJECT_OPENERS, UNITS, type NlUnit } from '../../words.js';
import { alternation, compile, GAP, normalize, WORD_END, WORD_START } from '../pattern.js';
import { NUMBER, VAGUE_NUMBER } from '../numbers.js';
import { vaguePeriod } from '../../../../temporal/common/index.js';
import { resolved, VAGUE_REACH } from '../resolve.js';

/**
 * How far a vague word reaches from the document date (unit, count), as the English locale reads "recently",
 * "the past" and "the future", so both languages draw the same stretch. Words not listed reach six months.
 */
const REACH: Readonly<Record<string, [CalendarUnit, number]>> = {
  'in het verleden': ['year', 50], vroeger: ['year', 50], destijds: ['year', 50],
  'in de toekomst': ['year', 50], 'op termijn': ['year', 10], 'op lange termijn': ['year', 10], 'in de nabije toekomst': ['year', 2],
  straks: ['month', 3], spoedig: ['month', 3],
};
const PAST_DETERMINERS = ['afgelopen', 'laatste', 'voorbije', 'vorige', 'recente'];
const FUTURE_DETERMINERS = ['komende', 'volgende', 'aankomende', 'eerstkomende'];
const UNIT_NOUNS = Object.keys(UNITS);

/** A subject right after a word: "nu de regering", "nu hij". */
const SUBJECT_AFTER = new RegExp(`^${GAP}${alternation(SUBJECT_OPENERS)}${WORD_END}`, 'iu');

/** Does a clause open at `at`: the text's or a sentence's start, or after a comma, semicolon, colon or dash? */
function opensClause(text: string, at: number): boolean {
  return /(?:^|[.!?;:,–—(]["”’»]?)\s*$/u.test(text.slice(Math.max(0, at - 4), at));
}

export const vagueReferenceParser: TemporalParser = {
  name: 'vague-reference',
  // a unit noun, or the last word of a phrase ("de laatste tijd": "tijd")
  trigger: { words: [...UNIT_NOUNS, ...[...PAST_REF_WORDS, ...PRESENT_REF_WORDS, ...FUTURE_REF_WORDS].map((w) => w.split(' ').at(-1)!)] },
  pattern: compile(
    `${WORD_START}(?:(?<plural>(?:de|het)${GAP}(?<det>${alternation([...PAST_DETERMINERS, ...FUTURE_DETERMINERS])})${GAP}` +
      `(?:(?<count>${NUMBER}|${VAGUE_NUMBER}|paar)${GAP})?(?<unit>${alternation(UNIT_NOUNS)}))` +
      `|(?<word>${alternation([...PAST_REF_WORDS, ...PRESENT_REF_WORDS, ...FUTURE_REF_WORDS])}))${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    if (g.word) {
      const word = normalize(g.word);
      // "Nu de regering is gevallen, komen er verkiezingen": opening a clause before its subject, "nu" is "now that",
      // a conjunction naming no time ("Nu is het stil", "Hij zegt nu de waarheid" keep the adverb)
      if (word === 'nu' && opensClause(context.text, start) && SUBJECT_AFTER.test(context.text.slice(end, end + 12))) return null;
      if (PRESENT_REF_WORDS.includes(word)) return resolved(context, start, end, 'DATE', vaguePeriod(context, 'PRESENT_REF', 'day', 0));
      const past = PAST_REF_WORDS.includes(word);
      const value = past ? 'PAST_REF' : 'FUTURE_REF';
      const [unit, reach] = REACH[word] ?? ['month', 6];
      return resolved(context, start, end, 'DATE', vaguePeriod(context, value, unit, reach));
    }
    // "de afgelopen drie jaar", "de komende enkele weken": a counted stretch, the stretch parser's
    if (g.count) return null;
    const unit: NlUnit = UNITS[normalize(g.unit)];
    const past = PAST_DETERMINERS.includes(normalize(g.det));
    const calendarUnit: CalendarUnit = unit === 'hour' || unit === 'minute' ? 'day' : unit;
    const plural = /(?:en|a|ën)$/i.test(g.unit) || unit === 'year' && normalize(g.unit) === 'jaren';
    if (!plural) return null; // "de afgelopen week" is relative-unit's
    const value = past ? 'PAST_REF' : 'FUTURE_REF';
    return resolved(context, start, end, 'DATE', vaguePeriod(context, value, calendarUnit, VAGUE_REACH[calendarUnit]));
  },
};
