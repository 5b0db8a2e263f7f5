// @vitest-environment jsdom
/**
 * Malformed event records at every entry of the component (createTimeline, update, the element's events and src):
 * the valid ones are drawn, each invalid one is reported with its index and reason, nothing throws for all.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTimeline } from '../../../src/timeline/render/create-timeline.js';
import { defineTimelineElement, type EventTimelineElement } from '../../../src/timeline/element.js';
import type { EventRecord } from '../../../src/types.js';
import { SEED } from './fixtures/events.js';
import { drawnClusters, drawnMarks } from './mount.js';

defineTimelineElement(window);
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** Marks and clusters drawn (both in batches, see mount.ts). */
const marks = (root: ShadowRoot) => drawnMarks(root).length + drawnClusters(root).length;

/** SEED with hostile variants: no actors, a day that does not exist, the last day JavaScript dates reach, not an object. */
function mixed(): unknown[] {
  const [a, b, c, ...rest] = structuredClone(SEED) as EventRecord[];
  const { actors: _gone, ...noActors } = a;
  const badDay = { ...b, date: { ...b.date, earliest: '2021-02-31', latest: '2021-02-31' } };
  const farFuture = { ...c, date: { ...c.date, earliest: '+275760-09-13', latest: '+275760-09-13' } };
  return [noActors, badDay, farFuture, null, ...rest];
}

describe('invalid event records', () => {
  it('createTimeline draws the valid records and reports each invalid one as timeline-invalid', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const heard = vi.fn();
    host.addEventListener('timeline-invalid', (e) => heard((e as CustomEvent).detail));
    const records = mixed();
    const timeline = createTimeline(host, records as EventRecord[], { lang: 'en' });
    expect(heard).toHaveBeenCalledTimes(1);
    const { invalid, shown } = heard.mock.calls[0][0];
    expect(shown).toBe(records.length - 4);
    expect(invalid.map((i: { index: number }) => i.index)).toEqual([0, 1, 2, 3]);
    expect(invalid[0]).toMatchObject({ id: SEED[0].id, reason: 'actors is missing' });
    expect(invalid[1].reason).toBe('date.earliest "2021-02-31" is not a day of the calendar');
    expect(invalid[2].reason).toMatch(/^date\.earliest "\+275760-09-13" is not of the form/);
    expect(invalid[3].reason).toBe('the record must be an object, got null');
    expect(marks(timeline.root)).toBeGreaterThan(0);
    timeline.destroy();
  });
  it('update reports through on("invalid") and the DOM event, and keeps drawing', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const timeline = createTimeline(host, SEED, { lang: 'en' });
    const heard = vi.fn();
    timeline.on('invalid', heard);
    timeline.update(mixed() as EventRecord[]);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.calls[0][0].invalid).toHaveLength(4);
    expect(marks(timeline.root)).toBeGreaterThan(0);
    // nothing but garbage: an empty timeline, no exception
    expect(() => timeline.update([1, 'x', {}] as unknown as EventRecord[])).not.toThrow();
    expect(heard.mock.calls[1][0]).toMatchObject({ shown: 0 });
    timeline.destroy();
  });
  it('the element reports records from src and from its events property', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ({ ok: true, status: 200, json: async () => ({ events: mixed() }) })));
    const el = document.createElement('event-timeline') as EventTimelineElement;
    el.setAttribute('src', 'events.json');
    const invalid = new Promise<CustomEvent>((resolve) => el.addEventListener('timeline-invalid', (e) => resolve(e as CustomEvent), { once: true }));
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('timeline-load', (e) => resolve(e as CustomEvent), { once: true }));
    document.body.append(el);
    expect((await invalid).detail.invalid).toHaveLength(4);
    await loaded;
    expect(marks(el.shadowRoot!)).toBeGreaterThan(0);
    const again = vi.fn();
    el.addEventListener('timeline-invalid', (e) => again((e as CustomEvent).detail.invalid.length));
    el.events = [{ ...SEED[0], kind: 'rumoured' } as unknown as EventRecord, SEED[1]];
    expect(again).toHaveBeenCalledWith(1);
  });
});
