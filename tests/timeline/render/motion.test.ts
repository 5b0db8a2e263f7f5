// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount.js';
import { SEED } from './fixtures/events.js';

afterEach(() => vi.unstubAllGlobals());

// A MediaQueryList is live, as a browser's is: one the timeline keeps sees the reader change the preference.
let reduce = false;
function preferReducedMotion(value: boolean) {
  reduce = value;
  vi.stubGlobal('matchMedia', (query: string) => ({ get matches() { return reduce && query.includes('reduce'); }, media: query, addEventListener() {}, removeEventListener() {} }));
}

describe('prefers-reduced-motion', () => {
  it('jumps straight to the new range when the reader asks for less motion', () => {
    preferReducedMotion(true);
    const view = mount(SEED);
    const zooms: number[] = [];
    view.timeline.on('zoom', ({ start }) => zooms.push(+start));
    view.timeline.zoomTo('2020-08-01', '2020-08-31');
    expect(zooms).toEqual([Date.UTC(2020, 7, 1)]);
    view.cleanup();
  });

  it('animates zoomTo otherwise, ending on the same range', async () => {
    preferReducedMotion(false);
    const view = mount(SEED);
    const zooms: number[] = [];
    view.timeline.on('zoom', ({ start }) => zooms.push(+start));
    view.timeline.zoomTo('2020-08-01', '2020-08-31');
    expect(zooms.length).toBe(0);
    await vi.waitFor(() => expect(zooms.at(-1)).toBe(Date.UTC(2020, 7, 1)), { timeout: 3000 });
    expect(zooms.length).toBeGreaterThan(1);
    view.cleanup();
  });

  it('zooming out keeps what was shown in view on every animation frame', async () => {
    preferReducedMotion(true);
    const view = mount(SEED);
    view.timeline.zoomTo('2020-08-01', '2020-08-31');
    preferReducedMotion(false);
    const frames: [number, number][] = [];
    view.timeline.on('zoom', ({ start, end }) => frames.push([+start, +end]));
    view.timeline.fit('all');
    await vi.waitFor(() => expect(frames.length).toBeGreaterThan(5), { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const [start, end] of frames) {
      expect(start).toBeLessThanOrEqual(Date.UTC(2020, 7, 1) + 1);
      expect(end).toBeGreaterThanOrEqual(Date.UTC(2020, 8, 1) - 1);
    }
    // Each frame shows at least as much as the one before.
    for (let i = 1; i < frames.length; i++) expect(frames[i][1] - frames[i][0]).toBeGreaterThanOrEqual(frames[i - 1][1] - frames[i - 1][0] - 1);
    view.cleanup();
  });
});
