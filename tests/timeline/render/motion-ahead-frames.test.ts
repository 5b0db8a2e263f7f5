// @vitest-environment jsdom
/** The layout a gesture will need next is made between frames, so the frame where the old one runs out only draws. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount.js';
import { SEED, SHAPES } from './fixtures/events.js';

const layoutCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/timeline/layout/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/timeline/layout/index.js')>();
  return {
    ...original,
    layoutViewport: (...args: Parameters<typeof original.layoutViewport>) => {
      layoutCalls.count++;
      return original.layoutViewport(...args);
    },
  };
});

const EVENTS = [...SEED, ...SHAPES];
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const nextTask = () => new Promise((ok) => setTimeout(ok, 0));

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.cleanup();
  view = null;
});

/** Zoom out around 15 August 2020 in steps of 1.2, as a page driving the view does; layout calls per step. */
async function zoomOutSteps(betweenSteps: () => Promise<unknown>): Promise<number[]> {
  view = mount(EVENTS, { lanes: 'actor', width: 900 });
  const middle = Date.UTC(2020, 7, 15);
  view.timeline.zoomTo(iso(middle - 3 * DAY), iso(middle + 3 * DAY));
  await new Promise((ok) => setTimeout(ok, 200)); // the layout for the first gesture is made ahead, too
  const calls: number[] = [];
  let half = 3.5 * DAY;
  for (let i = 0; i < 6; i++) {
    half *= 1.2;
    const before = layoutCalls.count;
    view.timeline.zoomTo(new Date(middle - half), new Date(middle + half), { transient: true });
    calls.push(layoutCalls.count - before);
    await betweenSteps();
  }
  return calls;
}

describe('layouts made ahead during a gesture', () => {
  it('with time between frames, no frame of a steady zoom-out lays out', async () => {
    const calls = await zoomOutSteps(nextTask);
    expect(calls).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('without it, the frames where the layout runs out lay out themselves', async () => {
    const calls = await zoomOutSteps(async () => {});
    // 1.2 per step against a limit of 1.5: the layout runs out every third step
    expect(calls.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect(calls[0]).toBe(0);
  });
});
