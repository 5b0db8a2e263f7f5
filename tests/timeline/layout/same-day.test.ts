import { describe, expect, it } from 'vitest';
import { prepareEvents } from '../../../src/timeline/layout/prepare.js';
import { layoutViewport } from '../../../src/timeline/layout/viewport.js';
import { makeEvent } from './fixtures.js';

describe('130,000 events on one day in one lane', () => {
  it('are laid out, the ones that do not fit folded into clusters (no stack overflow past 125,000 items)', () => {
    const events = Array.from({ length: 130_000 }, (_, i) => makeEvent(`e${i}`, { earliest: '2020-08-16' }, { offset: i }));
    const prepared = prepareEvents(events, { lanes: 'none' });
    const { start, end } = prepared.extent!;
    const [a, b] = [start - 86_400_000, end + 86_400_000];
    const k = 1200 / (b - a);
    const layout = layoutViewport(prepared, { x: (t) => (t - a) * k, invert: (px) => a + px / k, width: 1200, measureText: (t) => t.length * 7 });
    expect(layout.lanes).toHaveLength(1);
    const clustered = layout.clusters.reduce((sum, c) => sum + c.count, 0);
    expect(layout.events.length + clustered).toBe(130_000);
  });
});
