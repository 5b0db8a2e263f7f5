#!/usr/bin/env node
/**
 * `node bench/profile.mjs`: where a frame's time goes (run `npm run build` first). Opens bench/lib/profile.html in
 * headless Chromium with a timeline on N generated events (default 1,000, fitted, after 48 warm-up steps) and, for
 * bench:render's 48 zoomTo steps and for 24 wheel notches (12 in, 12 out, one a frame):
 *
 * 1. the main thread's CPU time a step (DevTools Performance metrics in thread ticks), and of it the browser's own
 *    style recalculation, layout and paint (trace events' thread time), with how many elements a step restyles and
 *    how many layout objects it dirties: CPU time does not count waiting for a core, so these hold on a loaded machine;
 *    beside it, the raster threads' time a step (tiles drawn off the main thread: not in bench:render's figures);
 * 2. a CPU profile (DevTools Profiler, a sample every 50 µs) over the same steps: each function's self time a step,
 *    with forced style and layout under the function that forced it (the harness's forceLayout for the frame's own).
 *
 * Options: --count 1000  --top 30  --bundle URL (the library to load, relative to bench/lib/; default the minified
 * build; for readable names an unminified one: npx rolldown src/browser.ts --format esm --file dist/dev.esm.js,
 * then --bundle ../../dist/dev.esm.js)
 */
import { loadavg } from 'node:os';
import { launchChromium } from '../tests/browser/lib/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';
import { option } from './lib/options.mjs';

const count = Number(option('--count', '1000'));
const top = Number(option('--top', '30'));
const bundle = option('--bundle', '');

const server = await startServer({ port: 0 });
const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))];
try {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpuNow = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  await page.goto(`${server.url}/bench/lib/profile.html${bundle ? `?bundle=${encodeURIComponent(bundle)}` : ''}`);
  await page.waitForFunction(() => window.profileReady === true, null, { timeout: 60_000 });
  const firstRender = await page.evaluate((n) => window.setup(n), count);
  console.log(`${count.toLocaleString('en')} events, first render ${firstRender.toFixed(1)} ms (wall), load ${loadavg()[0].toFixed(1)}`);
  await page.evaluate(() => window.zoomSteps(0, 48));
  const runs = {
    'zoomTo step': () => page.evaluate(() => window.zoomSteps(0, 48)),
    'wheel-notch frame': async () => [...(await page.evaluate(() => window.wheelSteps(-12))), ...(await page.evaluate(() => window.wheelSteps(12)))],
  };
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  for (const [label, run] of Object.entries(runs)) {
    // 1. CPU time and the browser's part of it
    await page.evaluate(() => window.settle());
    const events = [];
    const collect = ({ value }) => events.push(...value);
    cdp.on('Tracing.dataCollected', collect);
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    const c0 = await cpuNow();
    const times = await run();
    const cpu = ((await cpuNow()) - c0) / times.length;
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    const n = times.length;
    const per = (name, f) => events.filter((e) => e.name === name).reduce((a, e) => a + f(e), 0) / n;
    const threadMs = (e) => (e.tdur ?? e.dur ?? 0) / 1000;
    const style = per('UpdateLayoutTree', threadMs);
    const layout = per('Layout', threadMs);
    const paint = per('Paint', threadMs) + per('PrePaint', threadMs) + per('Layerize', threadMs);
    // the raster threads' time: off the main thread, so not in the CPU figure, but the same cores on a small machine
    const raster = per('RasterTask', threadMs);
    const totals = times.map((t) => t.total);
    console.log(`\n${label}: ${n} steps; wall: frame p50 ${percentile(totals, 50).toFixed(2)} ms, p95 ${percentile(totals, 95).toFixed(2)} ms (load ${loadavg()[0].toFixed(1)})`);
    console.log(`  CPU a step ${cpu.toFixed(2)} ms (the harness's own rAF and reading included): style ${style.toFixed(2)} ms (${per('UpdateLayoutTree', (e) => e.args?.elementCount ?? 0).toFixed(0)} elements restyled), layout ${layout.toFixed(2)} ms (${per('Layout', (e) => e.args?.beginData?.dirtyObjects ?? 0).toFixed(0)} objects dirty), paint ${paint.toFixed(2)} ms, the rest (script, GC, tracing) ${(cpu - style - layout - paint).toFixed(2)} ms; raster threads ${raster.toFixed(2)} ms`);

    // 2. where the script's time goes
    await page.evaluate(() => window.settle());
    await cdp.send('Profiler.start');
    const again = await run();
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      const f = byId.get(profile.samples[i]).callFrame;
      const file = f.url.split('/').pop();
      const key = `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
    self.delete('(idle)');
    const busy = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(`  sampled (wall) ${(busy / again.length).toFixed(2)} ms a step, by self time:`);
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${(ms / again.length).toFixed(3).padStart(8)} ms  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}
