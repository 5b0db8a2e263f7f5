/**
 * Large frames leave lanes scrolled out of view undrawn and draw them when they come near the view, in a real
 * Chromium (IntersectionObserver). Every event stays accounted for: a mark, a cluster member, or counted on its
 * lane's data-undrawn.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, startSession, type Session } from './lib/harness.js';
import { zoomExample } from './lib/timeline.js';

let session: Session;
beforeAll(async () => {
  session = await startSession({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await session?.close();
});

interface LaneState {
  key: string;
  top: number;
  bottom: number;
  undrawn: number | null;
  marks: number;
}

/** Each lane's place in the page viewport, its data-undrawn count, and how many marks and clusters it has drawn. */
async function lanes(page: Page): Promise<LaneState[]> {
  return page.evaluate(() => {
    // @ts-expect-error set by the example page
    const root = window.exampleTimelines[0].root as ShadowRoot;
    // The vertical centre (viewport px) of every drawn mark (in batches: through the marks layer's transform) and cluster.
    const layer = root.querySelector<SVGGElement>('svg g.et-marks')!;
    const ctm = layer.getScreenCTM()!;
    const batched = [...root.querySelectorAll('svg g.et-lane-marks')].flatMap((g) => (g as Element & { __data__?: { items: { x: number; y: number }[] } }).__data__?.items ?? []);
    const centres = [
      ...batched.map((d) => new DOMPoint(d.x, d.y).matrixTransform(ctm).y),
      ...[...root.querySelectorAll('svg .et-events > g')].map((g) => {
        const b = g.getBoundingClientRect();
        return b.top + b.height / 2;
      }),
      // clusters are drawn as paths, which hold them as their datum
      ...((root.querySelector('svg path.et-cluster-span') as (SVGPathElement & { __data__?: { x: number; y: number }[] }) | null)?.__data__ ?? []).map(
        (c) => new DOMPoint(c.x, c.y).matrixTransform(root.querySelector<SVGPathElement>('svg path.et-cluster-span')!.getScreenCTM()!).y,
      ),
    ];
    return [...root.querySelectorAll('svg g.et-lane')].map((lane) => {
      const box = lane.querySelector('rect')!.getBoundingClientRect();
      const marks = centres.filter((y) => y >= box.top && y < box.bottom).length;
      const undrawn = lane.getAttribute('data-undrawn');
      return { key: lane.querySelector('text')?.textContent ?? '', top: box.top, bottom: box.bottom, undrawn: undrawn === null ? null : Number(undrawn), marks };
    });
  });
}

/** Wait until the IntersectionObserver has reported and the frame is redrawn. */
const settle = (page: Page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(ok), 50))));

describe('lanes out of view', () => {
  it('are left undrawn in a large frame, counted, and drawn when scrolled into view', async () => {
    const { page, errors } = await openPage(session.context, `${session.url}/examples/large/?n=1000`);
    try {
      await zoomExample(page, '2009-01-01', '2010-12-31');
      await settle(page);
      const viewport = 800;
      const before = await lanes(page);
      const far = (l: LaneState) => l.top > viewport * 1.5 + 20 || l.bottom < -viewport * 0.5 - 20;
      const near = (l: LaneState) => l.bottom > -viewport * 0.5 + 20 && l.top < viewport * 1.5 - 20;
      expect(before.some(far), 'the timeline is taller than the view and its margin').toBe(true);
      for (const lane of before.filter(far)) {
        expect(lane.undrawn, lane.key).toBeGreaterThan(0);
        expect(lane.marks, lane.key).toBe(0);
      }
      for (const lane of before.filter(near)) expect(lane.undrawn, lane.key).toBeNull();
      const bottomKey = before[before.length - 1].key;

      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await settle(page);
      const after = await lanes(page);
      const bottom = after.find((l) => l.key === bottomKey)!;
      expect(near(bottom)).toBe(true);
      expect(bottom.undrawn).toBeNull();
      expect(bottom.marks).toBeGreaterThan(0);
      expect(after.filter(far).every((l) => (l.undrawn ?? 0) > 0)).toBe(true);
      expect(after.some(far)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('are left out in the very frame that draws them, so 100,000 events never make more than 1,000 elements', async () => {
    const { page, errors } = await openPage(session.context, `${session.url}/examples/large/?n=1000`);
    try {
      // Counted in the same task as each frame, before any IntersectionObserver can report: the frame culls from
      // the layout's own geometry and the SVG's place in the viewport.
      const counts = await page.evaluate(`(async () => {
        const { createTimeline } = await import('/dist/event-timeline.esm.min.js');
        const { generateEvents } = await import('/examples/large/generate.js');
        const host = document.createElement('div');
        host.style.width = '1200px';
        document.querySelector('main').prepend(host);
        const count = () => host.shadowRoot.querySelectorAll('*').length;
        const timeline = createTimeline(host, generateEvents(100000), { lanes: 'actor', lang: 'en' });
        const counts = [count()];
        let domain = null;
        timeline.on('zoom', ({ start, end }) => (domain = [+start, +end]));
        timeline.fit();
        counts.push(count());
        // bench:render's first steps: zoom in twelve times by 0.75 around the middle, pan right twelve times by 10%
        let [a, b] = domain;
        let undrawn = 0;
        const step = (next) => {
          [a, b] = next;
          timeline.zoomTo(new Date(a), new Date(b));
          counts.push(count());
          undrawn = Math.max(undrawn, host.shadowRoot.querySelectorAll('[data-undrawn]').length);
        };
        for (let i = 0; i < 12; i++) step([(a + b) / 2 - ((b - a) / 2) * 0.75, (a + b) / 2 + ((b - a) / 2) * 0.75]);
        for (let i = 0; i < 12; i++) step([a + (b - a) * 0.1, b + (b - a) * 0.1]);

        timeline.destroy();
        host.remove();
        return { counts, undrawn };
      })()`);
      const { counts: list, undrawn } = counts as { counts: number[]; undrawn: number };
      expect(list.length).toBe(26);
      expect(Math.max(...list), list.join(' ')).toBeLessThanOrEqual(1000);
      // zoomed in, the timeline is taller than the view, and some lane was left out
      expect(undrawn).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
