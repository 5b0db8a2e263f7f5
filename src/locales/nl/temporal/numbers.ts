/**
 * Dutch numbers, written in digits or in words ("26", "drie", "eenentwintig", "anderhalf"), ordinals ("derde",
 * "eenendertigste", "20ste") and years in words ("negentien zevenentachtig", "tweeduizend negentien",
 * "zeventienhonderdnegenentachtig"). The words 1-99 are composed from the lexicon below by the shared composer.
 */
import { cardinalWords, numberFromWords, ordinalWords, type NumberLexicon } from '../../../temporal/common/number-words.js';
import { NUMBER_WORDS, ORDINAL_WORDS, VAGUE_QUANTITIES } from '../words.js';
import { alternation, normalize } from './pattern.js';

const byValue = (from: number, to: number) =>
  Object.fromEntries(Object.entries(NUMBER_WORDS).filter(([, v]) => v >= from && v <= to && (v < 20 || v % 10 === 0)));

/** Dutch number words: the unit before the ten, joined by "en" ("ën" after an e: "tweeëntwintig"). */
export const DUTCH_NUMBERS: NumberLexicon = {
  units: byValue(1, 19),
  tens: byValue(20, 90),
  joinTenUnit: (ten, unit) => (/e$/.test(unit) ? [`${unit}ën${ten}`, `${unit}en${ten}`] : [`${unit}en${ten}`]),
  unitOrdinals: Object.fromEntries(Object.entries(ORDINAL_WORDS).filter(([, v]) => v < 20)),
  tenOrdinals: Object.fromEntries(Object.entries(ORDINAL_WORDS).filter(([, v]) => v >= 20 && v % 10 === 0)),
  joinTenUnitOrdinal: (ten, unit) => DUTCH_NUMBERS.joinTenUnit(ten, unit).map((w) => `${w}ste`),
  hundred: ['honderd'],
  thousand: ['duizend'],
  joiners: ['en'],
  zeros: ['nul'],
};

/** Every cardinal word from 1 to 99 ("een" ... "negenennegentig"), plus "honderd" and "duizend". */
const ALL_NUMBER_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, ...cardinalWords(DUTCH_NUMBERS) };
/** Every ordinal word from "eerste" to "negenennegentigste". */
export const DAY_ORDINAL_WORDS: Readonly<Record<string, number>> = ordinalWords(DUTCH_NUMBERS);

/** A cardinal number: digits (a decimal comma allowed) or a number word. */
export const NUMBER = `(?:\\d{1,4}(?:,\\d{1,2})?|${alternation(Object.keys(ALL_NUMBER_WORDS))})`;

/** A vague quantity ("enkele", "een paar", "tientallen"). */
export const VAGUE_NUMBER = alternation(VAGUE_QUANTITIES);

/** An ordinal: "derde", "20e", "20ste", "21ste", "eenendertigste". */
export const ORDINAL = `(?:\\d{1,2}(?:e|ste|de)|${alternation(Object.keys(DAY_ORDINAL_WORDS))})`;

/*
 * Patterns are built by structure, a unit, "en" and a ten, not as one alternation of every spelling: a regular
 * expression tries an alternation's words one by one at every position, and 170 words cost ten times 20.
 */
const UNIT = alternation(Object.entries(DUTCH_NUMBERS.units).filter(([, v]) => v <= 9).map(([w]) => w));
const BELOW_TWENTY = alternation(Object.keys(DUTCH_NUMBERS.units));
const TEN = alternation(Object.keys(DUTCH_NUMBERS.tens));
/** "en" after a unit, "ën" after one ending in e ("tweeëntwintig"), or "en" written without the diaeresis. */
const UNIT_AND = `${UNIT}[eë]?n`;

/** A number word of 1 to 99 (no digits). */
export const NUMBER_WORD_1_99 = `(?:${UNIT_AND}${TEN}|${TEN}|${BELOW_TWENTY})`;

/** A cardinal day of the month in words, 1 to 31 ("eenentwintig"). */
export const DAY_NUMBER_WORD = `(?:${UNIT_AND}twintig|eenendertig|twintig|dertig|${BELOW_TWENTY})`;

/** An ordinal day of the month in words, 1st to 31st ("eenendertigste"). */
export const DAY_ORDINAL_WORD = `(?:${UNIT_AND}twintigste|eenendertigste|twintigste|dertigste|${alternation(Object.keys(DUTCH_NUMBERS.unitOrdinals))})`;

const TEENS = alternation(Object.entries(NUMBER_WORDS).filter(([, v]) => v >= 11 && v <= 20).map(([w]) => w));
/** A space inside a number in words, or none ("negentien zevenentachtig", "negentienzevenentachtig"). */
const JOIN = '[ \\t]?';

/**
 * A year of four digits in words: "tweeduizend negentien", "tweeduizend", "negentien zevenentachtig",
 * "negentienachtentwintig", "negentienhonderd", "zeventienhonderdnegenentachtig". Bare "tweeduizend" or
 * "negentienhonderd" is as much an amount: parsers take those only where a year is expected.
 */
export const YEAR_WORDS =
  `(?:(?:een|twee)?duizend(?:${JOIN}(?:en[ \\t])?${NUMBER_WORD_1_99})?` +
  `|${TEENS}${JOIN}honderd(?:${JOIN}(?:en[ \\t])?${NUMBER_WORD_1_99})?` +
  `|${TEENS}${JOIN}(?:nul[ \\t])?${NUMBER_WORD_1_99})`;

/** A year of three digits in words, after "jaar": "tweehonderdzevenenzestig". */
export const CENTURIES_WORDS = `(?:${UNIT}${JOIN})?honderd(?:${JOIN}(?:en[ \\t])?${NUMBER_WORD_1_99})?`;

/** Value of a number written in digits or words; undefined for anything else. */
export function parseNumber(token: string): number | undefined {
  const word = normalize(token);
  if (/^\d{1,4}(?:,\d{1,2})?$/.test(word)) return Number(word.replace(',', '.'));
  return ALL_NUMBER_WORDS[word];
}

/** Value of an ordinal ("derde" → 3, "20e" → 20, "eenendertigste" → 31). */
export function parseOrdinal(token: string): number | undefined {
  const word = normalize(token);
  const digits = /^(\d{1,2})(?:e|ste|de)$/.exec(word);
  return digits ? Number(digits[1]) : DAY_ORDINAL_WORDS[word];
}

/** Value of a number or year in words ("negentien zevenentachtig" → 1987, "tweehonderdzevenenzestig" → 267). */
export function numberInWords(phrase: string): number | undefined {
  return numberFromWords(normalize(phrase), DUTCH_NUMBERS);
}

/** Is this a vague quantity (the number becomes X in a value)? */
export function isVagueQuantity(token: string): boolean {
  return VAGUE_QUANTITIES.includes(normalize(token));
}
