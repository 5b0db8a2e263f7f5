/**
 * The Dutch grammar of a told length of time, shared by the duration and stretch parsers: one or more counted parts
 * ("drie uur", "3u", "123,45 sec", "anderhalf jaar", "tweeënhalf uur", "een kwart uur", "drie kwartier", "een
 * half jaar", "halfuur", "een paar dagen"), joined by commas or "en" ("1 jaar, 1 maand en 21 dagen"). Patterns are
 * alternations and bounded repeats only, so they match in linear time.
 */
import type { DurationPart } from '../../../temporal/common/index.js';
import { DURATION_UNITS, NUMBER_WORDS } from '../words.js';
import { alternation, GAP, normalize, WORD_END } from './pattern.js';
import { isVagueQuantity, parseNumber, VAGUE_NUMBER } from './numbers.js';

/** Numbers that take "-ënhalf" / "-eneenhalf": "tweeënhalf", "drieëneenhalve", "tieneneenhalf". */
const HALVED: Readonly<Record<string, number>> = {
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
};
const HALVED_WORD = `(?:${alternation(Object.keys(HALVED))})(?:ën|en)(?:een)?hal(?:f|ve)`;

/** A pair, counted as two ("een paar dagen" is P2D, as "a couple of days"): the other vague quantities stay X. */
const PAIR = `(?:een${GAP})?paar`;

const UNIT_WORDS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

/**
 * A cardinal as compact as the pattern can have it (the shared NUMBER lists every compound, which makes a pattern
 * that repeats it slow to compile): digits with a decimal comma, a compound "eenentwintig" built from its pieces, or
 * a number word. `parseNumber` reads it.
 */
const CARDINAL =
  `(?:\\d{1,4}(?:,\\d{1,2})?|${alternation(UNIT_WORDS)}(?:ën|en)${alternation(TENS)}|${alternation(Object.keys(NUMBER_WORDS))})`;

/**
 * How many: "anderhalve", "tweeënhalf", "(een) half", "(een) kwart", a number with "en een half" after it, a pair,
 * or a vague quantity ("enkele", "een aantal", "tientallen").
 */
const COUNT =
  `(?:ander(?:half|halve)|${HALVED_WORD}|(?:een${GAP})?(?:half|halve|kwart)` +
  `|${CARDINAL}(?:${GAP}en${GAP}een${GAP}hal(?:f|ve))?|${PAIR}|${VAGUE_NUMBER})`;

/** A unit word after its count; glued after digits ("3u", "3,5jaar") and after "half" ("halfuur"). */
const UNIT = alternation(Object.keys(DURATION_UNITS));

/** What joins two parts: "1 jaar, 1 maand en 21 dagen", "5 jaar 1 maand", "een week en drie dagen". */
const JOIN = `(?:,?${GAP}en${GAP}|,${GAP}|${GAP})`;

/**
 * A told length: up to three counted parts ("drie uur", "3u", "een half jaar"), each maybe followed by what joins
 * it to the next. One copy of the count in a bounded repeat keeps the pattern small; a join after the last part may
 * be matched too, which `readToldLengths` leaves out of the length.
 */
export const DURATION_PARTS = `(?:${COUNT}(?:${GAP}|(?<=\\d|half))${UNIT}${WORD_END}${JOIN}?){1,3}`;

/** The same grammar with groups, to read the parts of a matched length one by one. */
const PART_READER = new RegExp(`(?<count>${COUNT})(?:${GAP}|(?<=\\d|half))(?<unit>${UNIT})${WORD_END}`, 'giu');

/** The amount a count word stands for; undefined for a vague one ("enkele"), null for no count at all. */
function countValue(count: string): number | undefined | null {
  const word = normalize(count);
  if (/^ander(?:half|halve)$/.test(word)) return 1.5;
  const halved = /^(\p{L}+?)(?:ën|en)(?:een)?hal(?:f|ve)$/u.exec(word);
  if (halved && HALVED[halved[1]] !== undefined) return HALVED[halved[1]] + 0.5;
  if (/^(?:een )?(?:half|halve)$/.test(word)) return 0.5;
  if (/^(?:een )?kwart$/.test(word)) return 0.25;
  if (/^(?:een )?paar$/.test(word)) return 2;
  if (isVagueQuantity(word)) return undefined;
  const plusHalf = /^(.+) en een hal(?:f|ve)$/.exec(word);
  const number = parseNumber(plusHalf ? plusHalf[1] : word);
  if (number === undefined) return null;
  return plusHalf ? number + 0.5 : number;
}

/** Units counted apart that never join a told length ("twee nachten, drie weekenden" is a list). */
const ALONE = new Set(['nacht', 'nachten', 'werkdag', 'werkdagen', 'weekend', 'weekenden', 'weekends', 'kwartier']);

/** One told length found in a match: its parts, and where it starts and ends in the text read. */
export interface ToldLength {
  parts: DurationPart[];
  start: number;
  end: number;
}

/**
 * The told lengths in a stretch matched by {@link DURATION_PARTS}, in text order. Parts make one length when joined
 * by "en" ("een week en drie dagen"), or by a comma or a space between counts in digits ("1 jaar, 1 maand, 21
 * dagen", "5 jaar 1 maand"); a length ends after a fraction, a vague count, a pair, nights or weekends, and before a
 * unit it told already ("3 jaar, 2 jaar voorwaardelijk"). Otherwise the parts are a list, each its own length ("twee
 * nachten, drie weekenden"). A part that is no length of time ends the reading: a zero, "kwart" before anything but
 * "uur", "u" after a word ("twee u").
 */
export function readToldLengths(text: string): ToldLength[] {
  const lengths: ToldLength[] = [];
  let current: ToldLength | undefined;
  let previous: { digits: boolean; joins: boolean } | undefined;
  PART_READER.lastIndex = 0;
  for (let m = PART_READER.exec(text); m; m = PART_READER.exec(text)) {
    const countText = m.groups!.count;
    const unitWord = normalize(m.groups!.unit);
    const [unit, scale] = DURATION_UNITS[unitWord];
    const amount = countValue(countText);
    if (amount === null || amount === 0) break;
    if (/kwart$/i.test(countText) && unit !== 'hour') break;
    const digits = /^\d/.test(countText);
    if (unitWord === 'u' && !digits) break;
    const part = { amount: amount === undefined ? undefined : amount * scale, unit };
    const joiner = current ? text.slice(current.end, m.index) : '';
    const joins =
      current !== undefined && previous!.joins && !ALONE.has(unitWord) && amount !== undefined && !current.parts.some((p) => p.unit === unit) &&
      (/\ben\s*$/i.test(joiner) || (previous!.digits && digits));
    if (joins) {
      current!.parts.push(part);
      current!.end = m.index + m[0].length;
    } else {
      current = { parts: [part], start: m.index, end: m.index + m[0].length };
      lengths.push(current);
    }
    const whole = amount !== undefined && Number.isInteger(amount) && !/paar$/i.test(countText);
    previous = { digits, joins: whole && !ALONE.has(unitWord) };
  }
  return lengths;
}
