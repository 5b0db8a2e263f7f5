import { describe, expect, it } from 'vitest';
import { prepareEvents } from '../../../src/timeline/layout/prepare.js';
import { layoutViewport } from '../../../src/timeline/layout/viewport.js';
import { makeEvent } from './fixtures.js';
import { SEED_EVENTS } from './seed-fixture.js';

const measureText = (text: string) => text.length * 6.5;

/** The seed example's opening view: 20 July to 10 September 2020 over 1200 px. */
const FROM = Date.UTC(2020, 6, 20);
const TO = Date.UTC(2020, 8, 11);
const WIDTH = 1200;
const x = (t: number) => ((t - FROM) / (TO - FROM)) * WIDTH;
const invert = (px: number) => FROM + (px / WIDTH) * (TO - FROM);

describe('a cluster never holds a single event', () => {
  const prepared = prepareEvents(SEED_EVENTS, { lanes: 'actor' });
  const result = layoutViewport(prepared, { x, invert, width: WIDTH, measureText });
  const laneCount = (lane: string) => SEED_EVENTS.filter((e) => e.actors.includes(lane)).length;

  it('the seed lanes (8 Loekasjenko events, 7 of them over the same August window) draw every event as itself', () => {
    expect(result.clusters.filter((c) => c.count < 2)).toEqual([]);
    for (const lane of ['Loekasjenko', 'Poetin']) {
      expect(result.events.filter((e) => e.lane === lane)).toHaveLength(laneCount(lane));
    }
    // No cluster row is reserved when the lane has no cluster: its events start on row 0.
    const rows = result.events.filter((e) => e.lane === 'Loekasjenko').map((e) => e.row).sort((a, b) => a - b);
    expect(rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const lane = result.lanes.find((l) => l.key === 'Loekasjenko')!;
    expect(lane.rows).toBe(8);
    // Marks in one row never overlap (each window has a row of its own here).
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('with maxRowsPerLane 2, overflowing windows that share no bucket still never form clusters of one', () => {
    const tight = layoutViewport(prepared, { x, invert, width: WIDTH, measureText, maxRowsPerLane: 2 });
    expect(tight.clusters.filter((c) => c.count < 2)).toEqual([]);
    for (const lane of ['Loekasjenko', 'Poetin']) {
      const drawn = tight.events.filter((e) => e.lane === lane).length;
      const counted = tight.clusters.filter((c) => c.lane === lane).reduce((s, c) => s + c.count, 0);
      expect(drawn + counted).toBe(laneCount(lane));
    }
  });

  it('a dense bucket plus one overflowing window: the cluster keeps its count, the window gets a row', () => {
    // Six days within an hour on 10 August cluster; three month-long windows need three rows; with two rows the
    // third overflows into a bucket of its own. It must be drawn, not shown as "1".
    const events = [
      ...Array.from({ length: 6 }, (_, i) => makeEvent(`d${i}`, { earliest: '2020-08-10' }, { offset: i })),
      ...['w1', 'w2', 'w3'].map((id, i) =>
        makeEvent(id, { earliest: '2020-08-01', latest: '2020-08-31', certainty: 'within' }, { offset: 100 + i }),
      ),
    ];
    const p = prepareEvents(events);
    const out = layoutViewport(p, { x, invert, width: WIDTH, measureText, maxRowsPerLane: 3 });
    expect(out.clusters.every((c) => c.count >= 2)).toBe(true);
    const drawn = out.events.length;
    const counted = out.clusters.reduce((s, c) => s + c.count, 0);
    expect(drawn + counted).toBe(9);
    for (const id of ['w1', 'w2', 'w3']) expect(out.events.some((e) => e.prepared.event.id === id)).toBe(true);
  });
});
