/**
 * Keyboard, mouse, touch and a phone-sized viewport on the seed example, in a real Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, readExampleData, runAxe, startSession, type Session, type TrackedPage } from './lib/harness.js';
import { domainOf, focusedEventId, listedEventIds, markPoints, plotBox, selectedOf, trackTimelines, zoomExample } from './lib/timeline.js';

let session: Session;
beforeAll(async () => {
  session = await startSession({ viewport: { width: 1280, height: 800 }, hasTouch: true });
});
afterAll(async () => {
  await session?.close();
});

async function seedPage(): Promise<TrackedPage> {
  const tracked = await openPage(session.context, `${session.url}/examples/seed/`);
  await trackTimelines(tracked.page);
  return tracked;
}

/** Tab from the top of the page until the timeline's plot (its one tab stop for events) has focus. */
async function tabToPlot(page: Page): Promise<number> {
  for (let presses = 1; presses <= 60; presses++) {
    await page.keyboard.press('Tab');
    const onPlot = await page.evaluate(() => {
      const root = document.getElementById('timeline')!.shadowRoot;
      return root?.activeElement?.getAttribute('data-part') === 'plot';
    });
    if (onPlot) return presses;
  }
  throw new Error('Tab never reached the timeline plot');
}

/** One keyboard step: what the live region announced and which mark aria-activedescendant points at. */
interface Step {
  announced: string;
  descendantEventId: string | null;
}

async function readStep(page: Page): Promise<Step> {
  return {
    announced: await page.evaluate(() => document.getElementById('timeline')!.shadowRoot!.querySelector('[data-part="live"]')?.textContent ?? ''),
    descendantEventId: await focusedEventId(page, '#timeline'),
  };
}

/** Tab to the plot of the seed example (with the whole article in view) and press ArrowRight until the last event. */
async function walkWithArrows(page: Page, count: number): Promise<Step[]> {
  await tabToPlot(page);
  const steps: Step[] = [];
  for (let i = 0; i < count + 2; i++) {
    await page.keyboard.press('ArrowRight');
    const step = await readStep(page);
    if (steps.length && step.announced === steps[steps.length - 1].announced) break; // stayed on the last one
    steps.push(step);
  }
  return steps;
}

/** The overview strip's box in the viewport, and its selection rect's x and width in the strip (null when hidden). */
async function overviewOf(page: Page) {
  return page.evaluate(() => {
    const overview = document.getElementById('timeline')!.shadowRoot!.querySelector('svg[data-part="overview"]')!;
    const { left, top, width, height } = overview.getBoundingClientRect();
    const selection = overview.querySelector('rect.selection')!;
    const shown = selection.getAttribute('display') !== 'none';
    return { left, top, width, height, selection: shown ? [Number(selection.getAttribute('x')), Number(selection.getAttribute('width'))] : null };
  });
}

/** The seed page showing all of its events (so the overview has no range yet), the strip scrolled into view. */
async function overviewPage(): Promise<TrackedPage> {
  const tracked = await seedPage();
  await tracked.page.evaluate(() => {
    (window as unknown as { exampleTimelines: { fit: (mode: string) => void }[] }).exampleTimelines[0].fit('all');
    document.getElementById('timeline')!.shadowRoot!.querySelector('svg[data-part="overview"]')!.scrollIntoView({ block: 'center' });
  });
  return tracked;
}

describe('keyboard', () => {
  it('from the plot\'s tab stop, arrow keys visit every event of the seed in time order', async () => {
    const { page, errors } = await seedPage();
    try {
      const events = readExampleData('seed.json');
      const byId = new Map(events.map((e) => [e.id, e]));
      // The time order is the list view's order.
      const timeOrder = await listedEventIds(page, '#timeline');
      expect(timeOrder).toHaveLength(events.length);
      const steps = await walkWithArrows(page, events.length);
      expect(steps).toHaveLength(events.length);
      steps.forEach((step, i) => {
        const expected = byId.get(timeOrder[i])!;
        // "<title>, <date>, <kind> (<position>/<total>)"
        expect(step.announced.startsWith(`${expected.title}, `), `step ${i + 1}: ${step.announced}`).toBe(true);
        expect(step.announced.endsWith(`(${i + 1}/${events.length})`)).toBe(true);
        if (step.descendantEventId !== null) expect(step.descendantEventId).toBe(expected.id);
      });
      // and time order means no event starts after one that comes later
      const starts = timeOrder.map((id) => byId.get(id)!.date.earliest);
      for (let i = 1; i < starts.length; i++) expect(byId.get(timeOrder[i])!.date.latest >= starts[i - 1]).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('every event the arrow keys reach is shown by a mark the plot points at (aria-activedescendant)', async () => {
    const { page } = await seedPage();
    try {
      const steps = await walkWithArrows(page, readExampleData('seed.json').length);
      const missing = steps.filter((s) => s.descendantEventId === null).map((s) => s.announced);
      expect(missing).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('Enter opens the details, which show the source sentence; Escape closes them', async () => {
    const { page, errors } = await seedPage();
    try {
      const byId = new Map(readExampleData('seed.json').map((e) => [e.id, e]));
      await tabToPlot(page);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const announced = (await readStep(page)).announced;
      await page.keyboard.press('Enter');
      const details = await page.evaluate(() => {
        const panel = document.getElementById('timeline')!.shadowRoot!.querySelector<HTMLElement>('[data-part="details"]')!;
        return { hidden: panel.hidden, id: panel.getAttribute('data-event-id'), sentence: panel.querySelector('.et-source-sentence')?.textContent ?? '' };
      });
      expect(details.hidden).toBe(false);
      const event = byId.get(details.id!)!;
      expect(announced.startsWith(`${event.title}, `)).toBe(true);
      expect(details.sentence.replace(/\s+/g, ' ').trim()).toContain(event.sentence.replace(/\s+/g, ' ').trim());
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.getElementById('timeline')!.shadowRoot!.querySelector<HTMLElement>('[data-part="details"]')!.hidden)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('mouse', () => {
  it('a wheel zooms in: the axis domain narrows around the pointer', async () => {
    const { page, errors } = await seedPage();
    try {
      const box = await plotBox(page, '#timeline');
      const [a0, b0] = await domainOf(page);
      await page.mouse.move(box.emptyX, box.emptyY);
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(300);
      const [a1, b1] = await domainOf(page);
      expect(b1 - a1).toBeLessThan((b0 - a0) * 0.9);
      expect(a1).toBeGreaterThanOrEqual(a0);
      expect(b1).toBeLessThanOrEqual(b0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a drag across the overview strip shows that range; dragging the range moves the view', async () => {
    const { page, errors } = await overviewPage();
    try {
      const strip = await overviewOf(page);
      expect(strip.selection).toBeNull();
      const y = strip.top + strip.height / 2;
      await page.mouse.move(strip.left + strip.width * 0.6, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(strip.left + strip.width * (0.6 - i * 0.03), y);
      await page.mouse.up();
      const chosen = await overviewOf(page);
      expect(chosen.selection![0]).toBeCloseTo(strip.width * 0.3, -1);
      expect(chosen.selection![1]).toBeCloseTo(strip.width * 0.3, -1);
      const [a0, b0] = await domainOf(page);
      // the range, grabbed in its middle, 10 % of the strip to the right: later times, the same span
      const middle = strip.left + strip.width * 0.45;
      await page.mouse.move(middle, y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) await page.mouse.move(middle + strip.width * 0.02 * i, y);
      await page.mouse.up();
      const [a1, b1] = await domainOf(page);
      expect(a1).toBeGreaterThan(a0);
      expect(Math.abs(b1 - a1 - (b0 - a0))).toBeLessThan((b0 - a0) * 0.02);
      expect((await overviewOf(page)).selection![0]).toBeCloseTo(strip.width * 0.4, -1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a drag pans: the domain keeps its width and moves against the drag', async () => {
    const { page, errors } = await seedPage();
    try {
      await zoomExample(page, '2020-06-01', '2020-10-31');
      const box = await plotBox(page, '#timeline');
      const [a0, b0] = await domainOf(page);
      await page.mouse.move(box.emptyX, box.emptyY);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(box.emptyX - i * 20, box.emptyY);
      await page.mouse.up();
      const [a1, b1] = await domainOf(page);
      expect(Math.abs(b1 - a1 - (b0 - a0))).toBeLessThan((b0 - a0) * 0.01);
      expect(a1).toBeGreaterThan(a0); // dragged left: later times come into view
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('marks follow the drag while it lasts, and the plot is laid out again when the mouse is released', async () => {
    const { page, errors } = await seedPage();
    try {
      await zoomExample(page, '2020-07-20', '2020-09-10');
      const box = await plotBox(page, '#timeline');
      /** Screen x of each drawn marker (by mark key) and the mark layers' own shift. */
      const marks = async () => {
        const xs: Record<string, number> = {};
        // periods have bars, whose visible part is clipped at the edges
        for (const m of await markPoints(page, '#timeline')) if (m.shape !== 'period') xs[m.key] = m.x;
        const layerShift = await page.evaluate(() => document.getElementById('timeline')!.shadowRoot!.querySelector('svg[data-part="plot"] g.et-marks')!.getAttribute('transform'));
        return { xs, layerShift };
      };
      const before = await marks();
      await page.mouse.move(box.emptyX, box.emptyY);
      await page.mouse.down();
      for (let i = 1; i <= 6; i++) await page.mouse.move(box.emptyX - i * 10, box.emptyY);
      const during = await marks();
      // mid-drag: the layer is shifted and every mark on screen moved with the pointer
      expect(during.layerShift).toMatch(/^translate\(-?[\d.]+,0\)$/);
      const moved = Object.keys(before.xs).filter((id) => id in during.xs && before.xs[id] > box.x + 80 && before.xs[id] < box.x + box.width - 80);
      expect(moved.length).toBeGreaterThan(2);
      for (const id of moved) expect(during.xs[id] - before.xs[id]).toBeCloseTo(-60, 0);
      await page.mouse.up();
      const after = await marks();
      expect(after.layerShift).toBeNull();
      for (const id of moved) if (id in after.xs) expect(after.xs[id] - before.xs[id]).toBeCloseTo(-60, 0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a click on an event selects it', async () => {
    const { page, errors } = await seedPage();
    try {
      await zoomExample(page, '2020-07-20', '2020-09-10');
      await plotBox(page, '#timeline'); // scrolls the plot into view
      // the marker of some mark on screen
      const target = (await markPoints(page, '#timeline')).find((m) => m.shape !== 'period' && m.y > 0 && m.y < 800 && m.x > 0 && m.x < 1280);
      if (!target) throw new Error('no mark on screen');
      expect(await selectedOf(page)).toBeNull();
      await page.mouse.click(target.x, target.y);
      expect(await selectedOf(page)).toBe(target.id);
      const marked = await page.evaluate((id) => {
        const root = document.getElementById('timeline')!.shadowRoot!;
        return [...root.querySelectorAll('g.et-selected')].map((g) => g.getAttribute('data-event-id'));
      }, target.id);
      expect(marked.length).toBeGreaterThan(0);
      expect(new Set(marked)).toEqual(new Set([target.id]));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('marks drawn as paths', () => {
  /** The event whose details are open, or null. */
  const detailsOf = (page: Page) =>
    page.evaluate(() => {
      const panel = document.getElementById('timeline')!.shadowRoot!.querySelector<HTMLElement>('[data-part="details"]')!;
      return panel.hidden ? null : panel.getAttribute('data-event-id');
    });
  const tooltipTitle = (page: Page) =>
    page.evaluate(() => document.getElementById('timeline')!.shadowRoot!.querySelector('.et-tooltip-title')?.textContent ?? null);

  it('a click, a hover and a tap on a mark drawn in a batch path find that mark and open its event', async () => {
    const { page, errors } = await seedPage();
    try {
      await zoomExample(page, '2020-07-20', '2020-09-10');
      await plotBox(page, '#timeline');
      const byId = new Map(readExampleData('seed.json').map((e) => [e.id, e]));
      // Three marks on screen, in different rows, each drawn in a batch (no element of its own).
      const onScreen = (await markPoints(page, '#timeline')).filter((m) => m.shape !== 'period' && m.y > 60 && m.y < 760 && m.x > 20 && m.x < 1260);
      const rows = [...new Map(onScreen.map((m) => [Math.round(m.y), m])).values()];
      expect(rows.length).toBeGreaterThanOrEqual(3);
      const [clicked, hovered, tapped] = [rows[0], rows[Math.floor(rows.length / 2)], rows[rows.length - 1]];
      const hasOwnElement = (id: string) =>
        page.evaluate((eventId) => !!document.getElementById('timeline')!.shadowRoot!.querySelector(`g.et-event[data-event-id="${CSS.escape(eventId)}"]`), id);
      expect(await hasOwnElement(clicked.id)).toBe(false);
      // the element under the pointer is a batch path, a label of the label pool (a window's label lies on it) or the
      // plot, never a mark of its own
      const hit = await page.evaluate(([x, y]) => document.getElementById('timeline')!.shadowRoot!.elementFromPoint(x, y)?.getAttribute('class') ?? '', [clicked.x, clicked.y]);
      expect(hit).toMatch(/et-batch|et-label|et-plot-bg|et-lane-band/);

      await page.mouse.click(clicked.x + 2, clicked.y - 2);
      expect(await selectedOf(page)).toBe(clicked.id);
      expect(await detailsOf(page)).toBe(clicked.id);
      // selected, it is drawn as a real element on top
      expect(await hasOwnElement(clicked.id)).toBe(true);
      await page.evaluate(() => (window as unknown as { exampleTimelines: { select: (id: null) => void }[] }).exampleTimelines[0].select(null));
      expect(await detailsOf(page)).toBeNull();

      await page.mouse.move(hovered.x - 2, hovered.y + 2);
      await expect.poll(() => tooltipTitle(page)).not.toBeNull();
      const shown = (await tooltipTitle(page))!.replace(/[\u2066-\u2069]/g, '').replace(/…$/, '');
      expect(shown.length).toBeGreaterThan(3);
      expect(byId.get(hovered.id)!.title.startsWith(shown)).toBe(true);
      // beside every mark: no tooltip
      const box = await plotBox(page, '#timeline');
      await page.mouse.move(box.emptyX, box.emptyY);
      await expect.poll(() => tooltipTitle(page)).toBeNull();

      // the points were read before the details opened and closed; the plot has not moved since
      await page.touchscreen.tap(tapped.x, tapped.y);
      await expect.poll(() => detailsOf(page)).toBe(tapped.id);
      expect(await selectedOf(page)).toBe(tapped.id);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('clusters drawn as paths', () => {
  it('hovering a cluster (spans, badges and counts are three elements for all) draws it as a named element; a click and a tap zoom into that cluster', async () => {
    const { page, errors } = await seedPage();
    try {
      await page.evaluate(() => (window as unknown as { exampleTimelines: { fit: (mode: string) => void }[] }).exampleTimelines[0].fit('all'));
      /** A cluster on screen: its key, count and span in time, and a point on its badge (viewport px). */
      const clusterOnScreen = (skip = 0) =>
        page.evaluate((skip) => {
          const root = document.getElementById('timeline')!.shadowRoot!;
          const spans = root.querySelector('svg[data-part="plot"] path.et-cluster-span') as SVGPathElement & { __data__?: { key: string; count: number; x: number; y: number; start: number; end: number }[] };
          const ctm = spans.getScreenCTM()!;
          let seen = 0;
          for (const c of spans.__data__ ?? []) {
            const { x, y } = new DOMPoint(c.x, c.y).matrixTransform(ctm);
            if (x < 20 || x > 1260 || y < 60 || y > 760) continue;
            // the counts let the pointer through to the badge under them
            const hit = root.elementFromPoint(x, y);
            if (hit?.localName !== 'path' || hit.getAttribute('class') !== 'et-cluster-badge' || getComputedStyle(hit).cursor !== 'zoom-in') continue;
            if (seen++ < skip) continue;
            return { x, y, key: c.key, count: c.count, start: c.start, end: c.end, elements: root.querySelectorAll('svg .et-clusters > *, svg .et-cluster-spans > *').length };
          }
          return null;
        }, skip);
      const focused = () =>
        page.evaluate(() => {
          const g = document.getElementById('timeline')!.shadowRoot!.querySelector('svg g.et-cluster') as (SVGGElement & { __data__?: { key: string } }) | null;
          return g && { key: g.__data__!.key, role: g.getAttribute('role'), name: g.getAttribute('aria-label'), count: g.textContent };
        });
      const [from, to] = await domainOf(page);
      const clicked = await clusterOnScreen(1);
      expect(clicked).not.toBeNull();
      // three elements for every cluster in view, and none of a cluster's own until the pointer is on one
      expect(clicked!.elements).toBe(3);
      expect(await focused()).toBeNull();
      await page.mouse.move(clicked!.x, clicked!.y);
      await expect.poll(focused).toMatchObject({ key: clicked!.key, role: 'img', count: String(clicked!.count) });
      expect((await focused())!.name).toMatch(new RegExp(`^${clicked!.count} `));
      // the hovered cluster's element is as accessible as the rest of the page
      expect(await runAxe(page)).toEqual([]);
      await page.mouse.click(clicked!.x, clicked!.y);
      await expect.poll(async () => (await domainOf(page))[1] - (await domainOf(page))[0]).toBeLessThan(to - from);
      const [a, b] = await domainOf(page);
      // zoomed onto that cluster's span (its middle in view), not a neighbour's
      expect(Math.max(a, clicked!.start)).toBeLessThan(Math.min(b, clicked!.end));
      expect(Math.abs((a + b) / 2 - (clicked!.start + clicked!.end) / 2)).toBeLessThan((b - a) / 2);

      await page.mouse.move(5, 5);
      await page.evaluate(() => (window as unknown as { exampleTimelines: { fit: (mode: string) => void }[] }).exampleTimelines[0].fit('all'));
      await expect.poll(async () => (await domainOf(page))[1] - (await domainOf(page))[0]).toBe(to - from);
      const tapped = await clusterOnScreen();
      expect(tapped).not.toBeNull();
      await page.touchscreen.tap(tapped!.x, tapped!.y);
      await expect.poll(async () => (await domainOf(page))[1] - (await domainOf(page))[0]).toBeLessThan(to - from);
      const [c, d] = await domainOf(page);
      expect(Math.max(c, tapped!.start)).toBeLessThan(Math.min(d, tapped!.end));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('touch', () => {
  it('a two-finger pinch zooms in', async () => {
    const { page, errors } = await seedPage();
    try {
      const box = await plotBox(page, '#timeline');
      const [a0, b0] = await domainOf(page);
      const cdp = await session.context.newCDPSession(page);
      const cx = box.emptyX;
      const cy = box.emptyY;
      const points = (spread: number) => [
        { x: cx - spread, y: cy, id: 0 },
        { x: cx + spread, y: cy, id: 1 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(40) });
      for (let s = 50; s <= 240; s += 10) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(s) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(200);
      const [a1, b1] = await domainOf(page);
      expect(b1 - a1).toBeLessThan((b0 - a0) * 0.6);
      await cdp.detach();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
  it('a finger dragged on the overview strip sets the range (the browser does not take the touch for a scroll)', async () => {
    const { page, errors } = await overviewPage();
    try {
      const strip = await overviewOf(page);
      expect(strip.selection).toBeNull();
      const cdp = await session.context.newCDPSession(page);
      const y = strip.top + strip.height / 2;
      const at = (share: number) => [{ x: strip.left + strip.width * share, y, id: 0 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.2) });
      for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.2 + i * 0.025) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(100);
      const chosen = await overviewOf(page);
      expect(chosen.selection![0]).toBeCloseTo(strip.width * 0.2, -1);
      expect(chosen.selection![1]).toBeCloseTo(strip.width * 0.25, -1);
      await cdp.detach();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('phone viewport 375×667', () => {
  it('shows a usable timeline: fits the width, draws marks on screen, keeps every event', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 375, height: 667 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(`${session.url}/examples/seed/`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      const layout = await page.evaluate(() => {
        const host = document.getElementById('timeline')!;
        const root = host.shadowRoot ?? host;
        const svg = root.querySelector('svg[data-part="plot"]')!.getBoundingClientRect();
        const marks = [...root.querySelectorAll('svg g.et-lane-marks > path, svg g.et-faded-marks > path, svg g.et-event, svg path.et-cluster-badge')].map((g) => g.getBoundingClientRect());
        const onScreen = marks.filter((r) => r.width > 0 && r.right > 0 && r.left < innerWidth);
        const buttons = [...root.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().width > 0).map((b) => b.getBoundingClientRect());
        const filters = root.querySelector('[data-part="filters"]')!;
        return {
          scrollWidth: document.documentElement.scrollWidth,
          svgLeft: svg.left,
          svgRight: svg.right,
          svgTop: svg.top,
          filtersShown: filters.getBoundingClientRect().height > 0,
          onScreen: onScreen.length,
          smallestButton: Math.min(...buttons.map((r) => Math.min(r.width, r.height))),
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(375);
      expect(layout.svgLeft).toBeGreaterThanOrEqual(0);
      expect(layout.svgRight).toBeLessThanOrEqual(375);
      expect(layout.onScreen).toBeGreaterThan(0);
      expect(layout.smallestButton).toBeGreaterThanOrEqual(24);
      // The plot starts in the upper half of the first screen: the filters are folded behind a button.
      expect(layout.svgTop).toBeLessThan(667 / 2);
      expect(layout.filtersShown).toBe(false);
      const toggle = page.locator('#timeline [data-action="filters"]');
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => page.locator('#timeline input[type="checkbox"][value="negated"]').isVisible()).toBe(true);
      // A wide timeline keeps them folded behind the same button (filterBar 'folded', the default).
      await toggle.click();
      await page.setViewportSize({ width: 1280, height: 800 });
      await expect.poll(() => toggle.isVisible()).toBe(true);
      await expect.poll(() => page.locator('#timeline input[type="checkbox"][value="negated"]').isVisible()).toBe(false);
      expect(await listedEventIds(page, '#timeline')).toHaveLength(readExampleData('seed.json').length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
