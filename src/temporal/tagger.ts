import { getLocale } from '../locales/index.js';
import { documentDaySpan, toDocumentDate } from '../time/document-date.js';
import type { DocumentDate, LanguageCode, Timex } from '../types.js';
import type { ParseContext } from './contract.js';
import { settleOverlaps } from './settle-overlaps.js';

/** Options of {@link tagTemporalExpressions}. */
export interface TagOptions {
  /** Language code of the text (`nl`, `en`). */
  language: LanguageCode;
  /** The document date everything relative is resolved against: `2020-08`, `2020-08-16`, or a parsed date. */
  reference: DocumentDate | string;
}

/**
 * Find every temporal expression in `text` and normalise it against the reference date.
 * Returns TIMEX3 type and value, the calendar window that can hold the referent, and how it was anchored.
 * @example tagTemporalExpressions('De president begint morgen.', { language: 'nl', reference: '2020-08' })
 */
export function tagTemporalExpressions(text: string, options: TagOptions): Timex[] {
  const locale = getLocale(options.language);
  const reference = toDocumentDate(options.reference);
  const context: ParseContext = { text, reference, referenceSpan: documentDaySpan(reference) };
  const found: Timex[] = [];
  const rank = new Map<string, number>();
  locale.temporal.parsers.forEach((parser, index) => {
    rank.set(parser.name, index);
    const pattern = parser.pattern.global ? parser.pattern : new RegExp(parser.pattern.source, `${parser.pattern.flags}g`);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const result = parser.extract(match, context);
      if (!result) continue;
      for (const candidate of Array.isArray(result) ? result : [result]) found.push({ ...candidate, parser: parser.name });
    }
  });
  const settled = settleOverlaps(found, rank);
  return locale.temporal.refiners.reduce((timexes, refiner) => refiner.refine(timexes, context), settled);
}
