/**
 * Issue 18, points 3 and 4, in a real browser at desktop and phone sizes: labels inside the plot (cut there only with
 * an ellipsis) and apart from the next mark (the text's drawn box, in the real font, against the marks of its row),
 * no line of a mark (strike, window edge, outline) through a label, no kind glyph over a lane heading, a window that reads as a window with its label
 * at every zoom, and zoom-in that stops a few days wide for day-precise data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openPage, readExampleData, REPO_ROOT, SCREENSHOT_DIR, startSession, type Session } from './lib/harness.js';
// @ts-expect-error plain ES module without types
import { staticPictures } from '../../scripts/example-data.mjs';
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
  /**
   * Per label, the marks of its row as drawn (viewport px): the other marks' boxes (marker, ring, bar, window and
   * its outline, cluster) in the same row, to measure the label's box against.
   */
  rows: { text: string; box: Box; side: string; own: { left: number; right: number }; others: { id: string; left: number; right: number }[] }[];
  /** Labels that a line of a mark runs through: a denied mark's strike, a window's dashed edge, an outline. */
  crossed: string[];
}

/** What the seed example's timeline draws, in viewport px. Batched paths are probed with isPointInFill/Stroke. */
async function scene(page: Page, host = '#timeline'): Promise<Scene> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)!.shadowRoot!;
    const svg = root.querySelector('svg[data-part="plot"]')! as SVGSVGElement;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const visible = (el: Element) => el.getBoundingClientRect().width > 0 && el.getAttribute('visibility') !== 'hidden' && getComputedStyle(el).display !== 'none';
    const labels = [...root.querySelectorAll('g.et-labels > g > text, g.et-event > text.et-label')]
      .filter((t) => t.textContent!.trim() && visible(t))
      .map((t) => ({ text: t.textContent!, box: box(t), end: t.getAttribute('text-anchor') === 'end' }));
    // Does a part of this kind cover the viewport point (x, y)?
    const paths = (selector: string) =>
      [...root.querySelectorAll<SVGGeometryElement>(selector)].filter((p) => p.getAttribute('opacity') !== '0' && p.getScreenCTM()).map((p) => ({ p, inverse: p.getScreenCTM()!.inverse(), box: p.getBoundingClientRect() }));
    // (`strokeOnly` for lines: a window's edge and an outline enclose an area whose fill is not painted)
    const covers = (list: ReturnType<typeof paths>, x: number, y: number, strokeOnly = false) =>
      list.some(({ p, inverse, box: b }) => {
        if (x < b.left - 2 || x > b.right + 2 || y < b.top - 2 || y > b.bottom + 2) return false;
        const pt = new DOMPoint(x, y).matrixTransform(inverse);
        return (!strokeOnly && p.isPointInFill(pt)) || p.isPointInStroke(pt);
      });
    // the kind decorations that sit above a mark (a window's or bar's band stays inside its row)
    const parts = paths('path.et-glyph, path.et-outline, path.et-marker');
    const badges = [...root.querySelectorAll('g.et-badges > g > text, g.et-event > text.et-badge')].filter(visible).map(box);
    const headings = [...root.querySelectorAll('text.et-lane-label')].filter((t) => t.textContent && visible(t)).map((t) => ({ text: t.textContent!, box: box(t) }));
    const headingHits: string[] = [];
    for (const h of headings) {
      let hit = badges.some((b) => Math.min(b.right, h.box.right) > Math.max(b.left, h.box.left) && Math.min(b.bottom, h.box.bottom) > Math.max(b.top, h.box.top));
      for (let x = h.box.left + 1; !hit && x < h.box.right - 1; x += 3) for (let y = h.box.top + 2; !hit && y < h.box.bottom - 1; y += 3) hit = covers(parts, x, y);
      if (hit) headingHits.push(h.text);
    }
    const uncertainMarkers = root.querySelectorAll('.et-shape-uncertain-point.et-marker, .et-shape-uncertain-point .et-marker, circle.et-marker').length;
    const ticks = [...root.querySelectorAll('.et-axis text')].map((t) => t.textContent ?? '');

    // Every drawn mark, from the data the batches and real marks are drawn from (each lane's group and each real
    // mark hold their placed events), in viewport px through the group's screen matrix. A mark's box is what
    // mark-paths.ts draws for it: a marker (radius 6) with its ring (planned, speculative: 4 px more) or strike
    // (3 px more), a bar at least 2 px wide, a window at least a marker wide, an outline 3 px around a span.
    type Placed = { key: string; lane: string; y: number; x: number; x0: number; x1: number; label: string; labelSide: string; prepared: { shape: string; event: { id: string; kind: string } } };
    type Bound = Element & { __data__?: unknown };
    const R = 6;
    const marks: { key: string; id: string; y: number; left: number; right: number }[] = [];
    const addMark = (d: Placed, ctm: DOMMatrix) => {
      const { shape, event } = d.prepared;
      const ring = event.kind === 'planned' || event.kind === 'speculative';
      let l: number;
      let r: number;
      if (shape === 'point') {
        const reach = ring ? R + 4 : event.kind === 'negated' ? R + 3 : R;
        [l, r] = [d.x - reach, d.x + reach];
      } else {
        if (shape === 'period' || d.x1 - d.x0 >= 2 * R) [l, r] = [d.x0, d.x0 + Math.max(shape === 'period' ? 2 : 0, d.x1 - d.x0)];
        else [l, r] = [(d.x0 + d.x1) / 2 - R, (d.x0 + d.x1) / 2 + R];
        if (ring) [l, r] = [l - 3, r + 3];
      }
      marks.push({ key: d.key, id: event.id, y: ctm.d * d.y + ctm.f, left: ctm.a * l + ctm.e, right: ctm.a * r + ctm.e });
    };
    for (const g of root.querySelectorAll<SVGGElement>('g.et-lane-marks')) {
      const lane = (g as Bound).__data__ as { items: Placed[] } | undefined;
      for (const d of lane?.items ?? []) addMark(d, g.getScreenCTM()!);
    }
    for (const g of root.querySelectorAll<SVGGElement>('g.et-event')) {
      const d = (g as Bound).__data__ as Placed | undefined;
      if (d?.prepared) addMark(d, g.getScreenCTM()!);
    }
    // clusters are drawn as paths, which hold them as their datum: a badge (radius 10, 12 for three digits) over a span
    const spans = root.querySelector<SVGPathElement>('path.et-cluster-span');
    for (const c of ((spans as Bound | null)?.__data__ ?? []) as { key: string; x: number; y: number; x0: number; x1: number; count: number }[]) {
      const ctm = spans!.getScreenCTM() as DOMMatrix;
      const r = c.count > 99 ? 12 : 10;
      marks.push({ key: c.key, id: `cluster ${c.key}`, y: ctm.d * c.y + ctm.f, left: ctm.a * Math.min(c.x - r, c.x0) + ctm.e, right: ctm.a * Math.max(c.x + r, c.x1) + ctm.e });
    }
    const rows: Scene['rows'] = [];
    // the lines of marks: a denied mark's strike, a window's dashed edge, a planned or speculative mark's outline
    const strikes = paths('path.et-strike');
    const edges = paths('path.et-range-edge, path.et-outline');
    const crossed: string[] = [];
    for (const t of root.querySelectorAll('g.et-labels > g > text, g.et-event > text.et-label')) {
      if (!t.textContent!.trim() || !visible(t)) continue;
      const d = ((t as Bound).__data__ as Placed | undefined)?.prepared ? ((t as Bound).__data__ as Placed) : ((t.parentElement as Bound).__data__ as Placed);
      const b = box(t);
      const own = marks.find((m) => m.key === d.key)!;
      const y = own.y;
      rows.push({ text: t.textContent!, box: b, side: d.labelSide, own: { left: own.left, right: own.right }, others: marks.filter((m) => m.key !== d.key && Math.abs(m.y - y) < 1).map(({ id, left, right }) => ({ id, left, right })) });
      // across the text's middle band (a window's top and bottom edges lie above and below it)
      const mid = (b.top + b.bottom) / 2;
      let hit = false;
      // a strike anywhere along the text; the upright sides of a window's edge and outline at the ends of its own
      // mark (no other mark lies under a label: checked apart), which a label written on a window may run past
      const ends = [own.left, own.right].flatMap((end) => Array.from({ length: 11 }, (_, i) => end - 5 + i));
      for (let x = b.left; !hit && x <= b.right; x += 1) for (const y of [mid - 2, mid, mid + 2]) hit ||= covers(strikes, x, y, true);
      for (const x of ends.filter((x) => x >= b.left && x <= b.right)) for (const y of [mid - 2, mid, mid + 2]) hit ||= covers(edges, x, y, true);
      if (hit) crossed.push(t.textContent!);
    }
    return { plot: box(svg), labels, headings, headingHits, uncertainMarkers, ticks, rows, crossed };
  }, host);
}

const overlaps = (a: Box, b: Box) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1 && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0;

/** Room a label's drawn box keeps before the next mark of its row: `labelGap` (8) less a ring's 4 px and some slack. */
const MIN_GAP_PX = 3;

/**
 * Every label inside the plot, apart from the other labels, over no other mark of its row and at least MIN_GAP_PX
 * before the next one, as far from its own mark when beside it, and no line of a mark through it (a strike, or the
 * edge or outline of a window the label runs on past).
 */
function expectLabelsClear(s: Scene, where: string): void {
  expect(s.labels.length, where).toBeGreaterThan(0);
  for (const label of s.labels) {
    const at = `${where}: "${label.text}"`;
    expect(label.box.left, at).toBeGreaterThanOrEqual(s.plot.left - 0.5);
    expect(label.box.right, at).toBeLessThanOrEqual(s.plot.right + 0.5);
    for (const other of s.labels) if (other !== label) expect(overlaps(label.box, other.box), `${at} overlaps "${other.text}"`).toBe(false);
  }
  expect(s.rows.length, where).toBe(s.labels.length);
  for (const { text, box, side, own, others } of s.rows) {
    const at = `${where}: "${text}"`;
    // beside its own mark (its ring, outline or strike included), a gap from it
    if (side === 'after') expect(box.left - own.right, `${at} after its mark`).toBeGreaterThanOrEqual(MIN_GAP_PX);
    if (side === 'before') expect(own.left - box.right, `${at} before its mark`).toBeGreaterThanOrEqual(MIN_GAP_PX);
    // nothing of another mark of its row under the label
    for (const m of others) expect(m.right <= box.left + 0.5 || m.left >= box.right - 0.5, `${at} lies over ${m.id}`).toBe(true);
    const next = others.filter((m) => m.left >= box.right - 0.5).sort((a, b) => a.left - b.left)[0];
    if (next) expect(next.left - box.right, `${at} then ${next.id}`).toBeGreaterThanOrEqual(MIN_GAP_PX);
  }
  expect(s.crossed, `${where}: labels with a strike line, window edge or outline through them`).toEqual([]);
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

    it('label boxes lie inside the plot, apart from each other and 3 px or more before the next mark of their row, crossed by no strike, window edge or outline, at the opening view and zoomed in and out', async () => {
      await page.evaluate(() => (window as unknown as { exampleTimelines: { fit: () => void }[] }).exampleTimelines[0].fit());
      await settle();
      expectLabelsClear(await scene(page), 'opening view');
      for (const [start, end] of [['2020-08-10', '2020-08-24'], ['2020-08-14', '2020-08-19'], ['2020-07-01', '2020-10-31'], ['2015-01-01', '2021-01-01']]) {
        await zoomTo(start, end);
        expectLabelsClear(await scene(page), `${start}..${end}`);
      }
    });

    it('in rows shared by several marks, a label cut before the next mark of its row ends 3 px or more before it', async () => {
      // The seed's lanes have rows to spare, so few of its labels have a mark after them in their row. Here 48 of
      // its events, moved to single days, four-day windows and six-day periods across August and given every kind,
      // share one lane: its rows hold several marks, and labels are cut at the next one.
      await page.evaluate(`(async () => {
        const { createTimeline } = await import('/dist/event-timeline.esm.min.js');
        const seed = await (await fetch('/examples/data/seed.json')).json();
        const kinds = ['occurred', 'reported', 'planned', 'negated', 'conditional', 'speculative'];
        const day = (d) => new Date(Date.UTC(2020, 7, d)).toISOString().slice(0, 10);
        const events = Array.from({ length: 48 }, (_, i) => {
          const shape = i % 4; // 0 and 1: a day; 2: a window of four days; 3: a period of six days
          const first = 1 + ((i * 7) % 25);
          const earliest = day(first);
          const latest = day(first + (shape === 2 ? 3 : shape === 3 ? 5 : 0));
          const certainty = shape === 2 ? 'within' : shape === 3 ? 'period' : 'exact';
          const date = { earliest, latest, granularity: 'day', certainty, value: earliest, type: 'DATE', source: 'stated', edtf: shape > 1 ? earliest + '/' + latest : earliest };
          return { ...seed[i % seed.length], id: 'dense-' + i, kind: kinds[i % kinds.length], date };
        });
        const host = document.createElement('div');
        host.id = 'dense';
        document.querySelector('main').prepend(host);
        window.denseInvalid = 0;
        window.denseTimeline = createTimeline(host, events, { lang: 'nl' });
        window.denseTimeline.on('invalid', ({ invalid }) => (window.denseInvalid += invalid.length));
      })()`);
      let measured = 0;
      for (const [start, end] of [['2020-08-01', '2020-08-31'], ['2020-08-08', '2020-08-22'], ['2020-07-20', '2020-09-10']]) {
        await page.evaluate(([a, b]) => (window as unknown as { denseTimeline: { zoomTo: (a: string, b: string) => void } }).denseTimeline.zoomTo(a, b), [start, end] as const);
        await settle();
        const s = await scene(page, '#dense');
        expectLabelsClear(s, `48 events in one lane, ${start}..${end}`);
        measured += s.rows.filter((r) => r.others.some((m) => m.left >= r.box.right - 0.5)).length;
      }
      expect(await page.evaluate(() => (window as unknown as { denseInvalid: number }).denseInvalid)).toBe(0);
      // labels with a next mark in their row were there to measure
      expect(measured).toBeGreaterThanOrEqual(10);
      await page.evaluate(() => document.getElementById('dense')!.remove());
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

describe('labels of the static picture', () => {
  let session: Session;
  let pictures: Record<string, string>;
  beforeAll(async () => {
    session = await startSession({ viewport: { width: 1280, height: 800 } });
    // the static example's two pictures (960 and 360 px wide), drawn by the built library from the frozen seed events
    const lib = await import(pathToFileURL(join(REPO_ROOT, 'dist', 'index.js')).href);
    pictures = staticPictures(lib, JSON.parse(readFileSync(join(SCREENSHOT_DIR, 'seed-events.json'), 'utf8')), 'nl');
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const file of ['seed.svg', 'seed-narrow.svg']) {
    it(`${file}: no strike, window edge or outline runs through a label, and labels keep apart`, async () => {
      const page = await session.context.newPage();
      try {
        await page.setContent(`<!doctype html><body style="margin:0">${pictures[file]}</body>`);
        const found = await page.evaluate(() => {
          const svg = document.querySelector('svg')!;
          const p = svg.getBoundingClientRect();
          const lines = [...svg.querySelectorAll<SVGGeometryElement>('.et-strike, .et-range:not(.et-range-fill), .et-outline')];
          const labels = [...svg.querySelectorAll('text.et-label')].filter((t) => t.textContent!.trim());
          const crossed: string[] = [];
          const outside: string[] = [];
          const boxes = labels.map((t) => t.getBoundingClientRect());
          for (const [i, t] of labels.entries()) {
            const b = boxes[i];
            if (b.left < p.left - 0.5 || b.right > p.right + 0.5) outside.push(t.textContent!);
            const mid = (b.top + b.bottom) / 2;
            let hit = false;
            for (const line of lines) {
              const r = line.getBoundingClientRect();
              if (r.right < b.left - 2 || r.left > b.right + 2 || r.bottom < b.top - 2 || r.top > b.bottom + 2) continue;
              const inverse = line.getScreenCTM()!.inverse();
              for (let x = b.left; !hit && x <= b.right; x += 1) for (const y of [mid - 2, mid, mid + 2]) hit ||= line.isPointInStroke(new DOMPoint(x, y).matrixTransform(inverse));
            }
            if (hit) crossed.push(t.textContent!);
          }
          const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1 && Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0).map(() => labels[i].textContent!));
          return { labels: labels.length, crossed, outside, overlapping };
        });
        expect(found.labels).toBeGreaterThan(5);
        expect(found.crossed, 'labels with a line of a mark through them').toEqual([]);
        expect(found.outside).toEqual([]);
        expect(found.overlapping).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
