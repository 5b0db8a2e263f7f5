/**
 * `renderTimelineSVG`: the timeline as one standalone SVG string, for print, e-mail, server pages and files.
 * A pure string builder over the pure layout (layout/): synchronous, no DOM, the same in Node and browsers.
 * Unlike the interactive view it cannot be opened or zoomed, so it shows every event it can: marks in rows, and
 * what does not fit as grey badges whose numbers refer to a numbered list under the plot; a legend explains the
 * marks. Every text is escaped, and data text is bidi-isolated where it is shown.
 */
import type { EventRecord } from '../types.js';
import { prepareEvents } from './layout/index.js';
import type { LaneField, Lane } from './layout/types.js';
import type { ThemeName } from './styles/tokens.js';
import { withLaneHeaders } from './render/lane-headers.js';
import { frameTools } from './render/frame-tools.js';
import { resolveLabels, type TimelineLabels } from './render/labels.js';
import { eventFilter, normalizeFilters, type TimelineFilters } from './render/filter-model.js';
import { scaleUtcLinear } from './render/time-scale.js';
import { boundMs, paddedExtent } from './render/viewport.js';
import { FADE_SHARE, MARKER_RADIUS, PLOT_TOP, ROW_HEIGHT } from './render/geometry.js';
import { estimateTextWidth } from './render/measure.js';
import { fitLabel } from './layout/fit-label.js';
import { SVG_NS } from './render/svg-scene.js';
import { element, isolate, px, textElement } from './static/markup.js';
import { embeddedStyle, painter, type Painter, type StaticStyles } from './static/paint.js';
import { axisMarkup } from './static/axis.js';
import { eventMark } from './static/marks.js';
import { numberOverflow, groupNumbers, type Overflow } from './static/overflow.js';
import { layoutStaticRows } from './static/rows.js';
import { legendMarkup } from './static/legend.js';
import { listMarkup } from './static/list.js';

export type { StaticStyles } from './static/paint.js';
export { staticSvgStylesheet } from './static/paint.js';

export interface StaticTimelineOptions {
  /** Width in px (default 960). */
  width?: number;
  /** Minimum height of the plot area with its axis, in px (default 480); grows when the lanes need more. */
  height?: number;
  /** Language of dates, axis and text (default 'en'). */
  lang?: string;
  /** What lanes group by (default 'none': one lane). */
  lanes?: LaneField;
  /** Fixed colours: 'light' (default) or 'dark'. */
  theme?: ThemeName;
  /** Only draw events passing these filters. */
  filters?: TimelineFilters;
  /** Dates shown (ISO days or Dates); default: all events. Events outside are listed under the plot. */
  start?: string | Date;
  end?: string | Date;
  /** Prefix of element ids, so several SVGs can be inlined in one page (default 'et'). */
  idPrefix?: string;
  labels?: Partial<TimelineLabels>;
  /**
   * How the SVG carries its look: `'element'` (default) a `<style>` inside it; `'attributes'` presentation
   * attributes and no `<style>`, for inlining under a strict Content-Security-Policy; `'none'` classes only,
   * styled by the page (see {@link staticSvgStylesheet}).
   */
  styles?: StaticStyles;
  /** Rows a lane may use before events go to the numbered list (default 8). */
  maxRowsPerLane?: number;
  /** Draw the legend under the plot (default true). */
  legend?: boolean;
  /** Entries of the numbered list written at most (default 200); the rest are counted. */
  listLimit?: number;
}

/** At most this many events are listed in the SVG's `<desc>` for screen readers. */
const DESC_LIMIT = 200;

/** The timeline as a standalone SVG string. Synchronous and DOM-free: works the same in Node and in a browser. */
export function renderTimelineSVG(events: readonly EventRecord[], options: StaticTimelineOptions = {}): string {
  const width = Math.max(120, options.width ?? 960);
  const lang = options.lang ?? 'en';
  const theme = options.theme ?? 'light';
  const idPrefix = options.idPrefix ?? 'et';
  const labels = resolveLabels(lang, options.labels);
  const tools = frameTools(lang);
  const paint = painter(options.styles ?? 'element', theme);
  const prepared = prepareEvents(events, { lanes: options.lanes ?? 'none' });
  tools.learnArticles(prepared.events);
  const filter = eventFilter(normalizeFilters(options.filters));

  const [start, end] =
    options.start !== undefined && options.end !== undefined
      ? [boundMs(options.start, 'start'), boundMs(options.end, 'end')]
      : paddedExtent(prepared.extent);
  const x = scaleUtcLinear().domain([start, Math.max(end, start + 1)]).range([0, width]);
  const rows = layoutStaticRows(prepared, {
    x: (t) => x(t),
    view: { start, end },
    width,
    rowHeight: ROW_HEIGHT,
    laneGap: 8,
    maxRows: Math.max(1, options.maxRowsPerLane ?? 8),
    markerRadius: MARKER_RADIUS,
    gap: 4,
    measureText: tools.measureText,
    laneLabel: (key) => tools.laneLabel(key, prepared.laneField),
    filter,
  });
  const layout = withLaneHeaders({ lanes: rows.lanes, events: rows.events, clusters: [], height: rows.height });
  const overflow = numberOverflow({ groups: rows.groups.map((g) => ({ ...g, y: g.y + laneShift(layout.lanes, rows.lanes, g.lane) })), outside: rows.outside });

  const plotHeight = Math.max(layout.height, Math.max(40, (options.height ?? 480) - PLOT_TOP - 8));
  const plotBottom = PLOT_TOP + plotHeight + 8;
  const legend = options.legend === false ? { markup: '', height: 0 } : legendMarkup(labels, idPrefix, width - 16, paint);
  const list = listMarkup(overflow, { lang, labels, describe: tools.describe, paint, width: width - 16, limit: Math.max(0, options.listLimit ?? 200) });
  const legendTop = plotBottom + 4;
  const listTop = legendTop + legend.height;
  const height = Math.round(listTop + list.height + (legend.height || list.height ? 8 : 0));

  const shownEvents = filter ? prepared.events.filter((p) => filter(p.event)) : prepared.events;
  const drawnIds = new Set(layout.events.map((e) => e.prepared.event.id));
  const described = shownEvents.slice(0, DESC_LIMIT).map((p) => `${tools.describe(p)}: ${isolate(p.event.title)} (${labels.kinds[p.event.kind]})`);
  const desc = `${labels.shown(drawnIds.size, prepared.events.length)}. ${described.join('; ')}${shownEvents.length > DESC_LIMIT ? '; …' : ''}`;

  return element(
    'svg',
    {
      xmlns: SVG_NS,
      class: 'et-svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      lang,
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
      'data-theme': theme,
      ...paint.paint('svg'),
    },
    textElement('title', { id: `${idPrefix}-title` }, labels.timelineLabel),
    textElement('desc', { id: `${idPrefix}-desc` }, desc),
    paint.styles === 'element' ? `<style>${styleText(theme)}</style>` : '',
    fadeMasks(idPrefix),
    element('rect', { class: 'et-plot-bg', x: 0, y: 0, width, height, ...paint.paint('background') }),
    axisMarkup(x, tools.ticks(x), plotHeight, paint),
    element(
      'g',
      { class: 'et-plot', transform: `translate(0,${PLOT_TOP})` },
      lanesMarkup(layout.lanes, width, paint),
      overflowMarkup(overflow, paint),
      element('g', { class: 'et-events' }, layout.events.map((d) => eventMark(d, { idPrefix, labels, paint }))),
      shownEvents.length === 0 ? textElement('text', { class: 'et-static-note', x: 8, y: 20, ...paint.paint('note') }, labels.noEvents) : '',
    ),
    legend.markup ? element('g', { transform: `translate(8,${legendTop})` }, legend.markup) : '',
    list.markup ? element('g', { transform: `translate(8,${listTop})` }, list.markup) : '',
  );
}

function lanesMarkup(lanes: readonly Lane[], width: number, paint: Painter): string {
  return element(
    'g',
    { class: 'et-lanes' },
    lanes.map((lane, i) =>
      element(
        'g',
        { class: i % 2 ? 'et-lane et-lane-odd' : 'et-lane', transform: `translate(0,${px(lane.y)})` },
        element('rect', { class: 'et-lane-band', width, height: px(lane.height), ...paint.paint(i % 2 ? 'lane-band-odd' : 'lane-band') }),
        lane.label
          ? textElement('text', { class: 'et-lane-label', x: 4, y: 12, ...paint.paint('lane-label') }, isolate(fitLabel(lane.label, width - 8, (t) => estimateTextWidth(t, 12) * 1.1)))
          : '',
      ),
    ),
  );
}

/** How far withLaneHeaders moved a lane down. */
function laneShift(moved: readonly Lane[], original: readonly Lane[], key: string): number {
  const after = moved.find((l) => l.key === key);
  const before = original.find((l) => l.key === key);
  return after && before ? after.y - before.y + (after.height - before.height) : 0;
}

/** Where events did not fit: a faint span over their place and a badge with their numbers in the list. */
function overflowMarkup(overflow: Overflow, paint: Painter): string {
  return element(
    'g',
    { class: 'et-overflow' },
    overflow.groups.map((numbered) => {
      const cluster = numbered.group;
      const numbers = groupNumbers(numbered);
      const badgeWidth = Math.max(18, Math.ceil(estimateTextWidth(numbers, 10)) + 10);
      return element(
        'g',
        { class: 'et-overflow-group', 'data-entries': numbers, transform: `translate(${px(cluster.x)},${px(cluster.y)})` },
        element('rect', { class: 'et-overflow-span', x: px(cluster.x0 - cluster.x), y: -8, width: px(Math.max(2, cluster.x1 - cluster.x0)), height: 16, ...paint.paint('overflow-span') }),
        element('rect', { class: 'et-overflow-badge', x: -badgeWidth / 2, y: -8, width: badgeWidth, height: 16, rx: 8, ...paint.paint('overflow-badge') }),
        textElement('text', { class: 'et-overflow-count', y: 3.5, 'text-anchor': 'middle', ...paint.paint('overflow-count') }, numbers),
      );
    }),
  );
}

/** Luminance masks in bounding-box units, one per soft end (as render/svg-scene.ts makes them). */
function fadeMasks(idPrefix: string): string {
  const fades: Array<[name: string, stops: Array<[offset: number, opacity: number]>]> = [
    ['start', [[0, 0], [FADE_SHARE, 1], [1, 1]]],
    ['end', [[0, 1], [1 - FADE_SHARE, 1], [1, 0]]],
    ['both', [[0, 0], [FADE_SHARE, 1], [1 - FADE_SHARE, 1], [1, 0]]],
  ];
  return element(
    'defs',
    {},
    fades.flatMap(([name, stops]) => [
      element(
        'linearGradient',
        { id: `${idPrefix}-fade-${name}-gradient`, x1: 0, x2: 1, y1: 0, y2: 0 },
        stops.map(([offset, opacity]) => element('stop', { offset, 'stop-color': 'white', 'stop-opacity': opacity })),
      ),
      element(
        'mask',
        { id: `${idPrefix}-fade-${name}`, maskContentUnits: 'objectBoundingBox' },
        element('rect', { width: 1, height: 1, fill: `url(#${idPrefix}-fade-${name}-gradient)` }),
      ),
    ]),
  );
}

/**
 * The stylesheet is our own text, not data. It is written unescaped, as the same file must work as XML and inlined
 * in HTML, where a `<style>` holds raw text (`&quot;` would break the font list); CSS escapes keep `<` and `&` out.
 */
function styleText(theme: ThemeName): string {
  return embeddedStyle(theme).replace(/</g, '\\3c ').replace(/&/g, '\\26 ');
}
