/**
 * Clusters: a faint span, a count badge and its count; activating one zooms into its span. The spans of all
 * clusters are one path, and their badges another (both bound to the clusters, for clicks): zooming moves every
 * cluster on every frame, and a path written once costs the browser far less than an element per cluster (at
 * 100,000 events zoomed out, 250 clusters were 750 elements). Each cluster keeps one `g` with its count `text`,
 * the element that carries its accessible name and count.
 */
import type { PlacedCluster } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import type { TimelineLabels } from './labels.js';
import { clusterAccessibleName } from './describe.js';
import { domId } from './ids.js';
import { round, translate } from './geometry.js';
import { joinRecycled, setAttr, setText } from './attr.js';

export function renderClusters(
  scene: SvgScene,
  clusters: readonly PlacedCluster[],
  context: { idPrefix: string; labels: TimelineLabels; lang: string },
): void {
  const layer = scene.clusters;
  const spans = scene.clusterSpans;
  setAttr(spans, 'd', clusters.length ? clusters.map(spanPath).join('') : null);
  (spans as Element & { __data__?: unknown }).__data__ = clusters;
  const badges = scene.clusterBadges;
  setAttr(badges, 'd', clusters.length ? clusters.map(badgePath).join('') : null);
  (badges as Element & { __data__?: unknown }).__data__ = clusters;
  const doc = layer.ownerDocument;
  const nodes = joinRecycled(layer, clusters, (d) => d.key, () => {
    const g = doc.createElementNS(layer.namespaceURI, 'g') as SVGGElement;
    g.setAttribute('class', 'et-cluster');
    const count = doc.createElementNS(layer.namespaceURI, 'text');
    count.setAttribute('class', 'et-cluster-count');
    count.setAttribute('y', '4');
    count.setAttribute('text-anchor', 'middle');
    g.append(count);
    return g;
  });
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const d = clusters[i];
    // Only values that changed are written (see attr.ts); the id is derived again only for a node's new key.
    const keyed = node as Element & { __etKey?: string };
    if (keyed.__etKey !== d.key) setAttr(node, 'id', domId(context.idPrefix, 'cluster', (keyed.__etKey = d.key)));
    setAttr(node, 'data-count', d.count);
    setAttr(node, 'role', 'img');
    setAttr(node, 'aria-roledescription', context.labels.clusterRole);
    setAttr(node, 'aria-label', accessibleName(node, d, context));
    setAttr(node, 'transform', translate(d.x, d.y));
    const count = node.firstElementChild;
    if (count) setText(count, d.count > 999 ? `${Math.round(d.count / 1000)}k` : String(d.count));
  }
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

/** A cluster's badge radius: wider for three digits. */
const badgeRadius = (d: PlacedCluster) => (d.count > 99 ? 12 : 10);

/** The cluster whose badge holds the plot point (x, y); undefined when none does. */
export function clusterBadgeAt(clusters: readonly PlacedCluster[], x: number, y: number): PlacedCluster | undefined {
  // the last drawn is on top
  for (let i = clusters.length - 1; i >= 0; i--) if (Math.hypot(x - clusters[i].x, y - clusters[i].y) <= badgeRadius(clusters[i]) + 1) return clusters[i];
  return undefined;
}

/** A cluster's badge as a circle, in plot coordinates. */
export function badgePath(d: PlacedCluster): string {
  const r = badgeRadius(d);
  const x = round(d.x);
  const y = round(d.y);
  return `M${round(x - r)},${y}A${r},${r} 0 1 1 ${round(x + r)},${y}A${r},${r} 0 1 1 ${round(x - r)},${y}Z`;
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
