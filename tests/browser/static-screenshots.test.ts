/**
 * Screenshots of the static example (a static SVG drawn in Node, in a page) at desktop (1280×800) and phone
 * (375×667) size, whole pages, compared with the checked-in ones. The pictures are drawn by the built library from
 * the frozen seed events (screenshots/seed-events.json, as the seed's screenshots), so a change of the extraction
 * does not move them. Regenerate with UPDATE_SCREENSHOTS=1 (after looking at the PNGs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareScreenshot, openPage, REPO_ROOT, SCREENSHOT_DIR, startSession, type Session } from './lib/harness.js';
// @ts-expect-error plain ES module without types
import { staticPictures } from '../../scripts/example-data.mjs';

let session: Session;
beforeAll(async () => {
  session = await startSession({ viewport: { width: 1280, height: 800 } });
  const lib = await import(pathToFileURL(join(REPO_ROOT, 'dist', 'index.js')).href);
  const events = JSON.parse(readFileSync(join(SCREENSHOT_DIR, 'seed-events.json'), 'utf8'));
  const pictures: Record<string, string> = staticPictures(lib, events, 'nl');
  for (const [file, svg] of Object.entries(pictures)) {
    await session.context.route(`**/examples/generated/${file}`, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg }));
  }
});
afterAll(async () => {
  await session?.close();
});

const TOLERANCE = 0.001;

describe.each([
  { name: 'static-desktop.png', width: 1280, height: 800 },
  { name: 'static-phone.png', width: 375, height: 667 },
])('screenshot $name', ({ name, width, height }) => {
  it(`matches the checked-in screenshot of the static example at ${width}×${height}`, async () => {
    const { page, errors } = await openPage(session.context, 'about:blank', { waitReady: false });
    try {
      await page.setViewportSize({ width, height });
      await page.goto(`${session.url}/examples/static/`);
      const shown = await page.evaluate(async () => {
        const img = document.getElementById('static-svg') as HTMLImageElement;
        await img.decode();
        return { src: img.currentSrc, width: img.getBoundingClientRect().width };
      });
      // the phone gets the narrow picture, drawn for its width rather than shrunk
      expect(shown.src.endsWith(width < 600 ? 'seed-narrow.svg' : 'seed.svg')).toBe(true);
      expect(shown.width).toBeLessThanOrEqual(width);
      await page.evaluate(() => document.fonts.ready);
      const png = await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css', fullPage: true });
      const result = compareScreenshot(name, png);
      if (!result.written) expect(result.ratio, `${result.diffPixels} pixels differ; see tests/browser/__output__/`).toBeLessThanOrEqual(TOLERANCE);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
