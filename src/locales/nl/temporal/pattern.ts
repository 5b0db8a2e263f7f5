/**
 * Dutch pattern building blocks on top of the shared ones (`temporal/common/patterns`). Every piece is a plain
 * alternation or a bounded repeat, so composed patterns have no nested unbounded quantifiers and match in linear time.
 */
export { alternation, lookup, WORD_END, WORD_START } from '../../../temporal/common/index.js';
import { alternation, WORD_END, WORD_START } from '../../../temporal/common/index.js';

/** Space between two words of one expression: up to three blanks, or one line break with blanks around it. */
export const GAP = '(?:[ \\t\\u00a0]{1,3}|[ \\t\\u00a0]{0,3}\\r?\\n[ \\t\\u00a0]{0,3})';

/** The "'s" of "'s avonds", with a straight or a typographic apostrophe. */
export const APOSTROPHE_S = "['’]s";

/** A whole word or phrase from the list. */
export function wordsPattern(words: Iterable<string>): string {
  return `${WORD_START}${alternation(words)}${WORD_END}`;
}

/** Compile a parser pattern: global, case-insensitive, Unicode, with group indices (`d`) for sub-spans. */
export function compile(source: string): RegExp {
  return new RegExp(source, 'giud');
}

/** Lower-case a matched phrase and collapse its inner white space, for word-list look-ups. */
export function normalize(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}
