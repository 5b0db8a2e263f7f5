/** Texts for screen readers and cluster marks. */
import { formatDay } from '../../time/calendar.js';
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

const DAY_MS = 86_400_000;

/**
 * "12 gebeurtenissen, van 2 tot en met 9 augustus 2020": a cluster's count and the days its time span
 * [start, end) (UTC ms, as on `PlacedCluster`) touches.
 */
export function announceCluster(count: number, start: number, end: number, lang: string): string {
  const first = Math.floor(start / DAY_MS);
  const last = Math.max(first, Math.ceil(end / DAY_MS) - 1);
  const date = describeDate({ earliest: formatDay(first), latest: formatDay(last), granularity: 'day', certainty: 'period' }, lang);
  return fillTemplate(messages(lang).announceCluster, { count: clusterLabel(count, lang), date });
}
