#!/usr/bin/env node
/**
 * The pure layout in Node: `prepareEvents` and `layoutViewport` on generated events (examples/large/generate.js),
 * actor lanes, over bench:render's 48 zoomTo steps (bench/lib/measure.js's zoomPanWindows) from the central bulk of
 * the events, 1,200 px wide. Two ways of calling the layout per step:
 * - "cold": a new `measureText` function and no `previous` each step (every label measured, no row hints);
 * - "frames": the same `measureText` and the previous step's layout as `previous`, as the timeline calls it.
 * Each step is timed twice: wall clock (p50 / p95 over every step of every run, as bench:render reports), and
 * process CPU time, the least of the runs per step, then p50 / p95 over the steps, and their sum over all steps. On a shared machine the wall
 * clock of a 5 ms step often includes time the process was not running at all; its CPU time does not (it does
 * include the garbage collector's helper threads). Figures only, nothing is asserted.
 *
 * usage: npm run build && node bench/layout.mjs [--runs 7] [--sizes 1000,10000,100000] [--module dist/timeline.js]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateEvents } from '../examples/large/generate.js';
import { zoomPanWindows } from './lib/measure.js';
import { option } from './lib/options.mjs';

const runs = Math.max(1, Number(option('--runs', '7')));
const sizes = option('--sizes', '1000,10000,100000').split(',').filter(Boolean).map(Number);
const modulePath = resolve(option('--module', new URL('../dist/timeline.js', import.meta.url).pathname));
const { prepareEvents, layoutViewport } = await import(pathToFileURL(modulePath).href);

const WIDTH = 1200;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
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

/** Runs the steps once; returns wall and CPU ms per step. */
function walk(prepared, windows, frames) {
  const wall = [];
  const cpu = [];
  const measure = (s) => s.length * 7;
  let previous;
  for (const w of windows) {
    const k = WIDTH / (w.end - w.start);
    const options = { x: (t) => (t - w.start) * k, invert: (px) => w.start + px / k, width: WIDTH };
    const c0 = cpuMs();
    const t0 = performance.now();
    const layout = layoutViewport(prepared, { ...options, measureText: frames ? measure : (s) => s.length * 7, previous: frames ? previous : undefined });
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
    previous = layout;
  }
  return { wall, cpu };
}

const f = (v) => v.toFixed(2);
console.log(`pure layout (${modulePath}), lanes 'actor', ${WIDTH} px, 48 zoomTo steps, ${runs} runs after a warm-up, ms`);
console.log(['events', 'prepare', 'cold wall p50/p95', 'cold CPU p50/p95', 'frames wall p50/p95', 'frames CPU p50/p95', 'frames CPU sum'].map((h, i) => h.padStart(i ? 20 : 9)).join(''));
for (const size of sizes) {
  const events = generateEvents(size);
  const prepares = [];
  const wall = { cold: [], frames: [] };
  const leastCpu = { cold: [], frames: [] };
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now();
    const prepared = prepareEvents(events, { lanes: 'actor' });
    const prepareMs = performance.now() - t0;
    const [start, end] = bulk(prepared);
    const windows = zoomPanWindows(start, end);
    for (const way of ['cold', 'frames']) {
      const times = walk(prepared, windows, way === 'frames');
      if (run === 0) continue;
      wall[way].push(...times.wall);
      times.cpu.forEach((ms, i) => (leastCpu[way][i] = Math.min(leastCpu[way][i] ?? Infinity, ms)));
    }
    if (run > 0) prepares.push(prepareMs);
  }
  const pair = (values) => `${f(percentile(values, 50))} / ${f(percentile(values, 95))}`;
  const total = f(leastCpu.frames.reduce((a, b) => a + b, 0));
  console.log([size.toLocaleString('en'), f(percentile(prepares, 50)), pair(wall.cold), pair(leastCpu.cold), pair(wall.frames), pair(leastCpu.frames), total].map((c, i) => c.padStart(i ? 20 : 9)).join(''));
}
