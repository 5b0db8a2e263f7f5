import { describe, expect, it } from 'vitest';
import { prepareEvents } from '../../../src/timeline/layout/prepare.js';
import { layoutViewport } from '../../../src/timeline/layout/viewport.js';
import type { LayoutOptions, PlacedEvent, PreparedTimeline, ViewportLayout } from '../../../src/timeline/layout/types.js';
import { makeEvent, prng, randomEvents } from './fixtures.js';

const DAY = 86_400_000;
const measureText = (text: string) => text.length * 7;

/** A linear scale like d3's scaleUtc: [from, to) onto [0, width]. */
function linear(from: number, to: number, width: number) {
  return { x: (t: number) => ((t - from) / (to - from)) * width, invert: (px: number) => from + (px / width) * (to - from), width };
}

function layout(prepared: PreparedTimeline, from: number, to: number, extra: Partial<LayoutOptions> = {}): ViewportLayout {
  return layoutViewport(prepared, { ...linear(from, to, 1000), measureText, ...extra });
}

describe('placing a few events (10 px per day from 1 August 2020)', () => {
  const AUG_1 = Date.UTC(2020, 7, 1);
  const scale = linear(AUG_1, AUG_1 + 50 * DAY, 500);
  const prepared = prepareEvents([
    makeEvent('a', { earliest: '2020-08-09' }),
    makeEvent('b', { earliest: '2020-08-20' }),
    makeEvent('p', { earliest: '2020-08-01', latest: '2020-08-31', granularity: 'month' }),
  ]);
  const result = layoutViewport(prepared, { ...scale, measureText });
  const byId = (id: string) => result.events.find((e) => e.prepared.event.id === id)!;

  it('puts markers, bars and labels where hand computation says', () => {
    // a: middle of day 8 → x 85; its mark spans 80..90 (radius 5), label starts after radius + gap: 94.
    expect(byId('a')).toMatchObject({ x: 85, x0: 80, x1: 90, labelX: 94, label: 'Event a', key: 'a@\u0000all' });
    expect(byId('b')).toMatchObject({ x: 195, labelX: 204 });
    // p: the month bar 0..310, label inside it from x 4.
    expect(byId('p')).toMatchObject({ x0: 0, x1: 310, labelX: 4, label: 'Event p' });
  });
  it('packs rows greedily: the bar takes row 0, a and b share row 1', () => {
    expect([byId('p').row, byId('a').row, byId('b').row]).toEqual([0, 1, 1]);
    expect([byId('p').y, byId('a').y]).toEqual([12, 36]);
    expect(result.lanes).toEqual([{ key: '\u0000all', label: '', y: 0, height: 48, rows: 2 }]);
    expect(result.height).toBe(48);
    expect(result.clusters).toEqual([]);
  });
  it('with one row, a label is cut short before the next mark (ellipsis), or gives way', () => {
    const two = prepareEvents([makeEvent('d1', { earliest: '2020-08-05' }), makeEvent('d2', { earliest: '2020-08-10' })]);
    const one = layoutViewport(two, { ...scale, measureText, maxRowsPerLane: 1 });
    // d1 at x 45, label from 54; d2's mark starts at 90, so d1's label must end by 86: 32 px → "Eve…" (4 × 7 = 28).
    expect(one.events.map((e) => [e.prepared.event.id, e.row, e.label])).toEqual([
      ['d1', 0, 'Eve…'],
      ['d2', 0, 'Event d2'],
    ]);
    const close = prepareEvents([makeEvent('d1', { earliest: '2020-08-05' }), makeEvent('d2', { earliest: '2020-08-07' })]);
    // d2's mark starts at 60: room 60 - 4 - 54 = 2 px, too little for even one letter and an ellipsis.
    expect(layoutViewport(close, { ...scale, measureText, maxRowsPerLane: 1 }).events.map((e) => e.label)).toEqual(['', 'Event d2']);
  });
  it('is deterministic', () => {
    expect(layoutViewport(prepared, { ...scale, measureText })).toEqual(result);
  });
  it('with the previous frame as hint, an item keeps its row when it still fits', () => {
    const two = prepareEvents([makeEvent('X', { earliest: '2020-08-01' }), makeEvent('Y', { earliest: '2020-08-06' })]);
    // 10 px a day: X at 5, its label "Event X" ends at 14 + 49 = 63; Y's mark starts at 50: second row.
    const before = layoutViewport(two, { ...scale, measureText });
    expect(before.events.map((e) => [e.prepared.event.id, e.row])).toEqual([['X', 0], ['Y', 1]]);
    // 20 px a day: X's label ends at 68, Y's mark starts at 105. On its own Y would move up to row 0 ...
    const zoomed = linear(AUG_1, AUG_1 + 25 * DAY, 500);
    expect(layoutViewport(two, { ...zoomed, measureText }).events.map((e) => e.row)).toEqual([0, 0]);
    // ... but with the previous frame it stays where the reader saw it.
    expect(layoutViewport(two, { ...zoomed, measureText, previous: before }).events.map((e) => e.row)).toEqual([0, 1]);
  });
  it('a zero-width viewport places nothing instead of throwing', () => {
    expect(layoutViewport(prepared, { ...scale, width: 0, measureText })).toEqual({ lanes: [], events: [], clusters: [], height: 0 });
  });
  it('lanes without visible marks keep their place unless hideEmptyLanes is set', () => {
    const twoLanes = prepareEvents(
      [makeEvent('here', { earliest: '2020-08-09' }, { actors: ['A'] }), makeEvent('later', { earliest: '2021-08-09' }, { actors: ['B'] })],
      { lanes: 'actor' },
    );
    const all = layoutViewport(twoLanes, { ...scale, measureText, laneGap: 10 });
    expect(all.lanes.map((l) => [l.key, l.y, l.height, l.rows])).toEqual([
      ['A', 0, 24, 1],
      ['B', 34, 24, 1],
    ]);
    expect(all.height).toBe(58);
    const visible = layoutViewport(twoLanes, { ...scale, measureText, hideEmptyLanes: true, laneLabel: (k) => `lane ${k}` });
    expect(visible.lanes).toEqual([{ key: 'A', label: 'lane A', y: 0, height: 24, rows: 1 }]);
  });
  it('derives the visible range from x alone when no invert is given', () => {
    expect(layoutViewport(prepared, { x: scale.x, width: 500, measureText })).toEqual(result);
  });
});

describe('clusters', () => {
  // One event a day, 1..20 March 2020.
  const events = Array.from({ length: 20 }, (_, i) =>
    makeEvent(`m${i + 1}`, { earliest: `2020-03-${String(i + 1).padStart(2, '0')}` }, { offset: i }),
  );
  const prepared = prepareEvents(events);
  const YEAR_2020 = [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)] as const;

  it('at low zoom (a year in 1000 px, 2.7 px a day) neighbours become clusters with counts, on the top row', () => {
    const result = layout(prepared, ...YEAR_2020);
    expect(result.events).toEqual([]);
    expect(result.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(20);
    for (const c of result.clusters) {
      expect(c.y).toBe(12);
      expect(c.x0).toBeLessThanOrEqual(c.x);
      expect(c.x).toBeLessThanOrEqual(c.x1);
      expect(c.memberIds.length).toBeGreaterThan(0);
      expect(c.end).toBeGreaterThan(c.start);
    }
  });
  it('at high zoom (29 days in 1000 px) every event is its own mark', () => {
    const result = layout(prepared, Date.UTC(2020, 1, 25), Date.UTC(2020, 2, 25));
    expect(result.clusters).toEqual([]);
    expect(result.events.map((e) => e.prepared.event.id).sort()).toEqual(events.map((e) => e.id).sort());
  });
  it('keys stay while panning and split when zooming in', () => {
    const dense = prepareEvents(randomEvents(3000, 11, 2020, 2021));
    const day = DAY;
    const from = Date.UTC(2020, 3, 1);
    const view = layout(dense, from, from + 120 * day);
    const panned = layout(dense, from + 10 * day, from + 130 * day);
    const inBoth = view.clusters.filter((c) => c.start >= from + 12 * day && c.end <= from + 118 * day);
    expect(inBoth.length).toBeGreaterThan(3);
    for (const c of inBoth) {
      const same = panned.clusters.find((p) => p.key === c.key)!;
      expect(same).toBeDefined();
      expect(same.start).toBe(c.start);
    }
    // Zoom in 4x around the middle: clusters there are halves (or quarters) of earlier ones, with new keys.
    const zoomed = layout(dense, from + 45 * day, from + 75 * day);
    const oldKeys = new Set(view.clusters.map((c) => c.key));
    for (const c of zoomed.clusters) {
      expect(oldKeys.has(c.key)).toBe(false);
      const parent = view.clusters.find((p) => p.start <= c.start && c.end <= p.end);
      if (c.start >= from + 46 * day && c.end <= from + 74 * day) expect(parent).toBeDefined();
      expect(c.end - c.start).toBeLessThan(view.clusters[0].end - view.clusters[0].start);
    }
  });
});

/** The horizontal footprint of a placed event: its mark, and its label when it has one. */
function footprint(e: PlacedEvent, r = 5): [number, number] {
  const labelRight = e.label ? e.labelX + measureText(e.label) : -Infinity;
  if (e.prepared.shape === 'period') return [e.x0, Math.max(e.x1, labelRight)];
  if (e.prepared.shape === 'point') return [e.x - r, Math.max(e.x + r, labelRight)];
  return [Math.min(e.x0, e.x - r), Math.max(e.x1, e.x + r, labelRight)];
}

describe('packing never overlaps (random inputs, fixed seed)', () => {
  const prepared = prepareEvents(randomEvents(4000, 2024, 2018, 2020, 4), { lanes: 'actor' });
  const random = prng(99);
  const t0 = Date.UTC(2018, 0, 1);
  const views = Array.from({ length: 25 }, () => {
    const span = DAY * 2 ** (1 + random() * 10); // 2 days .. 2 years
    const from = t0 + random() * (2 * 365 * DAY - span);
    return [from, from + span] as const;
  });

  it.each(views.map((v, i) => [i, v] as const))('view %i', (_, [from, to]) => {
    checkLayout(layout(prepared, from, to, { maxRowsPerLane: 5 }), from, to, 5);
  });

  it('also while zooming step by step with the previous frame as row hint', () => {
    let from = Date.UTC(2018, 6, 1);
    let to = Date.UTC(2019, 6, 1);
    let previous: ViewportLayout | undefined;
    for (let step = 0; step < 12; step++) {
      const result = layout(prepared, from, to, { maxRowsPerLane: 5, previous });
      checkLayout(result, from, to, 5);
      previous = result;
      const middle = from + (to - from) * 0.4;
      from = middle - (middle - from) * 0.7;
      to = middle + (to - middle) * 0.7;
    }
  });
});

function checkLayout(result: ViewportLayout, from: number, to: number, maxRowsPerLane: number): void {
  expect(result.events.length + result.clusters.length).toBeLessThanOrEqual(1000);
  expect(new Set(result.events.map((e) => e.key)).size).toBe(result.events.length);
  const clusterLanes = new Set(result.clusters.map((c) => c.lane));
  const rows = new Map<string, PlacedEvent[]>();
  // A cluster never holds a single event.
  for (const c of result.clusters) expect(c.count).toBeGreaterThanOrEqual(2);
  for (const e of result.events) {
    // maxRowsPerLane is exceeded only by marks that overflowed alone (at most maxRowsPerLane more rows, plus one).
    expect(e.row).toBeLessThanOrEqual(2 * maxRowsPerLane + 1);
    if (clusterLanes.has(e.lane)) expect(e.row).toBeGreaterThan(0);
    expect(e.label === '' || e.label === e.prepared.event.title || e.prepared.event.title.startsWith(e.label.slice(0, -1).trimEnd())).toBe(true);
    // Everything drawn overlaps the visible range (plus the 40 px margin).
    expect(e.prepared.start < to + (40 / 1000) * (to - from) + 4 * DAY).toBe(true);
    const key = `${e.lane}/${e.row}`;
    rows.set(key, [...(rows.get(key) ?? []), e]);
  }
  for (const row of rows.values()) {
    const sorted = row.map((e) => [footprint(e), e] as const).sort((a, b) => a[0][0] - b[0][0]);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i][0][0] - sorted[i - 1][0][1]).toBeGreaterThanOrEqual(4 - 0.02);
  }
  // Clusters in a lane do not overlap each other either.
  for (const lane of clusterLanes) {
    const spans = result.clusters.filter((c) => c.lane === lane).sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < spans.length; i++) expect(spans[i].x0).toBeGreaterThanOrEqual(spans[i - 1].x1 - 0.02);
  }
  // Lanes are stacked without overlap.
  for (let i = 1; i < result.lanes.length; i++) {
    expect(result.lanes[i].y).toBeCloseTo(result.lanes[i - 1].y + result.lanes[i - 1].height + 8, 5);
  }
}

describe('viewport culling at scale', () => {
  const events = randomEvents(100_000, 5, 2000, 2020);
  events.push(makeEvent('long', { earliest: '2001-01-01', latest: '2018-12-31', granularity: 'year', certainty: 'period' }));
  const prepared = prepareEvents(events, { lanes: (e) => (e.id === 'long' ? 'long' : 'rest') });
  const views: [string, number, number][] = [
    ['everything', Date.UTC(1999, 0, 1), Date.UTC(2021, 0, 1)],
    ['a year', Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)],
    ['a month', Date.UTC(2010, 5, 1), Date.UTC(2010, 6, 1)],
    ['a day', Date.UTC(2010, 5, 15), Date.UTC(2010, 5, 16)],
    ['an hour', Date.UTC(2010, 5, 15, 12), Date.UTC(2010, 5, 15, 13)],
  ];
  it.each(views)('%s: bounded output, and the period spanning the view is present', (_, from, to) => {
    const before = process.cpuUsage();
    const result = layout(prepared, from, to);
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000; // CPU time, so a busy machine does not make it flaky
    expect(result.events.length + result.clusters.length).toBeLessThanOrEqual(1000);
    expect(result.events.filter((e) => e.prepared.event.id === 'long')).toHaveLength(1);
    expect(ms).toBeLessThan(250); // typically a few ms; the first view also warms up the JIT
  });
  it('zoomed out, every event is accounted for: drawn or counted in a cluster', () => {
    const result = layout(prepared, Date.UTC(1999, 0, 1), Date.UTC(2021, 0, 1));
    const rest = result.events.filter((e) => e.lane === 'rest').length + result.clusters.reduce((s, c) => s + c.count, 0);
    expect(rest).toBe(100_000);
  });
  it('maxMarks bounds the output by making clusters coarser', () => {
    const result = layout(prepared, Date.UTC(2005, 0, 1), Date.UTC(2006, 0, 1), { maxMarks: 60 });
    expect(result.events.length + result.clusters.length).toBeLessThanOrEqual(60);
    expect(result.clusters.length).toBeGreaterThan(0);
  });
  it('a filter lays out only matching events, and counts only those', () => {
    const filter = (e: { kind: string; id: string }) => Number(e.id.slice(1)) % 3 === 0;
    const result = layout(prepared, Date.UTC(1999, 0, 1), Date.UTC(2021, 0, 1), { filter });
    expect(result.lanes.map((l) => l.key)).toEqual(['rest']);
    expect(result.events.length + result.clusters.reduce((s, c) => s + c.count, 0)).toBe(33_334); // 0, 3, ..., 99999
  });
});
