/**
 * Event marks drawn as real elements: one keyed `<g>` per event, for the few marks that need one (the active and
 * the selected event, drawn over the batches of mark-batches.ts: the focus ring, aria-activedescendant and the
 * details panel point at it). The same parts as a batch draws (mark-paths.ts). The shape says what is known of the date (solid diamond:
 * known day; hollow dashed circle over a faint range: one day somewhere in a window; solid bar: a period, with
 * faded ends where vague); decorations say the kind without relying on colour.
 */
import type { PlacedEvent } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import type { TimelineLabels } from './labels.js';
import { eventAccessibleName, type DescribeEvent } from './describe.js';
import { domId } from './ids.js';
import { labelPlacement } from './label-pool.js';
import { joinRecycled, setAttr, setText } from './attr.js';
import { BAR_HEIGHT, FADE_SHARE, MARKER_RADIUS, RANGE_HEIGHT, diamondPath, fadeOf, round, speechBubblePath, translate } from './geometry.js';
import { hasOpenEnd } from '../layout/shape.js';
import { fillTemplate } from '../format/index.js';
import { isolateText } from '../format/isolate.js';

export interface MarkContext {
  idPrefix: string;
  labels: TimelineLabels;
  describe: DescribeEvent;
  selectedId: string | null;
  /** Of an event's lanes, the one drawn highest: the copies in its other lanes are marked as repeats. */
  firstLane?: (keys: readonly string[]) => string;
}

/** Which child elements a mark was last given (see childrenOf): a spare node built alike is preferred. */
const builtSignature = new WeakMap<Element, string>();

export function renderEvents(scene: SvgScene, items: readonly PlacedEvent[], context: MarkContext): void {
  const layer = scene.events.node()!;
  const nodes = joinRecycled(layer, items, (d) => d.key, () => layer.ownerDocument.createElementNS(layer.namespaceURI, 'g') as SVGGElement, {
    ofNode: (node) => builtSignature.get(node),
    ofDatum: (d) => signatureOf(d.prepared.shape, d.prepared.event.kind, !!d.label),
  });
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const d = items[i];
    // Only values that changed are written: on a zoom or pan frame that is mostly the transform.
    setAttr(node, 'id', domId(context.idPrefix, 'event', d.key));
    setAttr(node, 'class', markClass(d, context));
    setAttr(node, 'data-event-id', d.prepared.event.id);
    // img, not button: the name is authored (title, honest date, kind), not taken from the shortened visible label.
    setAttr(node, 'role', 'img');
    setAttr(node, 'aria-roledescription', context.labels.eventRole);
    setAttr(node, 'aria-label', accessibleName(d, context));
    setAttr(node, 'transform', translate(originOf(d), d.y));
    drawMark(node, d, context);
  }
}

/**
 * Where a mark's own coordinates start: a point's marker, a bar's start. Zooming then moves a bar's mark and
 * stretches its bar, and its label and decorations (placed from its start) keep their offsets: two attribute writes
 * a frame rather than four or more.
 */
const originOf = (d: PlacedEvent) => (d.prepared.shape === 'period' ? d.x0 : d.x);

/** Names are composed once per event and interface text, not on every zoom frame. */
const names = new WeakMap<PlacedEvent['prepared'], { labels: TimelineLabels; name: string }>();

function accessibleName(d: PlacedEvent, context: MarkContext): string {
  const known = names.get(d.prepared);
  let name = known?.name;
  if (!known || known.labels !== context.labels) {
    name = eventAccessibleName(d.prepared, context.describe, context.labels);
    names.set(d.prepared, { labels: context.labels, name });
  }
  return isRepeat(d, context) ? `${name} (${fillTemplate(context.labels.alsoIn, { lane: isolateText(firstLane(d, context)) })})` : name!;
}

const firstLane = (d: PlacedEvent, context: MarkContext) => (context.firstLane ?? ((keys) => keys[0]))(d.prepared.lanes);

/** An event with two actors (places ...) is drawn in each of their lanes; every copy below the first is a repeat. */
const isRepeat = (d: PlacedEvent, context: MarkContext) => d.prepared.lanes.length > 1 && d.lane !== firstLane(d, context);

function markClass(d: PlacedEvent, context: MarkContext): string {
  const selected = (d.prepared.event.id === context.selectedId ? ' et-selected' : '') + (isRepeat(d, context) ? ' et-repeat' : '');
  // a date from tense: a short tail by the article's date stands for an open start or end
  const open = hasOpenEnd(d.prepared.event.date) ? ' et-open' : '';
  return `et-event et-shape-${d.prepared.shape} et-kind-${d.prepared.event.kind}${open}${selected}`;
}

function drawMark(node: SVGGElement, d: PlacedEvent, context: MarkContext): void {
  const { shape } = d.prepared;
  const { kind } = d.prepared.event;
  const signature = signatureOf(shape, kind, !!d.label);
  if (builtSignature.get(node) !== signature) {
    syncChildren(node, childrenOf(shape, kind, !!d.label));
    builtSignature.set(node, signature);
  }
  // a vague edge fades, of a bar or of the range one moment lies somewhere in ("na de zomer")
  updateChildren(node, d, context, shape === 'period' || shape === 'uncertain-point' ? fadeOf(d) : null);
}

const signatureOf = (shape: string, kind: string, hasLabel: boolean) => `${shape}|${kind}|${hasLabel ? 1 : 0}`;

type ChildSpec = readonly [tag: 'rect' | 'path' | 'circle' | 'text' | 'line', className: string];

/** Children in painting order: range or bar, marker, kind outline, kind glyph, strike, label. */
function childrenOf(shape: string, kind: string, hasLabel: boolean): ChildSpec[] {
  const children: ChildSpec[] = [];
  if (shape === 'uncertain-point') children.push(['rect', 'et-range']);
  if (shape === 'period') children.push(['rect', 'et-bar']);
  if (shape === 'point') children.push(['path', 'et-marker']);
  if (shape === 'uncertain-point') children.push(['circle', 'et-marker']);
  if (kind === 'planned' || kind === 'speculative') children.push([shape === 'period' ? 'rect' : 'circle', 'et-outline']);
  if (kind === 'reported') children.push(['path', 'et-glyph']);
  if (kind === 'conditional' || kind === 'speculative') children.push(['text', 'et-badge']);
  if (kind === 'negated') children.push(['line', 'et-strike']);
  if (hasLabel) children.push(['text', 'et-label']);
  return children;
}

const isChild = (node: Element, [tag, className]: ChildSpec) =>
  node.localName === tag && (node.getAttribute('class') ?? '').split(' ', 1)[0] === className;

/**
 * Give a (recycled) mark exactly the `wanted` children, keeping those it has: a mark whose shape, kind or label
 * changed gains or loses one or two children instead of being rebuilt, since every new element costs the browser
 * styling and layout from scratch. Any two children lists are subsequences of one painting order (childrenOf),
 * so a child skipped over here is not wanted further on.
 */
function syncChildren(node: SVGGElement, wanted: readonly ChildSpec[]): void {
  let child = node.firstElementChild;
  for (const spec of wanted) {
    let match = child;
    while (match && !isChild(match, spec)) match = match.nextElementSibling;
    if (match) {
      removeUntil(child, match);
      child = match.nextElementSibling;
    } else {
      const made = node.ownerDocument.createElementNS(node.namespaceURI, spec[0]);
      made.setAttribute('class', spec[1]);
      node.insertBefore(made, child);
    }
  }
  removeUntil(child, null);
}

/** Remove `from` and its next siblings up to (not including) `end`, or to the last one when `end` is null. */
function removeUntil(from: Element | null, end: Element | null): void {
  for (let child = from; child && child !== end; ) {
    const next: Element | null = child.nextElementSibling;
    child.remove();
    child = next;
  }
}

/** The children are those of childrenOf (one of each kind at most), so each is found by its first class and tag. */
function updateChildren(node: SVGGElement, d: PlacedEvent, context: MarkContext, fade: string | null): void {
  const origin = originOf(d);
  const left = round(d.x0 - origin);
  const width = round(Math.max(2, d.x1 - d.x0));
  const isPeriod = d.prepared.shape === 'period';
  // Decorations sit at the marker, or at the start of a bar's solid part (its visible start, when it began
  // off-screen left), next to the label rather than over a faded, vague start.
  const solidLeft = fade === 'start' || fade === 'both' ? left + width * FADE_SHARE : left;
  const anchor = isPeriod ? Math.max(round(solidLeft), round(2 - origin)) : 0;

  for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
    const cls = child.getAttribute('class') ?? '';
    const tag = child.localName;
    if (cls === 'et-range') {
      setAttr(child, 'x', left);
      setAttr(child, 'y', -RANGE_HEIGHT / 2);
      setAttr(child, 'width', width);
      setAttr(child, 'height', RANGE_HEIGHT);
      setAttr(child, 'mask', fade ? `url(#${context.idPrefix}-fade-${fade})` : null);
    } else if (cls === 'et-bar') {
      setAttr(child, 'x', left);
      setAttr(child, 'y', -BAR_HEIGHT / 2);
      setAttr(child, 'width', width);
      setAttr(child, 'height', BAR_HEIGHT);
      setAttr(child, 'rx', 2);
      setAttr(child, 'mask', fade ? `url(#${context.idPrefix}-fade-${fade})` : null);
    } else if (cls === 'et-marker') {
      if (tag === 'path') setAttr(child, 'd', diamondPath(MARKER_RADIUS));
      else setAttr(child, 'r', MARKER_RADIUS);
    } else if (cls === 'et-outline') {
      if (tag === 'circle') setAttr(child, 'r', MARKER_RADIUS + 4);
      else {
        setAttr(child, 'x', left - 3);
        setAttr(child, 'y', -BAR_HEIGHT / 2 - 3);
        setAttr(child, 'width', width + 6);
        setAttr(child, 'height', BAR_HEIGHT + 6);
        setAttr(child, 'rx', 4);
      }
    } else if (cls === 'et-glyph') {
      setAttr(child, 'd', speechBubblePath(anchor + 5, -17));
    } else if (cls === 'et-badge') {
      setAttr(child, 'x', round(anchor + 8));
      setAttr(child, 'y', -9);
      setText(child, d.prepared.event.kind === 'conditional' ? context.labels.conditionalBadge : '?');
    } else if (cls === 'et-strike') {
      setAttr(child, 'x1', isPeriod ? left : -MARKER_RADIUS - 3);
      setAttr(child, 'y1', isPeriod ? 0 : MARKER_RADIUS + 3);
      setAttr(child, 'x2', isPeriod ? round(left + width) : MARKER_RADIUS + 3);
      setAttr(child, 'y2', isPeriod ? 0 : -MARKER_RADIUS - 3);
    } else if (cls.startsWith('et-label')) {
      const place = labelPlacement(d);
      setAttr(child, 'class', place.className);
      setAttr(child, 'x', round(place.x - origin));
      setAttr(child, 'y', 4);
      setAttr(child, 'text-anchor', place.anchorEnd ? 'end' : null);
      setText(child, place.text);
      // Hidden for a gesture frame without touching the text (no new text layout, no rebuilt mark).
      setAttr(child, 'visibility', place.hidden ? 'hidden' : null);
    }
  }
}
