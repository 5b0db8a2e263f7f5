/** English pattern fragments and helpers shared by the English parsers. */
import { isSpaceCode } from '../../../chars.js';
import { alternation, lookup, nearestTense, NOT_AFTER_LETTER, type Direction, type Tense } from '../../../temporal/common/index.js';
import type { ParseContext } from '../../../temporal/contract.js';
import {
  COMMITMENT_CUES, DIGIT_WORDS, FULL_WEEKDAYS, PART_MODS, FUTURE_CUES, MONTHS, NOT_PAST_ED, NUMBERS, ORDINALS, PAST_CUES, PRESENT_CUES, TENS, UNITS,
  PROSPECTIVE_PAST_CUES, WEAK_FUTURE_CUES, WEAK_PAST_CUES,
} from '../words.js';

/** Any month name or abbreviation, with an optional abbreviation dot. */
export const MONTH = `${alternation(Object.keys(MONTHS))}\\.?`;
/** Full weekday names. */
export const WEEKDAY = alternation(FULL_WEEKDAYS);
/** A cardinal in words ("twenty-five", "two") or digits ("26", "2.5"); "a"/"an" included. */
export const NUMBER_WORD = `(?:${alternation(TENS)}(?:[-\\s]${alternation(DIGIT_WORDS)})?|${alternation(Object.keys(NUMBERS).filter((w) => !TENS.includes(w)))})`;
export const NUMBER = `(?:\\d{1,4}(?:[.,]\\d{1,3}|\\s+1/2|½)?|${NUMBER_WORD})(?:\\s+and\\s+(?:a\\s+)?half)?`;
/** Duration unit words. */
export const UNIT = alternation(Object.keys(UNITS));
/** Ordinal words and 1st/2nd/23rd forms. */
export const ORDINAL = `(?:${alternation(Object.keys(ORDINALS))}|\\d{1,2}(?:st|nd|rd|th))`;

/** Value of a number phrase matched by `NUMBER` ("twenty-five" → 25, "two and a half" → 2.5, "a" → 1). */
export function numberValue(phrase: string): number | undefined {
  let text = phrase.toLowerCase().trim().replace(/\s+/g, ' ');
  let extra = 0;
  const half = / and (?:a )?half$/.exec(text);
  if (half) {
    extra = 0.5;
    text = text.slice(0, half.index);
  }
  const fraction = /^(\d+)(?: 1\/2|½)$/.exec(text);
  if (fraction) return Number(fraction[1]) + 0.5 + extra;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text) + extra;
  if (/^\d{1,3}(?:,\d{3})+$/.test(text)) return Number(text.replace(/,/g, '')) + extra;
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(text);
  if (compound && TENS.includes(compound[1]) && DIGIT_WORDS.includes(compound[2])) {
    return NUMBERS[compound[1]] + NUMBERS[compound[2]] + extra;
  }
  const value = NUMBERS[text];
  return value === undefined ? undefined : value + extra;
}

/** Value of an ordinal ("third" → 3, "23rd" → 23, "final" → -1). */
export function ordinalValue(word: string): number | undefined {
  const text = word.toLowerCase().replace(/\s+/g, ' ');
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(text);
  if (digits) return Number(digits[1]);
  return ORDINALS[text];
}

/** Month number of a matched month word ("Sept." → 9). */
export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Tense cues: commitments, listed words and "-ed" forms; past forms after "be"/"been" are passives ("will be held" is future). */
const NOT_PASSIVE = '(?<!\\b(?:be|been|being)\\s)';
const TENSE_CUES = new RegExp(
  `(?<![A-Za-z'])${NOT_AFTER_LETTER}(?:(?<prospective>${alternation(PROSPECTIVE_PAST_CUES)})|(?<ahead>${alternation(COMMITMENT_CUES)})|(?<future>${alternation(FUTURE_CUES)})|(?<weakFuture>${alternation(WEAK_FUTURE_CUES)})|(?<past>${NOT_PASSIVE}(?:${alternation(PAST_CUES)}|(?!${alternation(NOT_PAST_ED)}(?![\\p{L}]))[a-z]{2,}ed))|(?<weakPast>${NOT_PASSIVE}${alternation(WEAK_PAST_CUES)})|(?<present>${alternation(PRESENT_CUES)})|(?<boundary>that))(?![\\p{L}])`,
  'giu',
);

/** The tense nearest to a span, from English cue words in its sentence. */
export function tenseAt(context: ParseContext, start: number, end: number): Tense | undefined {
  // the English cues know any regular past ("-ed"), so a clause's own past is seen before a closing frame's
  return nearestTense(context.text, start, end, TENSE_CUES, { closingFrames: true, memo: context.memo });
}

/** Which occurrence a tense points to; `fallback` when the sentence has no cue or is in the present. */
export function directionOf(tense: Tense | undefined, fallback: Direction): Direction {
  return tense === 'past' ? 'past' : tense === 'future' ? 'future' : fallback;
}

/** An optional part-of-unit prefix: "early", "mid-", "late", "the end of" ... (group: the prefix words). */
export const PART_PREFIX = `(?:(${alternation(Object.keys(PART_MODS))})(?:\\s+|-))?`;

/** TIMEX3 mod of a matched part-of prefix. */
export function partMod(prefix: string | undefined): string | undefined {
  return prefix === undefined ? undefined : lookup(PART_MODS, prefix);
}

/** Trigger words, whole (see `ParserTrigger.wholeWords`): every unit word ("seconds", "hrs", "centuries"). */
export const UNIT_WORDS: readonly string[] = Object.keys(UNITS);
/**
 * Trigger pieces (see `TemporalParser.trigger`): the start of every unit word ("sec" of "seconds",
 * "centur" of "centuries").
 */
export const UNIT_PIECES: readonly string[] = ['sec', 'min', 'hour', 'hr', 'day', 'night', 'fortnight', 'week', 'month', 'quarter', 'year', 'yr', 'decade', 'centur'];
/** Trigger words, whole (see `ParserTrigger.wholeWords`): every month name and abbreviation. */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS);

/** A run of digits of a year: four digits ("2008"), or two after an apostrophe ("’98"). Trigger test (`ParserTrigger.digitRun`). */
export function yearDigits(text: string, start: number, end: number): boolean {
  if (end - start === 4) return true;
  const before = text.charCodeAt(start - 1);
  return end - start === 2 && (before === 39 || before === 0x2019);
}

/** A run of four digits ("2008", the first year of "2008-2010"). Trigger test (`ParserTrigger.digitRun`). */
export const fourDigits = (_text: string, start: number, end: number): boolean => end - start === 4;

/** An "s" as a case-insensitive Unicode pattern reads it ("s", "S", "ſ"). */
const isS = (c: number) => c === 115 || c === 83 || c === 0x17f;

/**
 * A run of digits of a decade: two or four ending in 0 and followed by an "s", an apostrophe between allowed ("1990s",
 * "'90s", "1990's"). Trigger test (`ParserTrigger.digitRun`).
 */
export function decadeDigits(text: string, start: number, end: number): boolean {
  if ((end - start !== 2 && end - start !== 4) || text.charCodeAt(end - 1) !== 48) return false;
  const next = text.charCodeAt(end);
  return isS(next) || ((next === 39 || next === 0x2019) && isS(text.charCodeAt(end + 1)));
}

const isAsciiLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A run of digits of a clock time: one or two before ":" or "." ("9:30", "21.15") or before "am", "pm" or "o'clock"
 * (blanks between), or four ("2300 hours"). Trigger test (`ParserTrigger.digitRun`).
 */
export function clockDigits(text: string, start: number, end: number): boolean {
  if (end - start === 4) return true;
  if (end - start > 2) return false;
  let i = end;
  const next = text.charCodeAt(i);
  if (next === 58 || next === 46) return true;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 32;
  return c === 97 || c === 112 || c === 111;
}

/** A run of one or two digits: a day of the month ("the 5th", "on the 12"). Trigger test (`ParserTrigger.digitRun`). */
export const dayDigits = (_text: string, start: number, end: number): boolean => end - start <= 2;

/**
 * A run of digits of a numeric date: four (a year), or one beside a date's separator: before "-", "/" or "." (blanks
 * before a "-" or "/" allowed, "11 - 2016"), or after a "-" or a month's letters ("Oct-2", "Oct2").
 */
export function numericDateDigits(text: string, start: number, end: number): boolean {
  if (end - start === 4) return true;
  const previous = text.charCodeAt(start - 1);
  if (previous === 45 || previous >= 128 || isAsciiLetterCode(previous)) return true;
  let i = end;
  while (i < end + 2 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const next = text.charCodeAt(i);
  return next === 45 || next === 47 || (i === end && next === 46);
}
