/**
 * Security in a real Chromium: the strict-CSP example draws with no violation, article text never becomes
 * markup, and the standalone HTML file opens from disk with no server and no request out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openPage, readExampleData, REPO_ROOT, startSession, type Session } from './lib/harness.js';
import { listedEventIds } from './lib/timeline.js';
import type { EventRecord } from '../../src/types.js';

let session: Session;
beforeAll(async () => {
  session = await startSession({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await session?.close();
});

const HOSTILE_FILE = join(REPO_ROOT, 'tests', 'browser', 'fixtures', 'hostile.txt');

async function extractHostile(): Promise<EventRecord[]> {
  const lib = await import(pathToFileURL(join(REPO_ROOT, 'dist', 'index.js')).href);
  return lib.extractEvents(readFileSync(HOSTILE_FILE, 'utf8'), { id: 'hostile', file: 'hostile.txt' });
}

describe('strict Content-Security-Policy', () => {
  it('renders the seed with no securitypolicyviolation', async () => {
    const page = await session.context.newPage();
    // Listen before any script of the page runs, so nothing is missed.
    await page.addInitScript(() => {
      // @ts-expect-error test global
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        // @ts-expect-error test global
        window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(`${session.url}/examples/csp/`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      // use it a little: zoom, open the list view and the details, so lazily made parts are made too
      await page.evaluate(async () => {
        const root = document.getElementById('timeline')!.shadowRoot!;
        root.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')?.click();
        root.querySelector<HTMLButtonElement>('[data-action="list"]')?.click();
        root.querySelector<HTMLButtonElement>('[data-part="list"] li button')?.click();
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null))));
      });
      const state = await page.evaluate(() => ({
        // @ts-expect-error test global
        violations: window.__violations as string[],
        shown: document.getElementById('violations')!.textContent,
        marks: document.getElementById('timeline')!.shadowRoot!.querySelectorAll('svg g.et-lane-marks > path, svg g.et-faded-marks > path, svg g.et-event, svg path.et-cluster-badge[d]').length,
        policy: document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content'),
      }));
      expect(state.policy).toBe("default-src 'self'; script-src 'self'; style-src 'self'");
      expect(state.violations).toEqual([]);
      expect(state.shown).toBe('0');
      expect(state.marks).toBeGreaterThan(0);
      expect(await listedEventIds(page, '#timeline')).toHaveLength(readExampleData('seed.json').length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('article text is data', () => {
  it('an article with <img onerror> and <script> in its text creates no elements from it', async () => {
    const events = await extractHostile();
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => /<img|<script/.test(e.sentence))).toBe(true);
    const { page, errors } = await openPage(session.context, `${session.url}/examples/csp/`);
    try {
      const result = await page.evaluate(async (records) => {
        const before = document.querySelectorAll('*').length;
        // @ts-expect-error set by the example page
        const controller = window.exampleTimelines[0];
        controller.update(records);
        const root = document.getElementById('timeline')!.shadowRoot!;
        const frame = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null))));
        await frame();
        // open the list and the details of every event, so every piece of text is shown somewhere
        root.querySelector<HTMLButtonElement>('[data-action="list"]')?.click();
        await frame();
        for (const button of root.querySelectorAll<HTMLButtonElement>('[data-part="list"] li button')) {
          button.click();
          await frame();
        }
        const all = [...root.querySelectorAll('*'), ...document.querySelectorAll('*')];
        return {
          before,
          // @ts-expect-error set only if an injected handler ran
          pwned: window.__pwned ?? null,
          title: document.title,
          img: all.filter((e) => e.localName === 'img').length,
          scripts: [...root.querySelectorAll('script')].length,
          bold: root.querySelectorAll('b').length,
          handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).map((e) => e.localName),
          textShown: (root.querySelector('[data-part="details"]')?.textContent ?? '') + (root.querySelector('[data-part="list"]')?.textContent ?? ''),
        };
      }, events);
      expect(result.pwned).toBeNull();
      expect(result.title).not.toBe('pwned');
      expect(result.img).toBe(0);
      expect(result.scripts).toBe(0);
      expect(result.bold).toBe(0);
      expect(result.handlers).toEqual([]);
      // the text is there, as text
      expect(result.textShown).toMatch(/<img|<script|<b /);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the static SVG of the hostile article, shown in the browser, holds none of it as markup', async () => {
    const events = await extractHostile();
    const lib = await import(pathToFileURL(join(REPO_ROOT, 'dist', 'index.js')).href);
    const svg: string = await lib.renderTimelineSVG(events, { width: 960, height: 480, lang: 'nl' });
    const { page, errors } = await openPage(session.context, `${session.url}/examples/static/`, { waitReady: false });
    try {
      const result = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const host = document.createElement('div');
        host.append(document.importNode(doc.documentElement, true));
        document.body.append(host);
        const all = [...host.querySelectorAll('*')];
        return {
          parseError: doc.querySelector('parsererror') !== null,
          foreign: all.filter((e) => ['img', 'script', 'b', 'foreignObject', 'iframe'].includes(e.localName)).map((e) => e.localName),
          handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).map((e) => e.localName),
          text: host.textContent ?? '',
          // @ts-expect-error set only if an injected handler ran
          pwned: window.__pwned ?? null,
        };
      }, svg);
      expect(result.parseError).toBe(false);
      expect(result.foreign).toEqual([]);
      expect(result.handlers).toEqual([]);
      expect(result.pwned).toBeNull();
      // the titles keep the hostile words, as inert text
      expect(result.text).toContain('onerror=');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the standalone HTML of the hostile article runs none of it either', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-timeline-render-'));
    const out = join(dir, 'hostile.html');
    execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), 'render', HOSTILE_FILE, '-o', out], { cwd: REPO_ROOT, stdio: 'pipe' });
    const { page, errors } = await openPage(session.context, pathToFileURL(out).href);
    try {
      const result = await page.evaluate(() => ({
        // @ts-expect-error set only if an injected handler ran
        pwned: window.__pwned ?? null,
        img: document.querySelectorAll('img').length + (document.getElementById('timeline')!.shadowRoot?.querySelectorAll('img').length ?? 0),
        scripts: document.querySelectorAll('script').length,
      }));
      expect(result).toEqual({ pwned: null, img: 0, scripts: 3 });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('standalone HTML from event-timeline render', () => {
  it('opens from disk (file://) with no server, shows every seed event and requests nothing else', async () => {
    const file = join(REPO_ROOT, 'examples', 'generated', 'timeline.html');
    const requests: string[] = [];
    const errors: string[] = [];
    const page = await session.context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pathToFileURL(file).href);
    try {
      await page.waitForFunction(() => document.documentElement.getAttribute('data-ready') === 'true');
      const listed = await listedEventIds(page, '#timeline');
      const expected = readExampleData('articles.json').map((e) => e.id).sort();
      expect([...listed].sort()).toEqual(expected);
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
