/** The HTML frame around the plot: toolbar, body (chart + details), live region and keyboard help. */
import type { TimelineLabels } from './labels.js';
import { element } from './dom.js';

export interface Shell {
  root: HTMLDivElement;
  toolbar: HTMLDivElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  fit: HTMLButtonElement;
  listToggle: HTMLButtonElement;
  count: HTMLSpanElement;
  body: HTMLDivElement;
  chart: HTMLDivElement;
  live: HTMLDivElement;
  help: HTMLParagraphElement;
}

export function createShell(doc: Document, context: { idPrefix: string; labels: TimelineLabels; lang: string; theme: string }): Shell {
  const { labels, idPrefix } = context;
  const root = element(doc, 'div', { class: 'et-root', 'data-theme': context.theme, lang: context.lang });
  const toolbar = element(doc, 'div', { class: 'et-toolbar', role: 'toolbar', 'aria-label': labels.timelineLabel, 'data-part': 'toolbar' });
  // The visible glyphs are symbols; the accessible names are words.
  const zoomIn = element(doc, 'button', { type: 'button', 'aria-label': labels.zoomIn, title: labels.zoomIn, 'data-action': 'zoom-in' }, '+');
  const zoomOut = element(doc, 'button', { type: 'button', 'aria-label': labels.zoomOut, title: labels.zoomOut, 'data-action': 'zoom-out' }, '−');
  const fit = element(doc, 'button', { type: 'button', 'data-action': 'fit' }, labels.fit);
  const listToggle = element(doc, 'button', { type: 'button', 'aria-pressed': 'false', 'aria-controls': `${idPrefix}-list`, 'data-action': 'list' }, labels.listView);
  const count = element(doc, 'span', { class: 'et-count' });
  toolbar.append(zoomIn, zoomOut, fit, listToggle, count);
  const body = element(doc, 'div', { class: 'et-body' });
  const chart = element(doc, 'div', { class: 'et-chart', 'data-part': 'chart' });
  body.append(chart);
  const help = element(doc, 'p', { id: `${idPrefix}-help`, class: 'et-visually-hidden' }, labels.keyboardHelp);
  const live = element(doc, 'div', { class: 'et-visually-hidden', role: 'status', 'aria-live': 'polite', 'data-part': 'live' });
  root.append(toolbar, body, help, live);
  return { root, toolbar, zoomIn, zoomOut, fit, listToggle, count, body, chart, live, help };
}
