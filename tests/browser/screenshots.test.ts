/**
 * Screenshots of the seed example at desktop (1280×800) and phone (375×667) size, compared with the checked-in
 * ones under tests/browser/screenshots/ with a small pixel tolerance. Regenerate with UPDATE_SCREENSHOTS=1.
 * Rendering is made deterministic: fixed fonts (DejaVu via --et-font), reduced motion, UTC, and the same data: the
 * page is served the seed events frozen in screenshots/seed-events.json (written with the images), so a change of
 * the extraction does not move the pictures; the extraction has its own tests. The articles example (every seed
 * article, one lane each) is pictured the same way, its timeline alone (the page above it is a list of articles),
 * from screenshots/articles-events.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareScreenshot, openPage, REPO_ROOT, SCREENSHOT_DIR, startSession, type Session } from './lib/harness.js';

/** The example data each page is served, frozen next to its screenshots. */
const FROZEN = { 'seed.json': join(SCREENSHOT_DIR, 'seed-events.json'), 'articles.json': join(SCREENSHOT_DIR, 'articles-events.json') };

let session: Session;
beforeAll(async () => {
  session = await startSession({ viewport: { width: 1280, height: 800 } });
  for (const [data, file] of Object.entries(FROZEN)) {
    if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(join(REPO_ROOT, 'examples', 'data', data), file);
    if (!existsSync(file)) throw new Error(`no ${file}: make it with UPDATE_SCREENSHOTS=1`);
    const frozen = readFileSync(file, 'utf8');
    await session.context.route(`**/examples/data/${data}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: frozen }));
  }
});
afterAll(async () => {
  await session?.close();
});

/**
 * Share of pixels that may differ. pixelmatch already ignores anti-aliased pixels; the system Chromium (156) and
 * the @sparticuz/chromium binary (147) gave identical images here, while a real change of the drawing (a narrower
 * select, moved marks) is 0.4–0.5% of the page: 0.1% keeps such changes from passing.
 */
const TOLERANCE = 0.001;

describe.each([
  { name: 'seed-desktop.png', width: 1280, height: 800 },
  { name: 'seed-phone.png', width: 375, height: 667 },
])('screenshot $name', ({ name, width, height }) => {
  it(`matches the checked-in screenshot at ${width}×${height}`, async () => {
    const { page, errors } = await openPage(session.context, 'about:blank', { waitReady: false });
    try {
      await page.setViewportSize({ width, height });
      await page.goto(`${session.url}/examples/seed/`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null)))));
      const png = await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
      const result = compareScreenshot(name, png);
      if (!result.written) expect(result.ratio, `${result.diffPixels} pixels differ; see tests/browser/__output__/`).toBeLessThanOrEqual(TOLERANCE);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe.each([
  { name: 'articles-desktop.png', width: 1280, height: 800 },
  { name: 'articles-phone.png', width: 375, height: 667 },
])('screenshot $name', ({ name, width, height }) => {
  it(`matches the checked-in screenshot of the articles example's timeline at ${width}×${height}`, async () => {
    const { page, errors } = await openPage(session.context, 'about:blank', { waitReady: false });
    try {
      await page.setViewportSize({ width, height });
      await page.goto(`${session.url}/examples/articles/`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null)))));
      const png = await page.locator('#timeline').screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
      const result = compareScreenshot(name, png);
      if (!result.written) expect(result.ratio, `${result.diffPixels} pixels differ; see tests/browser/__output__/`).toBeLessThanOrEqual(TOLERANCE);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
