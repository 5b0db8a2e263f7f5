/** Accessible text of events and clusters: title, honest date and kind, in the reader's language. */
import type { PlacedCluster, PreparedEvent } from '../layout/types.js';
import type { TimelineLabels } from './labels.js';
import { utcFormatter } from '../format/intl-names.js';
import { isolateText } from '../format/isolate.js';

/** Honest date text of an event, e.g. "ergens in augustus 2020". Supplied by the format module. */
export type DescribeEvent = (prepared: PreparedEvent) => string;

export function eventAccessibleName(prepared: PreparedEvent, describe: DescribeEvent, labels: TimelineLabels): string {
  return labels.announce(isolateText(prepared.event.title), describe(prepared), labels.kinds[prepared.event.kind]);
}

/** "12 gebeurtenissen, 3 mei 2020 – 20 juni 2020, activeren om in te zoomen". */
export function clusterAccessibleName(cluster: PlacedCluster, lang: string, labels: TimelineLabels): string {
  return `${labels.cluster(cluster.count)}, ${formatSpan(cluster.start, cluster.end, lang)}, ${labels.clusterAction}`;
}

/** A UTC millisecond span [start, end) as inclusive days in the reader's language (the formatter cached by language). */
export function formatSpan(start: number, end: number, lang: string): string {
  const format = utcFormatter(lang, { day: 'numeric', month: 'long', year: 'numeric' });
  const first = format.format(start);
  const last = format.format(Math.max(start, end - 1));
  return first === last ? first : `${first} – ${last}`;
}
