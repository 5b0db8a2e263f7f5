/**
 * Regex building blocks shared by every locale. Everything here yields patterns without nested unbounded
 * quantifiers: alternations of literal words and bounded gaps, so matching stays linear in the text's length.
 */

/** Escape a literal for use inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A non-capturing alternation of literal words, longest first so that "sept" is tried before "sep".
 * Spaces in a word match one run of whitespace.
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})`;
}

/** Start guard: not glued to a preceding letter, digit or hyphen-joined word. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
/** End guard: not followed by a letter or digit. */
export const WORD_END = '(?![\\p{L}\\p{N}_])';

/** Wrap a pattern body with word guards and compile it as a global, case-insensitive, Unicode pattern. */
export function wordPattern(body: string, flags = 'giu'): RegExp {
  return new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
}

/** Look up a matched word in a table case-insensitively, with whitespace runs collapsed. */
export function lookup<T>(table: Readonly<Record<string, T>>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
