/**
 * The tiny contracts of temporal tagging, after chrono: a locale supplies parsers (one small parser per expression
 * family) and refiners; the shared tagger runs them and settles overlaps.
 */
import type { DocumentDate, Timex } from '../types.js';
import type { DaySpan } from '../time/units.js';
import type { TextMemo } from './text-memo.js';

/** Everything a parser may read besides its match. */
export interface ParseContext {
  /** The whole text being tagged. */
  readonly text: string;
  /** The document date every relative expression is resolved against. */
  readonly reference: DocumentDate;
  /** Day span the document date can stand for (one day, a month or a year). */
  readonly referenceSpan: DaySpan;
  /**
   * What parsers work out once for this text and share (the tagger gives each run a fresh one); without it, as in a
   * context made by hand, nothing is remembered and each question is worked out again.
   */
  readonly memo?: TextMemo;
}

/** A parser's proposal: a Timex without the parser name (the tagger adds it). */
export type TimexCandidate = Omit<Timex, 'parser'>;

/**
 * One expression family ("weekday", "relative-unit", "absolute-date" ...).
 * `pattern` must be a global (`g`) regular expression without nested unbounded quantifiers, so matching stays
 * linear in the text's length.
 */
export interface TemporalParser {
  readonly name: string;
  readonly pattern: RegExp;
  /**
   * Optional prefilter: pieces of words (and/or digits) of which every match of `pattern` contains at least one, a
   * word piece at the start of a word (not after a letter), such that what the match and its lookarounds read
   * spans fewer than {@link TRIGGER_REACH_BEFORE} (or the trigger's own `before`) non-blank characters before that
   * piece and fewer than {@link TRIGGER_REACH_AFTER} (or its `after`) after it (runs of white space count nothing). The tagger then runs `pattern` only
   * in the zones around such pieces, which finds exactly the matches a scan of the whole text would find. Without
   * a trigger the whole text is scanned.
   */
  readonly trigger?: ParserTrigger;
  /** Candidates for one match: fresh objects, kept nowhere else (the tagger adds the parser's name to each). */
  extract(match: RegExpExecArray, context: ParseContext): TimexCandidate | TimexCandidate[] | null;
}

/** What a parser's every match contains: one of `words` (case-insensitively, at the start of a word) or a digit. */
export interface ParserTrigger {
  readonly words?: readonly string[];
  readonly digits?: boolean;
  /**
   * With `digits`: only the runs of digits `text[start, end)` (as the trigger scan finds them, whole) for which this
   * holds count, when every digit a match needs stands in such a run ("1990" before an "s" for decades, four digits
   * for years): digits are everywhere in news, and each run opened a zone for every parser of digits.
   */
  readonly digitRun?: (text: string, start: number, end: number) => boolean;
  /**
   * The `words` are whole words, not pieces: in every match one of them stands followed by no letter, so the same
   * letters inside a longer word ("mar" of "market", "may" of "mayor") open no zone.
   */
  readonly wholeWords?: boolean;
  /** A tighter reach before the piece than {@link TRIGGER_REACH_BEFORE}, when the pattern allows (smaller zones). */
  readonly before?: number;
  /** A tighter reach after the piece than {@link TRIGGER_REACH_AFTER}. */
  readonly after?: number;
}

/**
 * How far a match may reach from its trigger piece, in non-blank characters (white space runs count nothing): the
 * longest English lead-in is about 58 ("approximately the remaining seventy-seven and a half consecutive days"),
 * the longest tail about 26 ("the fourth quarter of the previous financial year").
 */
export const TRIGGER_REACH_BEFORE = 80;
export const TRIGGER_REACH_AFTER = 48;

/** A pass over all found expressions of a text, in text order (merge ranges, anchor "later" to an earlier date ...). */
export interface TemporalRefiner {
  readonly name: string;
  refine(timexes: Timex[], context: ParseContext): Timex[];
}

/** The temporal part of a locale. */
export interface TemporalLocale {
  readonly parsers: readonly TemporalParser[];
  readonly refiners: readonly TemporalRefiner[];
}
