import { describe, expect, it } from 'vitest';
import { prepareEvents, layoutViewport } from '../../../src/timeline/layout/index.js';
import { extendSettledFrame, keepShownLabels, reprojectLayout } from '../../../src/timeline/render/reproject.js';
import type { ViewportLayout } from '../../../src/timeline/layout/types.js';
import { SEED, SHAPES } from './fixtures/events.js';

const DAY = 86_400_000;
const width = 900;
const measure = (s: string) => s.length * 6;

/** A linear scale showing [start, end) across `width`. */
const scaleOf = (start: number, end: number) => {
  const k = width / (end - start);
  return { x: (t: number) => (t - start) * k, invert: (px: number) => start + px / k };
};

const prepared = prepareEvents([...SEED, ...SHAPES], { lanes: 'actor' });
const start = Date.UTC(2020, 7, 1);
const end = Date.UTC(2020, 8, 1);
const from = scaleOf(start, end);
const layoutFor = (s: ReturnType<typeof scaleOf>, margin?: number): ViewportLayout =>
  layoutViewport(prepared, { x: s.x, invert: s.invert, width, margin, measureText: measure });

const options = (to: ReturnType<typeof scaleOf>, frame: ViewportLayout) => ({
  x: to.x,
  fromInvert: from.invert,
  frame,
  rowHeight: 24,
  width,
  margin: 40,
  measure,
  markerRadius: 5,
});

describe('reprojectLayout', () => {
  const settled = layoutFor(from);
  const wide = layoutFor(from, width);

  it('is the identity on the scale it was made with', () => {
    const same = reprojectLayout(settled, options(from, settled));
    expect(same.events).toEqual(settled.events);
    expect(same.clusters).toEqual(settled.clusters);
    expect(same.lanes).toBe(settled.lanes);
  });

  it('puts every mark at its own times through the new scale, keeping keys, rows and lanes', () => {
    const to = scaleOf(start + 3 * DAY, end - 5 * DAY); // zoom in a little, off-centre
    const moved = reprojectLayout(wide, options(to, settled));
    const clamp = (px: number) => Math.min(Math.max(px, -40 - width), 2 * width + 40);
    const settledClustered = new Set(settled.clusters.map((c) => c.lane));
    const wideClustered = new Set(wide.clusters.map((c) => c.lane));
    expect(moved.lanes).toBe(settled.lanes);
    expect(moved.height).toBe(settled.height);
    expect(moved.events.length).toBeGreaterThan(5);
    for (const item of moved.events) {
      const original = wide.events.find((e) => e.key === item.key)!;
      const shift = (settledClustered.has(item.lane) ? 1 : 0) - (wideClustered.has(item.lane) ? 1 : 0);
      expect(item.row).toBe(original.row + shift);
      expect(item.x).toBeCloseTo(clamp(to.x(item.prepared.anchor)), 1);
      expect(item.x0).toBeCloseTo(clamp(to.x(item.prepared.start)), 1);
      expect(item.x1).toBeCloseTo(clamp(to.x(item.prepared.end)), 1);
      // every drawn item reaches into the view
      expect(Math.min(item.x0, item.x - 5, item.labelX)).toBeLessThanOrEqual(width + 40);
      expect(Math.max(item.x1, item.x + 5, item.labelX + measure(item.label))).toBeGreaterThanOrEqual(-40);
      // a label beside a marker keeps its offset from it
      if (item.prepared.shape === 'point') expect(item.labelX - item.x).toBeCloseTo(original.labelX - original.x, 1);
    }
  });

  it('a label beside a short bar keeps its distance from the bar end while the bar grows', () => {
    const bar = { ...SHAPES[0], id: 'short', title: 'Kort', date: { ...SHAPES[0].date, earliest: '2020-08-10', latest: '2020-08-11', certainty: 'period' as const, vagueStart: false, vagueEnd: false } };
    const own = prepareEvents([bar]);
    const before = layoutViewport(own, { x: from.x, invert: from.invert, width, measureText: measure });
    const [settledBar] = before.events;
    expect(settledBar.labelX).toBeGreaterThanOrEqual(settledBar.x1); // beside: the bar is about 58 px
    const to = scaleOf(start + 5 * DAY, end - 15 * DAY); // almost three times closer: the bar is about 160 px
    const [moved] = reprojectLayout(before, { ...options(to, before) }).events;
    expect(moved.x1 - moved.x0).toBeGreaterThan(150);
    expect(moved.labelX - moved.x1).toBeCloseTo(settledBar.labelX - settledBar.x1, 1);
  });

  it('leaves out what panned out of view, unless told to keep it', () => {
    const to = scaleOf(start + 40 * DAY, end + 40 * DAY); // everything of August is left of the view
    const moved = reprojectLayout(wide, options(to, settled));
    expect(moved.events.filter((e) => e.x1 < -40)).toEqual([]);
    const target = wide.events.find((e) => e.x1 < width / 2)!;
    const kept = reprojectLayout(wide, { ...options(to, settled), keep: (id: string) => id === target.prepared.event.id });
    expect(kept.events.map((e) => e.key)).toContain(target.key);
  });

  it('moves items into the lanes of the frame it keeps, hiding rows that lane does not have', () => {
    const frame: ViewportLayout = { ...settled, lanes: settled.lanes.map((l) => ({ ...l, y: l.y + 100, rows: 1 })) };
    const moved = reprojectLayout(settled, options(from, frame));
    const clustered = new Set(settled.clusters.map((c) => c.lane));
    // a one-row lane keeps its cluster row, or its first row of marks when it has no clusters
    const survivors = settled.events.filter((e) => e.row === 0 && !clustered.has(e.lane));
    expect(survivors.length).toBeGreaterThan(0);
    expect(moved.events.map((e) => e.key).sort()).toEqual(survivors.map((e) => e.key).sort());
    for (const item of moved.events) expect(item.y).toBeCloseTo(settled.events.find((e) => e.key === item.key)!.y + 100, 5);
    expect(moved.clusters.map((c) => c.y)).toEqual(settled.clusters.map((c) => c.y + 100));
  });

  it('zooming out leaves out a label that would run into the next item of its row, never the mark', () => {
    const to = scaleOf(start - 30 * DAY, end + 30 * DAY); // three times wider: marks crowd
    const moved = reprojectLayout(settled, options(to, settled));
    // every mark of the settled frame is still drawn (the view grew: nothing left it)
    expect(moved.events.map((e) => e.key).sort()).toEqual(settled.events.map((e) => e.key).sort());
    const rows = new Map<string, typeof moved.events>();
    for (const e of moved.events) rows.set(`${e.lane}|${e.row}`, [...(rows.get(`${e.lane}|${e.row}`) ?? []), e]);
    let hidden = 0;
    for (const row of rows.values()) {
      row.sort((a, b) => a.x0 - b.x0 || a.x - b.x);
      for (let i = 0; i < row.length - 1; i++) {
        const e = row[i];
        const original = settled.events.find((o) => o.key === e.key)!;
        if (e.labelHidden) hidden++;
        expect(e.label).toBe(original.label);
        if (!e.label || e.labelHidden || e.labelX < e.x - 5) continue;
        const next = row[i + 1];
        expect(e.labelX + measure(e.label)).toBeLessThanOrEqual(Math.min(next.x0, next.x - 5, next.label ? next.labelX : Infinity));
      }
    }
    expect(hidden).toBeGreaterThan(0);
  });
});

describe('keepShownLabels', () => {
  it('keeps the text of labels on screen across a mid-gesture layout; new marks and lost labels follow the new layout', () => {
    // Shown zoomed out in one row a lane (labels cut short), laid out again zoomed in (room for more of each label).
    const out = scaleOf(start - 90 * DAY, end + 90 * DAY);
    const shown = layoutViewport(prepared, { x: out.x, invert: out.invert, width, measureText: measure, maxRowsPerLane: 1 });
    const zoomedIn = layoutFor(from);
    const next = keepShownLabels(zoomedIn, shown);
    const shownLabels = new Map(shown.events.map((e) => [e.key, e.label]));
    let kept = 0;
    next.events.forEach((e, i) => {
      const fresh = zoomedIn.events[i];
      expect(e.key).toBe(fresh.key);
      expect({ ...e, label: fresh.label, labelWidth: fresh.labelWidth }).toEqual(fresh);
      const before = shownLabels.get(e.key);
      if (before && fresh.label) {
        expect(e.label).toBe(before);
        expect(e.labelWidth).toBe(measure(before));
        if (before !== fresh.label) kept++;
      } else {
        expect(e.label).toBe(fresh.label);
      }
    });
    // The new layout would write some labels longer; those stay as they were shown.
    expect(kept).toBeGreaterThan(0);
    expect(keepShownLabels(shown, shown)).toBe(shown);
  });
});

describe('extendSettledFrame', () => {
  // a view in the middle of the events, so some lie beyond both sides
  const middle = scaleOf(start + 8 * DAY, start + 14 * DAY);
  const settled = layoutFor(middle);
  const wide = layoutFor(middle, width);

  it('keeps the settled frame as it is and adds only what lies beyond its sides', () => {
    const extended = extendSettledFrame(settled, wide, -40, width + 40, 24);
    expect(extended.lanes).toBe(settled.lanes);
    expect(extended.height).toBe(settled.height);
    expect(extended.events.slice(0, settled.events.length)).toEqual(settled.events);
    expect(extended.clusters.slice(0, settled.clusters.length)).toEqual(settled.clusters);
    const added = extended.events.slice(settled.events.length);
    expect(added.length).toBeGreaterThan(0);
    expect(wide.events.length).toBeGreaterThan(settled.events.length);
    for (const e of added) {
      expect(Math.max(e.x1, e.x) < -40 || Math.min(e.x0, e.x, e.labelX) > width + 40).toBe(true);
      const lane = settled.lanes.find((l) => l.key === e.lane)!;
      expect(e.row).toBeLessThan(lane.rows);
    }
    const ids = extended.events.map((e) => e.key);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
