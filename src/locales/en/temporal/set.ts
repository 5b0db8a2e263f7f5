/**
 * Sets (recurring times): "every week", "each year", "every two years", "weekly", "annually", "twice a year",
 * "$2 billion a year", "per month", "annual" (an annual event; an annual figure covers one year: a duration).
 */
import { alternation, durationValue, setValue, triggerReach, unanchored, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { FREQUENCY_ADVERBS, TIMES, UNITS } from '../words.js';
import { NUMBER, UNIT, numberValue, UNIT_WORDS } from './shared.js';

/** Nouns after "annual" that name an amount over one year, not a yearly event. */
const PERIOD_NOUNS = /^\s+(?:[\p{L}-]+\s+)?(?:loss|losses|profit|profits|earnings|revenue|revenues|sales|growth|rate|budget|income|deficit|surplus|output|production|turnover|returns?|results?|report|salary|pay|wage|rent|fee|costs?|spending|basis|inflation|figures?|total)(?![\p{L}])/iu;
const RATE_BEFORE = /(?:\d|%|percent|million|billion|trillion|thousand|hundred)[\p{L}\s.,$€£]{0,14}$/iu;

export const setParser: TemporalParser = {
  name: 'set',
  // a unit word, a frequency adverb or "annual", each standing whole
  trigger: {
    words: [...UNIT_WORDS, ...Object.keys(FREQUENCY_ADVERBS), 'annual'],
    wholeWords: true,
    // the alternatives split at their trigger word, for the reach
    ...triggerReach([
      [`(every|each|per)\\s+(?:(other|${NUMBER})\\s+)?`, `(${UNIT})`],
      ['', `(${alternation(Object.keys(FREQUENCY_ADVERBS))})|(annual)`],
      [`(?:(${alternation(Object.keys(TIMES))}|${NUMBER}\\s+times)\\s+)?(a|an|per)\\s+`, `(${UNIT})`],
    ]),
  },
  pattern: wordPattern(
    `(?:(every|each|per)\\s+(?:(other|${NUMBER})\\s+)?(${UNIT})|(${alternation(Object.keys(FREQUENCY_ADVERBS))})|(annual)|(?:(${alternation(Object.keys(TIMES))}|${NUMBER}\\s+times)\\s+)?(a|an|per)\\s+(${UNIT}))`,
  ),
  extract(match, context) {
    const [, every, countText, unitWord, adverb, annual, timesText, article, rateUnit] = match;
    if (every) {
      const unit = UNITS[unitWord.toLowerCase()];
      const count = countText ? (countText.toLowerCase() === 'other' ? 2 : numberValue(countText)) : 1;
      if (!unit || count === undefined) return null;
      return unanchored(match, 'SET', setValue(unit, count));
    }
    if (adverb) return unanchored(match, 'SET', setValue(FREQUENCY_ADVERBS[adverb.toLowerCase()], adverb.toLowerCase() === 'fortnightly' ? 2 : 1));
    if (annual) {
      const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      return unanchored(match, PERIOD_NOUNS.test(after) ? 'DURATION' : 'SET', durationValue(1, 'year'));
    }
    const unit = UNITS[rateUnit.toLowerCase()];
    if (!unit) return null;
    // "a year" is a rate only after a quantity or "twice"; otherwise the duration parser reads it.
    if (!timesText && article.toLowerCase() !== 'per') {
      const before = context.text.slice(Math.max(0, match.index - 24), match.index);
      if (!RATE_BEFORE.test(before)) return null;
    }
    return unanchored(match, 'SET', setValue(unit));
  },
};
