/**
 * Decades and centuries: "the 1990s", "the '90s", "the 90s", "the nineties", "the 20th century", "the
 * twenty-first century", "the early 1980s". "the 1900s" names the century, but "the 2000s" the decade, as in use.
 */
import { absoluteUnit, alternation, candidate, withMod, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { expandTwoDigitYear } from './numeric-date.js';
import { ORDINAL, PART_PREFIX, decadeDigits, ordinalValue, partMod } from './shared.js';

/** The first two digits of a year said in words ("nineteen seventies", "twenty-tens", "two thousand and tens"). */
const CENTURY_WORDS_VALUE: Record<string, number> = {
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  'two thousand and': 20, 'two thousand': 20,
};
const CENTURY_WORDS = alternation(Object.keys(CENTURY_WORDS_VALUE));
const DECADE_WORDS: Record<string, number> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};

export const decadeCentury: TemporalParser = {
  name: 'decade-century',
  // the longest lead-in: two part prefixes, "the" and an ordinal or century words ("the very beginning of the the
  // latter part of the twenty-seventh century", 56 non-blank); the longest tail: "'s" after a digit run. Digits
  // only of a decade ("1990s", "'90s"): a century in digits has its word ("21st century")
  trigger: { digits: true, digitRun: decadeDigits, words: ['noughties', 'thousands', 'tens', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'century'], before: 64, after: 8 },
  pattern: wordPattern(
    `${PART_PREFIX}(?:the\\s+)?${PART_PREFIX}(?:(\\d{3}0)['’]?s|['’]?(\\d0)['’]?s|(${CENTURY_WORDS})[\\s-]+(${alternation(['tens', ...Object.keys(DECADE_WORDS)])})|(${alternation(Object.keys(DECADE_WORDS))})|(${ORDINAL})\\s+century|(noughties|two\\s+thousands))`,
  ),
  extract(match, context) {
    const [, prefixA, prefixB, fourDigits, twoDigits, centuryWords, decadeOfCentury, decadeWord, ordinal, twoThousands] = match;
    const mod = partMod(prefixA ?? prefixB);
    const hasThe = /\bthe\b/i.test(match[0]);
    let resolution;
    if (centuryWords || twoThousands) {
      // "the nineteen seventies", "the twenty-tens", "the noughties" (the 2000s), "the two thousands"
      if (!hasThe && !mod) return null;
      const tens = centuryWords ? (decadeOfCentury.toLowerCase() === 'tens' ? 10 : DECADE_WORDS[decadeOfCentury.toLowerCase()]) : 0;
      const century = centuryWords ? CENTURY_WORDS_VALUE[centuryWords.toLowerCase().replace(/\s+/g, ' ')] : 20;
      resolution = absoluteUnit('decade', century * 100 + tens);
    } else if (fourDigits) {
      const year = Number(fourDigits);
      if (year < 1000 || year > 2190) return null;
      resolution = year % 100 === 0 && year < 2000 ? absoluteUnit('century', year) : absoluteUnit('decade', year);
    } else if (twoDigits || decadeWord) {
      // A bare "90s" can be ages or temperatures; with an apostrophe, "the" or "in" before it, it is a decade.
      if (twoDigits && !hasThe && !/['’]/.test(match[0]) && !mod && !/\b(?:in|since|during|from|of|until|by)\s+$/i.test(context.text.slice(Math.max(0, match.index - 8), match.index))) return null;
      if (decadeWord && !hasThe && !mod) return null;
      const two = twoDigits ? Number(twoDigits) : DECADE_WORDS[decadeWord.toLowerCase()];
      const year = expandTwoDigitYear(two, context.reference.year);
      // "the 20s" in 2020 is rather 1920s than 2020s unless the document date is in them: keep the past reading.
      resolution = absoluteUnit('decade', year > context.reference.year ? year - 100 : year);
    } else {
      const n = ordinalValue(ordinal);
      if (!n || n < 1 || n > 22) return null;
      resolution = absoluteUnit('century', (n - 1) * 100);
    }
    return candidate(match, 'DATE', withMod(resolution, mod));
  },
};
