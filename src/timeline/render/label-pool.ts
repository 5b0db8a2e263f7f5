/**
 * Mark labels and kind badges as a bounded pool of `<text>` elements: one per mark that has a label (the layout's
 * cut text, `label`, at `labelX`) or a badge, reused by mark key from frame to frame (joinRecycled), at most
 * MAX_LABELS of each. The text and placement are those a single mark gives its label (marks.ts).
 *
 * Each pooled `<text>` sits in a `<g>` of its own that carries its position as a translation: a zoom frame moves
 * every label, and Chromium lays a `<text>` out again (text chunks, shaping) whenever its own `x`, `y` or
 * `transform` changes, but not when a parent group's translation does (300 labels moved a frame: 8 ms of layout
 * by `x`, 0.15 ms by their groups).
 */
import type { PlacedEvent } from '../layout/types.js';
import type { TimelineLabels } from './labels.js';
import { joinRecycled, setAttr, setText } from './attr.js';
import { round } from './geometry.js';
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

/**
 * A mark's label as the layout placed it (layout/label-spot.ts decides the text, where it starts, its side and
 * whether it is written on a bar), in layout coordinates. A label before its mark is anchored at its end, next to
 * the mark: its width is an estimate, and a font wider than the estimate then runs into the free space on the left.
 * A label on a span is written without a halo: on a bar in the background colour, on a window's faint tint or a
 * repeat's faded bar in the text colour.
 */
export function labelPlacement(d: PlacedEvent, repeat = false): LabelPlacement {
  const leftOfMark = d.labelSide === 'before';
  return {
    text: d.label,
    className: d.labelOnBar && !repeat ? 'et-label et-label-on-bar' : d.labelSide === 'on' ? 'et-label et-label-on-span' : 'et-label',
    x: round(leftOfMark ? d.labelX + d.labelWidth : d.labelX),
    y: round(d.y + 4),
    anchorEnd: leftOfMark,
    hidden: !!d.labelHidden,
  };
}

export const hasBadge = (d: PlacedEvent) => d.prepared.event.kind === 'conditional' || d.prepared.event.kind === 'speculative';

type Bound = Element & { __data__?: PlacedEvent };

/**
 * The pool's nodes for `items` in `layer`: a `<g>` per item, keyed by mark, holding one `<text>` (bound to the
 * item too, as the group is).
 */
function textSlots(layer: SVGGElement, items: readonly PlacedEvent[]): { slot: Element; text: Element }[] {
  const doc = layer.ownerDocument;
  const slots = joinRecycled(
    layer,
    items,
    (d) => d.key,
    () => {
      const g = doc.createElementNS(layer.namespaceURI, 'g') as SVGGElement;
      g.append(doc.createElementNS(layer.namespaceURI, 'text'));
      return g;
    },
    // Labels never overlap one another (the layout keeps them apart): their order in the pool does not matter.
    { ordered: false },
  );
  return slots.map((slot, i) => {
    const text = slot.firstElementChild as Bound;
    text.__data__ = items[i];
    return { slot, text };
  });
}

/** The labels of `items` (the marks drawn in batches) into `layer`, at most MAX_LABELS. */
export function renderLabelPool(layer: SVGGElement, items: readonly PlacedEvent[], firstLane: FirstLane): void {
  const labelled = boundedBy(items.filter((d) => d.label !== ''), MAX_LABELS);
  const slots = textSlots(layer, labelled);
  for (let i = 0; i < slots.length; i++) {
    const place = labelPlacement(labelled[i], isRepeatItem(labelled[i], firstLane));
    setAttr(slots[i].slot, 'transform', `translate(${place.x},${place.y})`);
    drawLabelText(slots[i].text, place);
  }
}

/** A mark's label into a `<text>` of a real mark, at its place; `repeat` for a repeat's (its bar is faded). */
export function drawLabel(node: Element, d: PlacedEvent, repeat = false): void {
  const place = labelPlacement(d, repeat);
  setAttr(node, 'class', place.className);
  setAttr(node, 'x', place.x);
  setAttr(node, 'y', place.y);
  drawLabelText(node, place);
}

/** A label's class, anchor, visibility and text (its place is the caller's). */
function drawLabelText(node: Element, place: LabelPlacement): void {
  setAttr(node, 'class', place.className);
  setAttr(node, 'text-anchor', place.anchorEnd ? 'end' : null);
  // Hidden for a gesture frame without touching the text (no new text layout).
  setAttr(node, 'visibility', place.hidden ? 'hidden' : null);
  setText(node, place.text);
}

/** The kind badges ("if", "?") of `items` into `layer`, at most MAX_LABELS. */
export function renderBadgePool(layer: SVGGElement, items: readonly PlacedEvent[], labels: TimelineLabels, firstLane: FirstLane): void {
  const badged = boundedBy(items.filter(hasBadge), MAX_LABELS);
  const slots = textSlots(layer, badged);
  for (let i = 0; i < slots.length; i++) {
    const d = badged[i];
    setAttr(slots[i].slot, 'transform', `translate(${badgeX(d)},${badgeY(d)})`);
    drawBadgeText(slots[i].text, d, labels, firstLane);
  }
}

const badgeX = (d: PlacedEvent) => round(decorationAnchor(d) + 8);
const badgeY = (d: PlacedEvent) => round(d.y - 9);

/** A mark's kind badge into a `<text>` of a real mark, at its place. */
export function drawBadge(node: Element, d: PlacedEvent, labels: TimelineLabels, firstLane: FirstLane): void {
  setAttr(node, 'class', badgeClass(d));
  setAttr(node, 'x', badgeX(d));
  setAttr(node, 'y', badgeY(d));
  drawBadgeText(node, d, labels, firstLane);
}

const badgeClass = (d: PlacedEvent) => `et-badge et-kind-${d.prepared.event.kind}`;

/** A badge's class, opacity and text (its place is the caller's). */
function drawBadgeText(node: Element, d: PlacedEvent, labels: TimelineLabels, firstLane: FirstLane): void {
  setAttr(node, 'class', badgeClass(d));
  setAttr(node, 'opacity', isRepeatItem(d, firstLane) ? REPEAT_OPACITY : 1);
  setText(node, d.prepared.event.kind === 'conditional' ? labels.conditionalBadge : '?');
}

/** The first `max` of `items` (a frame's items are its view and a margin: more than the bound is rare). */
const boundedBy = <T>(items: readonly T[], max: number): readonly T[] => (items.length > max ? items.slice(0, max) : items);
