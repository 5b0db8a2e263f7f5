// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './mount.js';
import { SEED } from './fixtures/events.js';
import { densityPath } from '../../../src/timeline/render/overview.js';
import { baseScale } from '../../../src/timeline/render/viewport.js';
import { prepareEvents } from '../../../src/timeline/layout/index.js';

let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.cleanup();
  current = null;
});

describe('overview strip', () => {
  it('shows the visible range with the brush, and nothing at full view', () => {
    const view = (current = mount(SEED, { width: 1000 }));
    const overview = view.root.querySelector('svg[data-part="overview"]')!;
    const selection = () => overview.querySelector('rect.selection')!;
    view.timeline.fit('all');
    expect(selection().getAttribute('display')).toBe('none');
    view.timeline.zoomTo('2020-08-01', '2020-08-31');
    const base = baseScale(prepareEvents(SEED).extent, 1000);
    const x0 = base(new Date(Date.UTC(2020, 7, 1)));
    const x1 = base(new Date(Date.UTC(2020, 8, 1)));
    expect(selection().getAttribute('display')).toBeNull();
    expect(Number(selection().getAttribute('x'))).toBeCloseTo(x0, 0);
    expect(Number(selection().getAttribute('width'))).toBeCloseTo(x1 - x0, 0);
    expect(overview.hasAttribute('style')).toBe(false);
    view.timeline.fit('all');
    expect(selection().getAttribute('display')).toBe('none');
  });

  it('sets the visible range from the reader\'s drags: a new range, the range moved, an edge moved', () => {
    const view = (current = mount(SEED, { width: 1000 }));
    const overview = view.root.querySelector('svg[data-part="overview"]')!;
    const brush = overview.querySelector('g.et-overview-brush')!;
    const part = (selector: string) => overview.querySelector(selector)!;
    const base = baseScale(prepareEvents(SEED).extent, 1000);
    let zoomed: { start: Date; end: Date } | null = null;
    view.timeline.on('zoom', ({ start, end }) => (zoomed = { start, end }));
    // jsdom has no layout: a pointer's x in the strip is its clientX.
    const pointer = (type: string, target: Element, clientX: number, pointerId = 1) =>
      target.dispatchEvent(new PointerEvent(type, { clientX, pointerId, button: 0, bubbles: true, cancelable: true }));
    const drag = (target: Element, from: number, to: number) => {
      pointer('pointerdown', target, from);
      pointer('pointermove', target, (from + to) / 2);
      pointer('pointermove', target, to);
      pointer('pointerup', target, to);
    };
    const shown = () => [+zoomed!.start, +zoomed!.end].map((t) => base(new Date(t)));
    view.timeline.fit('all');
    // right to left across the strip's background
    drag(part('rect.overlay'), 600, 200);
    expect(shown()[0]).toBeCloseTo(200, 0);
    expect(shown()[1]).toBeCloseTo(600, 0);
    expect(Number(part('rect.selection').getAttribute('x'))).toBeCloseTo(200, 0);
    // the range, 100 px to the right; then its east edge to 900
    drag(part('rect.selection'), 300, 400);
    expect(shown()[0]).toBeCloseTo(300, 0);
    expect(shown()[1]).toBeCloseTo(700, 0);
    drag(part('rect.handle--e'), 700, 900);
    expect(shown()[0]).toBeCloseTo(300, 0);
    expect(shown()[1]).toBeCloseTo(900, 0);
    // moved past the strip's end, the range stops there; a click without a drag changes nothing
    drag(part('rect.selection'), 500, 900);
    expect(shown()[1]).toBeCloseTo(1000, 0);
    const before = shown();
    drag(part('rect.overlay'), 50, 50);
    expect(shown()).toEqual(before);
    // a secondary button does not drag; the brush writes attributes, never an inline style
    part('rect.overlay').dispatchEvent(new PointerEvent('pointerdown', { clientX: 10, button: 2, bubbles: true }));
    pointer('pointermove', brush, 20);
    expect(shown()).toEqual(before);
    expect(overview.querySelector('[style]')).toBeNull();
  });

  it('draws the density of (filtered) events as one path, scaled to the strip', () => {
    const prepared = prepareEvents(SEED).events;
    const base = baseScale(prepareEvents(SEED).extent, 600);
    const all = densityPath(prepared, undefined, base, 600);
    expect(all.startsWith('M0,32')).toBe(true);
    expect(all.endsWith('L600,32Z')).toBe(true);
    // the highest bin reaches the top margin (4 px) and only the filtered events count
    expect(all).toMatch(/,4L/);
    const none = densityPath(prepared, () => false, base, 600);
    expect(none).not.toMatch(/,4L/);
    expect(densityPath([], undefined, base, 600)).toBe('');
  });
});
