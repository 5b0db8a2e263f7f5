// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHeightHold } from '../../../src/timeline/render/height-hold.js';
import { mount } from './mount.js';
import { SEED } from './fixtures/events.js';

/** Timers run by hand: `run()` fires what is due. */
function manualTimers() {
  let pending: { callback: () => void } | null = null;
  return {
    setTimeout: (callback: () => void) => (pending = { callback }),
    clearTimeout: (handle: unknown) => {
      if (handle === pending) pending = null;
    },
    run() {
      const due = pending;
      pending = null;
      due?.callback();
    },
    get pending() {
      return pending !== null;
    },
  };
}

describe('the height hold', () => {
  it('only grows while the view moves, and shrinks once it has been still', () => {
    const timers = manualTimers();
    const released = vi.fn();
    const hold = createHeightHold(released, timers);
    expect(hold.heightFor(300, false)).toBe(300); // still: what the lanes need
    expect(hold.heightFor(400, true)).toBe(400); // moving, taller: grows at once
    expect(hold.heightFor(250, true)).toBe(400); // moving, shorter: kept
    expect(hold.heightFor(260, false)).toBe(400); // another draw meanwhile (a focus move) keeps it too
    expect(released).not.toHaveBeenCalled();
    timers.run();
    expect(released).toHaveBeenCalledTimes(1);
    expect(hold.heightFor(260, false)).toBe(260);
  });
  it('asks for no redraw when nothing is held back', () => {
    const timers = manualTimers();
    const released = vi.fn();
    const hold = createHeightHold(released, timers);
    hold.heightFor(300, true);
    hold.heightFor(320, true);
    timers.run();
    expect(released).not.toHaveBeenCalled();
    expect(hold.heightFor(320, false)).toBe(320);
  });
  it('stops its timer when destroyed', () => {
    const timers = manualTimers();
    const hold = createHeightHold(() => {}, timers);
    hold.heightFor(300, true);
    expect(timers.pending).toBe(true);
    hold.destroy();
    expect(timers.pending).toBe(false);
  });
});

describe('a timeline whose view moves', () => {
  afterEach(() => vi.useRealTimers());
  it('keeps its SVG height until the view is still, then fits the lanes again', () => {
    vi.useFakeTimers();
    const { timeline, root, cleanup } = mount(SEED, { lanes: 'actor', height: 80 });
    try {
      const svg = root.querySelector('svg[data-part="plot"]')!;
      const height = () => Number(svg.getAttribute('height'));
      const tall = height();
      timeline.zoomTo('2020-08-30', '2020-08-31');
      expect(height()).toBe(tall);
      vi.advanceTimersByTime(1000);
      const short = height();
      expect(short).toBeLessThan(tall);
      // The released height is the one a timeline opened on that view has.
      const fresh = mount(SEED, { lanes: 'actor', height: 80 });
      try {
        fresh.timeline.zoomTo('2020-08-30', '2020-08-31');
        vi.advanceTimersByTime(1000);
        expect(Number(fresh.root.querySelector('svg[data-part="plot"]')!.getAttribute('height'))).toBe(short);
      } finally {
        fresh.cleanup();
      }
      // Growing is never held back: content is not clipped while the view moves.
      timeline.fit('all');
      expect(height()).toBe(tall);
    } finally {
      cleanup();
    }
  });
});
