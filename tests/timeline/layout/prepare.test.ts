import { describe, expect, it } from 'vitest';
import { prepareEvents, type TimelineIndex } from '../../../src/timeline/layout/prepare.js';
import { buildLaneIndex, flagsFor, orderTable } from '../../../src/timeline/layout/lane-index.js';
import { ALL_EVENTS_LANE, NO_VALUE_LANE } from '../../../src/timeline/layout/types.js';
import { nextInOrder, eventAt } from '../../../src/timeline/layout/navigate.js';
import { compareTextOrder, textRanks } from '../../../src/timeline/layout/text-order.js';
import { makeEvent, prng, randomEvents } from './fixtures.js';

const DAY = 86_400_000;
// 2020-08-09 is day 18483 after 1970-01-01 (2020-01-01 is day 18262; + 31+29+31+30+31+30+31 + 8 = 221).
const AUG_9 = 18483 * DAY;

describe('shapes and times from windows', () => {
  const prepared = prepareEvents([
    makeEvent('day', { earliest: '2020-08-09' }),
    makeEvent('minute', { earliest: '2020-08-10', granularity: 'minute' }),
    makeEvent('within', { earliest: '2020-08-02', latest: '2020-09-01', certainty: 'within' }),
    makeEvent('month', { earliest: '2020-08-01', latest: '2020-08-31', granularity: 'month' }),
    makeEvent('since', { earliest: '1994-01-01', latest: '2020-08-16', granularity: 'year', certainty: 'period', vagueEnd: true }),
  ]);
  const get = (id: string) => prepared.byId.get(id)!;

  it('an exact day (or finer) is a point, `within` an uncertain point, coarser or `period` a period', () => {
    expect(get('day').shape).toBe('point');
    expect(get('minute').shape).toBe('point');
    expect(get('within').shape).toBe('uncertain-point');
    expect(get('month').shape).toBe('period');
    expect(get('since').shape).toBe('period');
  });
  it('start is the earliest day at 00:00 UTC, end the day after the latest', () => {
    expect(get('day').start).toBe(AUG_9);
    expect(get('day').end).toBe(AUG_9 + DAY);
    expect(get('within').start).toBe(AUG_9 - 7 * DAY);
    expect(get('within').end).toBe(AUG_9 + 24 * DAY); // 2020-09-01 is Aug 9 + 23 days
    expect(get('since').start).toBe(8766 * DAY); // 1994-01-01: 24 years incl. 6 leap days (72..92) after 1970
  });
  it('a lone event sits in the middle of its window', () => {
    expect(get('day').anchor).toBe(AUG_9 + DAY / 2);
    expect(get('within').anchor).toBe(AUG_9 - 7 * DAY + 15.5 * DAY);
  });
  it('the extent covers all windows', () => {
    expect(prepared.extent).toEqual({ start: 8766 * DAY, end: AUG_9 + 24 * DAY });
    expect(prepareEvents([]).extent).toBeNull();
  });
});

describe('order the text gives is kept inside a shared window', () => {
  const window = { earliest: '2020-08-02', latest: '2020-09-01', certainty: 'within' as const };
  const start = AUG_9 - 7 * DAY;
  const length = 31 * DAY;

  it('"after" puts an event to the right of its target although it was told earlier', () => {
    // Told order: a, b, c. b happens after c ("...nadat c"): c and b are spread at 1/3 and 2/3 of the window;
    // a, which the text does not order against them, stays in the middle.
    const prepared = prepareEvents([
      makeEvent('b', window, { offset: 10, relations: [{ type: 'after', target: 'c' }] }),
      makeEvent('c', window, { offset: 20 }),
      makeEvent('a', window, { offset: 0 }),
    ]);
    const anchor = (id: string) => prepared.byId.get(id)!.anchor;
    expect(anchor('c')).toBe(start + length / 3);
    expect(anchor('a')).toBe(start + length / 2);
    expect(anchor('b')).toBe(start + (2 * length) / 3);
    expect(prepared.events.map((p) => p.event.id)).toEqual(['c', 'a', 'b']);
    expect(prepared.events.map((p) => p.order)).toEqual([0, 1, 2]);
  });
  it('"before" puts an event to the left of its target', () => {
    const prepared = prepareEvents([
      makeEvent('x', window, { offset: 0 }),
      makeEvent('y', window, { offset: 10, relations: [{ type: 'before', target: 'x' }] }),
    ]);
    expect(prepared.events.map((p) => p.event.id)).toEqual(['y', 'x']);
    expect(prepared.byId.get('y')!.anchor).toBe(start + length / 3);
  });
  it('without relations the text order holds; a cycle does not hang and falls back to text order', () => {
    const plain = prepareEvents([makeEvent('2', window, { offset: 5 }), makeEvent('1', window, { offset: 1 })]);
    expect(plain.events.map((p) => p.event.id)).toEqual(['1', '2']);
    const cyclic = prepareEvents([
      makeEvent('p', window, { offset: 0, relations: [{ type: 'after', target: 'q' }] }),
      makeEvent('q', window, { offset: 9, relations: [{ type: 'after', target: 'p' }] }),
    ]);
    expect(cyclic.events.map((p) => p.event.id)).toEqual(['p', 'q']);
  });
  it('unrelated events sharing a window all sit in its middle (no invented sequence), in text order', () => {
    const prepared = prepareEvents([
      makeEvent('late', { earliest: '2020-08-09' }, { offset: 30 }),
      makeEvent('early', { earliest: '2020-08-09' }, { offset: 3 }),
    ]);
    expect(prepared.byId.get('early')!.anchor).toBe(AUG_9 + DAY / 2);
    expect(prepared.byId.get('late')!.anchor).toBe(AUG_9 + DAY / 2);
    expect(prepared.events.map((p) => p.event.id)).toEqual(['early', 'late']);
  });
});

describe('order the text gives across overlapping windows', () => {
  const AUG_21 = AUG_9 + 12 * DAY;
  const lateAugust = { earliest: '2020-08-21', latest: '2020-08-31', granularity: 'day' as const, certainty: 'period' as const };
  const someDayInAugust = { earliest: '2020-08-02', latest: '2020-09-01', certainty: 'within' as const };

  it('"after" moves both markers into the overlap, one third and two thirds in', () => {
    // By window middles b (17 Aug 12:00) would sit before a (26 Aug 12:00); the text says b came after a.
    const prepared = prepareEvents([
      makeEvent('a', lateAugust, { offset: 0 }),
      makeEvent('b', someDayInAugust, { offset: 10, relations: [{ type: 'after', target: 'a' }] }),
    ]);
    // Overlap: 21 Aug 00:00 .. 1 Sep 00:00, 11 days.
    expect(prepared.byId.get('a')!.anchor).toBe(AUG_21 + (11 * DAY) / 3);
    expect(prepared.byId.get('b')!.anchor).toBe(AUG_21 + (22 * DAY) / 3);
    expect(prepared.events.map((p) => p.event.id)).toEqual(['a', 'b']);
  });
  it('moves only the related member of a shared window; the others stay in its middle', () => {
    // b, c and d share the month window; only c is ordered by the text: it happens after a, late in August.
    const prepared = prepareEvents([
      makeEvent('a', lateAugust, { offset: 0 }),
      makeEvent('b', someDayInAugust, { offset: 10 }),
      makeEvent('c', someDayInAugust, { offset: 20, relations: [{ type: 'after', target: 'a' }] }),
      makeEvent('d', someDayInAugust, { offset: 30 }),
    ]);
    const anchor = (id: string) => prepared.byId.get(id)!.anchor;
    // Overlap of a's and c's windows: 21 Aug 00:00 .. 1 Sep 00:00; a at one third, c at two thirds.
    expect(anchor('a')).toBe(AUG_21 + (11 * DAY) / 3);
    expect(anchor('c')).toBe(AUG_21 + (22 * DAY) / 3);
    // The month window 2 Aug 00:00 .. 2 Sep 00:00 has its middle at 17 Aug 12:00.
    expect(anchor('b')).toBe(AUG_9 - 7 * DAY + 15.5 * DAY);
    expect(anchor('d')).toBe(AUG_9 - 7 * DAY + 15.5 * DAY);
  });
  it('when the windows do not overlap, the dates win over the text', () => {
    const prepared = prepareEvents([
      makeEvent('july', { earliest: '2020-07-10' }, { offset: 10, relations: [{ type: 'after', target: 'aug' }] }),
      makeEvent('aug', { earliest: '2020-08-09' }, { offset: 0 }),
    ]);
    expect(prepared.events.map((p) => p.event.id)).toEqual(['july', 'aug']);
    expect(prepared.byId.get('aug')!.anchor).toBe(AUG_9 + DAY / 2);
  });
});

describe('lanes', () => {
  const events = [
    makeEvent('both', { earliest: '2020-08-09' }, { actors: ['Rutte', 'Biden'], kind: 'reported' }),
    makeEvent('rutte', { earliest: '2020-08-10' }, { actors: ['Rutte', 'Rutte'], kind: 'planned' }),
    makeEvent('nobody', { earliest: '2020-08-11' }, { actors: [], kind: 'occurred' }),
    makeEvent('blank', { earliest: '2020-08-12' }, { actors: ['  '], kind: 'negated', places: ['Beiroet'] }),
  ];
  it('an event with two actors is in both actor lanes; one without any in the no-value lane, stacked last', () => {
    const prepared = prepareEvents(events, { lanes: 'actor' });
    expect(prepared.byId.get('both')!.lanes).toEqual(['Rutte', 'Biden']);
    expect(prepared.byId.get('rutte')!.lanes).toEqual(['Rutte']);
    expect(prepared.byId.get('nobody')!.lanes).toEqual([NO_VALUE_LANE]);
    expect(prepared.byId.get('blank')!.lanes).toEqual([NO_VALUE_LANE]);
    // Busiest first: Rutte (2), Biden (1), then none.
    expect(prepared.laneKeys).toEqual(['Rutte', 'Biden', NO_VALUE_LANE]);
  });
  it('kind lanes follow the kind list; none gives one lane; custom functions may return several keys', () => {
    expect(prepareEvents(events, { lanes: 'kind' }).laneKeys).toEqual(['occurred', 'reported', 'planned', 'negated']);
    expect(prepareEvents(events).laneKeys).toEqual([ALL_EVENTS_LANE]);
    expect(prepareEvents(events, { lanes: 'place' }).laneKeys).toEqual(['Beiroet', NO_VALUE_LANE]);
    const custom = prepareEvents(events, { lanes: (e) => (e.id === 'both' ? ['x', 'y'] : null) });
    expect(custom.byId.get('both')!.lanes).toEqual(['x', 'y']);
    expect(custom.laneKeys).toEqual(['x', 'y', NO_VALUE_LANE]);
  });
  it('lane keys are the distinct non-blank values, first occurrence first, for few and for many values', () => {
    const few = ['b', ' ', 'a', 'b', '', 'a'];
    const many = [...few, 'c', ' d', 'c', 'e', 'b'];
    const keys = (values: string[]) => prepareEvents([events[0]], { lanes: () => values }).events[0].lanes;
    expect(keys(few)).toEqual(['b', 'a']);
    expect(keys(many)).toEqual(['b', 'a', 'c', ' d', 'e']);
    expect(keys([' ', ''])).toEqual([NO_VALUE_LANE]);
  });
  it('article lanes follow their first event in time', () => {
    const prepared = prepareEvents(
      [makeEvent('1', { earliest: '2021-01-01' }, { article: 'aaa' }), makeEvent('2', { earliest: '2020-01-01' }, { article: 'zzz' })],
      { lanes: 'article' },
    );
    expect(prepared.laneKeys).toEqual(['zzz', 'aaa']);
  });
});

describe('text order', () => {
  it('ranks agree with the record comparator (article, paragraph, offsets, id)', () => {
    const events = randomEvents(500, 4).map((e, i) => ({ ...e, source: { ...e.source, paragraph: i % 7, sentenceStart: (i * 37) % 11 } }));
    const ranks = textRanks(events);
    const expected = [...events].sort(compareTextOrder).map((e) => e.id);
    const actual = [...events].sort((a, b) => ranks[events.indexOf(a)] - ranks[events.indexOf(b)]).map((e) => e.id);
    expect(actual).toEqual(expected);
  });
  it('agree with the comparator on large, fractional and negative offsets, and keep equal ids in input order', () => {
    const random = prng(9);
    const events = randomEvents(2000, 5).map((e, i) => ({
      ...e,
      id: i % 50 === 0 ? 'same' : e.id,
      source: {
        ...e.source,
        article: `a${Math.floor(random() * 4)}`,
        paragraph: Math.floor(random() * 3) - (i % 5 === 0 ? 1.5 : 0),
        sentenceStart: Math.floor(random() * 3) * 2 ** 40,
        ...(random() < 0.5 ? { timexStart: Math.floor(random() * 2) * 1e6 } : {}),
      },
    }));
    const ranks = textRanks(events);
    const expected = events.map((_, i) => i).sort((a, b) => compareTextOrder(events[a], events[b]));
    const actual = events.map((_, i) => i).sort((a, b) => ranks[a] - ranks[b]);
    expect(actual).toEqual(expected);
  });
});

describe('time order', () => {
  it('is by anchor, events of one anchor in text order, also where relations order shared windows', () => {
    const random = prng(31);
    // Few days and few places, so many events share a day, a window and a place (ties down to the id).
    const events = randomEvents(3000, 6, 2020, 2021).map((e, i) => ({
      ...e,
      id: i % 40 === 0 ? 'same' : `id${Math.floor(random() * 5000)}`,
      source: { ...e.source, article: `a${Math.floor(random() * 3)}`, paragraph: Math.floor(random() * 2), sentenceStart: Math.floor(random() * 2) * 10 },
    }));
    // "after" and "before" relations inside shared windows and across them
    for (let i = 1; i < events.length; i += 3) {
      const j = Math.floor(random() * events.length);
      events[i] = { ...events[i], relations: [{ type: random() < 0.5 ? 'after' : 'before', target: events[j].id }] } as (typeof events)[number];
    }
    const prepared = prepareEvents(events);
    const at = new Map(events.map((e, i) => [e, i]));
    const expected = [...prepared.events].sort((a, b) => a.anchor - b.anchor || compareTextOrder(a.event, b.event) || at.get(a.event)! - at.get(b.event)!);
    expect(prepared.events.map((p) => at.get(p.event))).toEqual(expected.map((p) => at.get(p.event)));
    expect(prepared.events.every((p, i) => p.order === i && p.anchor >= p.start && p.anchor < p.end)).toBe(true);
  });
});

describe('lane indexes', () => {
  it("list each member's numbers, flags and title by order, as the prepared events say", () => {
    const random = prng(12);
    const events = randomEvents(600, 8).map((e, i) => ({
      ...e,
      title: `T${i % 17}`,
      date: { ...e.date, vagueStart: random() < 0.3, vagueEnd: random() < 0.3 },
    }));
    const prepared = prepareEvents(events, { lanes: 'actor' });
    const table = orderTable(prepared.events);
    let members = 0;
    for (const lane of (prepared.index as TimelineIndex).lanes.values()) {
      expect(lane.titles).toEqual(prepared.events.map((p) => p.event.title));
      const orders = lane.classes.flatMap((c) => Array.from(c.orders)).sort((a, b) => a - b);
      expect(orders).toEqual(prepared.events.filter((p) => p.lanes.includes(lane.key)).map((p) => p.order));
      expect(lane).toEqual(buildLaneIndex(lane.key, orders, table));
      for (const cls of lane.classes) {
        cls.orders.forEach((order, i) => {
          const p = prepared.events[order];
          expect([cls.anchors[i], cls.starts[i], cls.ends[i], cls.titleIds[i]]).toEqual([p.anchor, p.start, p.end, order]);
          expect(cls.flags[i]).toBe(flagsFor(p.shape, p.event.date, p.event.kind));
          expect(p.end - p.start).toBeLessThan(cls.maxDuration);
        });
        members += cls.orders.length;
      }
    }
    expect(members).toBe(prepared.events.reduce((sum, p) => sum + p.lanes.length, 0));
  });
});

describe('malformed records', () => {
  it('are set aside with a reason instead of failing the whole timeline', () => {
    const prepared = prepareEvents([
      makeEvent('good', { earliest: '2020-08-09' }),
      makeEvent('no-such-day', { earliest: '2021-02-29' }),
      makeEvent('backwards', { earliest: '2020-08-09', latest: '2020-08-01' }),
    ]);
    expect(prepared.events.map((p) => p.event.id)).toEqual(['good']);
    expect(prepared.invalid!.map((x) => x.event.id)).toEqual(['no-such-day', 'backwards']);
    expect(prepared.invalid![0].reason).toMatch(/No such day: 2021-02-29/);
    expect(prepared.invalid![1].reason).toMatch(/before/);
  });
});

describe('navigation over the time order', () => {
  const prepared = prepareEvents([
    makeEvent('a', { earliest: '2020-08-09' }),
    makeEvent('b', { earliest: '2020-08-11' }),
    makeEvent('c', { earliest: '2020-08-20' }),
  ]);
  it('steps and clamps', () => {
    expect(nextInOrder(prepared, 'a', 1)!.event.id).toBe('b');
    expect(nextInOrder(prepared, 'a', -1)!.event.id).toBe('a');
    expect(nextInOrder(prepared, 'b', 5)!.event.id).toBe('c');
    expect(nextInOrder(prepared, 'nope', 1)).toBeUndefined();
  });
  it('steps over events the filter hides', () => {
    const notB = (e: { id: string }) => e.id !== 'b';
    expect(nextInOrder(prepared, 'a', 1, notB)!.event.id).toBe('c');
    expect(nextInOrder(prepared, 'c', -1, notB)!.event.id).toBe('a');
    expect(nextInOrder(prepared, 'c', 1, notB)!.event.id).toBe('c');
  });
  it('finds the nearest event to a time', () => {
    expect(eventAt(prepared, AUG_9 + 1.4 * DAY)!.event.id).toBe('a'); // a at 9.5, b at 11.5: 1.4 is nearer a (0.9 vs 1.1)
    expect(eventAt(prepared, AUG_9 + 20 * DAY)!.event.id).toBe('c');
    expect(eventAt(prepareEvents([]), 0)).toBeUndefined();
  });
});

describe('scale', () => {
  it('prepares 100,000 events quickly, in time order', () => {
    const events = randomEvents(100_000, 7);
    let best = Infinity;
    let prepared = prepareEvents([]);
    // CPU time of this process, not wall time: other processes on a busy machine do not count against us.
    for (let run = 0; run < 2; run++) {
      const before = process.cpuUsage();
      prepared = prepareEvents(events, { lanes: 'actor' });
      const used = process.cpuUsage(before);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    expect(prepared.events).toHaveLength(100_000);
    const sorted = prepared.events.every((p, i) => i === 0 || p.anchor >= prepared.events[i - 1].anchor);
    expect(sorted).toBe(true);
    // About 0.4 s of CPU here; the bound leaves room for slower machines (GC threads count too).
    console.log(`prepareEvents(100,000): ${best.toFixed(0)} ms CPU`);
    expect(best).toBeLessThan(1500);
  }, 60_000); // wall time may be long on a busy machine; the CPU bound above is the real check
});
