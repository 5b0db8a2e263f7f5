/**
 * Clusters: a faint span, a count badge and its count; activating one zooms into its span. Zooming moves every
 * cluster on every frame, and the browser restyles and lays out again each element that moves (232 clusters moved
 * one `g` each: 11 to 27 ms a frame at 1,000 events, against 0.1 to 0.2 ms for a path of 232 parts), so all clusters
 * are three elements whatever their number: one path of spans, one of badges, and one `<text>` of every count whose
 * characters are placed one by one (SVG positions each character given an `x` and `y`, and anchors each such
 * character at its middle). The pointer finds a cluster by position (clusterIndex, as marks are found); the cluster
 * the pointer is on is also a real element on top, `g.et-cluster` with its accessible name and count.
 */
import type { PlacedCluster } from '../layout/types.js';
import { createSvg, type SvgScene } from './svg-scene.js';
import type { TimelineLabels } from './labels.js';
import { clusterAccessibleName } from './describe.js';
import { domId } from './ids.js';
import { round, translate } from './geometry.js';
import { setAttr, setText } from './attr.js';
import { rowIndex, type HitIndex } from './hit-index.js';

export function renderClusters(
  scene: SvgScene,
  clusters: readonly PlacedCluster[],
  context: { idPrefix: string; labels: TimelineLabels; lang: string },
  focusedKey?: string | null,
): void {
  const bind = (node: Element) => ((node as Element & { __data__?: unknown }).__data__ = clusters);
  setAttr(scene.clusterSpans, 'd', clusters.length ? clusters.map(spanPath).join('') : null);
  bind(scene.clusterSpans);
  setAttr(scene.clusterBadges, 'd', clusters.length ? clusters.map(badgePath).join('') : null);
  bind(scene.clusterBadges);
  const focused = focusedKey ? clusters.find((c) => c.key === focusedKey) : undefined;
  const counts = countGlyphs(focused ? clusters.filter((c) => c !== focused) : clusters, COUNT_ADVANCE);
  const text = scene.clusterCounts;
  setAttr(text, 'x', counts.x || null);
  setAttr(text, 'y', counts.y || null);
  if (text.textContent !== counts.text) text.textContent = counts.text;
  bind(text);
  renderFocusedCluster(scene.clusters, focused, context);
}

/** The cluster the pointer is on, as a real element with its name and count (at most one, over the paths). */
function renderFocusedCluster(layer: SVGGElement, focused: PlacedCluster | undefined, context: { idPrefix: string; labels: TimelineLabels; lang: string }): void {
  let node = layer.firstElementChild as (SVGGElement & { __data__?: PlacedCluster }) | null;
  if (!focused) return node?.remove();
  if (!node) {
    node = layer.appendChild(createSvg(layer.ownerDocument, 'g', { class: 'et-cluster' }));
    node.append(createSvg(layer.ownerDocument, 'text', { class: 'et-cluster-count', y: 4, 'text-anchor': 'middle' }));
  }
  node.__data__ = focused;
  setAttr(node, 'id', domId(context.idPrefix, 'cluster', focused.key));
  setAttr(node, 'data-count', focused.count);
  setAttr(node, 'role', 'img');
  setAttr(node, 'aria-roledescription', context.labels.clusterRole);
  setAttr(node, 'aria-label', clusterAccessibleName(focused, context.lang, context.labels));
  setAttr(node, 'transform', translate(focused.x, focused.y));
  setText(node.firstElementChild!, countText(focused.count));
}

/** A cluster's count as drawn: up to 999, then in thousands ("12k"). */
export const countText = (count: number) => (count > 999 ? `${Math.round(count / 1000)}k` : String(count));

/**
 * px from one digit's middle to the next in a count: 11 px bold digits advance 6.2 (Roboto, Segoe UI) to 7.7 px
 * (DejaVu Sans); each is drawn at its own middle, so a font's width shifts no count off its badge.
 */
const COUNT_ADVANCE = 7;

/**
 * Every count of `clusters` as one text: its characters, and an x and a y for each, the middle of the character
 * (a count's characters side by side, `advance` apart, centred on its badge).
 */
export function countGlyphs(clusters: readonly PlacedCluster[], advance: number): { text: string; x: string; y: string } {
  let text = '';
  const xs: number[] = [];
  const ys: number[] = [];
  for (const c of clusters) {
    const count = countText(c.count);
    text += count;
    const y = round(c.y + 4);
    for (let i = 0; i < count.length; i++) {
      xs.push(round(c.x + (i - (count.length - 1) / 2) * advance));
      ys.push(y);
    }
  }
  return { text, x: xs.join(' '), y: ys.join(' ') };
}

/** Half the height of a cluster's span, which is also its corner radius: a capsule from x0 to x1 (2 px at least). */
const SPAN_RADIUS = 5;

/** A span is drawn at least this wide (px), so a cluster of one instant still shows where it is. */
const MIN_SPAN_WIDTH = 2;

/** A cluster's badge radius: wider for three digits. */
const badgeRadius = (d: PlacedCluster) => (d.count > 99 ? 12 : 10);

const inSpan = (c: PlacedCluster, x: number, y: number) => Math.abs(y - c.y) <= SPAN_RADIUS && x >= c.x0 - 1 && x <= c.x0 + Math.max(MIN_SPAN_WIDTH, c.x1 - c.x0) + 1;
const inBadge = (c: PlacedCluster, x: number, y: number) => Math.hypot(x - c.x, y - c.y) <= badgeRadius(c) + 1;

/**
 * The clusters by position: the cluster whose badge (the last drawn on top) or else whose span holds a plot point,
 * within a pixel, by a binary search in its row (hit-index.ts).
 */
export function clusterIndex(clusters: readonly PlacedCluster[]): HitIndex<PlacedCluster> {
  const order = new Map(clusters.map((c, i) => [c, i]));
  return rowIndex(
    clusters,
    (c) => [Math.min(c.x0, c.x - badgeRadius(c)) - 1, Math.max(c.x0 + Math.max(MIN_SPAN_WIDTH, c.x1 - c.x0), c.x + badgeRadius(c)) + 1],
    13,
    (x, y) => (c) => (inBadge(c, x, y) ? order.get(c)! : inSpan(c, x, y) ? -1 - order.get(c)! : -Infinity),
  );
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
