/**
 * Shared pieces of the real-browser tests: example data, one server and one Chromium per test file,
 * pages that record console errors and page errors, axe-core, screenshot comparison.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
// @ts-expect-error plain ES module without types
import { launchChromium } from './chromium.mjs';
// @ts-expect-error plain ES module without types
import { startServer, REPO_ROOT as ROOT } from '../../../scripts/serve.mjs';
// @ts-expect-error plain ES module without types
import { buildExampleData } from '../../../scripts/example-data.mjs';
import type { EventRecord } from '../../../src/types.js';

export const REPO_ROOT: string = ROOT;
export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
export const OUTPUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '__output__');

/**
 * True when examples/data and examples/generated are newer than everything they are made from (the built
 * library and CLI, the seeds, the data script), so a test file need not make them again.
 */
function exampleDataIsFresh(): boolean {
  const outputs = ['examples/data/seed.json', 'examples/data/articles.json', 'examples/data/manifest.json', 'examples/generated/seed.svg', 'examples/generated/seed-narrow.svg', 'examples/generated/timeline.html'];
  const inputs = ['dist/index.js', 'dist/cli.js', 'dist/event-timeline.min.js', 'scripts/example-data.mjs', 'src/cli/render.ts'];
  const mtime = (rel: string) => statSync(join(REPO_ROOT, rel)).mtimeMs;
  if (![...outputs, ...inputs].every((rel) => existsSync(join(REPO_ROOT, rel)))) return false;
  const seeds = readdirSync(join(REPO_ROOT, 'seeds')).map((f) => `seeds/${f}`);
  const oldestOutput = Math.min(...outputs.map(mtime));
  return [...inputs, ...seeds].every((rel) => mtime(rel) < oldestOutput);
}

let dataPromise: Promise<unknown> | null = null;
/**
 * Make examples/data and examples/generated from seeds/ with the built library (building dist/ first if it is
 * missing), unless they are already newer than all they are made from: the first browser test file of a run makes
 * them, the others reuse them.
 */
export function ensureExampleData(): Promise<unknown> {
  dataPromise ??= exampleDataIsFresh() ? Promise.resolve() : buildExampleData({ build: true, quiet: true });
  return dataPromise;
}

export function readExampleData(name: string): EventRecord[] {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'examples', 'data', name), 'utf8'));
}

export interface Session {
  url: string;
  context: BrowserContext;
  executable: { path: string; source: string };
  close(): Promise<void>;
}

/** Start the static server and one Chromium (shared by every test of a file). */
export async function startSession(options: { viewport?: { width: number; height: number }; hasTouch?: boolean } = {}): Promise<Session> {
  await ensureExampleData();
  const server = await startServer({ port: 0 });
  const browser = await launchChromium(options);
  return {
    url: server.url,
    context: browser.context,
    executable: browser.executable,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface TrackedPage {
  page: Page;
  /** console.error messages and uncaught page errors, as text */
  errors: string[];
}

/** Open a page that records console errors and page errors. */
export async function openPage(context: BrowserContext, url: string, { waitReady = true } = {}): Promise<TrackedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.goto(url, { waitUntil: 'load' });
  if (waitReady) await waitForReady(page);
  return { page, errors };
}

/** Wait until the example says it is ready (data-ready="true" on <html>); fail fast on data-ready="error". */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => ['true', 'error'].includes(document.documentElement.dataset.ready ?? ''), null, { timeout: 30_000 });
  const state = await page.evaluate(() => document.documentElement.dataset.ready);
  if (state !== 'true') {
    const status = await page.evaluate(() => document.querySelector('[data-status]')?.textContent ?? '');
    throw new Error(`example failed to render: ${status}`);
  }
  // Two frames, so anything scheduled with requestAnimationFrame has drawn.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null)))));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Run axe-core on the page at WCAG 2.1 A and AA. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // @ts-expect-error injected global
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
}

/**
 * Compare a PNG with the checked-in one under tests/browser/screenshots/. With UPDATE_SCREENSHOTS=1 the reference
 * is written instead; a missing reference is an error otherwise. Returns the share of differing pixels (0..1).
 */
export function compareScreenshot(name: string, png: Buffer, { threshold = 0.1 } = {}): { ratio: number; diffPixels: number; written: boolean } {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, name);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    writeFileSync(file, png);
    return { ratio: 0, diffPixels: 0, written: true };
  }
  if (!existsSync(file)) throw new Error(`no reference screenshot ${file}: make it with UPDATE_SCREENSHOTS=1`);
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(png);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, name), png);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    return { ratio: 1, diffPixels: expected.width * expected.height, written: false };
  }
  const diff = new PNG({ width: expected.width, height: expected.height });
  const diffPixels = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold });
  if (diffPixels > 0) writeFileSync(join(OUTPUT_DIR, name.replace(/\.png$/, '.diff.png')), PNG.sync.write(diff));
  return { ratio: diffPixels / (expected.width * expected.height), diffPixels, written: false };
}
