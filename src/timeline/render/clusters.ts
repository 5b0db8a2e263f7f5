/** Clusters: a faint span and a count badge; activating one zooms into its span. */
import type { PlacedCluster } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import type { TimelineLabels } from './labels.js';
import { clusterAccessibleName } from './describe.js';
import { domId } from './ids.js';
import { round, translate } from './geometry.js';
import { joinRecycled, setAttr, setText } from './attr.js';
import { select } from 'd3-selection';

export function renderClusters(
  scene: SvgScene,
  clusters: readonly PlacedCluster[],
  context: { idPrefix: string; labels: TimelineLabels; lang: string },
): void {
  const layer = scene.clusters.node()!;
  const nodes = joinRecycled(layer, clusters, (d) => d.key, () => {
    const g = select(layer.ownerDocument.createElementNS(layer.namespaceURI, 'g') as SVGGElement).attr('class', 'et-cluster');
    g.append('rect').attr('class', 'et-cluster-span');
    g.append('circle').attr('class', 'et-cluster-badge');
    g.append('text').attr('class', 'et-cluster-count');
    return g.node()!;
  });
  nodes.forEach((node, i) => {
    const d = clusters[i];
    // Only values that changed are written (see attr.ts).
    setAttr(node, 'id', domId(context.idPrefix, 'cluster', d.key));
    setAttr(node, 'data-count', d.count);
    setAttr(node, 'role', 'img');
    setAttr(node, 'aria-roledescription', context.labels.clusterRole);
    setAttr(node, 'aria-label', accessibleName(node, d, context));
    setAttr(node, 'transform', translate(d.x, d.y));
    // Built in this order by the create function above: span, badge, count.
    const span = node.firstElementChild;
    if (span) {
      setAttr(span, 'x', round(d.x0 - d.x));
      setAttr(span, 'y', -5);
      setAttr(span, 'width', round(Math.max(2, d.x1 - d.x0)));
      setAttr(span, 'height', 10);
      setAttr(span, 'rx', 5);
    }
    const badge = span?.nextElementSibling;
    if (badge) setAttr(badge, 'r', d.count > 99 ? 12 : 10);
    const count = badge?.nextElementSibling;
    if (count) {
      setAttr(count, 'y', 4);
      setAttr(count, 'text-anchor', 'middle');
      setText(count, d.count > 999 ? `${Math.round(d.count / 1000)}k` : String(d.count));
    }
  });
}

type Named = Element & { __etName?: { count: number; start: number; end: number; labels: TimelineLabels; name: string } };

/** A cluster's name, composed again only when its count or span changed (not on every frame that moves it). */
function accessibleName(node: Element, d: PlacedCluster, context: { lang: string; labels: TimelineLabels }): string {
  const known = (node as Named).__etName;
  if (known && known.count === d.count && known.start === d.start && known.end === d.end && known.labels === context.labels) return known.name;
  const name = clusterAccessibleName(d, context.lang, context.labels);
  (node as Named).__etName = { count: d.count, start: d.start, end: d.end, labels: context.labels, name };
  return name;
}
