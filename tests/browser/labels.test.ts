/**
 * Issue 18, points 3 and 4, in a real browser at desktop and phone sizes: labels inside the plot (cut there only with
 * an ellipsis) and apart from the next mark, no kind glyph over a lane heading, a window that reads as a window with
 * its label at every zoom, and zoom-in that stops a few days wide for day-precise data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, readExampleData, startSession, type Session } from './lib/harness.js';
import { domainOf, trackTimelines, zoomExample } from './lib/timeline.js';

const DAY = 86_400_000;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
] as const;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface Scene {
  plot: Box;
  /** Visible labels (the pool of `<text>` over the batched marks); `end` when anchored at their end (before a mark). */
  labels: { text: string; box: Box; end: boolean }[];
  headings: { text: string; box: Box }[];
  /** Lane headings with a mark part (glyph, badge, marker, ring, window, bar) drawn over them. */
  headingHits: string[];
  /** Whether any window is drawn with a marker at its middle (a dashed circle). */
  uncertainMarkers: number;
  ticks: string[];
}

/** What the seed example's timeline draws, in viewport px. Batched paths are probed with isPointInFill/Stroke. */
async function scene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    const root = document.querySelector('#timeline')!.shadowRoot!;
    const svg = root.querySelector('svg[data-part="plot"]')! as SVGSVGElement;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const visible = (el: Element) => el.getBoundingClientRect().width > 0 && el.getAttribute('visibility') !== 'hidden' && getComputedStyle(el).display !== 'none';
    const labels = [...root.querySelectorAll('g.et-labels > text, g.et-event > text.et-label')]
      .filter((t) => t.textContent!.trim() && visible(t))
      .map((t) => ({ text: t.textContent!, box: box(t), end: t.getAttribute('text-anchor') === 'end' }));
    // Does a part of this kind cover the viewport point (x, y)?
    const paths = (selector: string) =>
      [...root.querySelectorAll<SVGGeometryElement>(selector)].filter((p) => p.getAttribute('opacity') !== '0' && p.getScreenCTM()).map((p) => ({ p, inverse: p.getScreenCTM()!.inverse(), box: p.getBoundingClientRect() }));
    const covers = (list: ReturnType<typeof paths>, x: number, y: number) =>
      list.some(({ p, inverse, box: b }) => {
        if (x < b.left - 2 || x > b.right + 2 || y < b.top - 2 || y > b.bottom + 2) return false;
        const pt = new DOMPoint(x, y).matrixTransform(inverse);
        return p.isPointInFill(pt) || p.isPointInStroke(pt);
      });
    // the kind decorations that sit above a mark (a window's or bar's band stays inside its row)
    const parts = paths('path.et-glyph, path.et-outline, path.et-marker');
    const badges = [...root.querySelectorAll('g.et-badges > text, g.et-event > text.et-badge')].filter(visible).map(box);
    const headings = [...root.querySelectorAll('text.et-lane-label')].filter((t) => t.textContent && visible(t)).map((t) => ({ text: t.textContent!, box: box(t) }));
    const headingHits: string[] = [];
    for (const h of headings) {
      let hit = badges.some((b) => Math.min(b.right, h.box.right) > Math.max(b.left, h.box.left) && Math.min(b.bottom, h.box.bottom) > Math.max(b.top, h.box.top));
      for (let x = h.box.left + 1; !hit && x < h.box.right - 1; x += 3) for (let y = h.box.top + 2; !hit && y < h.box.bottom - 1; y += 3) hit = covers(parts, x, y);
      if (hit) headingHits.push(h.text);
    }
    const uncertainMarkers = root.querySelectorAll('.et-shape-uncertain-point.et-marker, .et-shape-uncertain-point .et-marker, circle.et-marker').length;
    const ticks = [...root.querySelectorAll('.et-axis text')].map((t) => t.textContent ?? '');
    return { plot: box(svg), labels, headings, headingHits, uncertainMarkers, ticks };
  });
}

const overlaps = (a: Box, b: Box) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1 && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0;

/** Every label inside the plot and apart from the other labels. */
function expectLabelsClear(s: Scene, where: string): void {
  expect(s.labels.length, where).toBeGreaterThan(0);
  for (const label of s.labels) {
    const at = `${where}: "${label.text}"`;
    expect(label.box.left, at).toBeGreaterThanOrEqual(s.plot.left - 0.5);
    expect(label.box.right, at).toBeLessThanOrEqual(s.plot.right + 0.5);
    for (const other of s.labels) if (other !== label) expect(overlaps(label.box, other.box), `${at} overlaps "${other.text}"`).toBe(false);
  }
  // (the gap before the next mark is asserted on the layout, tests/timeline/layout/label-placement.test.ts: a probe
  // after a label's end here cannot tell the next mark from the label's own window or ring)
}

for (const size of SIZES) {
  describe(`labels and windows at ${size.width}×${size.height}`, () => {
    let session: Session;
    let page: Page;
    beforeAll(async () => {
      session = await startSession({ viewport: size });
      ({ page } = await openPage(session.context, `${session.url}/examples/seed/`));
      await trackTimelines(page);
    });
    afterAll(async () => {
      await page?.close();
      await session?.close();
    });
    const settle = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null)))));
    const zoomTo = async (start: string, end: string) => {
      await zoomExample(page, start, end);
      await settle();
    };

    it('label boxes lie inside the plot and apart from each other, at the opening view and zoomed in and out', async () => {
      await page.evaluate(() => (window as unknown as { exampleTimelines: { fit: () => void }[] }).exampleTimelines[0].fit());
      await settle();
      expectLabelsClear(await scene(page), 'opening view');
      for (const [start, end] of [['2020-08-10', '2020-08-24'], ['2020-08-14', '2020-08-19'], ['2020-07-01', '2020-10-31'], ['2015-01-01', '2021-01-01']]) {
        await zoomTo(start, end);
        expectLabelsClear(await scene(page), `${start}..${end}`);
      }
    });

    it('a label is its whole title, or the start of it cut with an ellipsis', async () => {
      const titles = readExampleData('seed.json').map((e) => e.title);
      for (const [start, end] of [['2020-08-10', '2020-08-24'], ['2020-08-01', '2020-08-31']]) {
        await zoomTo(start, end);
        for (const label of (await scene(page)).labels) {
          // bidi isolation marks aside
          const text = label.text.replace(/[\u2066-\u2069]/g, '');
          if (titles.includes(text)) continue;
          expect(text.endsWith('…'), text).toBe(true);
          expect(titles.some((t) => t.startsWith(text.slice(0, -1).trimEnd())), text).toBe(true);
        }
      }
    });

    it('no kind glyph, badge or mark is drawn over a lane heading', async () => {
      // A reported window running out of view on the left puts its glyph at the plot's left edge, under the heading.
      for (const [start, end] of [['2020-08-01', '2020-08-31'], ['2020-08-10', '2020-08-20'], ['2020-08-16', '2020-08-20']]) {
        await zoomTo(start, end);
        const s = await scene(page);
        expect(s.headings.length).toBeGreaterThan(1);
        expect(s.headingHits, `${start}..${end}`).toEqual([]);
      }
    });

    it('zoomed in as far as it goes, "somewhere in August" is a window with its label in view, never a marker', async () => {
      for (let i = 0; i < 30; i++) await page.evaluate(() => (document.querySelector('#timeline')!.shadowRoot!.querySelector('[data-action="zoom-in"]') as HTMLButtonElement).click());
      await settle();
      await zoomTo('2020-08-16', '2020-08-17'); // as deep as it goes, into the middle of August
      const s = await scene(page);
      expect(s.uncertainMarkers).toBe(0);
      // every window that covers the whole view has its label in the plot, pinned to its left edge
      const view = await domainOf(page);
      const across = readExampleData('seed.json').filter((e) => e.date.certainty === 'within' && Date.parse(e.date.earliest) < view[0] && Date.parse(e.date.latest) + DAY > view[1]);
      expect(across.length).toBeGreaterThan(0);
      const shown = s.labels.map((l) => l.text.replace(/[\u2066-\u2069]/g, '').replace(/…$/, ''));
      const labelled = across.filter((e) => shown.some((t) => t.length > 3 && e.title.startsWith(t)));
      // clusters may hold some when more windows overlap than a lane has rows; most are drawn and labelled
      expect(labelled.length, `${labelled.length} of ${across.length} windows labelled`).toBeGreaterThanOrEqual(Math.ceil(across.length / 2));
      for (const l of s.labels) {
        expect(l.box.left).toBeGreaterThanOrEqual(s.plot.left - 0.5);
        expect(l.box.right).toBeLessThanOrEqual(s.plot.right + 0.5);
      }
    });

    it('zoom-in stops a few days wide for day-precise data, never at hours', async () => {
      await zoomTo('2020-08-16', '2020-08-16');
      const [start, end] = await domainOf(page);
      expect(end - start).toBeGreaterThanOrEqual(3 * DAY - 1);
      expect(end - start).toBeLessThanOrEqual(6 * DAY);
      for (let i = 0; i < 20; i++) await page.evaluate(() => (document.querySelector('#timeline')!.shadowRoot!.querySelector('[data-action="zoom-in"]') as HTMLButtonElement).click());
      await settle();
      const [a, b] = await domainOf(page);
      expect(b - a).toBeGreaterThanOrEqual(3 * DAY - 1);
      const s = await scene(page);
      expect(s.ticks.filter((t) => /\d:\d\d|\d\s?(AM|PM)/i.test(t))).toEqual([]);
    });
  });
}
