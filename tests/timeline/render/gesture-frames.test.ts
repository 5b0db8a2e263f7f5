// @vitest-environment jsdom
/**
 * Frames of a reader's gesture move the marks of the layout the gesture began with; the gesture's end lays out
 * again, and that frame is the one a fresh timeline draws for the same range.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawnClusters, drawnMarks, mount } from './mount.js';
import type { PlacedEvent } from '../../../src/timeline/layout/types.js';
import { SEED, SHAPES } from './fixtures/events.js';

const EVENTS = [...SEED, ...SHAPES];
const win = document.defaultView!;
/** A mouse event as a browser sends it; d3-zoom follows a drag on the event's view (set after construction: jsdom's constructor rejects the test realm's window). */
function mouseEvent(type: string, x: number): MouseEvent {
  const event = new MouseEvent(type, { clientX: x, clientY: 60, button: 0, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'view', { value: win });
  return event;
}
let views: ReturnType<typeof mount>[] = [];
afterEach(() => {
  for (const v of views) v.cleanup();
  views = [];
});
const open = (...args: Parameters<typeof mount>) => {
  const v = mount(...args);
  views.push(v);
  return v;
};

function dragBy(view: ReturnType<typeof mount>, dxs: number[]): void {
  const mouse = mouseEvent;
  let x = 400;
  view.svg.dispatchEvent(mouse('mousedown', x));
  for (const dx of dxs) {
    x += dx;
    win.dispatchEvent(mouse('mousemove', x));
  }
}
const release = (x = 0) => win.dispatchEvent(mouseEvent('mouseup', x));

/** Where each drawn mark is (its start: a point's marker, a bar's start), as the translate a mark element would get. */
const originOf = (d: PlacedEvent) => (d.prepared.shape === 'period' ? d.x0 : d.x);
const round = (v: number) => Math.round(v * 10) / 10;
const transforms = (view: ReturnType<typeof mount>) => new Map(drawnMarks(view.root).map((d) => [d.key, `translate(${round(originOf(d))},${round(d.y)})`]));
const layerShift = (view: ReturnType<typeof mount>) => view.root.querySelector('g.et-events')!.getAttribute('transform');
const xOf = (transform: string | null) => Number(/translate\(([-\d.]+)/.exec(transform ?? '')?.[1]);

describe('gesture frames', () => {
  it('a drag moves the mark layers, not every mark, and the axis follows', () => {
    const view = open(EVENTS, { lanes: 'actor', width: 900 });
    view.timeline.zoomTo('2020-08-05', '2020-08-25');
    const domains: number[] = [];
    view.timeline.on('zoom', ({ start }) => domains.push(+start));
    dragBy(view, [-5, -5]);
    const before = transforms(view);
    const shiftBefore = xOf(layerShift(view));
    dragBy(view, [-20, -20, -20]);
    const after = transforms(view);
    // every mark on screen in both frames kept its own transform; the layer moved by the drag (far-off bar ends
    // are clamped to the view, as in any frame)
    const shiftAfter = xOf(layerShift(view));
    const onScreen = (x: number) => x >= 0 && x <= 900;
    const common = [...before.keys()].filter(
      (k) => after.has(k) && onScreen(xOf(before.get(k)!) + shiftBefore) && onScreen(xOf(after.get(k)!) + shiftAfter),
    );
    expect(common.length).toBeGreaterThan(3);
    for (const key of common) expect(after.get(key)).toBe(before.get(key));
    expect(shiftAfter - shiftBefore).toBeCloseTo(-60, 1);
    // the visible range moved later in time with every move
    expect(domains.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < domains.length; i++) expect(domains[i]).toBeGreaterThan(domains[i - 1]);
    release();
    expect(layerShift(view)).toBeNull();
  });

  it('when the gesture ends, the plot is the one a fresh timeline draws for the same range', () => {
    const view = open(EVENTS, { lanes: 'actor', width: 900 });
    view.timeline.zoomTo('2020-08-05', '2020-08-25');
    let range: [Date, Date] | null = null;
    view.timeline.on('zoom', ({ start, end }) => (range = [start, end]));
    dragBy(view, [-40, -40, -40, -40]);
    release();
    expect(range).not.toBeNull();
    const fresh = open(EVENTS, { lanes: 'actor', width: 900 });
    fresh.timeline.zoomTo(range![0], range![1]);
    const xs = (v: ReturnType<typeof mount>) => drawnMarks(v.root).map((d) => `${d.prepared.event.id} ${round(originOf(d))}`).sort();
    expect(xs(view)).toEqual(xs(fresh));
    expect(drawnClusters(view.root).length).toBe(drawnClusters(fresh.root).length);
  });

  it('marks stay at their own dates while a drag moves them', () => {
    const view = open(EVENTS, { lanes: 'actor', width: 900 });
    view.timeline.zoomTo('2020-08-05', '2020-08-25');
    let range: [number, number] = [0, 0];
    view.timeline.on('zoom', ({ start, end }) => (range = [+start, +end]));
    dragBy(view, [-30, -30, -30]);
    const shift = xOf(layerShift(view));
    const k = 900 / (range[1] - range[0]);
    const known = EVENTS.filter((e) => e.date.certainty === 'exact' && e.date.granularity === 'day');
    let checked = 0;
    for (const d of drawnMarks(view.root).filter((m) => m.prepared.shape === 'point')) {
      const event = known.find((e) => e.id === d.prepared.event.id);
      if (!event) continue;
      const dayMiddle = Date.parse(`${event.date.earliest}T12:00:00Z`);
      // a known day's marker sits inside that day on screen
      const screenX = d.x + shift;
      expect(Math.abs(screenX - (dayMiddle - range[0]) * k)).toBeLessThanOrEqual(k * 43_200_000 + 0.02);
      checked++;
    }
    expect(checked).toBeGreaterThan(2);
    release();
  });

  it('zoomTo steps marked transient move marks like a drag, and the timeline lays out once they stop', async () => {
    const view = open(EVENTS, { lanes: 'actor', width: 900 });
    view.timeline.zoomTo('2020-08-05', '2020-08-25');
    const day = (d: number) => new Date(Date.UTC(2020, 7, d));
    const before = transforms(view);
    const domains: number[] = [];
    view.timeline.on('zoom', ({ start }) => domains.push(+start));
    // a scroll-linked story pans one day a step
    for (let d = 6; d <= 9; d++) view.timeline.zoomTo(day(d), day(d + 21), { transient: true });
    expect(domains).toEqual([6, 7, 8, 9].map((d) => +day(d)));
    expect(layerShift(view)).not.toBeNull();
    const shifted = transforms(view);
    const onScreen = [...before.keys()].filter((k) => shifted.has(k) && xOf(before.get(k)!) > 100 && xOf(before.get(k)!) < 800);
    expect(onScreen.length).toBeGreaterThan(2);
    for (const key of onScreen) expect(shifted.get(key)).toBe(before.get(key));
    // 150 ms after the last step: a full layout, the same as a fresh timeline's for that range
    await vi.waitFor(() => expect(layerShift(view)).toBeNull(), { timeout: 2000, interval: 20 });
    const fresh = open(EVENTS, { lanes: 'actor', width: 900 });
    fresh.timeline.zoomTo(day(9), day(30));
    const xs = (v: ReturnType<typeof mount>) => drawnMarks(v.root).map((d) => `${d.prepared.event.id} ${round(originOf(d))}`).sort();
    expect(xs(view)).toEqual(xs(fresh));
  });
});
