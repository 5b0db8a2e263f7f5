/**
 * `renderTimelineSVG`: the timeline as one standalone SVG string, for print, e-mail and server pages.
 * It draws through the same `renderFrame` as the interactive component, with its own `<style>` inside the SVG.
 */
import type { EventRecord } from '../types.js';
import { prepareEvents, layoutViewport } from './layout/index.js';
import type { LaneField } from './layout/types.js';
import { standaloneSvgStyle } from './styles/rules.js';
import { createSvgScene, SVG_NS } from './render/svg-scene.js';
import { renderFrame } from './render/frame.js';
import { withLaneHeaders } from './render/lane-headers.js';
import { frameTools } from './render/frame-tools.js';
import { viewportOptions } from './render/viewport-options.js';
import { resolveLabels, type TimelineLabels } from './render/labels.js';
import { eventFilter, normalizeFilters, type TimelineFilters } from './render/filter-model.js';
import { baseScale, boundMs, transformForSpan } from './render/viewport.js';
import { PLOT_TOP } from './render/geometry.js';

export interface StaticTimelineOptions {
  /** Width in px (default 960). */
  width?: number;
  /** Minimum height in px (default 480); grows when the lanes need more. */
  height?: number;
  /** Language of dates, axis and text (default 'en'). */
  lang?: string;
  lanes?: LaneField;
  /** Fixed colours: 'light' (default) or 'dark'. */
  theme?: 'light' | 'dark';
  /** Only draw events passing these filters. */
  filters?: TimelineFilters;
  /** Visible range (ISO days or Dates); default: all events. */
  start?: string | Date;
  end?: string | Date;
  /** Prefix of element ids, so several SVGs can be inlined in one page (default 'et'). */
  idPrefix?: string;
  labels?: Partial<TimelineLabels>;
  /** A DOM document to build in; without one, the page's document or (in Node) a jsdom document is used. */
  document?: Document;
}

/** At most this many events are listed in the SVG's `<desc>` for screen readers. */
const DESC_LIMIT = 200;

export async function renderTimelineSVG(events: readonly EventRecord[], options: StaticTimelineOptions = {}): Promise<string> {
  const doc = options.document ?? (globalThis as { document?: Document }).document ?? (await jsdomDocument());
  const width = options.width ?? 960;
  const lang = options.lang ?? 'en';
  const labels = resolveLabels(lang, options.labels);
  const tools = frameTools(lang);
  const prepared = prepareEvents(events, { lanes: options.lanes ?? 'none' });
  tools.learnArticles(prepared.events);
  const filter = eventFilter(normalizeFilters(options.filters));
  const base = baseScale(prepared.extent, width);
  const x =
    options.start !== undefined && options.end !== undefined
      ? transformForSpan(base, boundMs(options.start, 'start'), boundMs(options.end, 'end'), width).rescaleX(base)
      : base;
  const layout = withLaneHeaders(layoutViewport(prepared, viewportOptions(prepared, x, width, tools, filter)));

  const idPrefix = options.idPrefix ?? 'et';
  const scene = createSvgScene(doc, idPrefix);
  renderFrame(scene, {
    width,
    minPlotHeight: Math.max(40, (options.height ?? 480) - PLOT_TOP - 8),
    layout,
    x,
    ticks: tools.ticks(x),
    lang,
    labels,
    describe: tools.describe,
    activeKey: null,
    selectedId: null,
    tooltipKey: null,
  });

  const listed = (filter ? prepared.events.filter((p) => filter(p.event)) : prepared.events).slice(0, DESC_LIMIT);
  const lines = listed.map((p) => `${tools.describe(p)}: ${p.event.title} (${labels.kinds[p.event.kind]})`);
  scene.svg
    .attr('xmlns', SVG_NS)
    .attr('role', 'img')
    .attr('lang', lang)
    .attr('aria-labelledby', `${idPrefix}-title ${idPrefix}-desc`)
    .attr('data-theme', options.theme ?? 'light');
  scene.title.text(labels.timelineLabel);
  scene.desc.text(`${labels.shown(listed.length, prepared.events.length)}. ${lines.join('; ')}`);
  const style = doc.createElementNS(SVG_NS, 'style');
  style.textContent = standaloneSvgStyle(options.theme ?? 'light');
  scene.desc.node()!.after(style);

  const svg = scene.svg.node()!;
  const Serializer = (doc.defaultView as (Window & typeof globalThis) | null)?.XMLSerializer ?? globalThis.XMLSerializer;
  // Characters XML forbids (control characters in data) would make the whole file unreadable.
  return new Serializer().serializeToString(svg).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

async function jsdomDocument(): Promise<Document> {
  // A variable specifier keeps bundlers from pulling jsdom (a Node-only dev dependency) into browser builds.
  const specifier = 'jsdom';
  const { JSDOM } = (await import(/* @vite-ignore */ specifier)) as typeof import('jsdom');
  return new JSDOM('<!doctype html><html><body></body></html>').window.document;
}
