/** Small builders for event records in layout tests, and a seeded PRNG (no Math.random). */
import type { DateWindow, EventKind, EventRecord, EventRelation } from '../../../src/types.js';
import { seededRandom } from '../../lib/random.js';

export function makeEvent(
  id: string,
  window: Partial<DateWindow> & Pick<DateWindow, 'earliest'>,
  extra: {
    title?: string;
    actors?: string[];
    places?: string[];
    kind?: EventKind;
    article?: string;
    offset?: number;
    relations?: Pick<EventRelation, 'type' | 'target'>[];
  } = {},
): EventRecord {
  const date = {
    earliest: window.earliest,
    latest: window.latest ?? window.earliest,
    granularity: window.granularity ?? 'day',
    certainty: window.certainty ?? 'exact',
    ...(window.vagueStart ? { vagueStart: true } : {}),
    ...(window.vagueEnd ? { vagueEnd: true } : {}),
    value: window.earliest,
    type: 'DATE' as const,
    source: 'stated' as const,
    edtf: window.earliest,
  };
  const offset = extra.offset ?? 0;
  return {
    id,
    title: extra.title ?? `Event ${id}`,
    language: 'nl',
    sentence: `Sentence of ${id}.`,
    kind: extra.kind ?? 'occurred',
    date,
    actors: extra.actors ?? [],
    places: extra.places ?? [],
    source: { article: extra.article ?? 'a1', documentDate: '2020-08-16', paragraph: 0, sentenceStart: offset, sentenceEnd: offset + 10 },
    relations: (extra.relations ?? []).map((r) => ({ ...r, cue: 'daarna' })),
  };
}

/** Mulberry32: a tiny deterministic PRNG, so random-input tests are reproducible. */
export const prng = seededRandom;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;

/** ISO day of a UTC ms instant (pure arithmetic through Date.UTC getters only). */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** n random events over [fromYear, toYear): mostly days, some uncertain windows, some periods of all lengths. */
export function randomEvents(n: number, seed: number, fromYear = 2000, toYear = 2020, actorsPool = 5): EventRecord[] {
  const random = prng(seed);
  const t0 = Date.UTC(fromYear, 0, 1);
  const span = Date.UTC(toYear, 0, 1) - t0;
  const events: EventRecord[] = [];
  for (let i = 0; i < n; i++) {
    const startDay = Math.floor((random() * span) / DAY);
    const r = random();
    let lengthDays = 1;
    let certainty: DateWindow['certainty'] = 'exact';
    let granularity: DateWindow['granularity'] = 'day';
    if (r < 0.15) {
      lengthDays = 2 + Math.floor(random() * 40);
      certainty = 'within';
    } else if (r < 0.25) {
      lengthDays = 1 + Math.floor(random() ** 3 * 4000);
      certainty = 'period';
      granularity = 'month';
    }
    const start = t0 + startDay * DAY;
    const actors = Array.from({ length: Math.floor(random() * 3) }, () => `actor${Math.floor(random() * actorsPool)}`);
    events.push(
      makeEvent(
        `e${i}`,
        { earliest: isoDay(start), latest: isoDay(start + (lengthDays - 1) * DAY), certainty, granularity },
        { actors, title: `Event number ${i} ${'x'.repeat(Math.floor(random() * 30))}`, article: `art${i % 50}`, offset: i },
      ),
    );
  }
  return events;
}
