/**
 * Keyboard, mouse, touch and a phone-sized viewport on the seed example, in a real Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, readExampleData, startSession, type Session, type TrackedPage } from './lib/harness.js';
import { domainOf, focusedEventId, listedEventIds, plotBox, selectedOf, trackTimelines } from './lib/timeline.js';

let session: Session;
beforeAll(async () => {
  session = await startSession({ viewport: { width: 1280, height: 800 }, hasTouch: true });
});
afterAll(async () => {
  await session?.close();
});

async function seedPage(): Promise<TrackedPage> {
  const tracked = await openPage(session.context, `${session.url}/examples/seed/`);
  await trackTimelines(tracked.page);
  return tracked;
}

/** Tab from the top of the page until focus is inside the timeline; returns the number of presses. */
async function tabIntoTimeline(page: Page): Promise<number> {
  for (let presses = 1; presses <= 40; presses++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      const host = document.getElementById('timeline')!;
      return host.contains(document.activeElement) || document.activeElement === host;
    });
    if (inside) return presses;
  }
  throw new Error('Tab never reached the timeline');
}

/** Tab inside the timeline until an event (or the plot holding the events) has focus. */
async function tabToEvents(page: Page): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    if (await focusedEventId(page, '#timeline')) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('no event took keyboard focus');
}

describe('keyboard', () => {
  it('arrow keys visit every event of the seed in time order, Enter shows the source sentence', async () => {
    const { page, errors } = await seedPage();
    try {
      const events = readExampleData('seed.json');
      const byId = new Map(events.map((e) => [e.id, e]));
      // The time order is what the list view lists (it is sorted by time).
      const timeOrder = await listedEventIds(page, '#timeline');
      expect(timeOrder).toHaveLength(events.length);

      await tabIntoTimeline(page);
      await tabToEvents(page);
      await page.keyboard.press('Home');
      const visited: string[] = [];
      let current = await focusedEventId(page, '#timeline');
      visited.push(current!);
      for (let i = 0; i < events.length + 2; i++) {
        await page.keyboard.press('ArrowRight');
        const next = await focusedEventId(page, '#timeline');
        if (next === current) break; // the last one
        current = next;
        visited.push(current!);
      }
      expect(visited).toEqual(timeOrder);
      // and time order means non-decreasing earliest day
      const days = visited.map((id) => byId.get(id)!.date.earliest);
      for (let i = 1; i < days.length; i++) expect(days[i] >= days[i - 1] || byId.get(visited[i])!.date.latest >= days[i - 1]).toBe(true);

      // ArrowLeft goes back one
      await page.keyboard.press('ArrowLeft');
      expect(await focusedEventId(page, '#timeline')).toBe(visited[visited.length - 2]);

      // Enter opens the details with the sentence the event came from
      const target = (await focusedEventId(page, '#timeline'))!;
      await page.keyboard.press('Enter');
      const details = await page.evaluate(() => {
        const root = document.getElementById('timeline')!.shadowRoot ?? document.getElementById('timeline')!;
        const panel = root.querySelector<HTMLElement>('[data-part="details"]')!;
        return { hidden: panel.hidden, id: panel.getAttribute('data-event-id'), sentence: panel.querySelector('.et-source-sentence')?.textContent ?? '' };
      });
      expect(details.hidden).toBe(false);
      expect(details.id).toBe(target);
      expect(details.sentence.replace(/\s+/g, ' ')).toContain(byId.get(target)!.sentence.replace(/\s+/g, ' '));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('mouse', () => {
  it('a wheel zooms in: the axis domain narrows around the pointer', async () => {
    const { page, errors } = await seedPage();
    try {
      const box = await plotBox(page, '#timeline');
      const [a0, b0] = await domainOf(page);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(300);
      const [a1, b1] = await domainOf(page);
      expect(b1 - a1).toBeLessThan((b0 - a0) * 0.9);
      expect(a1).toBeGreaterThanOrEqual(a0);
      expect(b1).toBeLessThanOrEqual(b0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a drag pans: the domain keeps its width and moves against the drag', async () => {
    const { page, errors } = await seedPage();
    try {
      const box = await plotBox(page, '#timeline');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(300);
      const [a0, b0] = await domainOf(page);
      const y = box.y + box.height - 12;
      await page.mouse.move(box.x + box.width * 0.6, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * 0.6 - i * 20, y);
      await page.mouse.up();
      const [a1, b1] = await domainOf(page);
      expect(Math.abs(b1 - a1 - (b0 - a0))).toBeLessThan((b0 - a0) * 0.01);
      expect(a1).toBeGreaterThan(a0); // dragged left: later times come into view
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('a click on an event selects it', async () => {
    const { page, errors } = await seedPage();
    try {
      const target = await page.evaluate(() => {
        const root = document.getElementById('timeline')!.shadowRoot ?? document.getElementById('timeline')!;
        const mark = root.querySelector('svg g.et-event[data-event-id] .et-marker') ?? root.querySelector('svg g.et-event[data-event-id]');
        const r = mark!.getBoundingClientRect();
        return { id: mark!.closest('[data-event-id]')!.getAttribute('data-event-id'), x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      expect(await selectedOf(page)).toBeNull();
      await page.mouse.click(target.x, target.y);
      expect(await selectedOf(page)).toBe(target.id);
      const marked = await page.evaluate((id) => {
        const root = document.getElementById('timeline')!.shadowRoot!;
        return [...root.querySelectorAll('g.et-selected')].map((g) => g.getAttribute('data-event-id'));
      }, target.id);
      expect(marked.length).toBeGreaterThan(0);
      expect(new Set(marked)).toEqual(new Set([target.id]));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('touch', () => {
  it('a two-finger pinch zooms in', async () => {
    const { page, errors } = await seedPage();
    try {
      const box = await plotBox(page, '#timeline');
      const [a0, b0] = await domainOf(page);
      const cdp = await session.context.newCDPSession(page);
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const points = (spread: number) => [
        { x: cx - spread, y: cy, id: 0 },
        { x: cx + spread, y: cy, id: 1 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(40) });
      for (let s = 50; s <= 240; s += 10) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(s) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(200);
      const [a1, b1] = await domainOf(page);
      expect(b1 - a1).toBeLessThan((b0 - a0) * 0.6);
      await cdp.detach();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('phone viewport 375×667', () => {
  it('shows a usable timeline: fits the width, draws marks on screen, keeps every event', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 375, height: 667 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(`${session.url}/examples/seed/`);
      await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
      const layout = await page.evaluate(() => {
        const host = document.getElementById('timeline')!;
        const root = host.shadowRoot ?? host;
        const svg = root.querySelector('svg')!.getBoundingClientRect();
        const marks = [...root.querySelectorAll('svg g.et-event, svg g.et-cluster')].map((g) => g.getBoundingClientRect());
        const onScreen = marks.filter((r) => r.width > 0 && r.right > 0 && r.left < innerWidth);
        const buttons = [...root.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().width > 0).map((b) => b.getBoundingClientRect());
        return {
          scrollWidth: document.documentElement.scrollWidth,
          svgLeft: svg.left,
          svgRight: svg.right,
          onScreen: onScreen.length,
          smallestButton: Math.min(...buttons.map((r) => Math.min(r.width, r.height))),
        };
      });
      expect(layout.scrollWidth).toBeLessThanOrEqual(375);
      expect(layout.svgLeft).toBeGreaterThanOrEqual(0);
      expect(layout.svgRight).toBeLessThanOrEqual(375);
      expect(layout.onScreen).toBeGreaterThan(0);
      expect(layout.smallestButton).toBeGreaterThanOrEqual(24);
      expect(await listedEventIds(page, '#timeline')).toHaveLength(readExampleData('seed.json').length);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
