import { describe, expect, it } from 'vitest';
import { prepareEvents } from '../../../src/timeline/layout/index.js';
import type { PlacedEvent, PreparedEvent } from '../../../src/timeline/layout/types.js';
import { FADE_STEPS, fadeSlices, markPaths } from '../../../src/timeline/render/mark-paths.js';
import { buildHitIndex } from '../../../src/timeline/render/hit-index.js';
import { labelPlacement } from '../../../src/timeline/render/label-pool.js';
import { makeEvent, SEED } from './fixtures/events.js';

const prepared = prepareEvents(SEED, { lanes: 'actor' });
const byId = (id: string): PreparedEvent => prepared.byId.get(id)!;
const first = (keys: readonly string[]) => keys[0];

/** A placed event at hand-picked pixels. */
function placed(p: PreparedEvent, at: Partial<PlacedEvent> & { x: number; y: number }): PlacedEvent {
  return { key: `${p.event.id}@${p.lanes[0]}`, prepared: p, lane: p.lanes[0], row: 0, x0: at.x, x1: at.x, label: '', labelX: at.x + 10, ...at };
}

describe('marks in batches (mark-paths)', () => {
  it('puts every mark of a style into one path, one subpath each, whatever their number', () => {
    const e1 = byId('e1'); // a known day, occurred
    const items = Array.from({ length: 500 }, (_, i) => ({ ...placed(e1, { x: 10 + i * 2, y: 13 }), key: `k${i}` }));
    const paths = markPaths(items, first);
    expect(paths.map((p) => p.className)).toEqual(['et-batch et-marker et-kind-occurred']);
    expect(paths[0].d.match(/M/g)!.length).toBe(500);
    // a diamond of radius 6 around the first marker
    expect(paths[0].d.startsWith('M10,7l6,6l-6,6l-6,-6Z')).toBe(true);
    expect(paths[0].opacity).toBe(1);
  });

  it('keeps kinds, parts and repeats apart, in painting order: windows and bars, markers, outlines, glyphs, strikes', () => {
    const items = ['e2', 'e3', 'e6', 'e9'].map((id, i) => placed(byId(id), { x: 100 + i * 100, x0: 80 + i * 100, x1: 140 + i * 100, y: 13 }));
    const classes = markPaths(items, first).map((p) => p.className);
    const order = (part: string) => classes.findIndex((c) => c.includes(part));
    expect(order('et-range-fill')).toBeLessThan(order('et-marker'));
    expect(order('et-marker')).toBeLessThan(order('et-outline'));
    expect(order('et-outline')).toBeLessThan(order('et-glyph'));
    expect(order('et-glyph')).toBeLessThan(order('et-strike'));
    // a repeat (its event's second lane) is a path of its own at 0.4
    const two = byId('e2');
    const repeat = { ...placed(two, { x: 50, y: 40 }), lane: 'elsewhere', prepared: { ...two, lanes: [two.lanes[0], 'elsewhere'] } };
    const original = { ...placed(two, { x: 50, y: 13 }), prepared: repeat.prepared };
    const opacities = markPaths([original, repeat], first)
      .filter((p) => p.className.includes('et-marker'))
      .map((p) => p.opacity);
    expect(opacities.sort()).toEqual([0.4, 1]);
  });

  it('draws a bar with a vague end whole, in a path that takes the fade mask, and the mask darkens its end in slices', () => {
    const vague = prepareEvents([makeEvent({ id: 'v', title: 'Sinds 2021', sentence: 'Sinds 2021.', date: { earliest: '2021-01-01', latest: '2021-12-31', granularity: 'year', certainty: 'range', vagueEnd: true } })]).events[0];
    const bar = placed(vague, { x: 0, x0: 0, x1: 300, y: 13 });
    const solid = { ...placed(byId('e4'), { x: 400, x0: 400, x1: 500, y: 13 }), prepared: { ...byId('e4'), event: { ...byId('e4').event, date: { ...byId('e4').event.date, vagueEnd: false, vagueStart: false } } } };
    const bars = markPaths([bar, solid], first).filter((p) => p.className.includes('et-bar'));
    expect(bars.map((p) => p.faded)).toEqual([false, true]);
    expect(bars[1].d).toMatch(/^M2,5h296/);
    const slices = fadeSlices([bar, solid]);
    expect(slices.length).toBe(FADE_STEPS);
    // step 0, the most opaque black, reaches the bar's end; the last step the solid 70 %
    const xs = (d: string) => [...d.matchAll(/M([-\d.]+),[-\d.]+h([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[1]) + Number(m[2])]);
    expect(slices[0].opacity).toBeGreaterThan(0.95);
    expect(xs(slices[0].d)[0][1]).toBe(301);
    expect(xs(slices[FADE_STEPS - 1].d)[0][0]).toBe(210);
    expect(slices[FADE_STEPS - 1].opacity).toBeLessThan(0.05);
    // slices meet on whole pixels, without gaps
    for (let i = 1; i < FADE_STEPS; i++) expect(xs(slices[i].d)[0][1]).toBe(xs(slices[i - 1].d)[0][0]);
  });
});

describe("a denied span's strike line (mark-paths)", () => {
  const denied = prepareEvents([makeEvent({ id: 'n', title: 'Niet gestuurd', sentence: 'Niet gestuurd.', kind: 'negated', date: { earliest: '2020-08-01', latest: '2020-08-31', granularity: 'day', certainty: 'within' } })]).events[0];
  const strike = (d: PlacedEvent) => markPaths([d], first).find((p) => p.className.includes('et-strike'))!.d;
  const runs = (d: string) => [...d.matchAll(/M([-\d.]+),([-\d.]+)H([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[3])]);

  it('stops either side of a label written on the span: it strikes the mark, not the text', () => {
    const on = placed(denied, { x: 150, x0: 0, x1: 300, y: 13, label: 'Niet gestuurd', labelX: 4, labelWidth: 90, labelSide: 'on', labelOnBar: false });
    const parts = runs(strike(on));
    expect(parts.length).toBe(1);
    expect(parts[0][0]).toBeGreaterThanOrEqual(4 + 90 + 3);
    expect(parts[0][1]).toBe(300);
    for (const [from, to] of parts) expect(to <= 4 || from >= 94, `${from}..${to} crosses the label`).toBe(true);
  });

  it('runs the whole span when the label is beside it', () => {
    const after = placed(denied, { x: 150, x0: 0, x1: 300, y: 13, label: 'Niet gestuurd', labelX: 304, labelWidth: 90, labelSide: 'after', labelOnBar: false });
    expect(runs(strike(after))).toEqual([[0, 300]]);
  });
});

describe('label colours (label-pool)', () => {
  const bar = byId('e4');
  const window = byId('e3');
  const at = (p: PreparedEvent, side: PlacedEvent['labelSide'], onBar: boolean) => placed(p, { x: 150, x0: 0, x1: 300, y: 13, label: 'L', labelX: 4, labelWidth: 10, labelSide: side, labelOnBar: onBar });

  it('a label wholly on a bar is in the background colour; on a window or a faded repeat bar in the text colour, with no halo; beside a mark with its halo', () => {
    expect(labelPlacement(at(bar, 'on', true)).className).toBe('et-label et-label-on-bar');
    // a repeat's bar is drawn at 0.4: text in the background colour would not read on it
    expect(labelPlacement(at(bar, 'on', true), true).className).toBe('et-label et-label-on-span');
    expect(labelPlacement(at(window, 'on', false)).className).toBe('et-label et-label-on-span');
    expect(labelPlacement(at(bar, 'after', false)).className).toBe('et-label');
  });
});

describe('hit testing by index (hit-index)', () => {
  const e1 = byId('e1');
  const e3 = byId('e3'); // one day somewhere in a window
  const row1 = [0, 1, 2, 3].map((i) => ({ ...placed(e1, { x: 100 + i * 50, y: 13, label: '' }), key: `a${i}` }));
  const row2 = [{ ...placed(e3, { x: 300, x0: 200, x1: 400, y: 39 }), key: 'w' }];
  const labelled = { ...placed(e1, { x: 500, y: 13, label: 'Verkiezingen', labelX: 510 }), key: 'l' };
  const index = buildHitIndex([...row1, ...row2, labelled], { rowHeight: 26, markerRadius: 6 });

  it('finds the mark under a point by its row and x', () => {
    expect(index.find(100, 13)?.key).toBe('a0');
    expect(index.find(154, 10)?.key).toBe('a1');
    expect(index.find(250, 20)?.key).toBe('a3');
    // between markers, or beside every mark
    expect(index.find(125, 13)).toBeUndefined();
    expect(index.find(100, 80)).toBeUndefined();
  });

  it('a window or bar is hit along its whole length, a label along its text', () => {
    expect(index.find(210, 39)?.key).toBe('w');
    expect(index.find(395, 45)?.key).toBe('w');
    expect(index.find(405, 39)).toBeUndefined();
    expect(index.find(540, 13)?.key).toBe('l');
  });

  it('of marks covering the same point, takes the one whose marker is nearest', () => {
    const wide = { ...placed(e3, { x: 150, x0: 0, x1: 600, y: 13 }), key: 'wide' };
    const both = buildHitIndex([wide, ...row1], { rowHeight: 26, markerRadius: 6 });
    expect(both.find(200, 13)?.key).toBe('a2');
    expect(both.find(175, 13)?.key).toBe('wide');
    expect(both.find(580, 13)?.key).toBe('wide');
  });
});
