/**
 * Pointer input on the plot, delegated from the layer groups so marks carry no listeners of their own.
 * Keys may hold any character (the single lane's key contains U+0000), so they are read from the datum
 * d3 bound to the mark, never from an attribute.
 */
import { pointer } from 'd3-selection';
import type { PlacedCluster, PlacedEvent } from '../layout/types.js';
import { clusterAt } from './clusters.js';

type Bound<T> = Element & { __data__?: T };

export function watchPointer(
  layers: { events: SVGGElement; clusters: SVGGElement; clusterSpans: SVGPathElement },
  handlers: {
    onSelect: (eventId: string) => void;
    onHover: (key: string | null) => void;
    onCluster: (cluster: PlacedCluster) => void;
    signal: AbortSignal;
  },
): void {
  const { signal } = handlers;
  const markOf = (target: EventTarget | null) => ((target as Element | null)?.closest?.('g.et-event') ?? null) as Bound<PlacedEvent> | null;
  layers.events.addEventListener(
    'click',
    (event) => {
      const placed = markOf(event.target)?.__data__;
      if (placed) handlers.onSelect(placed.prepared.event.id);
    },
    { signal },
  );
  layers.events.addEventListener('pointerover', (event) => handlers.onHover(markOf(event.target)?.__data__?.key ?? null), { signal });
  layers.events.addEventListener(
    'pointerout',
    (event) => {
      // Moving between the parts of one mark is not leaving it.
      if (!markOf((event as PointerEvent).relatedTarget)) handlers.onHover(null);
    },
    { signal },
  );
  layers.clusters.addEventListener(
    'click',
    (event) => {
      const cluster = ((event.target as Element).closest?.('g.et-cluster') as Bound<PlacedCluster> | null)?.__data__;
      if (cluster) handlers.onCluster(cluster);
    },
    { signal },
  );
  // The spans are one path bound to the clusters: the cluster is the one whose span holds the point.
  layers.clusterSpans.addEventListener(
    'click',
    (event) => {
      const clusters = (layers.clusterSpans as Bound<readonly PlacedCluster[]>).__data__ ?? [];
      const [x, y] = pointer(event, layers.clusterSpans);
      const cluster = clusterAt(clusters, x, y);
      if (cluster) handlers.onCluster(cluster);
    },
    { signal },
  );
}
