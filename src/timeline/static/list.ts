/**
 * The numbered list of events a static picture could not draw as a mark, inside the SVG under the plot: each
 * entry's number is the one on its grey badge in the plot, then its honest date, title and kind. Entries wrap
 * to the width (nothing is cut); data text is bidi-isolated, also across a line break.
 */
import type { PreparedEvent } from '../layout/types.js';
import type { TimelineLabels } from '../render/labels.js';
import { estimateTextWidth } from '../render/measure.js';
import { fillTemplate, formatCount, staticListMessages } from '../format/index.js';
import { element, isolate, textElement } from './markup.js';
import type { Painter } from './paint.js';
import type { Overflow } from './overflow.js';

const LINE = 16;
const NUMBER_WIDTH = 34;

export interface ListContext {
  lang: string;
  labels: TimelineLabels;
  describe: (prepared: PreparedEvent) => string;
  paint: Painter;
  width: number;
  /** Entries written at most; the rest is counted in a last line. */
  limit: number;
}

export function listMarkup(overflow: Overflow, context: ListContext): { markup: string; height: number } {
  const { entries, outsideFrom } = overflow;
  if (entries.length === 0) return { markup: '', height: 0 };
  const words = staticListMessages(context.lang);
  const lines: string[] = [];
  let y = 0;
  const heading = (text: string) => {
    y += 4;
    for (const line of wrap(text, context.width, 1.2)) {
      y += LINE;
      lines.push(textElement('text', { class: 'et-static-heading', x: 0, y, ...context.paint.paint('heading') }, line));
    }
    y += 4;
  };
  const shown = entries.slice(0, context.limit);
  shown.forEach((entry, i) => {
    if (i === 0 && outsideFrom > 0) heading(fillTemplate(words.heading, { n: formatCount(outsideFrom, context.lang) }));
    if (i === outsideFrom) heading(fillTemplate(words.outside, { n: formatCount(entries.length - outsideFrom, context.lang) }));
    const { event } = entry.prepared;
    const text = `${context.describe(entry.prepared)}: ${isolate(event.title)} (${context.labels.kinds[event.kind]})`;
    const wrapped = wrap(text, context.width - NUMBER_WIDTH);
    y += LINE;
    lines.push(
      element(
        'g',
        { class: 'et-static-entry', 'data-event-id': event.id },
        textElement('text', { class: 'et-static-number', x: NUMBER_WIDTH - 8, y, 'text-anchor': 'end', ...context.paint.paint('entry-number') }, String(entry.number)),
        wrapped.map((line, j) => textElement('text', { x: NUMBER_WIDTH, y: y + j * LINE, ...context.paint.paint('text') }, line)),
      ),
    );
    y += (wrapped.length - 1) * LINE;
  });
  if (entries.length > shown.length) {
    y += LINE;
    lines.push(textElement('text', { class: 'et-static-note', x: NUMBER_WIDTH, y, ...context.paint.paint('note') }, fillTemplate(words.more, { n: formatCount(entries.length - shown.length, context.lang) })));
  }
  return { markup: element('g', { class: 'et-static-list' }, lines), height: y + 6 };
}

const FSI = '\u2068';
const PDI = '\u2069';

/** Greedy word wrap by estimated width (`scale` for bold text); a word longer than a line is broken by characters. */
export function wrap(text: string, width: number, scale = 1): string[] {
  const measure = (s: string) => estimateTextWidth(s, 12) * scale;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\s)/)) {
    if (measure(line + word.trimEnd()) <= width || line === '') {
      line += word;
      while (measure(line.trimEnd()) > width && Array.from(line).length > 1) {
        const chars = Array.from(line);
        let cut = chars.length - 1;
        while (cut > 1 && measure(chars.slice(0, cut).join('')) > width) cut--;
        lines.push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('');
      }
    } else {
      lines.push(line.trimEnd());
      line = word;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return balanceIsolates(lines);
}

/** An isolate opened on one line is closed at its end and opened again on the next, so each line is whole. */
function balanceIsolates(lines: string[]): string[] {
  let open = false;
  return lines.map((line) => {
    let text = open ? FSI + line : line;
    for (const c of line) {
      if (c === FSI) open = true;
      else if (c === PDI) open = false;
    }
    if (open) text += PDI;
    return text;
  });
}
