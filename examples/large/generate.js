/**
 * A deterministic generator of event records for the `large` example and the render benchmark.
 * The same (count, seed) always gives the same events: a seeded PRNG (mulberry32), no Math.random, no clock.
 * Plain ES module with no imports, so it runs in a page and in Node alike.
 *
 *   import { generateEvents } from './generate.js';
 *   const events = generateEvents(10_000, { seed: 42 });
 */

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const ACTORS = [
  'Parliament', 'Government', 'Opposition', 'Central bank', 'Trade union', 'Court', 'City council', 'Army',
  'Police', 'Health ministry', 'Election board', 'Press agency',
];
const PLACES = ['Amsterdam', 'Brussels', 'Vilnius', 'Warsaw', 'Minsk', 'Moscow', 'Berlin', 'Riga'];
const VERBS = ['announces', 'rejects', 'approves', 'postpones', 'debates', 'reports', 'signs', 'investigates', 'plans', 'ends'];
const OBJECTS = ['a budget', 'new elections', 'sanctions', 'a reform', 'a treaty', 'an inquiry', 'a strike', 'a curfew', 'a merger', 'an exercise'];
const KINDS = ['occurred', 'occurred', 'occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated'];

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/**
 * Generate `count` event records spread over `years` years from `startYear`, in `articles` articles.
 * About 70% are known days, 20% a day somewhere in a month, 10% periods of days to months.
 * @param {number} count
 * @param {{ seed?: number, startYear?: number, years?: number, articles?: number }} [options]
 * @returns {import('../../src/types.js').EventRecord[]}
 */
export function generateEvents(count, { seed = 20200816, startYear = 2000, years = 20, articles = 50 } = {}) {
  const rand = mulberry32(seed);
  const t0 = Date.UTC(startYear, 0, 1);
  const span = Date.UTC(startYear + years, 0, 1) - t0;
  const events = new Array(count);
  for (let i = 0; i < count; i++) {
    const actor = pick(rand, ACTORS);
    const other = rand() < 0.3 ? pick(rand, ACTORS) : null;
    const actors = other && other !== actor ? [actor, other] : [actor];
    const place = pick(rand, PLACES);
    const verb = pick(rand, VERBS);
    const object = pick(rand, OBJECTS);
    const kind = pick(rand, KINDS);
    const dayMs = t0 + Math.floor((rand() * span) / DAY) * DAY;
    const article = `gen-${String(Math.floor(rand() * articles)).padStart(3, '0')}`;
    const shapeRoll = rand();
    let date;
    if (shapeRoll < 0.7) {
      const day = isoDay(dayMs);
      date = { earliest: day, latest: day, granularity: 'day', certainty: 'exact', value: day, type: 'DATE', source: 'stated', edtf: day, text: day };
    } else if (shapeRoll < 0.9) {
      const d = new Date(dayMs);
      const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - DAY;
      const month = isoDay(first).slice(0, 7);
      date = {
        earliest: isoDay(first),
        latest: isoDay(last),
        granularity: 'day',
        certainty: 'within',
        value: `${month}-XX`,
        type: 'DATE',
        source: 'relative-to-document',
        edtf: `[${isoDay(first)}..${isoDay(last)}]`,
        text: 'that month',
      };
    } else {
      const length = 2 + Math.floor(rand() * 120);
      const end = dayMs + length * DAY;
      const vagueStart = rand() < 0.3;
      date = {
        earliest: isoDay(dayMs),
        latest: isoDay(end),
        granularity: 'day',
        certainty: 'period',
        ...(vagueStart ? { vagueStart: true } : {}),
        value: `${isoDay(dayMs)}/${isoDay(end)}`,
        type: 'DURATION',
        source: 'stated',
        edtf: `${isoDay(dayMs)}/${isoDay(end)}`,
        text: `for ${length} days`,
      };
    }
    const title = `${actor} ${verb} ${object}`;
    const sentence = `${title} in ${place}.`;
    events[i] = {
      id: `g${seed.toString(36)}-${i.toString(36)}`,
      title,
      language: 'en',
      sentence,
      kind,
      date,
      actors,
      places: [place],
      source: {
        article,
        articleTitle: `Generated article ${article}`,
        documentDate: date.latest,
        paragraph: i % 7,
        sentenceStart: 0,
        sentenceEnd: sentence.length,
      },
      relations: [],
    };
  }
  return events;
}
