// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount.js';
import { SEED } from './fixtures/events.js';

afterEach(() => vi.restoreAllMocks());

describe('a zoom frame does no work that belongs to an update', () => {
  it('builds no Intl formatter and canonicalises no locale while zooming and panning', () => {
    const view = mount(SEED, { lanes: 'actor' });
    // First visit of each zoom level may format new cluster spans; warm those up, then replay the same frames.
    const spans: [string, string][] = [
      ['2020-07-20', '2020-09-10'],
      ['2020-08-01', '2020-08-31'],
      ['2020-08-03', '2020-08-09'],
      ['2020-08-10', '2020-08-16'],
      ['2015-01-01', '2020-12-31'],
    ];
    for (const [a, b] of spans) view.timeline.zoomTo(a, b);
    const formatters = vi.spyOn(Intl, 'DateTimeFormat');
    const canonical = vi.spyOn(Intl, 'getCanonicalLocales');
    const frames: number[] = [];
    view.timeline.on('zoom', ({ start }) => frames.push(+start));
    for (const [a, b] of spans) view.timeline.zoomTo(a, b);
    expect(frames).toHaveLength(spans.length);
    expect(formatters).not.toHaveBeenCalled();
    expect(canonical).not.toHaveBeenCalled();
    view.cleanup();
  });

});
