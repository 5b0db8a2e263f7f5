#!/usr/bin/env node
/**
 * `npm run bench:floor`: what the browser's own style and layout cost for the work a zoom frame must do, with no
 * script of the timeline's in the timed part (bench/lib/floor.js): moving every mark and cluster in view by one
 * px (as an attribute, a CSS transform or a CSS translate), and adding 80 marks with the component's stylesheet
 * and without any. It bounds how cheap a zoom frame can be: see docs/evidence.md, "Why 10× on gesture frames is out of reach".
 *
 * Options: --sizes 1000,5000  --rounds 20
 */
import { launchChromium } from '../tests/browser/lib/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';
import { option } from './lib/options.mjs';

const sizes = option('--sizes', '1000,5000').split(',').filter(Boolean).map(Number);
const rounds = Math.max(1, Number(option('--rounds', '20')));

const server = await startServer({ port: 0 });
const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
const results = [];
try {
  for (const count of sizes) {
    for (const zoomed of [false, true]) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/bench/lib/floor.html`);
      await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
      results.push(await page.evaluate(([n, z, r]) => window.runFloor(n, z, r), [count, zoomed, rounds]));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const widths = [8, 8, 7, 11, 14, 14, 13, 16];
const row = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
console.log(`\nThe browser's own cost of a zoom frame's DOM work (headless Chromium, ms, median of ${rounds} rounds)\n`);
console.log(row(['events', 'view', 'moved', 'attribute', 'CSS transform', 'CSS translate', '80 new marks', '… no stylesheet']));
for (const r of results) {
  console.log(row([r.count.toLocaleString('en'), r.zoomed ? 'zoomed' : 'whole', r.moved, f(r.attribute), f(r.cssTransform), f(r.cssTranslate), f(r.addWithStyles), f(r.addWithoutStyles)]));
}
