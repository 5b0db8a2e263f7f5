/**
 * "breached the 1991 settlement", "has a June 1 deadline", "fell from Monday's closing price", "schond het akkoord
 * van 1991": a date that says which thing is meant, not when the clause's event happened. Such a date does not
 * date its clause (the clause falls back on another expression, or on its tense). In a phrase that opens the
 * clause after a preposition ("In a Wednesday media event, Apple released ...", "At Monday's meeting, ...") the
 * thing is the occasion of the event, and the date stays the clause's.
 */
import type { Timex } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';

/** Words an article may stand before the noun a date after a link word modifies: "het [nieuwe] akkoord van 1991". */
const MAX_WORDS_AFTER_ARTICLE = 2;

/**
 * Is `timex` (its first token `at`, the first token after it `after`) a modifier of a noun: between an article and
 * a noun, before a possessive ending and a noun, or after an article-led noun and a link word?
 */
export function isNounModifierDate(text: string, tokens: readonly Token[], at: number, after: number, timex: Timex, cues: CompiledCues): boolean {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return false;
  const phraseStart = modifiedPhraseStart(text, tokens, at, after, timex, cues);
  if (phraseStart < 0) return false;
  return !opensClauseAfterPreposition(text, tokens, phraseStart, cues);
}

/** The first token of the noun phrase the date modifies, or -1 when the date modifies no noun. */
function modifiedPhraseStart(text: string, tokens: readonly Token[], at: number, after: number, timex: Timex, cues: CompiledCues): number {
  const next = tokens[after];
  const joined = next !== undefined && !/[^\s]/.test(text.slice(timex.end, next.start));
  // "the 1991 settlement", "a June 1 deadline"
  if (at > 0 && cues.determiners.has(tokens[at - 1].lower) && joined && isNoun(next, cues)) return at - 1;
  // "Monday's closing price"
  const possessive = cues.datePossessives.find((ending) => text.startsWith(ending, timex.end));
  if (possessive !== undefined && next !== undefined && next.start > timex.end + possessive.length && isNoun(next, cues)) {
    return at > 0 && cues.determiners.has(tokens[at - 1].lower) ? at - 1 : at;
  }
  // "het akkoord van 1991", "de wet uit 1998"; not the start of a range ("van 2019 tot 2021")
  if (at >= 2 && cues.dateModifierLinks.has(tokens[at - 1].lower) && isNoun(tokens[at - 2], cues) && !(next && cues.rangeJoiners.has(next.lower))) {
    for (let k = at - 3; k >= Math.max(0, at - 3 - MAX_WORDS_AFTER_ARTICLE); k--) {
      if (cues.determiners.has(tokens[k].lower)) return k;
      if (!isNoun(tokens[k], cues)) return -1;
    }
  }
  return -1;
}

/** A content word that may head or start a noun phrase: no function word, preposition, article or verb form. */
function isNoun(token: Token, cues: CompiledCues): boolean {
  const word = token.lower;
  if (word === '' || !/^\p{L}/u.test(word)) return false;
  if (cues.stopwords.has(word) || cues.prepositions.has(word) || cues.determiners.has(word)) return false;
  const tense = cues.tense;
  return !(
    tense.modals.has(word) || tense.future.has(word) || tense.perfectPresent.has(word) || tense.perfectPast.has(word) ||
    tense.bePresent.has(word) || tense.bePast.has(word) || tense.pastForms.has(word) || tense.presentForms.has(word)
  );
}

/** Does the phrase at `start` open its clause after a preposition ("In a Wednesday media event, ...")? */
function opensClauseAfterPreposition(text: string, tokens: readonly Token[], start: number, cues: CompiledCues): boolean {
  const preposition = start - 1;
  if (preposition < 0 || !cues.prepositions.has(tokens[preposition].lower)) return false;
  return preposition === 0 || /[,;:]/.test(text.slice(tokens[preposition - 1].end, tokens[preposition].start));
}
