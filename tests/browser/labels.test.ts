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
  labels: { id: string; key: string; text: string; box: Box }[];
  /** The drawn parts of every mark but its label (marker, range, bar, ring, glyph, badge, strike). */
  parts: { id: string; key: string; cls: string; box: Box }[];
  headings: { text: string; box: Box }[];
  windows: { id: string; key: string; circles: number; label: string; labelBox: Box | null; range: Box }[];
  ticks: string[];
}

/** Boxes (viewport px) of what the seed example's timeline draws. */
async function scene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    const root = document.querySelector('#timeline')!.shadowRoot!;
    const svg = root.querySelector('svg[data-part="plot"]')!;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const visible = (el: Element) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden' && el.getAttribute('visibility') !== 'hidden';
    const labels = [];
    const parts = [];
    const windows = [];
    for (const g of root.querySelectorAll('g.et-event[data-event-id]')) {
      const id = g.getAttribute('data-event-id')!;
      const key = g.id;
      const label = g.querySelector('text.et-label');
      if (label && label.textContent!.trim() && visible(label)) labels.push({ id, key, text: label.textContent!, box: box(label) });
      for (const part of g.querySelectorAll(':scope > :not(text.et-label)')) if (visible(part)) parts.push({ id, key, cls: part.getAttribute('class')!, box: box(part) });
      if (g.classList.contains('et-shape-uncertain-point')) {
        windows.push({
          id,
          key,
          circles: g.querySelectorAll('circle.et-marker').length,
          label: label && visible(label) ? label.textContent! : '',
          labelBox: label && visible(label) ? box(label) : null,
          range: box(g.querySelector('.et-range')!),
        });
      }
    }
    const headings = [...root.querySelectorAll('text.et-lane-label')].filter((t) => t.textContent).map((t) => ({ text: t.textContent!, box: box(t) }));
    const ticks = [...root.querySelectorAll('.et-axis text')].map((t) => t.textContent ?? '');
    return { plot: box(svg), labels, parts, headings, windows, ticks };
  });
}

const overlapsVertically = (a: Box, b: Box) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
const overlaps = (a: Box, b: Box) => overlapsVertically(a, b) && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0;

/** Every label inside the plot, and clear (by a visible gap) of every other mark and label it sits level with. */
function expectLabelsClear(s: Scene, where: string): void {
  expect(s.labels.length, where).toBeGreaterThan(0);
  for (const label of s.labels) {
    const at = `${where}: "${label.text}"`;
    expect(label.box.left, at).toBeGreaterThanOrEqual(s.plot.left - 0.5);
    expect(label.box.right, at).toBeLessThanOrEqual(s.plot.right + 0.5);
    for (const part of s.parts) {
      if (part.key === label.key || !overlapsVertically(label.box, part.box)) continue;
      // a mark that starts after the label's start: the label ends a visible gap before it
      if (part.box.left >= label.box.left) expect(part.box.left - label.box.right, `${at} runs into ${part.cls} of ${part.id}`).toBeGreaterThanOrEqual(3);
    }
    for (const other of s.labels) {
      if (other === label || !overlapsVertically(label.box, other.box)) continue;
      expect(overlaps(label.box, other.box), `${at} overlaps "${other.text}"`).toBe(false);
    }
  }
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

    it('label boxes lie inside the plot and apart from the next mark, at the opening view and zoomed in and out', async () => {
      await page.evaluate(() => (window as unknown as { exampleTimelines: { fit: () => void }[] }).exampleTimelines[0].fit());
      await settle();
      expectLabelsClear(await scene(page), 'opening view');
      for (const [start, end] of [['2020-08-10', '2020-08-24'], ['2020-08-14', '2020-08-19'], ['2020-07-01', '2020-10-31'], ['2015-01-01', '2021-01-01']]) {
        await zoomTo(start, end);
        expectLabelsClear(await scene(page), `${start}..${end}`);
      }
    });

    it('a label is its whole title, or the start of it cut with an ellipsis', async () => {
      const titles = new Map(readExampleData('seed.json').map((e) => [e.id, e.title]));
      for (const [start, end] of [['2020-08-10', '2020-08-24'], ['2020-08-01', '2020-08-31']]) {
        await zoomTo(start, end);
        for (const label of (await scene(page)).labels) {
          const title = titles.get(label.id)!;
          // bidi isolation marks aside
          const text = label.text.replace(/[\u2066-\u2069]/g, '');
          if (text !== title) {
            expect(text.endsWith('…'), text).toBe(true);
            expect(title.startsWith(text.slice(0, -1).trimEnd()), text).toBe(true);
          }
        }
      }
    });

    it('no kind glyph, badge or mark is drawn over a lane heading', async () => {
      // A reported window running out of view on the left puts its glyph at the plot's left edge, under the heading.
      for (const [start, end] of [['2020-08-01', '2020-08-31'], ['2020-08-10', '2020-08-20'], ['2020-08-16', '2020-08-20']]) {
        await zoomTo(start, end);
        const s = await scene(page);
        expect(s.headings.length).toBeGreaterThan(1);
        for (const heading of s.headings) {
          for (const part of s.parts) expect(overlaps(heading.box, part.box), `${start}..${end}: ${part.cls} of ${part.id} over heading "${heading.text}"`).toBe(false);
        }
      }
    });

    it('zoomed in as far as it goes, "somewhere in August" is a window with its label in view, never a marker', async () => {
      for (let i = 0; i < 30; i++) await page.evaluate(() => (document.querySelector('#timeline')!.shadowRoot!.querySelector('[data-action="zoom-in"]') as HTMLButtonElement).click());
      await settle();
      await zoomTo('2020-08-16', '2020-08-17'); // as deep as it goes, into the middle of August
      const s = await scene(page);
      const across = s.windows.filter((w) => w.range.left < s.plot.left && w.range.right > s.plot.right);
      expect(across.length, 'windows across the whole view').toBeGreaterThan(0);
      for (const w of [...s.windows]) {
        expect(w.circles, w.id).toBe(0);
        // every window in view has its label, inside the plot
        if (w.range.right <= s.plot.left || w.range.left >= s.plot.right) continue;
        expect(w.label, `window ${w.id}`).not.toBe('');
        expect(w.labelBox!.left).toBeGreaterThanOrEqual(s.plot.left - 0.5);
        expect(w.labelBox!.right).toBeLessThanOrEqual(s.plot.right + 0.5);
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
