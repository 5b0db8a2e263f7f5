/** Dutch numbers, written in digits or in words ("26", "drie", "eenentwintig", "anderhalf"). */
import { NUMBER_WORDS, ORDINAL_WORDS, VAGUE_QUANTITIES } from '../words.js';
import { alternation, normalize } from './pattern.js';

const UNIT_WORDS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEN_WORDS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/** "eenentwintig", "tweeëntwintig" ... "negenennegentig": units, "en" (or "ën" after a vowel), tens. */
const COMPOUNDS: Readonly<Record<string, number>> = Object.fromEntries(
  UNIT_WORDS.flatMap((unit, u) =>
    TEN_WORDS.map((ten, t) => [`${unit}${/e$/.test(unit) ? 'ën' : 'en'}${ten}`, (u + 1) + (t + 2) * 10] as const),
  ),
);

const ALL_NUMBER_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, ...COMPOUNDS };

/** A cardinal number: digits (a decimal comma allowed) or a number word. */
export const NUMBER = `(?:\\d{1,4}(?:,\\d{1,2})?|${alternation(Object.keys(ALL_NUMBER_WORDS))})`;

/** A vague quantity ("enkele", "een paar", "tientallen"). */
export const VAGUE_NUMBER = alternation(VAGUE_QUANTITIES);

/** An ordinal: "derde", "20e", "20ste", "21ste". */
export const ORDINAL = `(?:\\d{1,2}(?:e|ste|de)|${alternation(Object.keys(ORDINAL_WORDS))})`;

/** Value of a number written in digits or words; undefined for anything else. */
export function parseNumber(token: string): number | undefined {
  const word = normalize(token);
  if (/^\d{1,4}(?:,\d{1,2})?$/.test(word)) return Number(word.replace(',', '.'));
  return ALL_NUMBER_WORDS[word];
}

/** Value of an ordinal ("derde" → 3, "20e" → 20). */
export function parseOrdinal(token: string): number | undefined {
  const word = normalize(token);
  const digits = /^(\d{1,2})(?:e|ste|de)$/.exec(word);
  return digits ? Number(digits[1]) : ORDINAL_WORDS[word];
}

/** Is this a vague quantity (the number becomes X in a value)? */
export function isVagueQuantity(token: string): boolean {
  return VAGUE_QUANTITIES.includes(normalize(token));
}
