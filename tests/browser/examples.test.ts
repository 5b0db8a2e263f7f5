/**
 * Every example page in a real Chromium: it renders exactly the events it should (counted against the data
 * extracted into examples/data), logs no console errors or page errors, and axe-core finds no WCAG 2.1 AA
 * violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, readExampleData, REPO_ROOT, runAxe, startSession, type Session } from './lib/harness.js';
import { drawn, listedEventIds } from './lib/timeline.js';
// @ts-expect-error plain ES module without types
import { generateEvents } from '../../examples/large/generate.js';
import type { EventRecord } from '../../src/types.js';

let session: Session;
beforeAll(async () => {
  session = await startSession({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await session?.close();
});

const ids = (events: EventRecord[]) => events.map((e) => e.id).sort();

interface Example {
  name: string;
  path: string;
  /** hosts of the timelines on the page, and the events each must show */
  timelines: { host: string; events: () => EventRecord[] }[];
}

const seed = () => readExampleData('seed.json');
const articles = () => readExampleData('articles.json');

const EXAMPLES: Example[] = [
  { name: 'gallery', path: '/examples/', timelines: [] },
  { name: 'seed', path: '/examples/seed/', timelines: [{ host: '#timeline', events: seed }] },
  { name: 'several articles', path: '/examples/articles/', timelines: [{ host: '#timeline', events: articles }] },
  {
    name: 'three ways to embed',
    path: '/examples/embed/',
    timelines: [
      { host: '#timeline-module', events: seed },
      { host: '#timeline-global', events: seed },
      { host: '#timeline-element', events: seed },
    ],
  },
  {
    name: 'custom theme and dark mode',
    path: '/examples/theme/',
    timelines: [
      { host: '#timeline-paper', events: seed },
      { host: '#timeline-dark', events: seed },
    ],
  },
  { name: 'strict CSP', path: '/examples/csp/', timelines: [{ host: '#timeline', events: seed }] },
  { name: 'large (1,000)', path: '/examples/large/?n=1000', timelines: [{ host: '#timeline', events: () => generateEvents(1000) }] },
  { name: 'standalone HTML over http', path: '/examples/generated/timeline.html', timelines: [{ host: '#timeline', events: articles }] },
];

describe('the example data', () => {
  it('holds the events of every seed article, the seed among them', () => {
    const all = articles();
    const one = seed();
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'examples', 'data', 'manifest.json'), 'utf8'));
    expect(one.length).toBeGreaterThan(5);
    expect(all.length).toBe(manifest.reduce((n: number, a: { events: number }) => n + a.events, 0));
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(ids(all)).toEqual(expect.arrayContaining(ids(one)));
    expect(one.every((e) => e.language === 'nl')).toBe(true);
  });
});

/** Press the toolbar's "Show all" button of a timeline (the test browser prefers reduced motion: no animation). */
async function showAll(page: import('playwright-core').Page, host: string): Promise<void> {
  await page.evaluate((selector) => {
    const root = document.querySelector(selector)!.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[data-action="fit"]')!.click();
    return new Promise((ok) => requestAnimationFrame(() => ok(null)));
  }, host);
}

describe.each(EXAMPLES)('example: $name', (example) => {
  it('renders its events with no console or page errors', async () => {
    const { page, errors } = await openPage(session.context, `${session.url}${example.path}`, { waitReady: example.timelines.length > 0 });
    try {
      for (const timeline of example.timelines) {
        const expected = ids(timeline.events());
        const listed = await listedEventIds(page, timeline.host);
        expect(listed.length, `${timeline.host}: one list item per event`).toBe(expected.length);
        expect([...listed].sort(), timeline.host).toEqual(expected);
        // The drawing accounts for every event: each one is a mark, inside a cluster, or counted by its lane when a
        // large frame leaves a lane scrolled out of view undrawn. Shown whole ("Show all"): the timeline opens on
        // where most events are, and the rest lie outside that view.
        await showAll(page, timeline.host);
        const svg = await drawn(page, timeline.host);
        expect(svg.markIds.length + svg.clustered + svg.undrawn, `${timeline.host}: marks + clustered + undrawn`).toBeGreaterThanOrEqual(expected.length);
        expect(svg.markIds.every((id) => expected.includes(id))).toBe(true);
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('passes axe-core at WCAG 2.1 AA', async () => {
    const { page, errors } = await openPage(session.context, `${session.url}${example.path}`, { waitReady: example.timelines.length > 0 });
    try {
      expect(await runAxe(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('example: static SVG and standalone HTML page', () => {
  it('shows the static SVG drawn in Node with one mark per seed event, and links the standalone file', async () => {
    const { page, errors } = await openPage(session.context, `${session.url}/examples/static/`, { waitReady: false });
    try {
      const image = await page.evaluate(async () => {
        const img = document.getElementById('static-svg') as HTMLImageElement;
        await img.decode();
        return { width: img.naturalWidth, height: img.naturalHeight };
      });
      expect(image.width).toBeGreaterThan(0);
      const svg = readFileSync(join(REPO_ROOT, 'examples', 'generated', 'seed.svg'), 'utf8');
      const markIds = new Set([...svg.matchAll(/data-event-id="([^"]+)"/g)].map((m) => m[1]));
      const clustered = [...svg.matchAll(/class="et-cluster"[^>]*data-count="(\d+)"/g)].reduce((n, m) => n + Number(m[1]), 0);
      const expected = ids(seed());
      expect(markIds.size + clustered).toBeGreaterThanOrEqual(expected.length);
      for (const id of markIds) expect(expected).toContain(id);
      const links = await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')));
      expect(links).toContain('../generated/timeline.html');
      expect(await runAxe(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('example: dark mode', () => {
  it('switches to dark and still passes axe-core', async () => {
    const { page, errors } = await openPage(session.context, `${session.url}/examples/theme/`);
    try {
      await page.click('#dark-toggle');
      const state = await page.evaluate(() => ({
        pressed: document.getElementById('dark-toggle')!.getAttribute('aria-pressed'),
        bg: getComputedStyle(document.getElementById('switchable')!).backgroundColor,
      }));
      expect(state).toEqual({ pressed: 'true', bg: 'rgb(21, 24, 28)' });
      expect(await runAxe(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('example: large', () => {
  it('draws 10,000 and 100,000 generated events when chosen, counting all of them, with no errors', async () => {
    const { page, errors } = await openPage(session.context, `${session.url}/examples/large/`);
    try {
      for (const count of [10_000, 100_000]) {
        await page.selectOption('#size', String(count));
        await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
        const shown = await page.evaluate(() => {
          // @ts-expect-error set by the example page
          const root = window.exampleTimelines[0].root as ShadowRoot;
          return {
            count: root.querySelector('.et-count')?.textContent ?? '',
            status: document.querySelector('[data-status]')?.textContent ?? '',
            // marks drawn in batches (each lane's group holds its placed events) and as real elements
            marks:
              [...root.querySelectorAll('svg g.et-lane-marks')].reduce((n, g) => n + ((g as Element & { __data__?: { items: unknown[] } }).__data__?.items.length ?? 0), 0) +
              root.querySelectorAll('svg g.et-event').length,
            // clusters drawn as paths, which hold them as their datum
            clusters: ((root.querySelector('svg path.et-cluster-span') as (Element & { __data__?: { count: number }[] }) | null)?.__data__ ?? []).reduce((n, c) => n + c.count, 0),
            undrawn: [...root.querySelectorAll('svg g.et-lane[data-undrawn]')].reduce((n, l) => n + Number(l.getAttribute('data-undrawn')), 0),
          };
        });
        const digits = (text: string) => text.replace(/[^0-9 ]/g, '').trim().split(/\s+/).map(Number);
        // "N of N events" in the interface language, whatever its digit grouping
        expect(digits(shown.count)).toEqual([count, count]);
        expect(shown.status.startsWith(`${count.toLocaleString('en')} events`)).toBe(true);
        // every event is drawn, as a mark or inside a cluster, or counted by its lane when that lane is scrolled out
        // of view (an event with two actors is in two lanes)
        expect(shown.marks + shown.clusters + shown.undrawn).toBeGreaterThanOrEqual(count);
      }
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
