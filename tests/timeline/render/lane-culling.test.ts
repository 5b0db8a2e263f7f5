import { describe, expect, it } from 'vitest';
import { prepareEvents, layoutViewport } from '../../../src/timeline/layout/index.js';
import { cullHiddenLanes, CULL_FROM_ITEMS, lanesOutside } from '../../../src/timeline/render/lane-culling.js';
import type { EventRecord } from '../../../src/types.js';
import { makeEvent } from './fixtures/events.js';

/** `perLane` events a day apart in each of `lanes` actor lanes, laid out over their whole span. */
function layoutOf(lanes: number, perLane: number) {
  const events: EventRecord[] = [];
  for (let l = 0; l < lanes; l++) {
    for (let i = 0; i < perLane; i++) {
      const day = new Date(Date.UTC(2020, 0, 1 + i * 3)).toISOString().slice(0, 10);
      events.push(makeEvent({ id: `l${l}-${i}`, title: `Event ${i}`, date: { earliest: day, latest: day }, actors: [`Actor ${l}`], sentence: `Event ${i} happened.` }));
    }
  }
  const prepared = prepareEvents(events, { lanes: 'actor' });
  const start = Date.UTC(2019, 11, 25);
  const end = Date.UTC(2020, 0, 1 + perLane * 3 + 7);
  const k = 4000 / (end - start);
  return layoutViewport(prepared, { x: (t) => (t - start) * k, width: 4000, measureText: (s) => s.length * 6 });
}

const none = () => false;
const accounted = (c: ReturnType<typeof cullHiddenLanes>) =>
  c.layout.events.length + c.layout.clusters.reduce((n, cl) => n + cl.count, 0) + [...c.culled.values()].reduce((a, b) => a + b, 0);

describe('cullHiddenLanes', () => {
  const big = layoutOf(6, 40);

  it('leaves out the marks and clusters of hidden lanes and counts them, keeping every lane band', () => {
    expect(big.events.length + big.clusters.length).toBeGreaterThanOrEqual(CULL_FROM_ITEMS);
    const hidden = new Set(['Actor 0', 'Actor 5']);
    const { layout, culled } = cullHiddenLanes(big, hidden, none);
    expect(layout.lanes).toBe(big.lanes);
    expect(layout.height).toBe(big.height);
    expect(layout.events.some((e) => hidden.has(e.lane))).toBe(false);
    expect(layout.clusters.some((c) => hidden.has(c.lane))).toBe(false);
    expect([...culled.keys()].sort()).toEqual(['Actor 0', 'Actor 5']);
    expect(culled.get('Actor 0')).toBe(40);
    // nothing is lost: drawn + clustered + counted on hidden lanes = every placed event
    expect(accounted({ layout, culled })).toBe(accounted({ layout: big, culled: new Map() }));
    // visible lanes are untouched
    expect(layout.events.filter((e) => e.lane === 'Actor 2')).toEqual(big.events.filter((e) => e.lane === 'Actor 2'));
  });

  it('keeps the items it is told to keep (active, selected, hovered) even in a hidden lane', () => {
    const { layout, culled } = cullHiddenLanes(big, new Set(['Actor 0']), (id) => id === 'l0-7');
    expect(layout.events.filter((e) => e.lane === 'Actor 0').map((e) => e.prepared.event.id)).toEqual(['l0-7']);
    expect(culled.get('Actor 0')).toBe(39);
  });

  it('draws everything when no lane is hidden or the frame is small', () => {
    expect(cullHiddenLanes(big, new Set(), none).layout).toBe(big);
    const small = layoutOf(3, 10);
    expect(small.events.length + small.clusters.length).toBeLessThan(CULL_FROM_ITEMS);
    const result = cullHiddenLanes(small, new Set(['Actor 0']), none);
    expect(result.layout).toBe(small);
    expect(result.culled.size).toBe(0);
  });
});

describe('lanesOutside', () => {
  const big = layoutOf(6, 40);
  const plotTop = 50;

  it('names the lanes wholly above or below the band, in SVG px (the plot starts plotTop below the top)', () => {
    const [l0, l1, l2, , , l5] = big.lanes;
    // From inside lane 1 to inside lane 2: lanes 0 and 3 to 5 are out.
    const band = [plotTop + l1.y + 1, plotTop + l2.y + 1] as const;
    expect([...lanesOutside(big, band, plotTop, new Set())].sort()).toEqual(big.lanes.filter((l) => l !== l1 && l !== l2).map((l) => l.key).sort());
    // A lane touching the band's edge is in.
    expect(lanesOutside(big, [plotTop + l0.y + l0.height, plotTop + l5.y], plotTop, new Set()).size).toBe(0);
  });

  it('adds the lanes an observer reported hidden, and leaves them alone without a band', () => {
    const reported = new Set(['Actor 2']);
    const band = [0, plotTop + big.lanes[0].y + 1] as const;
    const out = lanesOutside(big, band, plotTop, reported);
    expect(out.has('Actor 2')).toBe(true);
    expect(out.has(big.lanes[0].key)).toBe(false);
    expect(out.size).toBe(big.lanes.length - 1);
    expect(lanesOutside(big, null, plotTop, reported)).toBe(reported);
    expect(reported.size).toBe(1);
  });
});
