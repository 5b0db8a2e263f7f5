/**
 * Reading a rendered timeline from a test: through its DOM (list view, marks, details) and, where the DOM has no
 * number to read, through the controller the example page keeps in `window.exampleTimelines`.
 */
import type { Page } from 'playwright-core';

/** The component's root for a host element: its open shadow root when it has one, else the host. */
export const ROOT_JS = `(host) => host.shadowRoot ?? host`;

/**
 * Every event id the list view lists (all pages), in list order. The list view shows every event the timeline
 * holds, clusters or not, so it is how events are counted. The view is put back as it was.
 */
export async function listedEventIds(page: Page, host: string): Promise<string[]> {
  return page.evaluate(async (selector) => {
    const hostEl = document.querySelector(selector);
    if (!hostEl) throw new Error(`no ${selector}`);
    const root: ParentNode = (hostEl as Element).shadowRoot ?? hostEl;
    const toggle = root.querySelector<HTMLButtonElement>('[data-action="list"]');
    const view = root.querySelector<HTMLElement>('[data-part="list"]');
    if (!toggle || !view) throw new Error('no list view');
    const wasOpen = !view.hidden;
    if (!wasOpen) toggle.click();
    const frame = () => new Promise((ok) => requestAnimationFrame(() => ok(null)));
    await frame();
    // back to the first page
    for (let guard = 0; guard < 10_000; guard++) {
      const previous = view.querySelector<HTMLButtonElement>('[data-page="previous"]');
      if (!previous || previous.disabled) break;
      previous.click();
    }
    const ids: string[] = [];
    for (let guard = 0; guard < 10_000; guard++) {
      for (const li of view.querySelectorAll('li[data-event-id]')) ids.push(li.getAttribute('data-event-id')!);
      const next = view.querySelector<HTMLButtonElement>('[data-page="next"]');
      if (!next || next.disabled || (next.parentElement as HTMLElement | null)?.hidden) break;
      next.click();
    }
    if (!wasOpen) toggle.click();
    await frame();
    return ids;
  }, host);
}

/**
 * What the SVG draws: distinct event ids of marks, the clusters with their counts, and the events of lanes scrolled
 * out of view that a large frame leaves undrawn (each such lane says how many on `data-undrawn`).
 */
export async function drawn(page: Page, host: string): Promise<{ markIds: string[]; marks: number; clusters: number; clustered: number; undrawn: number }> {
  return page.evaluate((selector) => {
    const hostEl = document.querySelector(selector)!;
    const root: ParentNode = hostEl.shadowRoot ?? hostEl;
    // Marks are drawn in batches: each lane's group holds its placed events as its datum; the active and the
    // selected event are real elements on top.
    type Placed = { prepared: { event: { id: string } } };
    const batched = [...root.querySelectorAll('svg g.et-lane-marks')].flatMap((g) => (g as Element & { __data__?: { items: Placed[] } }).__data__?.items ?? []);
    const real = [...root.querySelectorAll('svg g.et-event[data-event-id]')];
    const markIds = [...batched.map((d) => d.prepared.event.id), ...real.map((g) => g.getAttribute('data-event-id')!)];
    // Clusters are drawn as paths, which hold them as their datum.
    const clusters = (root.querySelector('svg path.et-cluster-span') as (Element & { __data__?: { count: number }[] }) | null)?.__data__ ?? [];
    const clustered = clusters.reduce((sum, c) => sum + c.count, 0);
    const undrawn = [...root.querySelectorAll('svg g.et-lane[data-undrawn]')].reduce((sum, lane) => sum + Number(lane.getAttribute('data-undrawn')), 0);
    return { markIds: [...new Set(markIds)], marks: markIds.length, clusters: clusters.length, clustered, undrawn };
  }, host);
}

/**
 * Follow the controllers of the page (window.exampleTimelines): their 'zoom' and 'select' notifications are
 * recorded in window.__timelineState. The initial domain is read by calling fit(), which reports it (at once:
 * the test browser prefers reduced motion, so there is no transition).
 */
export async function trackTimelines(page: Page): Promise<void> {
  await page.evaluate(() => {
    // @ts-expect-error set by the example page
    const controllers = window.exampleTimelines as { on: Function; fit: () => void }[];
    const state = controllers.map(() => ({ domain: null as null | [number, number], selected: null as string | null, zooms: 0 }));
    // @ts-expect-error test global
    window.__timelineState = state;
    controllers.forEach((controller, i) => {
      controller.on('zoom', ({ start, end }: { start: Date; end: Date }) => {
        state[i].domain = [start.valueOf(), end.valueOf()];
        state[i].zooms += 1;
      });
      controller.on('select', ({ id }: { id: string | null }) => (state[i].selected = id));
      controller.fit();
    });
  });
}

/** The visible time domain [start, end] in ms of timeline `index` (call trackTimelines first). */
export async function domainOf(page: Page, index = 0): Promise<[number, number]> {
  const domain = await page.evaluate((i) => {
    // @ts-expect-error test global
    return window.__timelineState[i].domain as [number, number] | null;
  }, index);
  if (!domain) throw new Error('no domain reported yet: call trackTimelines first');
  return domain;
}

/** The selected event id of timeline `index` (call trackTimelines first), or null. */
export async function selectedOf(page: Page, index = 0): Promise<string | null> {
  return page.evaluate((i) => {
    // @ts-expect-error test global
    return window.__timelineState[i].selected as string | null;
  }, index);
}

/** The event id that has keyboard focus inside the component (focused mark or active descendant), or null. */
export async function focusedEventId(page: Page, host: string): Promise<string | null> {
  return page.evaluate((selector) => {
    const hostEl = document.querySelector(selector)!;
    const root = (hostEl.shadowRoot ?? document) as DocumentOrShadowRoot & ParentNode;
    let active = root.activeElement as Element | null;
    if (!active) return null;
    const descendant = active.getAttribute('aria-activedescendant');
    if (descendant) active = (root as ParentNode).querySelector(`[id="${CSS.escape(descendant)}"]`);
    return active?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
  }, host);
}

/**
 * The part of the component's plot SVG that is on screen (viewport px), after scrolling the plot's top into view,
 * and a point in it where nothing but the background is hit (for drags and wheels).
 */
export async function plotBox(page: Page, host: string): Promise<{ x: number; y: number; width: number; height: number; emptyX: number; emptyY: number }> {
  return page.evaluate((selector) => {
    const hostEl = document.querySelector(selector)!;
    const root = (hostEl.shadowRoot ?? document) as ShadowRoot | Document;
    const svg = root.querySelector('svg[data-part="plot"]') ?? root.querySelector('svg.et-svg')!;
    svg.scrollIntoView({ block: 'start' });
    const r = svg.getBoundingClientRect();
    const top = Math.max(0, r.top);
    const bottom = Math.min(innerHeight, r.bottom);
    const box = { x: r.left, y: top, width: r.width, height: bottom - top };
    // find a background point: scan a grid in the visible part for something that is not a mark or cluster
    for (let fy = 0.3; fy < 0.95; fy += 0.05) {
      for (let fx = 0.5; fx < 0.95; fx += 0.05) {
        const x = box.x + box.width * fx;
        const y = box.y + box.height * fy;
        const hit = root.elementFromPoint(x, y);
        if (hit && svg.contains(hit) && !hit.closest('g.et-event, g.et-cluster, .et-cluster-span, .et-cluster-badge, .et-axis, .et-batch, .et-labels, .et-badges')) return { ...box, emptyX: x, emptyY: y };
      }
    }
    throw new Error('no empty point on the plot');
  }, host);
}

/** Zoom the page's first example timeline to [start, end] (ISO days) through its controller. */
export async function zoomExample(page: Page, start: string, end: string): Promise<void> {
  await page.evaluate(
    ([a, b]) => (window as unknown as { exampleTimelines: { zoomTo: (a: string, b: string) => void }[] }).exampleTimelines[0].zoomTo(a, b),
    [start, end] as const,
  );
}

/** A drawn event mark with a visible label: its event id and the label's box (viewport px). */
export interface LabelledMark {
  id: string;
  label: string;
  box: { left: number; right: number; top: number; bottom: number };
}

/**
 * The marks of a timeline that carry a visible label, with the label boxes, and the plot's box (viewport px). A
 * label counts when its text is not empty and its box lies inside the plot horizontally.
 */
export async function labelledMarks(page: Page, host: string): Promise<{ plot: { left: number; right: number; top: number; bottom: number }; marks: LabelledMark[] }> {
  return page.evaluate((selector) => {
    const hostEl = document.querySelector(selector)!;
    const root: ParentNode = hostEl.shadowRoot ?? hostEl;
    const svg = root.querySelector('svg[data-part="plot"]') ?? root.querySelector('svg.et-svg')!;
    const p = svg.getBoundingClientRect();
    const plot = { left: p.left, right: p.right, top: p.top, bottom: p.bottom };
    const marks = [];
    // The interactive plot's labels are a pool of texts, each bound to its placed event; the standalone SVG's
    // (and a real mark's) are inside their mark.
    type Bound = Element & { __data__?: { prepared: { event: { id: string } } } };
    const pooled = [...root.querySelectorAll<Bound>('svg g.et-labels > g > text')].map((text) => ({ text, id: text.__data__!.prepared.event.id }));
    const inMarks = [...root.querySelectorAll('svg g.et-event[data-event-id]')].map((g) => ({ text: g.querySelector('text.et-label'), id: g.getAttribute('data-event-id')! }));
    for (const { text, id } of [...pooled, ...inMarks]) {
      const label = text?.textContent ?? '';
      if (!text || !label.trim() || text.getAttribute('visibility') === 'hidden') continue;
      const r = text.getBoundingClientRect();
      if (r.width === 0 || r.left < plot.left - 0.5 || r.right > plot.right + 0.5) continue;
      marks.push({ id, label, box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom } });
    }
    return { plot, marks };
  }, host);
}

/** Distinct event ids with a visible label in the plot. */
export async function labelledEventIds(page: Page, host: string): Promise<string[]> {
  const { marks } = await labelledMarks(page, host);
  return [...new Set(marks.map((m) => m.id))];
}

/** A drawn mark of the interactive plot: its event id, key, shape, and its marker's centre (viewport px). */
export interface MarkPoint {
  id: string;
  key: string;
  shape: string;
  x: number;
  y: number;
  /** The bar's or window's ends (viewport px). */
  x0: number;
  x1: number;
}

/**
 * Every mark the interactive plot draws (in batches or as a real element), where it is on screen: the layout's
 * position through the marks layer's transform to the screen.
 */
export async function markPoints(page: Page, host: string): Promise<MarkPoint[]> {
  return page.evaluate((selector) => {
    const hostEl = document.querySelector(selector)!;
    const root: ParentNode = hostEl.shadowRoot ?? hostEl;
    type Placed = { key: string; x: number; x0: number; x1: number; y: number; prepared: { shape: string; event: { id: string } } };
    const layer = root.querySelector<SVGGElement>('svg[data-part="plot"] g.et-marks')!;
    const m = layer.getScreenCTM()!;
    const batched = [...root.querySelectorAll('svg g.et-lane-marks')].flatMap((g) => (g as Element & { __data__?: { items: Placed[] } }).__data__?.items ?? []);
    const real = [...root.querySelectorAll('svg g.et-event')].map((g) => (g as Element & { __data__?: Placed }).__data__!);
    const screen = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(m);
    return [...batched, ...real].map((d) => {
      const p = screen(d.x, d.y);
      return { id: d.prepared.event.id, key: d.key, shape: d.prepared.shape, x: p.x, y: p.y, x0: screen(d.x0, d.y).x, x1: screen(d.x1, d.y).x };
    });
  }, host);
}
