/**
 * Years: "het jaar 2008", "in 1994", "sinds 2015", "vóór 2030". A bare four-digit number is a year only after a word
 * that introduces a time ("in", "sinds", "tot" ...) and not before a counted noun, so "1500 demonstranten",
 * "artikel 2020" and "in 2000 gemeenten" stay numbers. The introducing word is not part of the expression (TIMEX3),
 * except through the "sinds" refiner.
 */
import { dayNumber } from '../../../../time/calendar.js';
import { exactUnit } from '../../../../time/window.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { COUNTED_NOUNS } from '../../words.js';
import { alternation, compile, GAP, WORD_END, WORD_START } from '../pattern.js';
import { dateCandidate } from '../resolve.js';

const YEAR_CUES = [
  'in', 'sinds', 'sedert', 'vanaf', 'tot', 'tot en met', 't/m', 'voor', 'vóór', 'na', 'rond', 'omstreeks', 'anno',
  'uit', 'van', 'tussen', 'en', 'per', 'eind', 'begin', 'medio', 'zomer', 'winter', 'lente', 'herfst', 'najaar', 'voorjaar',
  // open ends: "later dan 2020", "niet later dan 2021", "uiterlijk 2025", "ten laatste in 2030"
  'later dan', 'eerder dan', 'uiterlijk', 'ten laatste',
];

export const yearParser: TemporalParser = {
  name: 'year',
  // after the year its lookahead reads a counted noun ("2020 besmettingen")
  trigger: { digits: true, before: 16, after: 24 },
  pattern: compile(
    `${WORD_START}(?:(?<named>(?:het${GAP})?jaar${GAP})|${alternation(YEAR_CUES)}${GAP})(?<year>1\\d{3}|20\\d{2}|21\\d{2})${WORD_END}` +
      `(?!${GAP}${alternation(COUNTED_NOUNS)}${WORD_END})(?![-/.,:]\\d|%)`,
  ),
  extract(match, context) {
    const year = Number(match.groups!.year);
    const [yearStart, end] = match.indices!.groups!.year;
    const start = match.groups!.named ? match.index : yearStart;
    return dateCandidate(context, start, end, exactUnit('year', dayNumber(year, 1, 1)), 'absolute');
  },
};
