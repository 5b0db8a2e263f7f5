/**
 * Years: "in 1994", "2008", "early 2009", "mid-2011", "the end of 2009", "'82", "fiscal 2008", "the year 2000".
 * A bare four-digit number counts as a year only between 1800 and 2099 (after "in", "since" ... 1000-2199), and
 * never next to a currency sign, a thousands separator, a label ("Room 2020") or a counted noun ("2008 people").
 */
import { absoluteUnit, alternation, candidate, periodSince, withMod, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { COUNTED_NOUNS, LABEL_WORDS, YEAR_PREPOSITIONS } from '../words.js';
import { expandTwoDigitYear } from './numeric-date.js';
import { PART_PREFIX, partMod, yearDigits } from './shared.js';

/** Text right before a number that makes it a label or an amount ("Room 2020", "$2008", "1,2008"). */
export const BEFORE = new RegExp(`(?:(?<![\\p{L}])${alternation(LABEL_WORDS)}\\.?|[$€£¥#№]|[\\d.,:/-])\\s*$`, 'iu');
const PREPOSITION_BEFORE = new RegExp(`${alternation(YEAR_PREPOSITIONS)}\\s+$`, 'iu');
const AFTER = new RegExp(`^(?:\\s*(?:%|${alternation(COUNTED_NOUNS)}(?![\\p{L}]))|[.,]\\d|[:/]\\d|-\\d|\\s*(?:am|pm|a\\.m|p\\.m|utc|gmt|hrs|hours)(?![\\p{L}]))`, 'iu');

export const yearParser: TemporalParser = {
  name: 'year',
  trigger: { digits: true, digitRun: yearDigits, before: 48, after: 8 },
  pattern: wordPattern(`(since\\s+)?${PART_PREFIX}(?:(?:(?:the\\s+)?(?:(?:fiscal|calendar|financial)\\s+)?year\\s+|(?:fiscal|calendar|financial)\\s+)?(\\d{4})|['’](\\d{2})(?!s))`),
  extract(match, context) {
    const [, since, prefix, digits, twoDigits] = match;
    // Look around the number itself, not around "since" or "early" before it.
    const start = match.index + (digits ? match[0].lastIndexOf(digits) : match[0].search(/['’]\d/));
    const text = context.text;
    const before = text.slice(Math.max(0, start - 14), start);
    const stop = match.index + match[0].length;
    const after = text.slice(stop, stop + 16);
    let year: number;
    if (digits) {
      year = Number(digits);
      // After "since" or "mid-" the number is a year whatever precedes those words.
      if ((!since && !prefix && BEFORE.test(before)) || AFTER.test(after)) return null;
      const strong = since || prefix || /year|fiscal|calendar|financial/i.test(match[0]) || PREPOSITION_BEFORE.test(before);
      if (strong ? year < 1000 || year > 2199 : year < 1800 || year > 2099) return null;
    } else {
      if (/\d\s*$/.test(before)) return null;
      year = expandTwoDigitYear(Number(twoDigits), context.reference.year);
    }
    const from = since ? since.length : 0;
    const resolution = withMod(absoluteUnit('year', year), partMod(prefix));
    return candidate(match, 'DATE', since ? periodSince(context, resolution) : resolution, { from });
  },
};
