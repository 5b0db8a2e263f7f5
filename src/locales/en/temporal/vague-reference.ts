/**
 * Vague references to now, the past and the future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF): "now", "currently",
 * "these days", "recently", "in recent years", "the past", "the future", "soon", "the near term".
 */
import { alternation, candidate, vaguePeriod, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import type { CalendarUnit } from '../../../time/units.js';

type Ref = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
/** Phrase → reference and how far its stretch reaches (unit, count). */
const PHRASES: Record<string, [Ref, CalendarUnit, number]> = {
  now: ['PRESENT_REF', 'day', 0], 'right now': ['PRESENT_REF', 'day', 0], currently: ['PRESENT_REF', 'day', 0],
  presently: ['PRESENT_REF', 'day', 0], nowadays: ['PRESENT_REF', 'day', 0], 'these days': ['PRESENT_REF', 'day', 0],
  'at present': ['PRESENT_REF', 'day', 0], 'at the moment': ['PRESENT_REF', 'day', 0], 'the time being': ['PRESENT_REF', 'day', 0],
  'the present': ['PRESENT_REF', 'day', 0], 'the present day': ['PRESENT_REF', 'day', 0],
  recently: ['PAST_REF', 'month', 6], recent: ['PAST_REF', 'month', 6], 'more recently': ['PAST_REF', 'month', 6], 'most recently': ['PAST_REF', 'month', 6],
  'until recently': ['PAST_REF', 'year', 2], lately: ['PAST_REF', 'month', 6], 'recent years': ['PAST_REF', 'year', 5],
  'recent months': ['PAST_REF', 'month', 6], 'recent weeks': ['PAST_REF', 'week', 6], 'recent days': ['PAST_REF', 'day', 10],
  'recent decades': ['PAST_REF', 'decade', 3], 'recent history': ['PAST_REF', 'year', 30], 'the past': ['PAST_REF', 'year', 50],
  'the distant past': ['PAST_REF', 'year', 100], 'the recent past': ['PAST_REF', 'year', 5],
  'the future': ['FUTURE_REF', 'year', 50], 'the near future': ['FUTURE_REF', 'year', 2], 'the distant future': ['FUTURE_REF', 'year', 100],
  'the foreseeable future': ['FUTURE_REF', 'year', 5], soon: ['FUTURE_REF', 'month', 6], 'very soon': ['FUTURE_REF', 'month', 3],
  'the near term': ['FUTURE_REF', 'year', 1], 'the short term': ['FUTURE_REF', 'year', 1], 'the long term': ['FUTURE_REF', 'year', 10],
  'the medium term': ['FUTURE_REF', 'year', 5], 'short-term': ['FUTURE_REF', 'year', 1], 'long-term': ['FUTURE_REF', 'year', 10],
  'the coming years': ['FUTURE_REF', 'year', 5], 'the coming months': ['FUTURE_REF', 'month', 6], 'the coming weeks': ['FUTURE_REF', 'week', 6],
  'the coming days': ['FUTURE_REF', 'day', 10], 'the years to come': ['FUTURE_REF', 'year', 10],
  // "months ago" without a number: as vague as "a few months ago"
  'days ago': ['PAST_REF', 'day', 14], 'weeks ago': ['PAST_REF', 'week', 10], 'months ago': ['PAST_REF', 'month', 12],
  'years ago': ['PAST_REF', 'year', 10], 'decades ago': ['PAST_REF', 'decade', 5],
};

/** Nouns that "short-term", "long-term" sort by how long they last: "a short-term loan", "long-term unemployment". */
const TERM_CLASSIFIED = new RegExp(
  `^\\s+(?:[\\p{L}-]+\\s+)?${alternation([
    'loan', 'loans', 'debt', 'borrowing', 'funding', 'financing', 'credit', 'bond', 'bonds', 'contract', 'contracts', 'deal', 'deals',
    'lease', 'leases', 'rental', 'rentals', 'visa', 'visas', 'memory', 'care', 'unemployment', 'unemployed', 'interest', 'rate', 'rates',
    'yield', 'yields', 'investment', 'investments', 'investor', 'investors', 'plan', 'plans', 'planning', 'strategy', 'strategies', 'goal',
    'goals', 'target', 'targets', 'solution', 'solutions', 'fix', 'fixes', 'effect', 'effects', 'damage', 'impact', 'impacts',
    'consequences', 'relationship', 'relationships', 'partner', 'partners', 'partnership', 'view', 'vision', 'trend', 'trends', 'health',
    'illness', 'job', 'jobs', 'employment', 'worker', 'workers', 'stay', 'parking', 'savings', 'capital', 'assets', 'liabilities',
    'thinking', 'gains', 'risk', 'risks', 'commitment', 'commitments', 'future', 'interests', 'benefits', 'costs', 'growth', 'prospects',
  ])}(?![\\p{L}])`,
  'iu',
);

export const vagueReference: TemporalParser = {
  name: 'vague-reference',
  // short phrases: at most "in the foreseeable" (16 non-blank) before a piece, "s to come" or "decades" after one
  trigger: { words: ['now', 'current', 'present', 'day', 'recent', 'lately', 'moment', 'time', 'past', 'future', 'soon', 'term', 'coming', 'year', 'week', 'month', 'decade'], before: 24, after: 16 },
  pattern: wordPattern(`(?:(in|of)\\s+)?(${alternation(Object.keys(PHRASES))})`),
  extract(match, context) {
    const [, lead, phrase] = match;
    const key = phrase.toLowerCase().replace(/\s+/g, ' ');
    const entry = PHRASES[key];
    if (!entry) return null;
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    // "the past year", "the future president", "now-defunct": the words modify something else.
    if (/^(?:the past|the future|the present)$/.test(key) && /^\s+[a-z]/.test(after) && !/^\s+(?:and|or|but|to|is|was|as|in|of|for|he|she|they|it|we)\b/.test(after)) return null;
    if ((key === 'now' || key === 'soon') && /^-/.test(after)) return null;
    // "as soon as it opens", "soon after the vote": soon is measured from another event, not from the article's date
    if ((key === 'soon' || key === 'very soon') && (/^\s+(?:as|after|afterwards|thereafter)(?![\p{L}])/iu.test(after) || /(?:^|[^\p{L}])as\s+$/iu.test(context.text.slice(Math.max(0, match.index - 4), match.index)))) return null;
    if (/term$/.test(key) && key.includes('-') && !/^\s+\p{L}/u.test(after)) return null;
    // "a short-term loan", "long-term effects": the adjective sorts its noun by how long it lasts and names no time
    // ("a catastrophic short-term collapse" is one in the near future, as MEANTIME annotates it)
    if (/term$/.test(key) && key.includes('-') && TERM_CLASSIFIED.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 24))) return null;
    // Words before the phrase stay outside: "in recent years" is annotated as "recent years".
    const from = lead ? match[0].length - phrase.length : 0;
    return candidate(match, 'DATE', vaguePeriod(context, entry[0], entry[1], entry[2]), { from });
  },
};
