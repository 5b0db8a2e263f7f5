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

/**
 * Start guard: not glued to a preceding letter, digit or underscore; the same as `(?<![\p{L}\p{N}_])`, written so
 * that an ASCII neighbour (nearly always) is decided by a small inline class and only a non-ASCII one goes to the
 * large Unicode classes (which V8 tests by a call per character: checked at every position, that is most of a scan).
 */
export const WORD_START = '(?<![0-9A-Z_a-z])(?<![\\p{L}\\p{N}](?<=[^\\x00-\\x7F]))';
/** Not after a letter: `(?<!\p{L})` with the same ASCII-first split as {@link WORD_START}. */
export const NOT_AFTER_LETTER = '(?<![A-Za-z])(?<!\\p{L}(?<=[^\\x00-\\x7F]))';
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

/** Global (`g`) versions of patterns handed in without the flag, compiled once per pattern. */
const globalVersions = new WeakMap<RegExp, RegExp>();

/** `pattern` itself when it is global, else its global version (compiled on first use, then reused). */
export function globalVersion(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let global = globalVersions.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globalVersions.set(pattern, global);
  }
  return global;
}

/**
 * Blank subjects of 1,024 characters, one-byte and two-byte (V8 compiles a pattern once for each string encoding).
 * A subject this long makes V8 compile a pattern to machine code at once; one first met on short subjects (the
 * zones' prefixes) starts in V8's regexp interpreter and its later code scanned the texts measurably slower
 * (tagging the bench's corpus took about 40% more CPU). Blanks match nothing a parser looks for, and nothing else
 * depends on them: only how fast later scans run.
 */
const COMPILING_SUBJECTS = [' '.repeat(1024), `${' '.repeat(1023)}\u2019`];
const compiled = new WeakSet<RegExp>();

/** `pattern` (global or sticky), run once over each blank subject on first use so that V8 compiles it; lastIndex reset. */
export function compiledEarly(pattern: RegExp): RegExp {
  if (!compiled.has(pattern)) {
    compiled.add(pattern);
    for (const subject of COMPILING_SUBJECTS) {
      pattern.lastIndex = 0;
      pattern.exec(subject);
    }
    pattern.lastIndex = 0;
  }
  return pattern;
}
