/**
 * Clusters: a faint span and a count badge; activating one zooms into its span. The spans of all clusters are one
 * path (bound to the clusters, for clicks on a span): zooming changes every span's width on every frame, and one
 * path written once costs the browser far less than two attribute writes per cluster.
 */
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
  const spans = scene.clusterSpans.node()!;
  setAttr(spans, 'd', clusters.length ? clusters.map(spanPath).join('') : null);
  (spans as Element & { __data__?: unknown }).__data__ = clusters;
  const nodes = joinRecycled(layer, clusters, (d) => d.key, () => {
    const g = select(layer.ownerDocument.createElementNS(layer.namespaceURI, 'g') as SVGGElement).attr('class', 'et-cluster');
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
    // Built in this order by the create function above: badge, count.
    const badge = node.firstElementChild;
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

/** Half the height of a cluster's span, which is also its corner radius: a capsule from x0 to x1 (2 px at least). */
const SPAN_RADIUS = 5;

/** A span is drawn at least this wide (px), so a cluster of one instant still shows where it is. */
const MIN_SPAN_WIDTH = 2;

/** The cluster whose span holds the plot point (x, y), within a pixel; undefined when none does. */
export function clusterAt(clusters: readonly PlacedCluster[], x: number, y: number): PlacedCluster | undefined {
  return clusters.find((c) => Math.abs(y - c.y) <= SPAN_RADIUS && x >= c.x0 - 1 && x <= c.x0 + Math.max(MIN_SPAN_WIDTH, c.x1 - c.x0) + 1);
}

/** A cluster's span as a closed capsule, in plot coordinates. */
export function spanPath(d: PlacedCluster): string {
  const width = Math.max(MIN_SPAN_WIDTH, d.x1 - d.x0);
  const r = Math.min(SPAN_RADIUS, width / 2);
  const left = round(d.x0 + r);
  const right = round(d.x0 + width - r);
  const top = round(d.y - SPAN_RADIUS);
  const bottom = round(d.y + SPAN_RADIUS);
  const rx = round(r);
  return `M${left},${top}H${right}A${rx},${SPAN_RADIUS} 0 0 1 ${right},${bottom}H${left}A${rx},${SPAN_RADIUS} 0 0 1 ${left},${top}Z`;
}
