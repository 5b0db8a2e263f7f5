/**
 * Mark labels and kind badges as a bounded pool of `<text>` elements: one per mark that has a label (the layout's
 * cut text, `label`, at `labelX`) or a badge, reused by mark key from frame to frame (joinRecycled), at most
 * MAX_LABELS of each. The text and placement are those a single mark gives its label (marks.ts).
 */
import type { PlacedEvent } from '../layout/types.js';
import type { TimelineLabels } from './labels.js';
import { joinRecycled, setAttr, setText } from './attr.js';
import { FADE_SHARE, MARKER_RADIUS, fadeOf, round } from './geometry.js';
import { estimateTextWidth } from './measure.js';
import { decorationAnchor, isRepeatItem, REPEAT_OPACITY, type FirstLane } from './mark-paths.js';

/** At most this many labels (and as many badges) a frame: a layout holds at most MAX_MARKS marks anyway. */
export const MAX_LABELS = 300;

/** Where a label goes: its text, class, x (absolute) and anchor, and whether it is hidden for a gesture frame. */
export interface LabelPlacement {
  text: string;
  className: string;
  x: number;
  y: number;
  anchorEnd: boolean;
  hidden: boolean;
}

/** A mark's label as marks.ts draws it, in layout coordinates. */
export function labelPlacement(d: PlacedEvent): LabelPlacement {
  const isPeriod = d.prepared.shape === 'period';
  const fade = isPeriod ? fadeOf(d) : null;
  // A label left of its mark is anchored at its end, next to the mark: its width is an estimate, and a font
  // wider than the estimate then runs into the free space on the left instead of over the mark.
  const markLeft = isPeriod ? d.x0 : d.x - MARKER_RADIUS;
  const estimate = d.label !== '' && d.labelX < markLeft ? estimateTextWidth(d.label, 11) : 0;
  const leftOfMark = estimate > 0 && d.labelX + estimate <= markLeft + 0.5;
  return {
    text: d.label,
    className: isPeriod && fitsOnBar(d, fade) ? 'et-label et-label-on-bar' : 'et-label',
    x: round(leftOfMark ? d.labelX + estimate : d.labelX),
    y: round(d.y + 4),
    anchorEnd: leftOfMark,
    hidden: !!d.labelHidden,
  };
}

/**
 * A period's label is written on its bar in the background colour when it fits on the solid part (kind colours
 * keep 4.5:1 against the background); otherwise, or over a faded end, it keeps the haloed text colour.
 */
export function fitsOnBar(d: PlacedEvent, fade: string | null): boolean {
  const span = d.x1 - d.x0;
  const solidStart = d.x0 + (fade === 'start' || fade === 'both' ? span * FADE_SHARE : 0);
  const solidEnd = d.x1 - (fade === 'end' || fade === 'both' ? span * FADE_SHARE : 0);
  return d.labelX >= solidStart && d.labelX + estimateTextWidth(d.label, 11) + 2 <= solidEnd;
}

export const hasBadge = (d: PlacedEvent) => d.prepared.event.kind === 'conditional' || d.prepared.event.kind === 'speculative';

/** The labels of `items` (the marks drawn in batches) into `layer`, at most MAX_LABELS. */
export function renderLabelPool(layer: SVGGElement, items: readonly PlacedEvent[]): void {
  const labelled = boundedBy(items.filter((d) => d.label !== ''), MAX_LABELS);
  const doc = layer.ownerDocument;
  const nodes = joinRecycled(layer, labelled, (d) => d.key, () => doc.createElementNS(layer.namespaceURI, 'text') as SVGTextElement);
  for (let i = 0; i < nodes.length; i++) drawLabel(nodes[i], labelled[i]);
}

/** A mark's label into a `<text>` (of the pool, or of a real mark). */
export function drawLabel(node: Element, d: PlacedEvent): void {
  const place = labelPlacement(d);
  setAttr(node, 'class', place.className);
  setAttr(node, 'x', place.x);
  setAttr(node, 'y', place.y);
  setAttr(node, 'text-anchor', place.anchorEnd ? 'end' : null);
  // Hidden for a gesture frame without touching the text (no new text layout).
  setAttr(node, 'visibility', place.hidden ? 'hidden' : null);
  setText(node, place.text);
}

/** The kind badges ("if", "?") of `items` into `layer`, at most MAX_LABELS. */
export function renderBadgePool(layer: SVGGElement, items: readonly PlacedEvent[], labels: TimelineLabels, firstLane: FirstLane): void {
  const badged = boundedBy(items.filter(hasBadge), MAX_LABELS);
  const doc = layer.ownerDocument;
  const nodes = joinRecycled(layer, badged, (d) => d.key, () => doc.createElementNS(layer.namespaceURI, 'text') as SVGTextElement);
  for (let i = 0; i < nodes.length; i++) drawBadge(nodes[i], badged[i], labels, firstLane);
}

/** A mark's kind badge into a `<text>`. */
export function drawBadge(node: Element, d: PlacedEvent, labels: TimelineLabels, firstLane: FirstLane): void {
  setAttr(node, 'class', `et-badge et-kind-${d.prepared.event.kind}`);
  setAttr(node, 'x', round(decorationAnchor(d) + 8));
  setAttr(node, 'y', round(d.y - 9));
  setAttr(node, 'opacity', isRepeatItem(d, firstLane) ? REPEAT_OPACITY : 1);
  setText(node, d.prepared.event.kind === 'conditional' ? labels.conditionalBadge : '?');
}

/** The first `max` of `items` (a frame's items are its view and a margin: more than the bound is rare). */
const boundedBy = <T>(items: readonly T[], max: number): readonly T[] => (items.length > max ? items.slice(0, max) : items);
