/** Test helpers: mount a timeline in the jsdom document and drive it like a reader would. */
import { createTimeline, type TimelineOptions } from '../../../src/timeline/render/create-timeline.js';
import type { EventRecord } from '../../../src/types.js';
import type { PlacedCluster, PlacedEvent } from '../../../src/timeline/layout/types.js';

type Bound<T> = Element & { __data__?: T };

/**
 * Every mark the plot draws: those drawn in batches (each lane's `g.et-lane-marks` holds its placed events as its
 * datum) and the real elements on top (the active and the selected event).
 */
export function drawnMarks(root: ParentNode): PlacedEvent[] {
  const batched = [...root.querySelectorAll('g.et-lane-marks')].flatMap((g) => (g as Bound<{ items: PlacedEvent[] }>).__data__?.items ?? []);
  const real = [...root.querySelectorAll('g.et-event')].map((g) => (g as Bound<PlacedEvent>).__data__!);
  return [...batched, ...real];
}

/** Every cluster the plot draws: they are drawn as paths, which hold the clusters as their datum (clusters.ts). */
export function drawnClusters(root: ParentNode): PlacedCluster[] {
  return (root.querySelector('path.et-cluster-span') as Bound<PlacedCluster[]> | null)?.__data__ ?? [];
}

/** The distinct event ids of the drawn marks, sorted. */
export const drawnIds = (root: ParentNode) => [...new Set(drawnMarks(root).map((d) => d.prepared.event.id))].sort();

export function mount(events: readonly EventRecord[], options: TimelineOptions = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const timeline = createTimeline(host, events, { lang: 'nl', ...options });
  const root = timeline.root;
  const svg = root.querySelector<SVGSVGElement>('svg[data-part="plot"]')!;
  const press = (key: string, target: Element = svg) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const activeMark = () => {
    const id = svg.getAttribute('aria-activedescendant');
    return id ? root.getElementById(id) : null;
  };
  const marks = () => drawnMarks(root);
  /** The real element of event `id` (selected, so drawn on top with its name), or null when it is not drawn. */
  const realMark = (id: string) => {
    timeline.select(id);
    return root.querySelector<SVGGElement>(`g.et-event[data-event-id="${id}"]`);
  };
  const details = () => root.querySelector<HTMLElement>('[data-part="details"]')!;
  const cleanup = () => {
    timeline.destroy();
    host.remove();
  };
  return { host, timeline, root, svg, press, activeMark, marks, realMark, details, cleanup };
}
