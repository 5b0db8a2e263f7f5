/**
 * The legend: each date shape and each kind with a small sample drawn by the same classes as the plot,
 * so the legend cannot disagree with the marks.
 */
import type { EventKind } from '../../types.js';
import type { TimelineLabels } from './labels.js';
import { element } from './dom.js';
import { EVENT_KINDS } from './filter-model.js';
import { createSvg } from './svg-scene.js';
import { BAR_HEIGHT, MARKER_RADIUS, RANGE_HEIGHT, diamondPath, speechBubblePath } from './geometry.js';

interface Sample {
  classes: string;
  parts: Array<[tag: keyof SVGElementTagNameMap, attributes: Record<string, string | number>, text?: string]>;
  label: string;
}

export function createLegend(doc: Document, idPrefix: string, labels: TimelineLabels): HTMLElement {
  // Two groups, so "known day" (a shape) is not read as "occurred" (a kind): what is known of the date, drawn in
  // the neutral colour, and the kind of event.
  const legend = element(doc, 'div', { class: 'et-legend', role: 'group', 'aria-label': labels.legend, 'data-part': 'legend' });
  const { shapes, kinds } = samples(idPrefix, labels);
  for (const [title, group] of [
    [labels.date, shapes],
    [labels.kind, kinds],
  ] as const) {
    const list = element(doc, 'ul', { 'aria-label': title });
    list.append(element(doc, 'li', { class: 'et-legend-title', 'aria-hidden': 'true' }, title));
    for (const sample of group) list.append(sampleItem(doc, sample));
    legend.append(list);
  }
  return legend;
}

function sampleItem(doc: Document, sample: Sample): HTMLElement {
  const item = element(doc, 'li');
  const svg = createSvg(doc, 'svg', { class: 'et-svg', width: 40, height: 30, 'aria-hidden': 'true' });
  const g = createSvg(doc, 'g', { class: sample.classes, transform: 'translate(16,19)' });
  for (const [tag, attributes, text] of sample.parts) {
    const part = createSvg(doc, tag, attributes);
    if (text) part.textContent = text;
    g.append(part);
  }
  svg.append(g);
  item.append(svg, element(doc, 'span', {}, sample.label));
  return item;
}

function samples(idPrefix: string, labels: TimelineLabels): { shapes: Sample[]; kinds: Sample[] } {
  const diamond: Sample['parts'][number] = ['path', { class: 'et-marker', d: diamondPath(MARKER_RADIUS) }];
  const bar = (mask?: string): Sample['parts'][number] => [
    'rect',
    { class: 'et-bar', x: -14, y: -BAR_HEIGHT / 2, width: 34, height: BAR_HEIGHT, rx: 2, ...(mask ? { mask: `url(#${idPrefix}-fade-${mask})` } : {}) },
  ];
  const shapes: Sample[] = [
    { classes: 'et-sample et-sample-neutral et-shape-point', parts: [diamond], label: labels.shapes.point },
    {
      classes: 'et-sample et-sample-neutral et-shape-uncertain-point',
      parts: [
        ['rect', { class: 'et-range', x: -14, y: -RANGE_HEIGHT / 2, width: 34, height: RANGE_HEIGHT }],
      ],
      label: labels.shapes['uncertain-point'],
    },
    { classes: 'et-sample et-sample-neutral et-shape-period', parts: [bar()], label: labels.shapes.period },
    { classes: 'et-sample et-sample-neutral et-shape-period', parts: [bar('both')], label: labels.shapes.vague },
    { classes: 'et-sample et-sample-neutral et-shape-point et-repeat', parts: [diamond], label: labels.repeat },
  ];
  const decoration = (kind: EventKind): Sample['parts'] => {
    switch (kind) {
      case 'reported':
        return [['path', { class: 'et-glyph', d: speechBubblePath(5, -17) }]];
      case 'planned':
        return [['circle', { class: 'et-outline', r: MARKER_RADIUS + 4 }]];
      case 'conditional':
        return [['text', { class: 'et-badge', x: 8, y: -9 }, labels.conditionalBadge]];
      case 'speculative':
        return [
          ['circle', { class: 'et-outline', r: MARKER_RADIUS + 4 }],
          ['text', { class: 'et-badge', x: 8, y: -9 }, '?'],
        ];
      case 'negated':
        return [['line', { class: 'et-strike', x1: -9, y1: 9, x2: 9, y2: -9 }]];
      default:
        return [];
    }
  };
  const kinds: Sample[] = EVENT_KINDS.map((kind) => ({
    classes: `et-sample et-shape-point et-kind-${kind}`,
    parts: [diamond, ...decoration(kind)],
    label: labels.kinds[kind],
  }));
  return { shapes, kinds };
}
