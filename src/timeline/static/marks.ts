/**
 * Event marks as SVG strings: the interactive component's marks (render/marks.ts), with the same classes and
 * geometry, so one stylesheet draws both and a reader sees the same shapes on paper. The shape says what is known
 * of the date, decorations the kind; labels are the layout's, shortened by the renderer, never by the data.
 */
import type { PlacedEvent } from '../layout/types.js';
import type { TimelineLabels } from '../render/labels.js';
import { BAR_HEIGHT, FADE_SHARE, MARKER_RADIUS, RANGE_HEIGHT, diamondPath, fadeOf, speechBubblePath } from '../render/geometry.js';
import { estimateTextWidth } from '../render/measure.js';
import { hasOpenEnd } from '../layout/shape.js';
import { domId } from '../render/ids.js';
import { element, isolate, px, textElement } from './markup.js';
import type { Painter } from './paint.js';

export interface MarkContext {
  idPrefix: string;
  labels: TimelineLabels;
  paint: Painter;
}

export function eventMark(d: PlacedEvent, context: MarkContext): string {
  const { shape, event } = d.prepared;
  const { paint, labels, idPrefix } = context;
  const isPeriod = shape === 'period';
  const origin = isPeriod ? d.x0 : d.x;
  const fade = isPeriod || shape === 'uncertain-point' ? fadeOf(d) : null;
  const left = px(d.x0 - origin);
  const width = px(Math.max(2, d.x1 - d.x0));
  const solidLeft = fade === 'start' || fade === 'both' ? left + width * FADE_SHARE : left;
  // Decorations sit at the marker, or at the start of a bar's solid part, next to the label.
  const anchor = isPeriod ? Math.max(px(solidLeft), px(2 - origin)) : 0;
  const mask = fade ? `url(#${idPrefix}-fade-${fade})` : null;
  const open = hasOpenEnd(event.date);
  const parts: string[] = [];

  if (shape === 'uncertain-point') {
    parts.push(element('rect', { class: 'et-range', x: left, y: -RANGE_HEIGHT / 2, width, height: RANGE_HEIGHT, mask, ...paint.paint(open ? 'range-open' : 'range') }));
  }
  if (isPeriod) parts.push(element('rect', { class: 'et-bar', x: left, y: -BAR_HEIGHT / 2, width, height: BAR_HEIGHT, rx: 2, mask, ...paint.paint('bar') }));
  if (shape === 'point') parts.push(element('path', { class: 'et-marker', d: diamondPath(MARKER_RADIUS), ...paint.paint('marker') }));
  if (shape === 'uncertain-point') parts.push(element('circle', { class: 'et-marker', r: MARKER_RADIUS, ...paint.paint('marker-uncertain') }));
  if (event.kind === 'planned' || event.kind === 'speculative') {
    const outline = paint.paint(event.kind === 'planned' ? 'outline-planned' : 'outline-speculative');
    parts.push(
      isPeriod
        ? element('rect', { class: 'et-outline', x: left - 3, y: -BAR_HEIGHT / 2 - 3, width: width + 6, height: BAR_HEIGHT + 6, rx: 4, ...outline })
        : element('circle', { class: 'et-outline', r: MARKER_RADIUS + 4, ...outline }),
    );
  }
  if (event.kind === 'reported') parts.push(element('path', { class: 'et-glyph', d: speechBubblePath(anchor + 5, -17), ...paint.paint('glyph') }));
  if (event.kind === 'conditional' || event.kind === 'speculative') {
    const badge = event.kind === 'conditional' ? labels.conditionalBadge : '?';
    parts.push(textElement('text', { class: 'et-badge', x: px(anchor + 8), y: -9, ...paint.paint('badge') }, badge));
  }
  if (event.kind === 'negated') {
    parts.push(
      element('line', {
        class: 'et-strike',
        x1: isPeriod ? left : -MARKER_RADIUS - 3,
        y1: isPeriod ? 0 : MARKER_RADIUS + 3,
        x2: isPeriod ? px(left + width) : MARKER_RADIUS + 3,
        y2: isPeriod ? 0 : -MARKER_RADIUS - 3,
        ...paint.paint('strike'),
      }),
    );
  }
  if (d.label) parts.push(labelText(d, origin, fade, paint));

  return element(
    'g',
    {
      id: domId(idPrefix, 'event', d.key),
      class: `et-event et-shape-${shape} et-kind-${event.kind}${open ? ' et-open' : ''}`,
      'data-event-id': event.id,
      transform: `translate(${px(origin)},${px(d.y)})`,
      ...paint.kindColour(event.kind),
    },
    parts,
  );
}

function labelText(d: PlacedEvent, origin: number, fade: string | null, paint: Painter): string {
  const isPeriod = d.prepared.shape === 'period';
  const onBar = isPeriod && fitsOnBar(d, fade);
  // A label left of its mark is anchored at its end, next to the mark, so a wider font runs away from the mark.
  const markLeft = isPeriod ? d.x0 : d.x - MARKER_RADIUS;
  const estimate = d.labelX < markLeft ? estimateTextWidth(d.label, 11) : 0;
  const leftOfMark = estimate > 0 && d.labelX + estimate <= markLeft + 0.5;
  return textElement(
    'text',
    {
      class: onBar ? 'et-label et-label-on-bar' : 'et-label',
      x: px((leftOfMark ? d.labelX + estimate : d.labelX) - origin),
      y: 4,
      'text-anchor': leftOfMark ? 'end' : null,
      ...paint.paint(onBar ? 'label-on-bar' : 'label'),
    },
    isolate(d.label),
  );
}

/** A period's label is written on its bar when it fits on the solid part (see render/marks.ts). */
function fitsOnBar(d: PlacedEvent, fade: string | null): boolean {
  const span = d.x1 - d.x0;
  const solidStart = d.x0 + (fade === 'start' || fade === 'both' ? span * FADE_SHARE : 0);
  const solidEnd = d.x1 - (fade === 'end' || fade === 'both' ? span * FADE_SHARE : 0);
  return d.labelX >= solidStart && d.labelX + estimateTextWidth(d.label, 11) + 2 <= solidEnd;
}
