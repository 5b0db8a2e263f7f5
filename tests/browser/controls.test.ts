/**
 * Issue 18, the controls: the plot is at most 3 Tab presses from the top of the seed page, the toolbar is one tab
 * stop walked with the arrow keys, little stands above the plot, the filter bar folds or hides and the legend can go
 * above the plot (the seed's is on the first screen), and an event drawn in a second lane is marked as a repeat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, readExampleData, runAxe, startSession, type Session } from './lib/harness.js';

let session: Session;
beforeAll(async () => {
  session = await startSession({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await session?.close();
});

/** What has focus: inside the timeline its data-part or data-action, else the page element's tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const inner = document.getElementById('timeline')?.shadowRoot?.activeElement;
    if (inner) return inner.getAttribute('data-part') ?? `button:${inner.getAttribute('data-action')}`;
    return document.activeElement?.localName ?? null;
  });

/** A timeline of the seed made on the seed page with `options`, in a new host under the first one. */
async function extraTimeline(page: Page, options: Record<string, unknown>): Promise<void> {
  await page.evaluate(`(async () => {
    const { createTimeline } = await import('/dist/event-timeline.esm.min.js');
    const events = await (await fetch('/examples/data/seed.json')).json();
    const host = document.createElement('div');
    host.id = 'extra';
    document.querySelector('main').prepend(host);
    window.extraTimeline = createTimeline(host, events, ${JSON.stringify(options)});
  })()`);
}

describe('the seed page', () => {
  it('reaches the plot in at most 3 Tab presses from the top', async () => {
    const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
    try {
      const stops: (string | null)[] = [];
      for (let i = 0; i < 3 && stops.at(-1) !== 'plot'; i++) {
        await page.keyboard.press('Tab');
        stops.push(await focused(page));
      }
      expect(stops.at(-1), stops.join(' → ')).toBe('plot');
    } finally {
      await page.close();
    }
  });

  it('walks the toolbar with the arrow keys, and Tab leaves it for the plot', async () => {
    const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
    try {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('button:zoom-in');
      await page.keyboard.press('ArrowRight');
      expect(await focused(page)).toBe('button:zoom-out');
      await page.keyboard.press('End');
      expect(await focused(page)).toBe('button:filters');
      await page.keyboard.press('Enter');
      // the filters unfold after the toolbar: Tab goes into them, then on to the plot
      await page.keyboard.press('Tab');
      expect(await focused(page)).not.toBe('plot');
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('button:filters');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('plot');
      // back into the toolbar: at the button used last
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('button:filters');
    } finally {
      await page.close();
    }
  });

  it('shows its legend on the first screen, with little but the toolbar above the plot', async () => {
    const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
    try {
      const boxes = await page.evaluate(() => {
        const root = document.getElementById('timeline')!.shadowRoot!;
        const box = (selector: string) => {
          const r = root.querySelector(selector)!.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, height: r.height };
        };
        return { component: box('.et-root'), legend: box('[data-part="legend"]'), plot: box('svg[data-part="plot"]') };
      });
      expect(boxes.legend.height).toBeGreaterThan(0);
      expect(boxes.legend.bottom).toBeLessThanOrEqual(800);
      // what is above the plot besides the legend: the toolbar (the filters are folded), about 50 px, not 130
      expect(boxes.plot.top - boxes.component.top - boxes.legend.height).toBeLessThanOrEqual(70);
      expect(await runAxe(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('options', () => {
  it("filterBar 'hidden' leaves no filter controls; 'open' shows them at full width", async () => {
    const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
    try {
      const visible = (selector: string) =>
        page.evaluate((s) => {
          const el = document.getElementById('extra')!.shadowRoot!.querySelector(s);
          return !!el && el.getClientRects().length > 0;
        }, selector);
      await extraTimeline(page, { lang: 'nl', filterBar: 'hidden' });
      expect(await visible('[data-part="filters"]')).toBe(false);
      expect(await visible('[data-action="filters"]')).toBe(false);
      await page.evaluate(() => {
        (window as unknown as { extraTimeline: { destroy(): void } }).extraTimeline.destroy();
        document.getElementById('extra')!.remove();
      });
      await extraTimeline(page, { lang: 'nl', filterBar: 'open', legend: 'hidden' });
      expect(await visible('[data-part="filters"]')).toBe(true);
      expect(await visible('[data-action="filters"]')).toBe(false);
      expect(await visible('[data-part="legend"]')).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('an event of two actors is drawn in both lanes, the second time marked as a repeat', async () => {
    const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
    try {
      const twoActors = readExampleData('seed.json').filter((e) => e.actors.length > 1);
      expect(twoActors.length).toBeGreaterThan(0);
      const marks = await page.evaluate((ids) => {
        const root = document.getElementById('timeline')!.shadowRoot!;
        // Selected, an event's copies are drawn as real elements with their names (the others are in batches).
        const timeline = (window as unknown as { exampleTimelines: { select: (id: string | null) => void }[] }).exampleTimelines[0];
        return ids.map((id) => {
          timeline.select(id);
          return [...root.querySelectorAll(`g.et-event[data-event-id="${CSS.escape(id)}"]`)].map((g) => ({
            repeat: g.classList.contains('et-repeat'),
            name: g.getAttribute('aria-label') ?? '',
            markerOpacity: getComputedStyle(g.querySelector('.et-marker, .et-bar, .et-range')!).opacity,
          }));
        });
      }, twoActors.map((e) => e.id));
      // In batches, the repeats' parts are faded alike: a marker or window path of theirs has opacity 0.4 (windows have no marker).
      const repeatPaths = await page.evaluate(() => {
        const root = document.getElementById('timeline')!.shadowRoot!;
        (window as unknown as { exampleTimelines: { select: (id: string | null) => void }[] }).exampleTimelines[0].select(null);
        return [...root.querySelectorAll('g.et-lane-marks > path.et-marker, g.et-lane-marks > path.et-range')].map((p) => getComputedStyle(p).opacity);
      });
      expect(repeatPaths).toContain('0.4');
      expect(repeatPaths).toContain('1');
      for (const copies of marks) {
        if (copies.length < 2) continue;
        expect(copies.filter((c) => !c.repeat)).toHaveLength(1);
        for (const copy of copies.filter((c) => c.repeat)) {
          expect(copy.name).toMatch(/herhaald/);
          expect(Number(copy.markerOpacity)).toBeLessThan(1);
        }
      }
      expect(marks.some((copies) => copies.length >= 2)).toBe(true);
    } finally {
      await page.close();
    }
  });
});
