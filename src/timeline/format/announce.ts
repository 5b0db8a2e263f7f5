/** Texts for screen readers and cluster marks (a cluster's whole accessible name: render/describe.ts). */
import type { EventRecord } from '../../types.js';
import { describeDate } from './describe-date.js';
import { fillTemplate, messages } from './messages.js';
import { kindName } from './kind-names.js';
import { formatCount } from './numbers.js';

/** "{title}, {date}, {kind}" in the reader's language, e.g. "Explosie in de haven, 4 augustus 2020, gebeurd". */
export function announceEvent(event: EventRecord, lang: string): string {
  return fillTemplate(messages(lang).announceEvent, {
    title: event.title,
    date: describeDate(event.date, lang),
    kind: kindName(event.kind, lang),
  });
}

/** "12 gebeurtenissen" / "1 event"; the number grouped the reader's way ("1.234"). */
export function clusterLabel(count: number, lang: string): string {
  const m = messages(lang);
  return fillTemplate(count === 1 ? m.clusterOne : m.clusterMany, { n: formatCount(count, lang) });
}
