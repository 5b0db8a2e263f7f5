/**
 * Event marks as SVG strings: the interactive component's marks (render/marks.ts), with the same classes and
 * geometry, so one stylesheet draws both and a reader sees the same shapes on paper. The shape says what is known
 * of the date, decorations the kind; labels are the layout's, shortened by the renderer, never by the data.
 */
import type { PlacedEvent } from '../layout/types.js';
import type { TimelineLabels } from '../render/labels.js';
import { BAR_HEIGHT, FADE_SHARE, MARKER_RADIUS, RANGE_HEIGHT, diamondPath, fadeOf, rectPath, roundedRectPath, speechBubblePath } from '../render/geometry.js';
import { hasOpenEnd } from '../layout/shape.js';
import { labelCrossesEdge, strikeRuns, windowExtent } from '../layout/label-spot.js';
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
  const isSpan = shape !== 'point';
  const origin = isPeriod ? d.x0 : d.x;
  const fade = isSpan ? fadeOf(d) : null;
  // A window at least a marker wide, so a short one stays visible (as render/marks.ts).
  const [spanLeft, spanRight] = isPeriod ? [d.x0, d.x0 + Math.max(2, d.x1 - d.x0)] : windowExtent(d.x0, d.x1, MARKER_RADIUS);
  const left = px(spanLeft - origin);
  const width = px(spanRight - spanLeft);
  const solidLeft = fade === 'start' || fade === 'both' ? left + width * FADE_SHARE : left;
  // Decorations sit at the marker, or at the start of a span's solid part, next to the label.
  const anchor = isSpan ? Math.max(px(solidLeft), px(2 - origin)) : 0;
  const mask = fade ? `url(#${idPrefix}-fade-${fade})` : null;
  const open = hasOpenEnd(event.date);
  const parts: string[] = [];

  // A label running on past a window's end crosses its right side there: that side is left open (no line through
  // the text), as render/mark-paths.ts draws it; the window's fill is drawn whole beneath.
  if (shape === 'uncertain-point') {
    const range = paint.paint(open ? 'range-open' : 'range');
    if (labelCrossesEdge(d, spanRight)) {
      const attributes = paint.styles === 'attributes';
      parts.push(element('rect', { class: 'et-range et-range-fill', x: left, y: -RANGE_HEIGHT / 2, width, height: RANGE_HEIGHT, mask, ...range, ...(attributes ? { stroke: 'none' } : {}) }));
      parts.push(element('path', { class: 'et-range et-range-edge', d: rectPath(left, -RANGE_HEIGHT / 2, width, RANGE_HEIGHT, true), mask, ...range, ...(attributes ? { fill: 'none' } : {}) }));
    } else parts.push(element('rect', { class: 'et-range', x: left, y: -RANGE_HEIGHT / 2, width, height: RANGE_HEIGHT, mask, ...range }));
  }
  if (isPeriod) parts.push(element('rect', { class: 'et-bar', x: left, y: -BAR_HEIGHT / 2, width, height: BAR_HEIGHT, rx: 2, mask, ...paint.paint('bar') }));
  if (shape === 'point') parts.push(element('path', { class: 'et-marker', d: diamondPath(MARKER_RADIUS), ...paint.paint('marker') }));
  if (event.kind === 'planned' || event.kind === 'speculative') {
    const outline = paint.paint(event.kind === 'planned' ? 'outline-planned' : 'outline-speculative');
    const height = (isPeriod ? BAR_HEIGHT : RANGE_HEIGHT) + 6;
    parts.push(
      !isSpan
        ? element('circle', { class: 'et-outline', r: MARKER_RADIUS + 4, ...outline })
        : labelCrossesEdge(d, spanRight + 3)
          ? element('path', { class: 'et-outline', d: roundedRectPath(left - 3, -height / 2, width + 6, height, 4, true), ...outline })
          : element('rect', { class: 'et-outline', x: left - 3, y: -height / 2, width: width + 6, height, rx: 4, ...outline }),
    );
  }
  if (event.kind === 'reported') parts.push(element('path', { class: 'et-glyph', d: speechBubblePath(anchor + 5, -17), ...paint.paint('glyph') }));
  if (event.kind === 'conditional' || event.kind === 'speculative') {
    const badge = event.kind === 'conditional' ? labels.conditionalBadge : '?';
    parts.push(textElement('text', { class: 'et-badge', x: px(anchor + 8), y: -9, ...paint.paint('badge') }, badge));
  }
  if (event.kind === 'negated') {
    const strike = (x1: number, y1: number, x2: number, y2: number) => element('line', { class: 'et-strike', x1, y1, x2, y2, ...paint.paint('strike') });
    // Along a span, the strike stops either side of a label written on it: it strikes the mark, not the text.
    if (isSpan) for (const [from, to] of strikeRuns(spanLeft, spanRight, d.labelSide, d.labelX, d.labelWidth)) parts.push(strike(px(from - origin), 0, px(to - origin), 0));
    else parts.push(strike(-MARKER_RADIUS - 3, MARKER_RADIUS + 3, MARKER_RADIUS + 3, -MARKER_RADIUS - 3));
  }
  if (d.label) parts.push(labelText(d, origin, paint));

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

function labelText(d: PlacedEvent, origin: number, paint: Painter): string {
  // Which text, where and on what are the layout's decisions (layout/label-spot.ts). A label before its mark is
  // anchored at its end, next to the mark, so a wider font runs away from the mark.
  const leftOfMark = d.labelSide === 'before';
  return textElement(
    'text',
    {
      class: d.labelOnBar ? 'et-label et-label-on-bar' : d.labelSide === 'on' ? 'et-label et-label-on-span' : 'et-label',
      x: px((leftOfMark ? d.labelX + d.labelWidth : d.labelX) - origin),
      y: 4,
      'text-anchor': leftOfMark ? 'end' : null,
      ...paint.paint(d.labelOnBar ? 'label-on-bar' : d.labelSide === 'on' ? 'label-on-span' : 'label'),
    },
    isolate(d.label),
  );
}
