/**
 * Event marks: one keyed `<g>` per placed event. The shape says what is known of the date (solid diamond:
 * known day; hollow dashed circle over a faint range: one day somewhere in a window; solid bar: a period, with
 * faded ends where vague); decorations say the kind without relying on colour.
 */
import { select, type Selection } from 'd3-selection';
import type { PlacedEvent } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import type { TimelineLabels } from './labels.js';
import { eventAccessibleName, type DescribeEvent } from './describe.js';
import { domId } from './ids.js';
import { estimateTextWidth } from './measure.js';
import { BAR_HEIGHT, FADE_SHARE, MARKER_RADIUS, RANGE_HEIGHT, diamondPath, fadeOf, round, speechBubblePath, translate } from './geometry.js';

export interface MarkContext {
  idPrefix: string;
  labels: TimelineLabels;
  describe: DescribeEvent;
  selectedId: string | null;
}

/** Which child elements a mark has; the children are rebuilt only when this changes (new shape or kind). */
const builtSignature = new WeakMap<Element, string>();

export function renderEvents(scene: SvgScene, items: readonly PlacedEvent[], context: MarkContext): void {
  scene.events
    .selectAll<SVGGElement, PlacedEvent>('g.et-event')
    .data(items, (d) => d.key)
    .join('g')
    .attr('id', (d) => domId(context.idPrefix, 'event', d.key))
    .attr('class', (d) => markClass(d, context.selectedId))
    .attr('data-event-id', (d) => d.prepared.event.id)
    // img, not button: the name is authored (title, honest date, kind), not taken from the shortened visible label.
    .attr('role', 'img')
    .attr('aria-roledescription', context.labels.eventRole)
    .attr('aria-label', (d) => accessibleName(d, context))
    .attr('transform', (d) => translate(d.x, d.y))
    .each(function (d) {
      drawMark(select(this), d, context);
    });
}

/** Names are composed once per event and interface text, not on every zoom frame. */
const names = new WeakMap<PlacedEvent['prepared'], { labels: TimelineLabels; name: string }>();

function accessibleName(d: PlacedEvent, context: MarkContext): string {
  const known = names.get(d.prepared);
  if (known && known.labels === context.labels) return known.name;
  const name = eventAccessibleName(d.prepared, context.describe, context.labels);
  names.set(d.prepared, { labels: context.labels, name });
  return name;
}

function markClass(d: PlacedEvent, selectedId: string | null): string {
  const selected = d.prepared.event.id === selectedId ? ' et-selected' : '';
  return `et-event et-shape-${d.prepared.shape} et-kind-${d.prepared.event.kind}${selected}`;
}

type MarkSelection = Selection<SVGGElement, PlacedEvent, null, undefined>;

function drawMark(g: MarkSelection, d: PlacedEvent, context: MarkContext): void {
  const { shape } = d.prepared;
  const { kind } = d.prepared.event;
  const fade = shape === 'period' ? fadeOf(d) : null;
  const signature = `${shape}|${kind}|${fade}|${d.label ? 1 : 0}`;
  const node = g.node()!;
  if (builtSignature.get(node) !== signature) {
    g.selectChildren().remove();
    buildChildren(g, shape, kind, !!d.label);
    builtSignature.set(node, signature);
  }
  updateChildren(g, d, context, fade);
}

/** Children in painting order: range or bar, marker, kind outline, kind glyph, strike, label. */
function buildChildren(g: MarkSelection, shape: string, kind: string, hasLabel: boolean): void {
  if (shape === 'uncertain-point') g.append('rect').attr('class', 'et-range');
  if (shape === 'period') g.append('rect').attr('class', 'et-bar');
  if (shape === 'point') g.append('path').attr('class', 'et-marker');
  if (shape === 'uncertain-point') g.append('circle').attr('class', 'et-marker');
  if (kind === 'planned' || kind === 'speculative') g.append(shape === 'period' ? 'rect' : 'circle').attr('class', 'et-outline');
  if (kind === 'reported') g.append('path').attr('class', 'et-glyph');
  if (kind === 'conditional' || kind === 'speculative') g.append('text').attr('class', 'et-badge');
  if (kind === 'negated') g.append('line').attr('class', 'et-strike');
  if (hasLabel) g.append('text').attr('class', 'et-label');
}

function updateChildren(g: MarkSelection, d: PlacedEvent, context: MarkContext, fade: string | null): void {
  const left = round(d.x0 - d.x);
  const width = round(Math.max(2, d.x1 - d.x0));
  const isPeriod = d.prepared.shape === 'period';
  // Decorations sit at the marker, or at the start of a bar's solid part (its visible start, when it began
  // off-screen left), next to the label rather than over a faded, vague start.
  const solidLeft = fade === 'start' || fade === 'both' ? left + width * FADE_SHARE : left;
  const anchor = isPeriod ? Math.max(round(solidLeft), round(2 - d.x)) : 0;

  g.select('.et-range').attr('x', left).attr('y', -RANGE_HEIGHT / 2).attr('width', width).attr('height', RANGE_HEIGHT);
  g.select('.et-bar')
    .attr('x', left)
    .attr('y', -BAR_HEIGHT / 2)
    .attr('width', width)
    .attr('height', BAR_HEIGHT)
    .attr('rx', 2)
    .attr('mask', fade ? `url(#${context.idPrefix}-fade-${fade})` : null);
  g.select('path.et-marker').attr('d', diamondPath(MARKER_RADIUS));
  g.select('circle.et-marker').attr('r', MARKER_RADIUS);
  g.select('circle.et-outline').attr('r', MARKER_RADIUS + 4);
  g.select('rect.et-outline')
    .attr('x', left - 3)
    .attr('y', -BAR_HEIGHT / 2 - 3)
    .attr('width', width + 6)
    .attr('height', BAR_HEIGHT + 6)
    .attr('rx', 4);
  g.select('.et-glyph').attr('d', speechBubblePath(anchor + 5, -17));
  g.select('.et-badge')
    .attr('x', round(anchor + 8))
    .attr('y', -9)
    .text(d.prepared.event.kind === 'conditional' ? context.labels.conditionalBadge : '?');
  g.select('.et-strike')
    .attr('x1', isPeriod ? left : -MARKER_RADIUS - 3)
    .attr('y1', isPeriod ? 0 : MARKER_RADIUS + 3)
    .attr('x2', isPeriod ? round(left + width) : MARKER_RADIUS + 3)
    .attr('y2', isPeriod ? 0 : -MARKER_RADIUS - 3);
  g.select('.et-label')
    .attr('class', isPeriod && fitsOnBar(d, fade) ? 'et-label et-label-on-bar' : 'et-label')
    .attr('x', round(d.labelX - d.x))
    .attr('y', 4)
    .text(d.label);
}

/**
 * A period's label is written on its bar in the background colour when it fits on the solid part (kind colours
 * keep 4.5:1 against the background); otherwise, or over a faded end, it keeps the haloed text colour.
 */
function fitsOnBar(d: PlacedEvent, fade: string | null): boolean {
  const span = d.x1 - d.x0;
  const solidStart = d.x0 + (fade === 'start' || fade === 'both' ? span * FADE_SHARE : 0);
  const solidEnd = d.x1 - (fade === 'end' || fade === 'both' ? span * FADE_SHARE : 0);
  return d.labelX >= solidStart && d.labelX + estimateTextWidth(d.label, 11) + 2 <= solidEnd;
}
