/**
 * The tiny contracts of temporal tagging, after chrono: a locale supplies parsers (one small parser per expression
 * family) and refiners; the shared tagger runs them and settles overlaps.
 */
import type { DocumentDate, Timex } from '../types.js';
import type { DaySpan } from '../time/units.js';

/** Everything a parser may read besides its match. */
export interface ParseContext {
  /** The whole text being tagged. */
  readonly text: string;
  /** The document date every relative expression is resolved against. */
  readonly reference: DocumentDate;
  /** Day span the document date can stand for (one day, a month or a year). */
  readonly referenceSpan: DaySpan;
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
  extract(match: RegExpExecArray, context: ParseContext): TimexCandidate | TimexCandidate[] | null;
}

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
