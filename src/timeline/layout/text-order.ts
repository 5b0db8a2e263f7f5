/** The order in which the articles tell things: article, then paragraph and offset, then id as a last resort. */
import type { EventRecord } from '../../types.js';

// Code-point comparison: deterministic everywhere, unlike localeCompare.
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareTextOrder(a: EventRecord, b: EventRecord): number {
  return (
    compareStrings(a.source.article, b.source.article) ||
    a.source.paragraph - b.source.paragraph ||
    a.source.sentenceStart - b.source.sentenceStart ||
    (a.source.timexStart ?? a.source.sentenceStart) - (b.source.timexStart ?? b.source.sentenceStart) ||
    compareStrings(a.id, b.id)
  );
}

export { compareStrings };
