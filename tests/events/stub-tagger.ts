/**
 * A tiny stand-in temporal tagger with hand-written answers, so event logic is tested independently of the
 * real taggers (which other work fills in). Only the expressions listed here are found.
 */
import { documentDaySpan, toDocumentDate } from '../../src/time/document-date.js';
import { relativeUnit } from '../../src/time/window.js';
import type { TagOptions } from '../../src/temporal/tagger.js';
import type { Timex } from '../../src/types.js';

const DAY_OFFSETS: Record<string, number> = { morgen: 1, gisteren: -1, tomorrow: 1, yesterday: -1 };

export function stubTagger(text: string, options: TagOptions): Timex[] {
  const span = documentDaySpan(toDocumentDate(options.reference));
  const found: Timex[] = [];
  for (const match of text.matchAll(/\b(morgen|gisteren|tomorrow|yesterday)\b/gi)) {
    const window = relativeUnit(span, 'day', DAY_OFFSETS[match[1].toLowerCase()]);
    found.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], type: 'DATE', value: window.earliest === window.latest ? window.earliest : 'XXXX-XX-XX', anchor: 'document', window, parser: 'stub' });
  }
  for (const match of text.matchAll(/\b(?:on )?(9) (augustus|August) (2020)\b/g)) {
    found.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], type: 'DATE', value: '2020-08-09', anchor: 'absolute', window: { earliest: '2020-08-09', latest: '2020-08-09', granularity: 'day', certainty: 'exact' }, parser: 'stub' });
  }
  for (const match of text.matchAll(/\bthe day after\b/gi)) {
    found.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], type: 'DATE', value: 'XXXX-XX-XX', anchor: 'event', relation: 'after', parser: 'stub' });
  }
  return found.sort((a, b) => a.start - b.start);
}
