/**
 * Both ways of finding Chromium work: the system one (/usr/bin/chromium, as .ci/run installs) and the binary
 * that @sparticuz/chromium ships inside its npm package. Each draws the seed example.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { ensureExampleData, readExampleData } from './lib/harness.js';
import { listedEventIds } from './lib/timeline.js';
// @ts-expect-error plain ES module without types
import { findChromium, launchChromium } from './lib/chromium.mjs';
// @ts-expect-error plain ES module without types
import { startServer } from '../../scripts/serve.mjs';

const saved = { ...process.env };
afterEach(() => {
  for (const key of ['CHROMIUM_PATH', 'EVENT_TIMELINE_NO_SYSTEM_CHROMIUM']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

async function drawSeedWith(): Promise<{ source: string; listed: number }> {
  await ensureExampleData();
  const server = await startServer({ port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/examples/seed/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    return { source: browser.executable.source, listed: (await listedEventIds(page, '#timeline')).length };
  } finally {
    await browser.close();
    await server.close();
  }
}

describe('finding Chromium', () => {
  it('prefers CHROMIUM_PATH, then /usr/bin/chromium', async () => {
    delete process.env.CHROMIUM_PATH;
    delete process.env.EVENT_TIMELINE_NO_SYSTEM_CHROMIUM;
    const found = await findChromium();
    expect(found.source).toBe(existsSync('/usr/bin/chromium') || existsSync('/usr/bin/chromium-browser') ? 'system' : 'sparticuz');
    process.env.CHROMIUM_PATH = found.path;
    expect(await findChromium()).toEqual({ path: found.path, source: 'env' });
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    await expect(findChromium()).rejects.toThrow(/does not exist/);
  });

  it('the @sparticuz/chromium binary draws the seed example', async () => {
    delete process.env.CHROMIUM_PATH;
    process.env.EVENT_TIMELINE_NO_SYSTEM_CHROMIUM = '1';
    const result = await drawSeedWith();
    expect(result).toEqual({ source: 'sparticuz', listed: readExampleData('seed.json').length });
  });
});
