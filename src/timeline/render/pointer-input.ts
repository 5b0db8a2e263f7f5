/**
 * Pointer input on the plot. Marks and clusters are drawn in batches (a few paths for many), so what is under the
 * pointer is found by position from listeners on the plot (`clusterAt` and `markAt`, per-row sorted indexes:
 * hit-index.ts), never by the element that was hit. Keys may hold any character (the single lane's key contains
 * U+0000), so nothing is read from an attribute.
 */
import { pointer } from './pointer.js';
import type { PlacedCluster, PlacedEvent } from '../layout/types.js';

export function watchPointer(
  layers: { plot: SVGSVGElement; marks: SVGGElement },
  handlers: {
    /** The cluster and the mark at a point in the marks layer's coordinates (the layout's), if any. */
    clusterAt: (x: number, y: number) => PlacedCluster | undefined;
    markAt: (x: number, y: number) => PlacedEvent | undefined;
    onSelect: (eventId: string) => void;
    /** The mark the pointer is on (its tooltip), and the cluster (its real element), or null. */
    onHover: (key: string | null, cluster: string | null) => void;
    onCluster: (cluster: PlacedCluster) => void;
    signal: AbortSignal;
  },
): void {
  const { signal } = handlers;
  const at = (event: MouseEvent) => {
    const [x, y] = pointer(event, layers.marks);
    const cluster = handlers.clusterAt(x, y);
    return { cluster, mark: cluster ? undefined : handlers.markAt(x, y) };
  };
  layers.plot.addEventListener(
    'click',
    (event) => {
      const { cluster, mark } = at(event);
      if (cluster) handlers.onCluster(cluster);
      else if (mark) handlers.onSelect(mark.prepared.event.id);
    },
    { signal },
  );
  layers.plot.addEventListener(
    'pointermove',
    (event) => {
      // A pressed button is a drag (zoom-control.ts pans): no tooltip follows it.
      if (event.buttons) return;
      const { cluster, mark } = at(event);
      handlers.onHover(mark?.key ?? null, cluster?.key ?? null);
    },
    { signal },
  );
  layers.plot.addEventListener('pointerleave', () => handlers.onHover(null, null), { signal });
}
