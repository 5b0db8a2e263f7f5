#!/usr/bin/env node
/**
 * The pure layout in Node: `prepareEvents` and `layoutViewport` on generated events (examples/large/generate.js),
 * actor lanes, over bench:render's 48 zoomTo steps (bench/lib/measure.js's zoomPanWindows) from the central bulk of
 * the events, 1,200 px wide. Two ways of calling the layout per step:
 * - "cold": a new `measureText` function and no `previous` each step, as bench:render's breakdown calls it;
 * - "frames": the same `measureText` and the previous step's layout as `previous`, as the timeline calls it.
 * Prints prepare (median of the runs) and each way's layout p50 / p95 over all steps of all runs. Figures only.
 *
 * usage: npm run build && node bench/layout.mjs [--runs 5] [--sizes 1000,10000,100000] [--module dist/timeline.js]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateEvents } from '../examples/large/generate.js';
import { zoomPanWindows } from './lib/measure.js';
import { option } from './lib/options.mjs';

const runs = Math.max(1, Number(option('--runs', '5')));
const sizes = option('--sizes', '1000,10000,100000').split(',').filter(Boolean).map(Number);
const modulePath = resolve(option('--module', new URL('../dist/timeline.js', import.meta.url).pathname));
const { prepareEvents, layoutViewport } = await import(pathToFileURL(modulePath).href);

const WIDTH = 1200;
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** About where `fit()` opens: the 10th to 90th percentile of the anchors, 2 % padding each side. */
function bulk(prepared) {
  const anchors = Float64Array.from(prepared.events, (e) => e.anchor).sort();
  const lo = anchors[Math.floor(0.1 * (anchors.length - 1))];
  const hi = anchors[Math.ceil(0.9 * (anchors.length - 1))];
  const pad = (hi - lo) * 0.02;
  return [lo - pad, hi + pad];
}

function layoutStep(prepared, w, measureText, previous) {
  const k = WIDTH / (w.end - w.start);
  return layoutViewport(prepared, { x: (t) => (t - w.start) * k, invert: (px) => w.start + px / k, width: WIDTH, measureText, previous });
}

console.log(`pure layout (${modulePath}), lanes 'actor', ${WIDTH} px, 48 zoomTo steps, ${runs} runs after a warm-up, ms`);
console.log('events'.padStart(9), 'prepare'.padStart(8), 'cold p50'.padStart(9), 'cold p95'.padStart(9), 'frames p50'.padStart(11), 'frames p95'.padStart(11));
for (const size of sizes) {
  const events = generateEvents(size);
  const prepares = [];
  const cold = [];
  const frames = [];
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now();
    const prepared = prepareEvents(events, { lanes: 'actor' });
    const prepareMs = performance.now() - t0;
    const [start, end] = bulk(prepared);
    const coldTimes = [];
    for (const w of zoomPanWindows(start, end)) {
      const t = performance.now();
      layoutStep(prepared, w, (s) => s.length * 7);
      coldTimes.push(performance.now() - t);
    }
    const measure = (s) => s.length * 7;
    const frameTimes = [];
    let previous;
    for (const w of zoomPanWindows(start, end)) {
      const t = performance.now();
      previous = layoutStep(prepared, w, measure, previous);
      frameTimes.push(performance.now() - t);
    }
    if (run === 0) continue;
    prepares.push(prepareMs);
    cold.push(...coldTimes);
    frames.push(...frameTimes);
  }
  const f = (v) => v.toFixed(2);
  console.log(size.toLocaleString('en').padStart(9), f(percentile(prepares, 50)).padStart(8), f(percentile(cold, 50)).padStart(9), f(percentile(cold, 95)).padStart(9), f(percentile(frames, 50)).padStart(11), f(percentile(frames, 95)).padStart(11));
}
