/**
 * The legend of a static picture, inside the SVG: what is known of the date (shapes, in the neutral colour) and
 * the kind of event, each with a sample drawn with the plot's classes, so it cannot disagree with the marks.
 * Rows wrap to the width. Returns the markup and its height.
 */
import type { EventKind } from '../../types.js';
import type { TimelineLabels } from '../render/labels.js';
import { EVENT_KINDS } from '../render/filter-model.js';
import { BAR_HEIGHT, MARKER_RADIUS, RANGE_HEIGHT, diamondPath, speechBubblePath } from '../render/geometry.js';
import { estimateTextWidth } from '../render/measure.js';
import { element, textElement } from './markup.js';
import type { Painter } from './paint.js';

const ROW = 30;
const SAMPLE = 40;
const GAP = 16;

interface Sample {
  classes: string;
  kind: EventKind | null;
  parts: string[];
  label: string;
}

export function legendMarkup(labels: TimelineLabels, idPrefix: string, width: number, paint: Painter): { markup: string; height: number } {
  const rows: string[] = [];
  let y = 0;
  for (const [title, samples] of [
    [labels.date, shapeSamples(labels, idPrefix, paint)],
    [labels.kind, kindSamples(labels, paint)],
  ] as const) {
    let x = 0;
    const items: string[] = [textElement('text', { class: 'et-static-heading', x: 0, y: y + 19, ...paint.paint('heading') }, title)];
    x += estimateTextWidth(title, 12) + 10;
    for (const sample of samples) {
      const room = SAMPLE + 4 + estimateTextWidth(sample.label, 12) + GAP;
      if (x + room > width && x > 0) {
        x = 0;
        y += ROW;
      }
      items.push(
        element(
          'g',
          { class: sample.classes, transform: `translate(${Math.round(x + 16)},${y + 15})`, ...(sample.kind ? paint.kindColour(sample.kind) : paint.paint('neutral')) },
          sample.parts,
        ),
        textElement('text', { x: Math.round(x + SAMPLE), y: y + 19, ...paint.paint('text') }, sample.label),
      );
      x += room;
    }
    for (const item of items) rows.push(item);
    y += ROW;
  }
  return { markup: element('g', { class: 'et-static-legend' }, rows), height: y };
}

function shapeSamples(labels: TimelineLabels, idPrefix: string, paint: Painter): Sample[] {
  const bar = (mask?: string) =>
    element('rect', { class: 'et-bar', x: -14, y: -BAR_HEIGHT / 2, width: 34, height: BAR_HEIGHT, rx: 2, mask: mask ? `url(#${idPrefix}-fade-${mask})` : null, ...paint.paint('bar') });
  return [
    { classes: 'et-sample et-sample-neutral et-shape-point', kind: null, parts: [diamond(paint)], label: labels.shapes.point },
    {
      classes: 'et-sample et-sample-neutral et-shape-uncertain-point',
      kind: null,
      parts: [
        element('rect', { class: 'et-range', x: -14, y: -RANGE_HEIGHT / 2, width: 34, height: RANGE_HEIGHT, ...paint.paint('range') }),
      ],
      label: labels.shapes['uncertain-point'],
    },
    { classes: 'et-sample et-sample-neutral et-shape-period', kind: null, parts: [bar()], label: labels.shapes.period },
    { classes: 'et-sample et-sample-neutral et-shape-period', kind: null, parts: [bar('both')], label: labels.shapes.vague },
  ];
}

const diamond = (paint: Painter) => element('path', { class: 'et-marker', d: diamondPath(MARKER_RADIUS), ...paint.paint('marker') });

function kindSamples(labels: TimelineLabels, paint: Painter): Sample[] {
  const decoration = (kind: EventKind): string[] => {
    switch (kind) {
      case 'reported':
        return [element('path', { class: 'et-glyph', d: speechBubblePath(5, -17), ...paint.paint('glyph') })];
      case 'planned':
        return [element('circle', { class: 'et-outline', r: MARKER_RADIUS + 4, ...paint.paint('outline-planned') })];
      case 'conditional':
        return [textElement('text', { class: 'et-badge', x: 8, y: -9, ...paint.paint('badge') }, labels.conditionalBadge)];
      case 'speculative':
        return [
          element('circle', { class: 'et-outline', r: MARKER_RADIUS + 4, ...paint.paint('outline-speculative') }),
          textElement('text', { class: 'et-badge', x: 8, y: -9, ...paint.paint('badge') }, '?'),
        ];
      case 'negated':
        return [element('line', { class: 'et-strike', x1: -9, y1: 9, x2: 9, y2: -9, ...paint.paint('strike') })];
      default:
        return [];
    }
  };
  return EVENT_KINDS.map((kind) => ({
    classes: `et-sample et-shape-point et-kind-${kind}`,
    kind,
    parts: [diamond(paint), ...decoration(kind)],
    label: labels.kinds[kind],
  }));
}
