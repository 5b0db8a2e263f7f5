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
