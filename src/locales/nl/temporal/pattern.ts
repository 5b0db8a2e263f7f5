/**
 * Building blocks for the Dutch patterns. Every piece is a plain alternation or a bounded repeat, so composed patterns
 * have no nested unbounded quantifiers and match in linear time.
 */

/** Start of a word. JavaScript's `\b` only knows ASCII letters, so "één" or "financiële" need Unicode classes. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
/** End of a word. */
export const WORD_END = '(?![\\p{L}\\p{N}_])';
/** Space between two words of one expression: up to three blanks, no line break in between paragraphs. */
export const GAP = '[ \\t\\u00a0]{1,3}(?:\\r?\\n[ \\t\\u00a0]{0,3})?';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of words or phrases, longest first so "afgelopen" is tried before "af"; spaces become {@link GAP}. */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map((word) => escape(word).replace(/ /g, GAP)).join('|')})`;
}

/** A whole word or phrase from the list. */
export function wordsPattern(words: Iterable<string>): string {
  return `${WORD_START}${alternation(words)}${WORD_END}`;
}

/** Compile a parser pattern: global, case-insensitive, Unicode, with group indices. */
export function compile(source: string, caseSensitive = false): RegExp {
  return new RegExp(source, caseSensitive ? 'gud' : 'giud');
}

/** Lower-case a matched phrase and collapse its inner white space, for word-list look-ups. */
export function normalize(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Offsets of a named group in a match compiled with the `d` flag. */
export function groupSpan(match: RegExpExecArray, name: string): { start: number; end: number } | undefined {
  const span = match.indices?.groups?.[name];
  return span ? { start: span[0], end: span[1] } : undefined;
}
