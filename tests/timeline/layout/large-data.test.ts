/**
 * The fast paths of `layoutViewport` for large data (attempts given up early, typed-array geometry, cached label
 * widths and cuts, row hints by order) must not change what is laid out. These tests compare against the plain
 * definitions on generated data, at the zoom levels where the fast paths matter.
 */
import { describe, expect, it } from 'vitest';
import { generateEvents, mulberry32 } from '../../../examples/large/generate.js';
import { fitLabel, titleMeasure, type FittedLabel } from '../../../src/timeline/layout/fit-label.js';
import { prepareEvents } from '../../../src/timeline/layout/prepare.js';
import type { LaneField, LayoutOptions, PreparedTimeline, ViewportLayout } from '../../../src/timeline/layout/types.js';
import { layoutViewport } from '../../../src/timeline/layout/viewport.js';
import { seededRandom } from '../../lib/random.js';

const WIDTH = 1200;
const events = generateEvents(4000);
const prepared = prepareEvents(events, { lanes: 'actor' });
const measureText = (text: string) => text.length * 7;

/** Views from all of the data down to a few weeks, zooming into the middle. */
function views(p: PreparedTimeline, steps = 10): [number, number][] {
  const { start, end } = p.extent!;
  const out: [number, number][] = [];
  let a = start - (end - start) * 0.04;
  let b = end + (end - start) * 0.04;
  for (let i = 0; i < steps; i++) {
    out.push([a, b]);
    const m = (a + b) / 2;
    const h = ((b - a) / 2) * 0.55;
    a = m - h;
    b = m + h;
  }
  return out;
}

function options([a, b]: [number, number], extra: Partial<LayoutOptions> = {}): LayoutOptions {
  const k = WIDTH / (b - a);
  return { x: (t) => (t - a) * k, invert: (px) => a + px / k, width: WIDTH, measureText, ...extra };
}

/** What a layout shows, without the prepared events (compared by id). */
function shown(layout: ViewportLayout) {
  return {
    lanes: layout.lanes,
    events: layout.events.map(({ prepared: p, ...rest }) => ({ ...rest, id: p.event.id })),
    clusters: layout.clusters,
    height: layout.height,
  };
}

describe('layoutViewport on large data', () => {
  it('with maxMarks, the layout is the one at the first doubled cluster gap whose marks fit', () => {
    const maxMarks = 300;
    let reruns = 0;
    for (const view of views(prepared)) {
      const bounded = layoutViewport(prepared, options(view, { maxMarks }));
      let gap = 12;
      let unbounded = layoutViewport(prepared, options(view, { clusterGap: gap, maxMarks: Infinity }));
      while (unbounded.events.length + unbounded.clusters.length > maxMarks) {
        gap *= 2;
        reruns++;
        unbounded = layoutViewport(prepared, options(view, { clusterGap: gap, maxMarks: Infinity }));
      }
      expect(bounded.events.length + bounded.clusters.length).toBeLessThanOrEqual(maxMarks);
      expect(shown(bounded)).toEqual(shown(unbounded));
    }
    expect(reruns).toBeGreaterThan(0); // the bound was really hit
  });

  it('on random data, views and bounds (fixed seed), every early give-up is right: each frame is the first doubled gap that fits', () => {
    const rand = mulberry32(2026_12_07);
    const fields: LaneField[] = ['actor', 'place', 'kind', 'none'];
    let reruns = 0;
    let frames = 0;
    for (let data = 0; data < 6; data++) {
      const count = 300 + Math.floor(rand() * 5000);
      const p = prepareEvents(generateEvents(count, { seed: 1 + Math.floor(rand() * 1e6), years: 1 + Math.floor(rand() * 30) }), {
        lanes: fields[Math.floor(rand() * fields.length)],
      });
      const maxMarks = [40, 120, 300, 1000][Math.floor(rand() * 4)];
      const { start, end } = p.extent!;
      // a walk of zooms and pans from a random view, each frame with the previous one's rows as hints
      let a = start + rand() * (end - start) * 0.5;
      let b = a + (end - a) * (0.05 + rand() * 0.95);
      let previous: ViewportLayout | undefined;
      for (let step = 0; step < 8; step++) {
        const bounded = layoutViewport(p, options([a, b], { maxMarks, previous }));
        let gap = 12;
        let unbounded = layoutViewport(p, options([a, b], { clusterGap: gap, maxMarks: Infinity, previous }));
        while (unbounded.events.length + unbounded.clusters.length > maxMarks) {
          gap *= 2;
          reruns++;
          unbounded = layoutViewport(p, options([a, b], { clusterGap: gap, maxMarks: Infinity, previous }));
        }
        expect(bounded.clusterGap).toBe(gap);
        expect(shown(bounded)).toEqual(shown(unbounded));
        frames++;
        previous = bounded;
        const span = b - a;
        if (rand() < 0.5) {
          const factor = rand() < 0.5 ? 0.6 : 1.6;
          const middle = (a + b) / 2;
          a = middle - (span / 2) * factor;
          b = middle + (span / 2) * factor;
        } else {
          const shift = (rand() - 0.5) * span * 0.8;
          a += shift;
          b += shift;
        }
      }
    }
    expect(frames).toBe(48);
    expect(reruns).toBeGreaterThan(10); // the bounds were really hit
  });

  it('a new measureText function every frame lays out exactly like the same one (label caches are per function)', () => {
    let previousA: ViewportLayout | undefined;
    let previousB: ViewportLayout | undefined;
    for (const view of views(prepared)) {
      const a = layoutViewport(prepared, options(view, { previous: previousA }));
      const b = layoutViewport(prepared, options(view, { previous: previousB, measureText: (text) => text.length * 7 }));
      expect(shown(b)).toEqual(shown(a));
      previousA = a;
      previousB = b;
    }
  });

  it('over random walks of zooms and pans (fixed seed), a frame laid out with every cache warm equals one laid out cold', () => {
    // warm: the same prepared timeline and measuring function all along (cached widths, cuts, keys, member ids);
    // cold: the records prepared again and a new measuring function each frame, with the same row hints
    const rand = seededRandom(2026_12_07_20);
    for (let walk = 0; walk < 4; walk++) {
      const records = generateEvents(500 + Math.floor(rand() * 3000), { seed: 1 + Math.floor(rand() * 1e6), years: 1 + Math.floor(rand() * 20) });
      const lanes: LaneField = (['actor', 'place', 'kind', 'none'] as const)[walk];
      const warm = prepareEvents(records, { lanes });
      const { start, end } = warm.extent!;
      let a = start + rand() * (end - start) * 0.5;
      let b = a + (end - a) * (0.05 + rand() * 0.95);
      let previous: ViewportLayout | undefined;
      for (let step = 0; step < 12; step++) {
        const frame = layoutViewport(warm, options([a, b], { previous, maxMarks: 300 }));
        const cold = layoutViewport(prepareEvents(records, { lanes }), options([a, b], { previous, maxMarks: 300, measureText: (text) => text.length * 7 }));
        expect(shown(frame)).toEqual(shown(cold));
        previous = frame;
        const span = b - a;
        const middle = (a + b) / 2;
        const factor = [0.6, 1.6, 1][Math.floor(rand() * 3)];
        const shift = factor === 1 ? (rand() - 0.5) * span * 0.8 : 0;
        a = middle - (span / 2) * factor + shift;
        b = middle + (span / 2) * factor + shift;
      }
    }
  });

  it('row hints from a frame of the same records prepared again still apply (by id)', () => {
    const again = prepareEvents(events, { lanes: 'actor' });
    const [first, second] = views(prepared, 8).slice(6);
    const previous = layoutViewport(prepared, options(first));
    const same = layoutViewport(prepared, options(second, { previous }));
    const other = layoutViewport(again, options(second, { previous }));
    const without = layoutViewport(again, options(second));
    expect(shown(other)).toEqual(shown(same));
    // The hints matter here: without them some rows differ.
    expect(shown(without)).not.toEqual(shown(same));
  });

  it('every label is its own title, whole or cut with an ellipsis, also through a filter', () => {
    const byId = new Map(events.map((e) => [e.id, e.title]));
    const filter = (e: { kind: string }) => e.kind !== 'occurred';
    for (const view of views(prepared)) {
      for (const layout of [layoutViewport(prepared, options(view)), layoutViewport(prepared, options(view, { filter }))]) {
        for (const e of layout.events) {
          const title = byId.get(e.prepared.event.id)!;
          if (e.label === title || e.label === '') continue;
          expect(e.label.endsWith('…')).toBe(true);
          expect(title.startsWith(e.label.slice(0, -1).trimEnd())).toBe(true);
        }
      }
    }
  });
});

describe('titleMeasure', () => {
  it('cuts exactly like fitLabel, for every width, with a fresh or a reused measuring function, and gives the width of what it wrote', () => {
    const titles = ['Parliament approves a budget', 'Kort', '', 'Één   twee drie 🇳🇱 vier', 'a b c d e f g h i j k l m n o p'];
    const measure = (text: string) => Array.from(text).length * 6.5;
    const reused = titleMeasure(measure);
    const out: FittedLabel = { label: '', width: 0 };
    for (let width = -5; width <= 220; width += 3) {
      titles.forEach((title, id) => {
        const expected = fitLabel(title, width, measure);
        reused.fit(titles, id, width, out);
        expect(out).toEqual({ label: expected, width: expected === '' ? 0 : measure(expected) });
        titleMeasure((text) => Array.from(text).length * 6.5).fit(titles, id, width, out);
        expect(out.label).toBe(expected);
        expect(reused.widthOf(titles, id)).toBe(measure(title));
      });
    }
  });
});
