#!/usr/bin/env node
/**
 * `prepareEvents` benchmark: time to prepare 1,000, 5,000 and 100,000 generated events (examples/large/generate.js)
 * with actor lanes, in Node. Prints the first (cold) run and the median of the runs after a warm-up. Figures only,
 * nothing is asserted.
 *
 * With --fingerprint FILE it also writes a full fingerprint of the output for a set of inputs (generated events at
 * several sizes and seeds, every built-in lane field, a stress set with relations, ties, duplicate ids and bad dates,
 * and the seed articles' events when --seeds FILE names the output of `event-timeline extract seeds/ -o FILE`) and
 * prints one hash per input, so a change meant to be a pure speed-up can be checked to give the same output.
 *
 * usage: npm run build && node bench/prepare.mjs [--runs 9] [--sizes 1000,5000,100000] [--module dist/timeline.js]
 *          [--fingerprint /tmp/prepare.json] [--seeds /tmp/seed-events.json]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateEvents, mulberry32 } from '../examples/large/generate.js';
import { option } from './lib/options.mjs';

const runs = Math.max(1, Number(option('--runs', '9')));
const sizes = option('--sizes', '1000,5000,100000').split(',').filter(Boolean).map(Number);
const modulePath = resolve(option('--module', new URL('../dist/timeline.js', import.meta.url).pathname));
const fingerprintFile = option('--fingerprint', null);
const seedsFile = option('--seeds', null);

const { prepareEvents } = await import(pathToFileURL(modulePath).href);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`prepareEvents (${modulePath}), lanes 'actor', ${runs} runs after a warm-up`);
for (const size of sizes) {
  const events = generateEvents(size);
  const times = [];
  let first = 0;
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now();
    prepareEvents(events, { lanes: 'actor' });
    const ms = performance.now() - t0;
    if (run === 0) first = ms;
    else times.push(ms);
  }
  console.log(`${String(size).padStart(7)} events: median ${median(times).toFixed(1)} ms (first run ${first.toFixed(1)} ms)`);
}

if (fingerprintFile) {
  const inputs = [];
  for (const lanes of ['actor', 'place', 'article', 'kind', 'none']) {
    for (const [size, seed] of [[1000, 1], [5000, 20200816], [20000, 7]]) inputs.push([`gen-${size}-${seed}-${lanes}`, generateEvents(size, { seed }), lanes]);
  }
  inputs.push(['gen-100000-actor', generateEvents(100_000), 'actor']);
  for (const lanes of ['actor', 'place', 'article', 'kind', 'none']) inputs.push([`stress-${lanes}`, stressEvents(4000, 3), lanes]);
  inputs.push(['stress-few-articles-actor', stressEvents(3000, 11, 2), 'actor']);
  inputs.push(['stress-function', stressEvents(2000, 5), (e) => (e.kind === 'negated' ? null : e.places.length ? e.places : e.kind)]);
  if (seedsFile) {
    const seeds = JSON.parse(readFileSync(seedsFile, 'utf8')).events;
    for (const lanes of ['actor', 'place', 'article', 'kind', 'none']) inputs.push([`seeds-${lanes}`, seeds, lanes]);
  }
  const all = {};
  for (const [name, events, lanes] of inputs) {
    const print = fingerprint(events, prepareEvents(events, { lanes }));
    const json = JSON.stringify(print);
    all[name] = print;
    console.log(`${name.padEnd(28)} ${createHash('sha256').update(json).digest('hex').slice(0, 16)}`);
  }
  writeFileSync(fingerprintFile, JSON.stringify(all));
  console.log(`fingerprint written to ${fingerprintFile}`);
}

/** Everything `prepareEvents` returns, as plain JSON (events by their place in the input). */
function fingerprint(records, prepared) {
  const inputIndex = new Map(records.map((event, i) => [event, i]));
  const byId = [...prepared.byId].map(([id, p]) => [id, p.order]);
  return {
    events: prepared.events.map((p) => [inputIndex.get(p.event), p.event.id, p.start, p.end, p.anchor, p.order, p.lanes, p.shape]),
    laneKeys: prepared.laneKeys,
    lanes: [...prepared.index.lanes].map(([key, lane]) => ({
      mapKey: key,
      key: lane.key,
      count: lane.count,
      classes: lane.classes.map((c) => ({
        maxDuration: c.maxDuration,
        anchors: Array.from(c.anchors),
        starts: Array.from(c.starts),
        ends: Array.from(c.ends),
        orders: Array.from(c.orders),
        flags: Array.from(c.flags),
        // each member's title and event (as text and id: title ids are the index's own numbering)
        titles: Array.from(c.titleIds, (id) => lane.titles[id]),
        items: Array.from(c.orders, (order) => [prepared.events[order].event.id, order]),
      })),
    })),
    extent: prepared.extent,
    invalid: (prepared.invalid ?? []).map(({ event, reason }) => [inputIndex.get(event), reason]),
    byId,
  };
}

/**
 * Generated events made harder: relations (within and across windows, cycles, unknown targets), shared windows,
 * equal text positions, duplicate ids, blank and repeated actors, coarse granularities, vague ends, bad dates.
 */
function stressEvents(count, seed, articles = 12) {
  const rand = mulberry32(seed);
  const events = generateEvents(count, { seed, years: 2, articles }).map((e) => structuredClone(e));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const days = ['2020-08-01', '2020-08-09', '2020-08-16', '2020-08-31'];
  for (const [i, e] of events.entries()) {
    const r = rand();
    if (r < 0.25) {
      const day = pick(days);
      e.date = { ...e.date, earliest: day, latest: day, certainty: 'exact', granularity: pick(['day', 'minute', 'hour']) };
    } else if (r < 0.35) e.date = { ...e.date, earliest: '2020-08-01', latest: '2020-08-31', certainty: 'within', granularity: 'day' };
    else if (r < 0.4) e.date = { ...e.date, earliest: '2020-01-01', latest: '2020-12-31', certainty: 'exact', granularity: pick(['month', 'year']) };
    else if (r < 0.43) e.date = { ...e.date, certainty: 'period', vagueEnd: true, vagueStart: rand() < 0.5 };
    e.source.sentenceStart = Math.floor(rand() * 4) * 10;
    if (rand() < 0.5) e.source.timexStart = e.source.sentenceStart + Math.floor(rand() * 3);
    if (rand() < 0.3) e.source.paragraph = 0;
    if (rand() < 0.02) e.id = events[Math.floor(rand() * i) || 0].id;
    if (rand() < 0.05) e.actors = pick([[], [''], ['  '], [' Army'], ['Army', 'Army'], ['Army', ' ', 'Court'], [' ', '']]);
    if (rand() < 0.05) e.places = [];
    if (rand() < 0.1) e.title = `T${Math.floor(rand() * 5)}`;
    const relations = [];
    const links = rand() < 0.3 ? 1 + Math.floor(rand() * 3) : 0;
    for (let k = 0; k < links; k++) {
      const target = rand() < 0.9 ? events[Math.floor(rand() * count)].id : `missing-${k}`;
      relations.push({ type: pick(['after', 'before', 'after', 'before', 'during']), target });
    }
    e.relations = relations;
    if (rand() < 0.01) delete e.relations;
  }
  // Records that cannot be read: latest before earliest, a day that does not exist.
  events[3].date = { ...events[3].date, earliest: '2020-08-10', latest: '2020-08-09' };
  events[17].date = { ...events[17].date, earliest: '2020-02-30', latest: '2020-02-30' };
  events[29].date = { ...events[29].date, earliest: 'soon', latest: 'soon' };
  return events;
}
