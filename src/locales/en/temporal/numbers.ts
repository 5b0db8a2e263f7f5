/**
 * English numbers in words for dates: every cardinal and ordinal from 1 to 99 ("twenty-two", "twenty second") and
 * years in words ("nineteen ninety-five", "two thousand and eighteen", "nineteen oh five", "one thousand seven
 * hundred and eighty nine"), composed from the word lists by the shared composer.
 */
import { alternation } from '../../../temporal/common/index.js';
import { cardinalWords, numberFromWords, ordinalWords, type NumberLexicon } from '../../../temporal/common/number-words.js';
import { DIGIT_WORDS, NUMBERS, ORDINALS, TEN_ORDINALS, TENS } from '../words.js';

const pick = (table: Record<string, number>, keep: (word: string, value: number) => boolean) =>
  Object.fromEntries(Object.entries(table).filter(([w, v]) => keep(w, v)));

/** English number words: the ten before the unit, with a hyphen or a space ("twenty-one", "twenty one"). */
export const ENGLISH_NUMBERS: NumberLexicon = {
  units: pick(NUMBERS, (w, v) => /^[a-z]+$/.test(w) && w !== 'a' && w !== 'an' && w !== 'single' && w !== 'dozen' && v >= 1 && v <= 19 && Number.isInteger(v)),
  tens: pick(NUMBERS, (w) => TENS.includes(w)),
  joinTenUnit: (ten, unit) => (DIGIT_WORDS.includes(unit) ? [`${ten}-${unit}`, `${ten} ${unit}`] : []),
  unitOrdinals: pick(ORDINALS, (w, v) => /^[a-z]+$/.test(w) && v >= 1 && v <= 19),
  tenOrdinals: TEN_ORDINALS,
  joinTenUnitOrdinal: (ten, unit, unitOrdinal) => (DIGIT_WORDS.includes(unit) ? [`${ten}-${unitOrdinal}`, `${ten} ${unitOrdinal}`] : []),
  hundred: ['hundred'],
  thousand: ['thousand'],
  joiners: ['and'],
  zeros: ['oh', 'zero', 'o'],
};

const CARDINALS = cardinalWords(ENGLISH_NUMBERS);
const ORDINAL_WORDS = ordinalWords(ENGLISH_NUMBERS);

/*
 * Patterns are built by structure, a ten then an optional unit, not as one alternation of every spelling: a regular
 * expression tries an alternation's words one by one at every position, and 170 words cost ten times 20.
 */
const UNIT = alternation(DIGIT_WORDS);
const UNIT_ORDINAL = alternation(Object.keys(ENGLISH_NUMBERS.unitOrdinals).filter((w) => ENGLISH_NUMBERS.unitOrdinals[w] <= 9));
const BELOW_TWENTY = alternation(Object.keys(ENGLISH_NUMBERS.units));
const TEN = alternation(TENS);
const JOIN = '(?:-|\\s+)';

/** A day of the month as a cardinal in words ("twenty-two", "twenty one"). */
export const DAY_NUMBER_WORD = `(?:twenty(?:${JOIN}${UNIT})?|thirty(?:${JOIN}one)?|${BELOW_TWENTY})`;
/** A day of the month as an ordinal in words ("third", "twenty-second", "thirty first"). */
export const DAY_ORDINAL_WORD = `(?:twenty${JOIN}${UNIT_ORDINAL}|thirty${JOIN}first|twentieth|thirtieth|${alternation(Object.keys(ENGLISH_NUMBERS.unitOrdinals))})`;

const NUMBER_1_99 = `(?:${TEN}(?:${JOIN}${UNIT})?|${BELOW_TWENTY})`;
const TEENS = alternation(Object.keys(CARDINALS).filter((w) => CARDINALS[w] >= 11 && CARDINALS[w] <= 20 && !/[\s-]/.test(w)));
const AND = '(?:\\s+and)?';

/**
 * A year in words: "nineteen ninety-five", "twenty eighteen", "nineteen oh five", "two thousand and eighteen",
 * "nineteen hundred", "one thousand seven hundred and eighty nine". Bare "two thousand" or "nineteen hundred" is
 * as much an amount: parsers take those only where a year is expected.
 */
export const YEAR_WORDS =
  `(?:(?:one|two)\\s+thousand(?:\\s+${UNIT}\\s+hundred)?(?:${AND}\\s+${NUMBER_1_99})?` +
  `|${TEENS}\\s+hundred(?:${AND}\\s+${NUMBER_1_99})?` +
  `|${TEENS}[\\s-]+(?:(?:oh|zero|o)\\s+${UNIT}|${NUMBER_1_99}))`;

/** A year of three digits in words, after "year": "two hundred and sixty seven". */
export const CENTURIES_WORDS = `(?:(?:${UNIT}|a)\\s+)?hundred(?:${AND}\\s+${NUMBER_1_99})?`;

/** Value of a day number or ordinal in words ("twenty second" → 22, "twenty-one" → 21). */
export function dayWordValue(phrase: string): number | undefined {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  return ORDINAL_WORDS[key] ?? CARDINALS[key];
}

/** Value of a number or a year in words ("nineteen ninety-five" → 1995). */
export function numberInWords(phrase: string): number | undefined {
  return numberFromWords(phrase.toLowerCase().replace(/^a\s+/, 'one '), ENGLISH_NUMBERS);
}
