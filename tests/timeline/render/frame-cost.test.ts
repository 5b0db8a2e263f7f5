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

  it('keeps the axis ticks that stay in view when panning: same elements, no text rewritten', () => {
    const view = mount(SEED, { lanes: 'actor', width: 900 });
    view.timeline.zoomTo('2020-08-01', '2020-08-21');
    const ticks = () => new Map([...view.root.querySelectorAll('g.et-axis-minor g.tick')].map((g) => [g.textContent, g]));
    const before = ticks();
    const texts = new Map([...before].map(([label, g]) => [label, g.lastElementChild!.firstChild]));
    const places = new Map([...before].map(([label, g]) => [label, g.getAttribute('transform')]));
    view.timeline.zoomTo('2020-08-02', '2020-08-22');
    const after = ticks();
    const kept = [...before.keys()].filter((label) => label && after.get(label) === before.get(label));
    expect(kept.length).toBeGreaterThanOrEqual(2);
    for (const label of kept) expect(after.get(label)!.lastElementChild!.firstChild, label).toBe(texts.get(label));
    // ... and they moved to their new places.
    for (const label of kept) expect(after.get(label)!.getAttribute('transform'), label).not.toBe(places.get(label));
    view.cleanup();
  });
});
