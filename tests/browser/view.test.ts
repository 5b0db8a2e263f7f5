/**
 * Issue 18, the view: a timeline opens where its events are (not on the span of one long, vague period), follows
 * a filter there, takes a `view` option and `fit('events' | 'all')`; its opening draws no empty lanes and the page is
 * ready only once the view has settled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { openPage, readExampleData, REPO_ROOT, startSession, waitForReady, type Session } from './lib/harness.js';
import { domainOf, labelledEventIds, labelledMarks, markPoints, trackTimelines } from './lib/timeline.js';

let session: Session;
beforeAll(async () => {
  session = await startSession({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await session?.close();
});

const AUGUST_2020 = [Date.UTC(2020, 7, 1), Date.UTC(2020, 8, 1)];
/** The seed's events dated inside August 2020 (their whole window): the ones the opening view must label. */
const seedInAugust = () => readExampleData('seed.json').filter((e) => e.date.earliest >= '2020-08-01' && e.date.latest <= '2020-08-31');

describe('the opening view', () => {
  const pages: Array<{ name: string; path: string; hosts: string[] }> = [
    { name: 'seed example', path: '/examples/seed/', hosts: ['#timeline'] },
    { name: 'embed example', path: '/examples/embed/', hosts: ['#timeline-module', '#timeline-global', '#timeline-element'] },
    { name: 'strict CSP example', path: '/examples/csp/', hosts: ['#timeline'] },
  ];
  for (const { name, path, hosts } of pages) {
    it(`${name}: the seed's August 2020 events are individual labelled marks (at least 15 of 22 at 1280×800)`, async () => {
      const { page, errors } = await openPage(session.context, `${session.url}${path}`);
      try {
        // the element loads its src after the page is ready
        await page.waitForFunction((selectors) => selectors.every((s) => document.querySelector(s)?.shadowRoot?.querySelector('g.et-lane-marks')), hosts);
        for (const host of hosts) {
          const labelled = await labelledEventIds(page, host);
          expect(labelled.length, `${host}: ${labelled.length} labelled`).toBeGreaterThanOrEqual(15);
          const august = seedInAugust().map((e) => e.id);
          expect(august.filter((id) => labelled.includes(id)).length, host).toBeGreaterThanOrEqual(Math.min(15, august.length));
        }
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('`event-timeline render` (the standalone HTML, from disk): the seed opens on August 2020 with labelled marks', async () => {
    const page = await session.context.newPage();
    try {
      await page.goto(pathToFileURL(join(REPO_ROOT, 'examples', 'generated', 'seed.html')).href);
      await page.waitForFunction(() => document.querySelector('#timeline')?.shadowRoot?.querySelector('g.et-lane-marks'));
      expect((await labelledEventIds(page, '#timeline')).length).toBeGreaterThanOrEqual(15);
    } finally {
      await page.close();
    }
  });

  it('spans the central bulk of the dates in whole days, with the long periods running out of view', async () => {
    const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
    try {
      await trackTimelines(page); // fit() reports the opening view
      const [start, end] = await domainOf(page);
      expect(start).toBeLessThanOrEqual(AUGUST_2020[0]);
      expect(end).toBeGreaterThanOrEqual(AUGUST_2020[1]);
      // weeks, not the years of "de laatste jaren"
      expect(end - start).toBeLessThan(60 * 86_400_000);
    } finally {
      await page.close();
    }
  });
});

describe('fit, view and filters', () => {
  it("fit('all') shows every event, fit() goes back to where the events are", async () => {
    const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
    try {
      await trackTimelines(page);
      const opening = await domainOf(page);
      await page.evaluate(() => (window as unknown as { exampleTimelines: { fit(mode?: string): void }[] }).exampleTimelines[0].fit('all'));
      const all = await domainOf(page);
      // back to the years of "de laatste jaren"
      expect(all[0]).toBeLessThan(opening[0] - 365 * 86_400_000);
      expect(all[1]).toBeGreaterThanOrEqual(opening[1] - 86_400_000);
      await page.evaluate(() => (window as unknown as { exampleTimelines: { fit(mode?: string): void }[] }).exampleTimelines[0].fit());
      expect(await domainOf(page)).toEqual(opening);
    } finally {
      await page.close();
    }
  });

  it('the `view` option sets the opening range, even beyond the events', async () => {
    const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
    try {
      // A string, so the test runner does not rewrite the page's dynamic import.
      const domain: { fitted: number[]; ticks: string[] } = await page.evaluate(`(async () => {
        const { createTimeline } = await import('/dist/event-timeline.esm.min.js');
        const events = await (await fetch('/examples/data/seed.json')).json();
        const host = document.createElement('div');
        document.body.append(host);
        const view = { start: '2020-08-10', end: '2021-01-31' };
        const timeline = createTimeline(host, events, { lang: 'nl', view });
        const ticks = [...host.shadowRoot.querySelectorAll('.et-axis text')].map((t) => t.textContent);
        let fitted = [];
        timeline.on('zoom', ({ start, end }) => (fitted = [+start, +end]));
        timeline.fit('events');
        timeline.destroy();
        host.remove();
        return { fitted, ticks };
      })()`);
      expect(domain.ticks.join(' ')).toMatch(/2021/);
      expect(domain.ticks.join(' ')).not.toMatch(/2019/);
      expect(domain.fitted[1]).toBeLessThan(Date.UTC(2020, 9, 1));
    } finally {
      await page.close();
    }
  });

  it("choosing one actor refits the view to that actor's events", async () => {
    const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
    try {
      await trackTimelines(page);
      await page.evaluate(() => (window as unknown as { exampleTimelines: { setFilters(f: unknown): void }[] }).exampleTimelines[0].setFilters({ actors: ['Wit-Rusland'] }));
      await page.waitForTimeout(100);
      const [start, end] = await domainOf(page);
      const own = readExampleData('seed.json').filter((e) => e.actors.includes('Wit-Rusland'));
      for (const e of own) {
        expect(Date.parse(`${e.date.earliest}T00:00Z`)).toBeLessThan(end);
        expect(Date.parse(`${e.date.latest}T00:00Z`) + 86_400_000).toBeGreaterThan(start);
      }
      const labelled = await labelledEventIds(page, '#timeline');
      expect(labelled).toEqual(expect.arrayContaining(own.map((e) => e.id)));
    } finally {
      await page.close();
    }
  });
});

describe('the opening, with motion', () => {
  it('draws no empty lanes, and the page is ready only once the view has settled', async () => {
    const page = await session.context.newPage();
    try {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      // Every animation frame from the start: lanes drawn without a mark or cluster in them.
      await page.addInitScript(() => {
        const w = window as unknown as { __emptyLaneFrames: number; __frames: number };
        w.__emptyLaneFrames = 0;
        w.__frames = 0;
        const sample = () => {
          const root = document.getElementById('timeline')?.shadowRoot;
          if (root) {
            const marks = [...root.querySelectorAll('svg g.et-event')].map((m) => {
              const r = m.getBoundingClientRect();
              return (r.top + r.bottom) / 2;
            });
            // marks drawn in batches: by the placed events each group of paths holds as its datum
            for (const g of root.querySelectorAll('svg g.et-lane-marks') as NodeListOf<SVGGElement & { __data__?: { items: { y: number }[] } }>) {
              const at = g.getScreenCTM();
              if (at) for (const d of g.__data__?.items ?? []) marks.push(new DOMPoint(0, d.y).matrixTransform(at).y);
            }
            // clusters are drawn as paths, which hold them as their datum
            const spans = root.querySelector('svg path.et-cluster-span') as (SVGPathElement & { __data__?: { x: number; y: number }[] }) | null;
            const ctm = spans?.getScreenCTM();
            if (ctm) for (const c of spans!.__data__ ?? []) marks.push(new DOMPoint(c.x, c.y).matrixTransform(ctm).y);
            const lanes = [...root.querySelectorAll('svg g.et-lane')].map((l) => l.getBoundingClientRect());
            if (lanes.length && marks.length) {
              w.__frames++;
              if (lanes.some((lane) => !marks.some((y) => y >= lane.top && y <= lane.bottom))) w.__emptyLaneFrames++;
            }
          }
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      await page.goto(`${session.url}/examples/seed/`);
      await waitForReady(page);
      const atReady = await page.evaluate(() => document.getElementById('timeline')!.shadowRoot!.querySelector('.et-axis')!.textContent);
      await page.waitForTimeout(1000);
      const later = await page.evaluate(() => document.getElementById('timeline')!.shadowRoot!.querySelector('.et-axis')!.textContent);
      expect(later).toBe(atReady);
      const { empty, frames } = await page.evaluate(() => {
        const w = window as unknown as { __emptyLaneFrames: number; __frames: number };
        return { empty: w.__emptyLaneFrames, frames: w.__frames };
      });
      expect(frames).toBeGreaterThan(0);
      expect(empty).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe('src from a page on disk', () => {
  it('shows the load error inside the component, in view, and fires an `error` event', async () => {
    const page = await session.context.newPage();
    try {
      await page.goto(pathToFileURL(join(REPO_ROOT, 'tests', 'browser', 'fixtures', 'file-src.html')).href);
      await page.waitForFunction(() => document.getElementById('timeline')?.shadowRoot?.querySelector('[data-part="error"]'), null, { timeout: 10_000 });
      const shown = await page.evaluate(() => {
        const message = document.getElementById('timeline')!.shadowRoot!.querySelector('[data-part="error"]')!;
        const r = message.getBoundingClientRect();
        return { text: message.textContent ?? '', role: message.getAttribute('role'), inView: r.top >= 0 && r.bottom <= innerHeight && r.width > 0 };
      });
      expect(shown.text).toContain('seed.json');
      expect(shown.text).toMatch(/http\(s\)/);
      expect(shown.role).toBe('alert');
      expect(shown.inView).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { timelineErrors: string[] }).timelineErrors)).toEqual(['../../../examples/data/seed.json']);
    } finally {
      await page.close();
    }
  });
});

describe('details', () => {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
  ]) {
    it(`open beside a mark low in the plot, in view, without resizing the plot or moving its labels (${size.width}×${size.height})`, async () => {
      const { page } = await openPage(session.context, `${session.url}/examples/seed/`);
      try {
        await page.setViewportSize(size);
        await page.waitForTimeout(300);
        const before = await labelledMarks(page, '#timeline');
        // the lowest mark of the plot, scrolled to the bottom of the screen
        const lowest = (await markPoints(page, '#timeline')).reduce((a, b) => (b.y > a.y ? b : a));
        await page.evaluate((y) => window.scrollBy(0, y - innerHeight + 24), lowest.y);
        const labelsBefore = await labelledMarks(page, '#timeline');
        const point = (await markPoints(page, '#timeline')).find((m) => m.key === lowest.key)!;
        // a point on the mark: its marker, or a bar's visible middle
        const x = point.shape === 'period' ? (Math.max(point.x0, 0) + Math.min(point.x1, size.width)) / 2 : point.x;
        const markBox = { x, y: point.y, top: point.y - 8, bottom: point.y + 8 };
        await page.mouse.click(markBox.x, markBox.y);
        expect(await page.evaluate(() => document.getElementById('timeline')!.shadowRoot!.querySelector('[data-part="details"]')!.getAttribute('data-event-id'))).toBe(lowest.id);
        const after = await page.evaluate(() => {
          const root = document.getElementById('timeline')!.shadowRoot!;
          const panel = root.querySelector('[data-part="details"]')!.getBoundingClientRect();
          const markEl = root.querySelector('g.et-event.et-selected')!.getBoundingClientRect();
          return { panel: { top: panel.top, bottom: panel.bottom, left: panel.left, right: panel.right, height: panel.height }, mark: { top: markEl.top, bottom: markEl.bottom } };
        });
        expect(after.panel.height).toBeGreaterThan(0);
        // in view, and next to the mark (not hundreds of px above or screens below)
        expect(after.panel.top).toBeGreaterThanOrEqual(-1);
        expect(after.panel.bottom).toBeLessThanOrEqual(size.height + 1);
        expect(Math.min(Math.abs(after.panel.top - after.mark.bottom), Math.abs(after.panel.bottom - after.mark.top), Math.abs(after.panel.top - after.mark.top))).toBeLessThan(60);
        const labelsAfter = await labelledMarks(page, '#timeline');
        expect(labelsAfter.plot.right - labelsAfter.plot.left).toBe(before.plot.right - before.plot.left);
        // the labels did not move against the plot
        const offsets = (r: typeof labelsBefore) => r.marks.map((m) => `${m.id}:${m.label}:${Math.round(m.box.left - r.plot.left)}:${Math.round(m.box.top - r.plot.top)}`).sort();
        expect(offsets(labelsAfter)).toEqual(offsets(labelsBefore));
      } finally {
        await page.close();
      }
    });
  }
});
