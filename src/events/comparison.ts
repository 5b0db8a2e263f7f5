/**
 * "the highest since 2010", "for the first time since 1998", "het laagste niveau sinds 2010": a "since" expression
 * after a superlative is the scope of a comparison, not the time of the event (the turnout was high on election
 * day, not since 2010); and "down from 40,000 on Saturday", "compared with last year": the baseline of a change.
 * Such an expression does not date its clause.
 */
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';

/** Words a superlative may stand apart from "since" by: "the worst single-day decline since". */
const MAX_WORDS_BETWEEN = 2;

function isSuperlative(token: Token, cues: CompiledCues): boolean {
  if (cues.superlativeWords.has(token.lower)) return true;
  return cues.superlativeSuffixes.some((suffix) => token.lower.length > suffix.length + 2 && token.lower.endsWith(suffix));
}

/**
 * Is the expression starting at token `at` the scope of a comparison: right after a "since" word, with a
 * superlative before it that follows an article or possessive ("the highest", "its lowest level") and only content
 * words between ("the worst single-day decline since")?
 */
export function isComparisonScope(tokens: readonly Token[], at: number, cues: CompiledCues): boolean {
  // "its biggest fall since the September 11, 2001, attacks": an article may stand between
  let since = at > 1 && cues.determiners.has(tokens[at - 1].lower) ? at - 2 : at - 1;
  // the tagger may have taken "since" into the expression itself
  if (at < tokens.length && cues.sinceWords.has(tokens[at].lower)) since = at;
  if (since < 1 || !cues.sinceWords.has(tokens[since].lower)) return false;
  for (let k = since - 1; k >= Math.max(1, since - 1 - MAX_WORDS_BETWEEN); k--) {
    if (isSuperlative(tokens[k], cues) && cues.determiners.has(tokens[k - 1].lower)) return true;
    // a function word between ends the search: "the protest has grown since" holds no superlative's noun phrase
    if (cues.stopwords.has(tokens[k].lower)) return false;
  }
  return false;
}

/** Does a comma, semicolon or colon after token `k` part clauses? One inside a number ("40,000") does not. */
function partsClauses(text: string, tokens: readonly Token[], k: number): boolean {
  return /[,;:](?!\d)/.test(text.slice(tokens[k].end, (tokens[k + 1]?.start ?? tokens[k].end) + 1));
}

/** Words a baseline may hold between its opening words and its time: "down from [40,000] on Saturday". */
const MAX_BASELINE_WORDS = 4;

/**
 * Is the expression starting at token `at` the date of a baseline: a few words after "down from", "compared with",
 * "vergeleken met" with no comma between ("2,000 homes were cut off, down from 40,000 on Saturday")?
 */
export function isBaselineDate(text: string, tokens: readonly Token[], at: number, cues: CompiledCues): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 2 - MAX_BASELINE_WORDS); k--) {
    if (partsClauses(text, tokens, k)) return false;
    const length = cues.baselines.matchAt(tokens, k);
    if (length > 0 && k + length <= at) return true;
  }
  return changeBaseline(text, tokens, at, cues);
}

/** Words a comparative may stand before its "than": "more flights than last year". */
const MAX_COMPARED_WORDS = 3;

/**
 * Is the expression at `at` the other term of a comparison: after "than"/"dan" (with a preposition between: "than in
 * 2019"), a comparative a few words before it, no comma between ("Sales were higher than last year", "Schiphol mag
 * niet meer vluchten uitvoeren dan vorig jaar")? Not a bound or an amount right before "than" ("no later than June
 * 1", "more than two years ago"), which dates its event.
 */
export function comparedTime(text: string, tokens: readonly Token[], at: number, cues: CompiledCues): boolean {
  let than = at - 1;
  if (than > 0 && cues.prepositions.has(tokens[than].lower) && !cues.comparisonWords.has(tokens[than].lower)) than--;
  if (than < 1 || !cues.comparisonWords.has(tokens[than].lower) || cues.boundComparatives.has(tokens[than - 1].lower)) return false;
  for (let k = than - 1; k >= Math.max(0, than - 1 - MAX_COMPARED_WORDS); k--) {
    if (partsClauses(text, tokens, k)) return false;
    if (cues.comparatives.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * Does a change with its size open the baseline right before token `at`: a change word, a number, then a link
 * ("an increase of 54 points from March 12", "up 3% from a year earlier"), no comma between?
 */
function changeBaseline(text: string, tokens: readonly Token[], at: number, cues: CompiledCues): boolean {
  // the link right before the expression, or before an article ("from a year earlier")
  const link = at > 0 && cues.baselineChangeLinks.has(tokens[at - 1].lower) ? at - 1 : at > 1 && cues.determiners.has(tokens[at - 1].lower) && cues.baselineChangeLinks.has(tokens[at - 2].lower) ? at - 2 : -1;
  if (link < 0) return false;
  let number = false;
  for (let k = link - 1; k >= Math.max(0, link - 1 - MAX_BASELINE_WORDS); k--) {
    if (partsClauses(text, tokens, k)) return false;
    if (/^\p{N}/u.test(tokens[k].text)) number = true;
    else if (number && cues.baselineChangeWords.has(tokens[k].lower)) return true;
  }
  return false;
}
