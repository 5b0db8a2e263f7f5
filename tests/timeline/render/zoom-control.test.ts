// @vitest-environment jsdom
/**
 * The plot's own zoom gestures (zoom-control.ts, in place of d3-zoom): a wheel zooms around the pointer with
 * d3-zoom's step and settles 150 ms after the frame of the last notch, a drag pans and swallows the click that ends it, and the
 * zoom never leaves its limits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createZoomControl, type ZoomPhase } from '../../../src/timeline/render/zoom-control.js';
import { ZoomTransform, zoomIdentity } from '../../../src/timeline/render/zoom-transform.js';

const WIDTH = 800;
const win = document.defaultView!;

function mount(maxZoom = 100) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  const abort = new AbortController();
  let transform = zoomIdentity;
  const zooms: [ZoomTransform, ZoomPhase][] = [];
  let settled = 0;
  const control = createZoomControl(svg, {
    width: () => WIDTH,
    maxZoom: () => maxZoom,
    current: () => transform,
    onZoom: (t, phase) => {
      transform = t;
      zooms.push([t, phase]);
    },
    onSettle: () => settled++,
    signal: abort.signal,
  });
  return { svg, control, zooms, settled: () => settled, transform: () => transform, set: (t: ZoomTransform) => (transform = t), destroy: () => (control.destroy(), abort.abort(), svg.remove()) };
}

const mouse = (type: string, x: number) => {
  const event = new MouseEvent(type, { clientX: x, clientY: 20, button: 0, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'view', { value: win });
  return event;
};
const wheel = (deltaY: number, x: number) => new WheelEvent('wheel', { deltaY, deltaMode: 0, clientX: x, clientY: 20, bubbles: true, cancelable: true });

let view: ReturnType<typeof mount>;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  view?.destroy();
  vi.useRealTimers();
});

describe('the zoom control', () => {
  it('a wheel notch zooms by 2^0.2 around the pointer, and the gesture settles 150 ms after the last notch', () => {
    view = mount();
    const event = wheel(-100, 300);
    view.svg.dispatchEvent(event);
    view.svg.dispatchEvent(wheel(-100, 300));
    expect(event.defaultPrevented).toBe(true);
    const t = view.transform();
    expect(t.k).toBeCloseTo(2 ** 0.4, 9);
    expect(t.invertX(300)).toBeCloseTo(300, 9);
    expect(view.zooms.every(([, phase]) => phase === 'motion')).toBe(true);
    // 150 ms counted from the frame that drew the last notch (a slow frame is not the reader's pause)
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(149);
    expect(view.settled()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(view.settled()).toBe(1);
  });

  it('at its limits a wheel does nothing and leaves the page free to scroll', () => {
    view = mount(4);
    view.set(new ZoomTransform(4, -1200, 0));
    const event = wheel(-100, 300);
    view.svg.dispatchEvent(event);
    expect(view.zooms).toEqual([]);
    expect(event.defaultPrevented).toBe(false);
    view.svg.dispatchEvent(wheel(-2000, 300));
    view.svg.dispatchEvent(wheel(5000, 300));
    // zoomed out as far as it goes: the whole extent, no further
    expect(view.transform()).toEqual(new ZoomTransform(1, 0, 0));
  });

  it('a drag pans by the distance moved, settles on release, and the click that ends it does not reach the plot', () => {
    view = mount();
    view.set(new ZoomTransform(4, -1200, 0));
    const clicks = vi.fn();
    view.svg.addEventListener('click', clicks);
    view.svg.dispatchEvent(mouse('mousedown', 400));
    win.dispatchEvent(mouse('mousemove', 370));
    win.dispatchEvent(mouse('mousemove', 350));
    expect(view.transform().x).toBeCloseTo(-1250, 9);
    expect(view.transform().k).toBe(4);
    win.dispatchEvent(mouse('mouseup', 350));
    expect(view.settled()).toBe(1);
    view.svg.dispatchEvent(mouse('click', 350));
    expect(clicks).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    // a click without a drag is a click
    view.svg.dispatchEvent(mouse('mousedown', 350));
    win.dispatchEvent(mouse('mouseup', 350));
    view.svg.dispatchEvent(mouse('click', 350));
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('scaleBy zooms around a plot x within the limits, as the keyboard and toolbar do', () => {
    view = mount(8);
    view.control.scaleBy(2, 200);
    expect(view.transform().k).toBe(2);
    expect(view.transform().invertX(200)).toBeCloseTo(200, 9);
    view.control.scaleBy(16, 200);
    expect(view.transform().k).toBe(8);
    expect(view.zooms.map(([, phase]) => phase)).toEqual(['final', 'final']);
  });
});
