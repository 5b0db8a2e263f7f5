/**
 * Find and launch a headless Chromium for the browser tests and the render benchmark.
 *
 * Which binary: `CHROMIUM_PATH` when set, else `/usr/bin/chromium` when present, else the binary that
 * `@sparticuz/chromium` ships inside its npm package (decompressed to the temp dir on first use).
 * Set `EVENT_TIMELINE_NO_SYSTEM_CHROMIUM=1` to skip /usr/bin/chromium (to check the fallback).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Deterministic text: the same font rendering whichever binary runs.
  '--font-render-hinting=none',
  '--disable-lcd-text',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {Promise<{ path: string, source: 'env' | 'system' | 'sparticuz' }>} */
export async function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
    return { path: process.env.CHROMIUM_PATH, source: 'env' };
  }
  if (!process.env.EVENT_TIMELINE_NO_SYSTEM_CHROMIUM) {
    for (const p of SYSTEM_CHROMIUM) if (existsSync(p)) return { path: p, source: 'system' };
  }
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const path = await sparticuz.executablePath();
  return { path, source: 'sparticuz' };
}

/**
 * Launch Chromium with a fresh, throw-away profile.
 * @param {{ viewport?: { width: number, height: number }, hasTouch?: boolean, deviceScaleFactor?: number }} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, executable: { path: string, source: string }, close: () => Promise<void> }>}
 */
export async function launchChromium(options = {}) {
  const executable = await findChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'event-timeline-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: executable.path,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    hasTouch: options.hasTouch ?? false,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
    offline: false,
  });
  // Nothing leaves the machine: any request that is not to the local test server is refused.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|file:|data:|blob:|about:).*/, (route) => route.abort());
  return {
    context,
    executable,
    async close() {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    },
  };
}
