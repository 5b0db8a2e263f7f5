/**
 * `createTimeline`: the interactive component. Owns the state (data, filters, zoom transform, active and
 * selected event) and wires DOM events to it; every visual change goes through `renderFrame`.
 */
import { ZoomTransform, zoomIdentity } from './zoom-transform.js';
import { invertMs, type TimeScale } from './time-scale.js';
import type { EventRecord } from '../../types.js';
import { prepareEvents, layoutViewport } from '../layout/index.js';
import { narrowestSpan } from '../layout/zoom-limit.js';
import type { LaneField, PlacedCluster, PlacedEvent, PreparedEvent, PreparedTimeline, ViewportLayout } from '../layout/types.js';
import { componentRules } from '../styles/rules.js';
import { adoptStyles } from '../styles/adopt.js';
import { createEmitter } from './emitter.js';
import { resolveLabels, type TimelineLabels } from './labels.js';
import { createSvgScene } from './svg-scene.js';
import { frameHeight, renderFrame } from './frame.js';
import { createHeightHold } from './height-hold.js';
import { createShell } from './shell.js';
import { createDetailsPanel } from './details.js';
import { createFilterBar } from './filter-bar.js';
import { createListView } from './list-view.js';
import { createLegend } from './legend.js';
import { createOverview } from './overview.js';
import { keyAction } from './keyboard.js';
import { eventAccessibleName } from './describe.js';
import { domId } from './ids.js';
import { withLaneHeaders } from './lane-headers.js';
import { pinActive } from './pin-active.js';
import { createZoomControl } from './zoom-control.js';
import { watchPointer } from './pointer-input.js';
import { buildHitIndex, type HitIndex } from './hit-index.js';
import { clusterIndex } from './clusters.js';
import { focusTime, stepTarget, type Step } from './navigation.js';
import { eventFilter, normalizeFilters, type TimelineFilters } from './filter-model.js';
import { baseScale, boundMs, constrainTransform, maxZoom, transformForSpan, transformKeepingSpan, withView } from './viewport.js';
import { focusSpan } from '../layout/focus-span.js';
import { frameTools, type FrameTools } from './frame-tools.js';
import { viewportOptions } from './viewport-options.js';
import { CLUSTER_GAP, MARKER_RADIUS, PLOT_TOP, ROW_HEIGHT } from './geometry.js';
import { extendSettledFrame, keepShownLabels, reprojectLayout } from './reproject.js';
import { serves, viewAhead, type MotionLimits, type View } from './motion-ahead.js';
import { setAttr, setText } from './attr.js';
import { cullHiddenLanes, lanesOutside } from './lane-culling.js';
import { watchViewBand } from './view-band.js';
import { watchLaneVisibility } from './lane-visibility.js';
import { rovingToolbar } from './roving-toolbar.js';
import { checkRecords, type InvalidRecord } from '../../events/check-records.js';
import { detailsPlacement } from './details-placement.js';

export type TimelineTheme = 'light' | 'dark' | 'auto';

export interface TimelineOptions {
  /** Language of the interface, axis and dates: 'nl', 'en' or any BCP 47 tag (default: the container's `lang`, else 'en'). */
  lang?: string;
  /** What the lanes group by (default 'none'). */
  lanes?: LaneField;
  /** Minimum height of the timeline plot and axis in px (default 280); it grows when lanes need more. */
  height?: number;
  /** Width in px when the container cannot be measured (no layout engine, as in jsdom). Default 800. */
  width?: number;
  /** 'light', 'dark' or 'auto' (follow prefers-color-scheme; default). */
  theme?: TimelineTheme;
  /** The document to build in (default: the container's). */
  document?: Document;
  /** Interface text overrides. */
  labels?: Partial<TimelineLabels>;
  /** Initial filters. */
  filters?: TimelineFilters;
  /**
   * The range shown first (ISO days, inclusive, or Dates). Default: where the events are (see `fit('events')`).
   */
  view?: { start: string | Date; end: string | Date };
  /**
   * The filter bar: `'folded'` (default) behind a Filters button in the toolbar, `'open'` shown (folded only in a
   * narrow timeline, such as on a phone), or `'hidden'` (no filters; `setFilters` still works).
   */
  filterBar?: 'folded' | 'open' | 'hidden';
  /** Where the legend goes: `'below'` the plot (default), `'above'` it (under the toolbar), or `'hidden'`. */
  legend?: 'above' | 'below' | 'hidden';
}

/**
 * What `fit` shows: `'events'`, where most events lie (the central bulk of their dates in whole days, months or
 * years; long and vague periods run out of view), or `'all'`, every event whole.
 */
export type FitMode = 'events' | 'all';

export interface TimelineEventMap {
  /** An event was selected (details open) or the selection was cleared (`id` null). */
  select: { id: string | null; event: EventRecord | null };
  /** The visible range changed. */
  zoom: { start: Date; end: Date; k: number };
  /** The filters changed; `count` events pass. */
  filter: { filters: TimelineFilters; count: number };
  /**
   * Records given to `createTimeline` or `update` that are not valid event records (schema/event-records.schema.json),
   * each with its index and reason; the valid ones are shown. Also dispatched on the container as the DOM event
   * `timeline-invalid` (same detail), which a listener added before `createTimeline` hears for the first records.
   */
  invalid: { invalid: InvalidRecord[]; shown: number };
}

export interface TimelineController {
  /** Replace the events (a keyed join keeps the marks of events whose ids stay). */
  update(events: readonly EventRecord[]): void;
  /** Select an event by id (opens the details panel), or clear the selection with null. */
  select(id: string | null): void;
  /**
   * Show the range from `start` to `end` (ISO days, inclusive, or Dates). With `{ transient: true }` the call is one
   * step of a movement the page drives, such as a scroll-linked story calling it every frame: the step only moves
   * marks (as a reader's drag does), and the timeline lays out again once no step came for 150 ms.
   */
  zoomTo(start: string | Date, end: string | Date, options?: { transient?: boolean }): void;
  /**
   * `fit('events')` (the default) shows where the (filtered) events are, as the timeline opens; `fit('all')` shows
   * every event whole, with some padding.
   */
  fit(mode?: FitMode): void;
  /** Set the filters (as the filter bar does). */
  setFilters(filters: TimelineFilters): void;
  /** Listen to 'select', 'zoom' or 'filter'; returns the unsubscribe function. */
  on<K extends keyof TimelineEventMap>(type: K, handler: (detail: TimelineEventMap[K]) => void): () => void;
  /** Remove every node, listener and observer this timeline created. */
  destroy(): void;
  /** The shadow root the timeline draws into (for tests and advanced styling hooks). */
  readonly root: ShadowRoot;
}

let instances = 0;

/** The layout gesture frames move (reproject.ts), wider than the view it was made for. */
interface MotionLayout {
  layout: ViewportLayout;
  /** Before lane headers: the next layout's row hints. */
  raw: ViewportLayout;
  invert: (px: number) => number;
  /** px per ms it was made at. */
  k: number;
  /** The view's start when it was made: gesture frames position marks relative to it. */
  origin: number;
  /** The time range it covers. */
  start: number;
  end: number;
}

/** A gesture's layout reaches this many view widths beyond each side, so panning that far needs no new layout. */
const MOTION_MARGIN = 1;
/**
 * ... and serves until the reader has zoomed in this many times (marks only spread apart), or out this many
 * times (marks crowd together, and what a full layout would cluster is still drawn one by one).
 */
const MOTION_LIMITS: MotionLimits = { zoomIn: 4, zoomOut: 1.5 };
/** The layout's own margin (px): marks this far outside the view are laid out and drawn. */
const LAYOUT_MARGIN = 40;
/** Marks this far outside the view (px) are still drawn during a gesture, as in a settled frame. */
const MOTION_VIEW_MARGIN = LAYOUT_MARGIN;
/** The layout for the next gesture is made once the view has been still this long (ms). */
const PREPARE_GESTURE_AFTER_MS = 120;

/**
 * Mount an interactive timeline of `events` in `container` (inside an open Shadow DOM root attached to it).
 *
 * ```ts
 * const timeline = createTimeline(document.querySelector('#timeline')!, events, { lang: 'nl', lanes: 'actor' });
 * timeline.on('select', ({ event }) => console.log(event?.title));
 * timeline.zoomTo('2020-08-01', '2020-08-31');
 * ```
 */
export function createTimeline(container: Element, events: readonly EventRecord[], options: TimelineOptions = {}): TimelineController {
  const doc = options.document ?? container.ownerDocument;
  const shadow = container.shadowRoot ?? container.attachShadow({ mode: 'open' });
  const idPrefix = `et${instances++}`;
  const lang = options.lang ?? (container.closest('[lang]')?.getAttribute('lang') || 'en');
  const labels = resolveLabels(lang, options.labels);
  const lanes: LaneField = options.lanes ?? 'none';
  const view = doc.defaultView;
  const abort = new AbortController();
  const { signal } = abort;
  const emitter = createEmitter<TimelineEventMap>();
  /** The valid records of `given`; each invalid one is reported (timeline-invalid), none throws for all. */
  const validRecords = (given: readonly EventRecord[]): EventRecord[] => {
    const { valid, invalid } = checkRecords(Array.isArray(given) ? given : []);
    if (invalid.length === 0) return valid;
    const detail = { invalid, shown: valid.length };
    const Custom = view?.CustomEvent ?? CustomEvent;
    container.dispatchEvent(new Custom('timeline-invalid', { detail, bubbles: true, composed: true }));
    emitter.emit('invalid', detail);
    return valid;
  };
  events = validRecords(events);
  const styles = adoptStyles(shadow, componentRules());
  const tools: FrameTools = frameTools(lang);

  // ---- state
  let prepared: PreparedTimeline = prepareEvents(events, { lanes });
  tools.learnArticles(prepared.events);
  let filters = normalizeFilters(options.filters);
  let predicate = eventFilter(filters);
  let ordered = orderedEvents();
  let width = Math.max(1, options.width ?? 800);
  /** The `view` option, in ms: the base scale reaches it, and the timeline opens on it. */
  const initialView = options.view ? { start: boundMs(options.view.start, 'start'), end: boundMs(options.view.end, 'end') } : null;
  // Zoom-in stops a few units of the data's finest precision wide (day data: a few days, never hours).
  const baseFor = (next: PreparedTimeline, w: number) => baseScale(withView(next.extent, initialView), w, narrowestSpan(next.events));
  let base = baseFor(prepared, width);
  let transform: ZoomTransform = zoomIdentity;
  let visible: TimeScale = base;
  let layout: ViewportLayout = { lanes: [], events: [], clusters: [], height: 0 };
  let placedById = new Map<string, PlacedEvent>();
  /** The active event when only pinActive drew it (the layout clustered it). */
  let pinnedId: string | null = null;
  const isPlacedByLayout = (p: PreparedEvent) => placedById.has(p.event.id) && pinnedId !== p.event.id;
  let activeId: string | null = null;
  let selectedId: string | null = null;
  let tooltipKey: string | null = null;
  /** The cluster the pointer is on (drawn as a real element with its name). */
  let focusedCluster: string | null = null;
  let listMode = false;
  let destroyed = false;
  const minPlotHeight = Math.max(80, (options.height ?? 280) - PLOT_TOP - 8);

  // ---- DOM
  const shell = createShell(doc, { idPrefix, labels, lang, theme: options.theme ?? 'auto' });
  const filterBarMode = options.filterBar === 'open' || options.filterBar === 'hidden' ? options.filterBar : 'folded';
  shell.root.setAttribute('data-filter-bar', filterBarMode);
  const scene = createSvgScene(doc, idPrefix);
  const svg = scene.svg;
  const plotAttributes = { tabindex: 0, role: 'application', 'aria-roledescription': labels.roleDescription, 'aria-label': labels.timelineLabel, 'aria-describedby': `${idPrefix}-help`, 'data-part': 'plot' };
  for (const [name, value] of Object.entries(plotAttributes)) svg.setAttribute(name, String(value));
  scene.title.textContent = labels.timelineLabel;
  const overview = createOverview(doc, (start, end) => applyTransform(transformForSpan(base, start, end, width), false));
  shell.chart.append(svg, overview.element);
  const details = createDetailsPanel(doc, {
    idPrefix,
    labels,
    lang,
    describe: tools.describe,
    onClose: () => closeDetails(true),
  });
  shell.body.append(details.element);
  const placement = detailsPlacement(shadow, `[data-part="details"][data-owner="${idPrefix}"]`);
  details.element.setAttribute('data-owner', idPrefix);
  const filterBar = createFilterBar(doc, { idPrefix, labels, signal, onChange: (next) => setFilters(next) });
  shell.toolbar.after(filterBar.element);
  shell.count.before(filterBar.toggle);
  const list = createListView(doc, {
    idPrefix,
    labels,
    describe: tools.describe,
    signal,
    onSelect: (id) => {
      activeId = id;
      selectEvent(id);
    },
  });
  const legend = createLegend(doc, idPrefix, labels);
  if (options.legend === 'above') {
    legend.classList.add('et-legend-above');
    shell.body.before(legend);
  }
  else if (options.legend !== 'hidden') shell.body.after(list.element, legend);
  if (!list.element.isConnected) shell.body.after(list.element);
  if (filterBarMode === 'hidden') filterBar.toggle.hidden = true;
  shadow.append(shell.root);
  const toolbarFocus = rovingToolbar(shell.toolbar, signal);
  filterBar.setEvents(events, filters);

  // ---- zoom
  const zoomControl = createZoomControl(svg, {
    width: () => width,
    maxZoom: () => maxZoom(base),
    current: () => transform,
    signal,
    onZoom(next, phase) {
      transform = next;
      viewMoved = true;
      if (phase === 'motion') motionFrame();
      else relayout();
      const [start, end] = visible.domain();
      emitter.emit('zoom', { start, end, k: transform.k });
    },
    onSettle() {
      if (motion) relayout();
    },
  });
  const applyTransform = (next: ZoomTransform, animate: boolean) => zoomControl.apply(next, animate);

  // ---- rendering
  function orderedEvents(): readonly PreparedEvent[] {
    return predicate ? prepared.events.filter((p) => predicate!(p.event)) : prepared.events;
  }

  let previousLayout: ViewportLayout | undefined;
  /** The frame of the last full layout (what a gesture starts from). */
  let settledLayout: ViewportLayout | null = null;
  /** The scale of that layout, and its px per ms and start time exactly (viewOf). */
  let settledScale: TimeScale = visible;
  let settledView = { k: 1, a: 0 };
  /** During a gesture: a layout wider than the view, made when it began, and the time range it covers. */
  let motion: MotionLayout | null = null;
  /** px the mark layers are shifted by in a motion frame (0 when settled): layout x + frameOffset = screen x. */
  let frameOffset = 0;

  function relayout(): void {
    if (destroyed) return;
    visible = transform.rescaleX(base);
    const scale = visible;
    const laidOut = layoutViewport(prepared, {
      ...viewportOptions(prepared, scale, width, tools, predicate),
      // Rows stay put while zooming and panning: items keep last frame's row while they still fit there.
      previous: motion?.raw ?? previousLayout,
    });
    previousLayout = laidOut;
    motion = null;
    dropAhead();
    frameOffset = 0;
    const active = activeId === null ? undefined : prepared.byId.get(activeId);
    const withActive = pinActive(laidOut, active, (time) => scale(time), ROW_HEIGHT);
    pinnedId = withActive === laidOut ? null : activeId;
    layout = withLaneHeaders(withActive);
    settledLayout = layout;
    settledScale = scale.copy();
    settledView = viewOf(transform);
    placeAndDraw();
    prepareNextGesture();
  }

  function placeAndDraw(): void {
    placedById = new Map();
    for (const item of layout.events) if (!placedById.has(item.prepared.event.id)) placedById.set(item.prepared.event.id, item);
    draw();
    overview.render({ events: prepared.events, filter: predicate, base, visible, width });
  }

  /**
   * The cluster gap a full layout of the view of `scale` uses: the last full layout's when that is the view (a
   * gesture's start), else found by laying the view out (a gesture that has moved far).
   */
  function viewClusterGap(scale: TimeScale): number {
    if (!motion && previousLayout?.clusterGap) return previousLayout.clusterGap;
    return layoutViewport(prepared, viewportOptions(prepared, scale, width, tools, predicate)).clusterGap ?? CLUSTER_GAP;
  }

  /** px per ms and the time at px 0 of a scale, exactly (the scale's domain is rounded to whole ms). */
  function viewOf(t: ZoomTransform): { k: number; a: number } {
    const [d0, d1] = base.domain().map(Number);
    const k = (t.k * width) / Math.max(d1 - d0, 1);
    return { k, a: d0 - t.x / k };
  }

  /**
   * A layout for gesture frames, `MOTION_MARGIN` view widths wider than the view of `scale` on both sides. At a
   * gesture's start (`fromSettled`) it is the settled frame itself plus what lies beyond its sides, so nothing on
   * screen moves but positions.
   */
  function motionLayout(scale: TimeScale, view: { k: number; a: number }, fromSettled: boolean): MotionLayout {
    const span = width / view.k;
    const from = scale.copy();
    const raw = layoutViewport(prepared, {
      ...viewportOptions(prepared, from, width, tools, predicate),
      margin: width * MOTION_MARGIN,
      // Labels fitted to the whole laid-out range, so marks that pan in from beyond the view come with theirs.
      labelBounds: [-width * MOTION_MARGIN, width * (1 + MOTION_MARGIN)],
      // The gap a full layout of the view uses, unbounded: the part in view clusters as a settled frame does (a
      // bound over the wider range would cluster the view more finely or coarsely than that).
      clusterGap: viewClusterGap(from),
      maxMarks: Infinity,
      previous: motion?.raw ?? previousLayout,
    });
    const wide = withLaneHeaders(raw);
    const layout = fromSettled && settledLayout ? extendSettledFrame(settledLayout, wide, -LAYOUT_MARGIN, width + LAYOUT_MARGIN, ROW_HEIGHT) : wide;
    return { raw, layout, invert: invertMs(from), k: view.k, origin: view.a, start: view.a - span * MOTION_MARGIN, end: view.a + span * (1 + MOTION_MARGIN) };
  }

  /**
   * Once the view has been still for a moment, the layout the next gesture will start from is made ahead, so the
   * gesture's first frame only moves marks. It is made in idle time: a page that zooms step by step (zoomTo every
   * few frames) would otherwise pay for a wide layout inside its frames.
   */
  let nextMotion: { after: ViewportLayout; motion: MotionLayout } | null = null;
  let nextMotionTimer: ReturnType<typeof setTimeout> | null = null;
  let nextMotionTask: (() => void) | null = null;
  function cancelNextGesture(): void {
    if (nextMotionTimer !== null) clearTimeout(nextMotionTimer);
    nextMotionTimer = null;
    nextMotionTask?.();
    nextMotionTask = null;
  }
  function prepareNextGesture(): void {
    cancelNextGesture();
    nextMotionTimer = setTimeout(() => {
      nextMotionTimer = null;
      nextMotionTask = whenIdle(() => {
        nextMotionTask = null;
        if (destroyed || motion || !settledLayout) return;
        nextMotion = { after: settledLayout, motion: motionLayout(settledScale, settledView, true) };
      });
    }, PREPARE_GESTURE_AFTER_MS);
  }

  /**
   * One frame of a gesture or animation (reproject.ts): the marks of a layout made when the gesture began move to
   * the new scale; rows, clusters and labels are laid out again when it ends (onSettle), or here when the view
   * leaves the range that layout covers or the zoom changed beyond MOTION_LIMITS (with the layout made ahead for
   * that view when the reader went on as foreseen).
   */
  function motionFrame(): void {
    if (destroyed) return;
    visible = transform.rescaleX(base);
    if (!settledLayout) return relayout();
    const shown = viewOf(transform);
    const { k, a } = shown;
    if (!motion) motion = nextMotion?.after === settledLayout ? nextMotion.motion : motionLayout(settledScale, settledView, true);
    if (!serves(motion, shown, width, MOTION_LIMITS)) {
      const rebuilt = ahead?.basis === motion && serves(ahead.layout, shown, width, MOTION_LIMITS) ? ahead.layout : motionLayout(visible, shown, false);
      motion = { ...rebuilt, layout: keepShownLabels(rebuilt.layout, layout) };
    }
    prepareAhead(shown);
    // Positions relative to the gesture's origin time: they do not change while the reader only pans, so a pan
    // frame moves the mark layers (frameOffset) and rewrites only what enters or leaves the view.
    const origin = motion.origin;
    const relative = (time: number) => (time - origin) * k;
    frameOffset = Math.round((origin - a) * k * 100) / 100;
    const active = activeId === null ? undefined : prepared.byId.get(activeId);
    const moved = reprojectLayout(motion.layout, {
      x: relative,
      viewLeft: -frameOffset,
      fromInvert: motion.invert,
      frame: settledLayout,
      rowHeight: ROW_HEIGHT,
      width,
      margin: MOTION_VIEW_MARGIN,
      measure: tools.measureText,
      markerRadius: MARKER_RADIUS,
      keep: mustDraw,
    });
    const withActive = pinActive(moved, active, relative, ROW_HEIGHT);
    pinnedId = withActive === moved ? null : activeId;
    layout = withActive;
    placeAndDraw();
  }

  /**
   * During a gesture: the layout its next frames will likely need (motion-ahead.ts), made in idle time between
   * frames from the layout in use (`basis`), so the frame where that one runs out only draws.
   */
  let ahead: { basis: MotionLayout; layout: MotionLayout } | null = null;
  let aheadTask: (() => void) | null = null;
  let lastView: View | null = null;

  function prepareAhead(current: View): void {
    const previous = lastView;
    lastView = current;
    if (!motion || !previous || aheadTask || ahead?.basis === motion) return;
    const target = viewAhead(motion.k, previous, current, width, MOTION_LIMITS);
    if (!target) return;
    const basis = motion;
    aheadTask = whenIdle(() => {
      aheadTask = null;
      if (destroyed || motion !== basis) return;
      const t = constrainTransform(transformOfView(target), width);
      ahead = { basis, layout: motionLayout(t.rescaleX(base), viewOf(t), false) };
    });
  }

  function dropAhead(): void {
    aheadTask?.();
    aheadTask = null;
    ahead = null;
    lastView = null;
  }

  /** The zoom transform showing `view` (the inverse of viewOf). */
  function transformOfView({ k, a }: View): ZoomTransform {
    const [d0, d1] = base.domain().map(Number);
    return new ZoomTransform((k * Math.max(d1 - d0, 1)) / width, (d0 - a) * k, 0);
  }

  /** Run `task` when the page is idle (between frames); returns its cancel function. */
  function whenIdle(task: () => void): () => void {
    const win = view as (Window & typeof globalThis) | null;
    if (win?.requestIdleCallback) {
      const id = win.requestIdleCallback(task, { timeout: 100 });
      return () => win.cancelIdleCallback(id);
    }
    const id = setTimeout(task, 0);
    return () => clearTimeout(id);
  }

  // Lanes scrolled out of view are left out of large frames: each frame leaves out the lanes outside the view band
  // at once (view-band.ts), and the observer redraws when a lane comes near the view, also one the last frame left
  // out (the page scrolled, or was laid out again).
  const viewBand = watchViewBand(svg);
  let culledLanes: ReadonlySet<string> = new Set();
  const laneVisibility = watchLaneVisibility(scene.lanes, () => {
    if (!destroyed) draw();
  }, (key) => culledLanes.has(key));
  const mustDraw = (eventId: string, key: string) => eventId === activeId || eventId === selectedId || key === tooltipKey;

  /** The marks and clusters the last frame drew, and their hit indexes (built when the pointer first asks). */
  let hitItems: readonly PlacedEvent[] = [];
  let hitIndex: HitIndex | null = null;
  let hitClusters: readonly PlacedCluster[] = [];
  let hitClusterIndex: HitIndex<PlacedCluster> | null = null;

  // Set by a zoom or pan, read by the draw it causes.
  let viewMoved = false;
  const heightHold = createHeightHold(() => !destroyed && draw(), {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });

  function draw(): void {
    const active = activeId ? placedById.get(activeId) : undefined;
    const drawnPart = cullHiddenLanes(layout, lanesOutside(layout, viewBand.band(), PLOT_TOP, laneVisibility.hidden()), mustDraw);
    culledLanes = new Set(drawnPart.culled.keys());
    const minHeight = heightHold.heightFor(frameHeight({ layout: drawnPart.layout, minPlotHeight }), viewMoved);
    viewMoved = false;
    hitItems = drawnPart.layout.events;
    hitIndex = null;
    hitClusters = drawnPart.layout.clusters;
    hitClusterIndex = null;
    renderFrame(scene, {
      width,
      minPlotHeight,
      minHeight,
      layout: drawnPart.layout,
      culled: drawnPart.culled,
      offsetX: frameOffset,
      x: visible,
      ticks: tools.ticks(visible),
      lang,
      labels,
      describe: tools.describe,
      activeKey: active?.key ?? null,
      selectedId,
      tooltipKey,
      focusedCluster,
    });
    laneVisibility.sync();
    setAttr(svg, 'aria-activedescendant', active ? domId(idPrefix, 'event', active.key) : null);
    // Unchanged text is not rewritten: a new text node invalidates the layout of the whole component.
    const shown = labels.shown(ordered.length, prepared.events.length);
    setText(scene.desc, shown);
    setText(shell.count, shown);
    if (listMode) list.render(ordered, activeId);
  }

  // ---- keyboard: the plot is one tab stop; arrows walk the time order
  function activate(target: PreparedEvent, announce: boolean): void {
    activeId = target.event.id;
    const t = transformShowing(target);
    if (t) applyTransform(t, false);
    // Inside a cluster the event has no mark of its own yet: zoom in around it until it gets one, but not
    // past its own window (a wide window does not get more room by zooming); pinActive covers the rest.
    const windowSpan = Math.max(target.end - target.start, 86_400_000);
    const span = () => +visible.domain()[1] - +visible.domain()[0];
    for (let i = 0; i < 16 && !isPlacedByLayout(target) && transform.k < maxZoom(base) && span() > windowSpan * 2; i++) {
      const x = base(new Date(target.anchor));
      applyTransform(zoomIdentity.translate(width / 2 - x * transform.k * 2, 0).scale(transform.k * 2), false);
    }
    relayout();
    tooltipKey = placedById.get(target.event.id)?.key ?? null;
    draw();
    if (announce) {
      // aria-activedescendant does not scroll: bring the mark into view as focus would (block 'nearest' is a no-op when it is visible).
      const key = placedById.get(target.event.id)?.key;
      const mark = key ? shadow.getElementById(domId(idPrefix, 'event', key)) : null;
      mark?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
      const position = ordered.indexOf(target) + 1;
      shell.live.textContent = `${eventAccessibleName(target, tools.describe, labels)} (${position}/${ordered.length})`;
    }
  }

  /** A transform that pans the event into view (same zoom), or null when it is already comfortably visible. */
  function transformShowing(target: PreparedEvent): ZoomTransform | null {
    const [a, b] = visible.domain().map(Number);
    const margin = (b - a) * 0.06;
    const time = focusTime(target, b - a);
    if (time >= a + margin && time <= b - margin) return null;
    const x = base(new Date(time));
    return zoomIdentity.translate(width / 2 - x * transform.k, 0).scale(transform.k);
  }

  function step(direction: Step): void {
    const target = stepTarget(ordered, activeId, direction, +visible.domain()[0]);
    if (target) activate(target, true);
  }

  function zoomBy(factor: number): void {
    const active = activeId ? placedById.get(activeId) : undefined;
    zoomControl.scaleBy(factor, active ? active.x + frameOffset : width / 2);
  }

  svg.addEventListener(
    'keydown',
    (event) => {
      const action = keyAction(event);
      if (!action) return;
      event.preventDefault();
      switch (action) {
        case 'next':
          return step(1);
        case 'previous':
          return step(-1);
        case 'first':
          return step('first');
        case 'last':
          return step('last');
        case 'zoom-in':
          return zoomBy(2);
        case 'zoom-out':
          return zoomBy(0.5);
        case 'open':
          if (!activeId) step(1);
          if (activeId) {
            selectEvent(activeId);
            details.focus();
          }
          return;
        case 'close':
          if (details.open) closeDetails(true);
          return;
      }
    },
    { signal },
  );
  svg.addEventListener(
    'focus',
    () => {
      if (activeId && placedById.has(activeId)) {
        tooltipKey = placedById.get(activeId)!.key;
        draw();
      }
    },
    { signal },
  );
  svg.addEventListener(
    'blur',
    () => {
      if (tooltipKey === null) return;
      tooltipKey = null;
      draw();
    },
    { signal },
  );
  details.element.addEventListener(
    'keydown',
    (event) => {
      if (keyAction(event) !== 'close') return;
      event.preventDefault();
      closeDetails(true);
    },
    { signal },
  );

  // ---- pointer
  watchPointer(
    { plot: svg, marks: scene.marks },
    {
      signal,
      clusterAt(x, y) {
        hitClusterIndex ??= clusterIndex(hitClusters);
        return hitClusterIndex.find(x, y);
      },
      markAt(x, y) {
        hitIndex ??= buildHitIndex(hitItems, { rowHeight: ROW_HEIGHT, markerRadius: MARKER_RADIUS });
        return hitIndex.find(x, y);
      },
      onSelect(id) {
        activeId = id;
        selectEvent(id);
      },
      onHover(key, cluster) {
        if (key === tooltipKey && cluster === focusedCluster) return;
        tooltipKey = key;
        focusedCluster = cluster;
        draw();
      },
      onCluster(cluster) {
        const pad = Math.max((cluster.end - cluster.start) * 0.1, 3_600_000);
        applyTransform(transformForSpan(base, cluster.start - pad, cluster.end + pad, width), true);
      },
    },
  );

  // ---- toolbar
  shell.toolbar.addEventListener(
    'click',
    (event) => {
      const action = (event.target as Element).closest?.('button')?.getAttribute('data-action');
      if (action === 'zoom-in') zoomBy(2);
      else if (action === 'zoom-out') zoomBy(0.5);
      else if (action === 'fit') fit('all');
      else if (action === 'list') setListMode(!listMode);
    },
    { signal },
  );

  function setListMode(on: boolean): void {
    listMode = on;
    shell.listToggle.setAttribute('aria-pressed', String(on));
    list.element.hidden = !on;
    shell.chart.hidden = on;
    if (on) list.render(ordered, activeId);
    else list.empty();
  }

  // ---- selection and details
  function selectEvent(id: string | null): void {
    const target = id === null ? undefined : prepared.byId.get(id);
    selectedId = target ? target.event.id : null;
    if (target) {
      details.show(target);
      if (!placedById.has(target.event.id) && !listMode) activate(target, false);
    } else details.hide();
    draw();
    if (target) {
      const key = placedById.get(target.event.id)?.key;
      placement.place(details.element, shell.body, listMode || !key ? null : shadow.getElementById(domId(idPrefix, 'event', key)));
    }
    emitter.emit('select', { id: selectedId, event: target?.event ?? null });
  }

  function closeDetails(returnFocus: boolean): void {
    const wasOpen = details.open;
    selectEvent(null);
    if (returnFocus && wasOpen) (listMode ? shell.listToggle : svg).focus();
  }

  // ---- filters
  function setFilters(next: TimelineFilters): void {
    filters = normalizeFilters(next);
    predicate = eventFilter(filters);
    ordered = orderedEvents();
    if (activeId && !ordered.some((p) => p.event.id === activeId)) activeId = null;
    filterBar.setEvents(prepared.events.map((p) => p.event), filters);
    relayout();
    emitter.emit('filter', { filters, count: ordered.length });
    // The view follows the filter to where its events are.
    if (ordered.length) fit('events');
  }

  // ---- size
  function resize(nextWidth: number): void {
    const w = Math.max(1, Math.round(nextWidth));
    if (w === width) return;
    const keep = visible;
    width = w;
    base = baseFor(prepared, width);
    const t = transformKeepingSpan(keep, base, width);
    transform = t;
    zoomControl.reset(t);
    relayout();
  }
  const Observer = (view as (Window & typeof globalThis) | null)?.ResizeObserver;
  const observer = Observer
    ? new Observer((entries) => {
        const entry = entries[entries.length - 1];
        // Laid out now: the toolbar learns which buttons the style sheet shows (see rovingToolbar) at no extra cost.
        toolbarFocus.refresh();
        if (entry && entry.contentRect.width > 0) resize(entry.contentRect.width);
      })
    : null;
  observer?.observe(shell.chart);
  if (shell.chart.clientWidth > 0) width = shell.chart.clientWidth;
  base = baseFor(prepared, width);
  transform = initialView ? transformForSpan(base, initialView.start, initialView.end, width) : fitTransform('events');
  zoomControl.reset(transform);
  relayout();

  // ---- public API
  /** The transform `fit(mode)` goes to: the bulk of the events that pass the filters, or everything. */
  function fitTransform(mode: FitMode): ZoomTransform {
    const span = mode === 'events' ? focusSpan(ordered) : null;
    if (!span) return zoomIdentity;
    // A little room on both sides, so marks at the ends are not drawn on the plot's edge.
    const pad = (span.end - span.start) * 0.02;
    return transformForSpan(base, span.start - pad, span.end + pad, width);
  }

  function fit(mode: FitMode = 'events'): void {
    applyTransform(fitTransform(mode === 'all' ? 'all' : 'events'), true);
  }

  const controller: TimelineController = {
    root: shadow,
    update(given) {
      if (destroyed) return;
      const next = validRecords(given);
      const hadEvents = prepared.events.length > 0;
      const keep = visible;
      prepared = prepareEvents(next, { lanes });
      tools.learnArticles(prepared.events);
      ordered = orderedEvents();
      base = baseFor(prepared, width);
      const t = hadEvents ? transformKeepingSpan(keep, base, width) : initialView ? transformForSpan(base, initialView.start, initialView.end, width) : fitTransform('events');
      transform = t;
      zoomControl.reset(t);
      if (activeId && !prepared.byId.has(activeId)) activeId = null;
      if (selectedId && !prepared.byId.has(selectedId)) {
        selectedId = null;
        details.hide();
      } else if (selectedId) details.show(prepared.byId.get(selectedId)!);
      filterBar.setEvents(next, filters);
      relayout();
    },
    select(id) {
      if (destroyed) return;
      if (id !== null) activeId = id;
      selectEvent(id);
    },
    zoomTo(start, end, options) {
      if (destroyed) return;
      const target = transformForSpan(base, boundMs(start, 'start'), boundMs(end, 'end'), width);
      if (options?.transient) zoomControl.step(target);
      else applyTransform(target, true);
    },
    fit(mode) {
      if (!destroyed) fit(mode);
    },
    setFilters(next) {
      if (!destroyed) setFilters(next);
    },
    on(type, handler) {
      return emitter.on(type, handler);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      zoomControl.destroy();
      laneVisibility.destroy();
      heightHold.destroy();
      cancelNextGesture();
      dropAhead();
      abort.abort();
      observer?.disconnect();
      overview.destroy();
      emitter.clear();
      styles.remove();
      placement.remove();
      while (shadow.firstChild) shadow.removeChild(shadow.firstChild);
    },
  };
  return controller;
}
