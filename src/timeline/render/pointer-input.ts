/**
 * Pointer input on the plot. Marks are drawn in batches (a few paths per lane), so the mark under the pointer is
 * found by position (`markAt`, a per-row sorted index: hit-index.ts) from listeners on the plot, never by the
 * element that was hit; a cluster's count is an element that holds the cluster as its datum, and its span and
 * badge are parts of two paths that hold all clusters (the cluster is the one whose shape holds the point). Keys may hold any
 * character (the single lane's key contains U+0000), so nothing is read from an attribute.
 */
import { pointer } from './pointer.js';
import type { PlacedCluster, PlacedEvent } from '../layout/types.js';
import { clusterAt, clusterBadgeAt } from './clusters.js';

type Bound<T> = Element & { __data__?: T };

export function watchPointer(
  layers: { plot: SVGSVGElement; marks: SVGGElement; clusters: SVGGElement; clusterSpans: SVGPathElement; clusterBadges: SVGPathElement },
  handlers: {
    /** The mark at a point in the marks layer's coordinates (the layout's), if any. */
    markAt: (x: number, y: number) => PlacedEvent | undefined;
    onSelect: (eventId: string) => void;
    onHover: (key: string | null) => void;
    onCluster: (cluster: PlacedCluster) => void;
    signal: AbortSignal;
  },
): void {
  const { signal } = handlers;
  const onCluster = (target: EventTarget | null) => !!(target as Element | null)?.closest?.('g.et-cluster, .et-cluster-span, .et-cluster-badge');
  const markOf = (event: MouseEvent) => {
    const [x, y] = pointer(event, layers.marks);
    return handlers.markAt(x, y);
  };
  layers.plot.addEventListener(
    'click',
    (event) => {
      if (onCluster(event.target)) return;
      const placed = markOf(event);
      if (placed) handlers.onSelect(placed.prepared.event.id);
    },
    { signal },
  );
  layers.plot.addEventListener(
    'pointermove',
    (event) => {
      // A pressed button is a drag (zoom-control.ts pans): no tooltip follows it.
      if (event.buttons) return;
      handlers.onHover(onCluster(event.target) ? null : (markOf(event)?.key ?? null));
    },
    { signal },
  );
  layers.plot.addEventListener('pointerleave', () => handlers.onHover(null), { signal });
  layers.clusters.addEventListener(
    'click',
    (event) => {
      const cluster = ((event.target as Element).closest?.('g.et-cluster') as Bound<PlacedCluster> | null)?.__data__;
      if (cluster) handlers.onCluster(cluster);
    },
    { signal },
  );
  // The spans and the badges are two paths bound to the clusters: the cluster is the one whose shape holds the point.
  const shapeClick = (path: SVGPathElement, at: typeof clusterAt) => (event: MouseEvent) => {
    const clusters = (path as Bound<readonly PlacedCluster[]>).__data__ ?? [];
    const [x, y] = pointer(event, path);
    const cluster = at(clusters, x, y);
    if (cluster) handlers.onCluster(cluster);
  };
  layers.clusterSpans.addEventListener('click', shapeClick(layers.clusterSpans, clusterAt), { signal });
  layers.clusterBadges.addEventListener('click', shapeClick(layers.clusterBadges, clusterBadgeAt), { signal });
}
