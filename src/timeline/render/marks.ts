/**
 * Event marks drawn as real elements: one keyed `<g>` per event, for the few marks that need one (the active and
 * the selected event, drawn over the batches of mark-batches.ts: the focus ring, aria-activedescendant and the
 * details panel point at it). Its parts are the batches' paths of that one mark (mark-paths.ts), its badge and its
 * label, so a mark looks the same drawn alone or in a batch. The shape says what is known of the date (solid
 * diamond: known day; hollow dashed circle over a faint range: one day somewhere in a window; solid bar: a period,
 * with faded ends where vague); decorations say the kind without relying on colour.
 */
import type { PlacedEvent } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import type { TimelineLabels } from './labels.js';
import { eventAccessibleName, type DescribeEvent } from './describe.js';
import { domId } from './ids.js';
import { drawBadge, drawLabel, hasBadge } from './label-pool.js';
import { joinRecycled, setAttr } from './attr.js';
import { hasOpenEnd } from '../layout/shape.js';
import { fillTemplate } from '../format/index.js';
import { isolateText } from '../format/isolate.js';
import { drawPath } from './mark-batches.js';
import { isRepeatItem, markPaths } from './mark-paths.js';

export interface MarkContext {
  idPrefix: string;
  labels: TimelineLabels;
  describe: DescribeEvent;
  selectedId: string | null;
  /** Of an event's lanes, the one drawn highest: the copies in its other lanes are marked as repeats. */
  firstLane?: (keys: readonly string[]) => string;
}

type Text = { key: string; draw: (node: Element) => void };

export function renderEvents(scene: SvgScene, items: readonly PlacedEvent[], context: MarkContext): void {
  const layer = scene.events;
  const doc = layer.ownerDocument;
  const make = (tag: string) => () => doc.createElementNS(layer.namespaceURI, tag) as SVGElement;
  const nodes = joinRecycled(layer, items, (d) => d.key, make('g'));
  const first = firstLaneOf(context);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const d = items[i];
    setAttr(node, 'id', domId(context.idPrefix, 'event', d.key));
    setAttr(node, 'class', markClass(d, context));
    setAttr(node, 'data-event-id', d.prepared.event.id);
    // img, not button: the name is authored (title, honest date, kind), not taken from the shortened visible label.
    setAttr(node, 'role', 'img');
    setAttr(node, 'aria-roledescription', context.labels.eventRole);
    setAttr(node, 'aria-label', accessibleName(d, context));
    const paths = markPaths([d], first);
    joinRecycled(node, paths, (p) => p.key, make('path'), { isMember: (c) => c.localName === 'path' }).forEach((path, j) => drawPath(path, paths[j], `${context.idPrefix}-fades`));
    const texts: Text[] = [];
    if (hasBadge(d)) texts.push({ key: 'badge', draw: (t) => drawBadge(t, d, context.labels, first) });
    if (d.label) texts.push({ key: 'label', draw: (t) => drawLabel(t, d, isRepeat(d, context)) });
    const textNodes = joinRecycled(node, texts, (t) => t.key, make('text'), { isMember: (c) => c.localName === 'text' });
    textNodes.forEach((t, j) => texts[j].draw(t));
    // texts paint over the paths
    if (textNodes.length && node.lastElementChild?.localName !== 'text') for (const t of textNodes) node.appendChild(t);
  }
}

/** Names are composed once per event and interface text, not on every zoom frame. */
const names = new WeakMap<PlacedEvent['prepared'], { labels: TimelineLabels; name: string }>();

function accessibleName(d: PlacedEvent, context: MarkContext): string {
  const known = names.get(d.prepared);
  let name = known?.name;
  if (!known || known.labels !== context.labels) {
    name = eventAccessibleName(d.prepared, context.describe, context.labels);
    names.set(d.prepared, { labels: context.labels, name });
  }
  return isRepeat(d, context) ? `${name} (${fillTemplate(context.labels.alsoIn, { lane: isolateText(firstLaneOf(context)(d.prepared.lanes)) })})` : name!;
}

const firstLaneOf = (context: MarkContext) => context.firstLane ?? ((keys: readonly string[]) => keys[0]);

/** An event with two actors (places ...) is drawn in each of their lanes; every copy below the first is a repeat. */
const isRepeat = (d: PlacedEvent, context: MarkContext) => isRepeatItem(d, firstLaneOf(context));

function markClass(d: PlacedEvent, context: MarkContext): string {
  const selected = (d.prepared.event.id === context.selectedId ? ' et-selected' : '') + (isRepeat(d, context) ? ' et-repeat' : '');
  // a date from tense: a short tail by the article's date stands for an open start or end
  const open = hasOpenEnd(d.prepared.event.date) ? ' et-open' : '';
  return `et-event et-shape-${d.prepared.shape} et-kind-${d.prepared.event.kind}${open}${selected}`;
}
