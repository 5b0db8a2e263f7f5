/**
 * Reader gestures on an event-timeline, dispatched as the browser would (WheelEvent, MouseEvent) so they go through
 * d3-zoom exactly as a mouse does: wheel notches of deltaY ±100 (×1.15 zoom each, a common mouse wheel step) at
 * the middle of the plot, and drags of 30 px per frame. Runs in the browser.
 */
import { cpuNow, forceLayout, measureFrame, measureStep } from './measure.js';

/** d3-zoom's default: a wheel notch of deltaY 100 zooms by 2^0.2. */
export const NOTCH_ZOOM = 2 ** 0.2;

/** Wheel notches for the zoom of twelve 0.75 steps (measure.js's zoomPanWindows), about 31.6×. */
export const WHEEL_NOTCHES = Math.round(Math.log(1 / 0.75 ** 12) / Math.log(NOTCH_ZOOM));

/**
 * Time the work of timer tasks (d3-zoom ends a wheel gesture 150 ms after the last notch, in a setTimeout), so the
 * layout that follows a gesture is measured too, and of idle callbacks (the layouts a gesture will need next are
 * made in idle time between its frames), reported apart: they run when a frame has left time over. Install before
 * the timeline is created.
 */
export function timeTimerTasks() {
  const tasks = [];
  const idleTasks = [];
  const original = window.setTimeout;
  const originalIdle = window.requestIdleCallback;
  const timed = (list, callback) => (...args) => {
    const t0 = performance.now();
    callback(...args);
    forceLayout();
    list.push(performance.now() - t0);
  };
  window.setTimeout = (callback, delay, ...args) => original(() => timed(tasks, callback)(...args), delay);
  if (originalIdle) window.requestIdleCallback = (callback, options) => originalIdle.call(window, timed(idleTasks, callback), options);
  return {
    tasks,
    idleTasks,
    restore: () => {
      window.setTimeout = original;
      if (originalIdle) window.requestIdleCallback = originalIdle;
    },
  };
}

function plotPoint(target) {
  const box = target.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 120) };
}

/**
 * `notches` wheel notches (negative: zoom in), one per frame; returns each frame's time, the browser's style and
 * layout part of it (measureFrame), and the main thread's CPU time over all of them (read once before and once
 * after, so the notches come as quickly as the frames allow).
 */
export async function wheel(target, notches) {
  const { x, y } = plotPoint(target);
  const times = [];
  const browser = [];
  const c0 = await cpuNow();
  for (let i = 0; i < Math.abs(notches); i++) {
    const event = new WheelEvent('wheel', { deltaY: Math.sign(notches) * 100, deltaMode: 0, clientX: x, clientY: y, bubbles: true, cancelable: true, view: window });
    const frame = await measureFrame(() => target.dispatchEvent(event), { cpu: false });
    times.push(frame.total);
    browser.push(frame.browser);
  }
  return { times, browser, cpu: (await cpuNow()) - c0 };
}

/**
 * A drag of `moves` × `step` px (negative: to the left), one move per frame, as mouse events (d3-zoom) or, with
 * `kind: 'pointer'`, as the pointer events Hammer.js listens to (vis-timeline). Returns move times, their browser
 * part (measureFrame), the CPU time over all moves (as wheel) and the release's time.
 */
export async function drag(target, moves, step, kind = 'mouse') {
  const start = plotPoint(target);
  const [down, move, up] = kind === 'pointer' ? ['pointerdown', 'pointermove', 'pointerup'] : ['mousedown', 'mousemove', 'mouseup'];
  const Event = kind === 'pointer' ? PointerEvent : MouseEvent;
  const pointerFields = kind === 'pointer' ? { pointerId: 1, pointerType: 'mouse', isPrimary: true } : {};
  const event = (type, x) =>
    new Event(type, { clientX: x, clientY: start.y, button: 0, buttons: type === up ? 0 : 1, bubbles: true, cancelable: true, view: window, ...pointerFields });
  target.dispatchEvent(event(down, start.x));
  const times = [];
  const browser = [];
  let x = start.x;
  const c0 = await cpuNow();
  for (let i = 0; i < moves; i++) {
    x += step;
    const moved = event(move, x);
    const frame = await measureFrame(() => window.dispatchEvent(moved), { cpu: false });
    times.push(frame.total);
    browser.push(frame.browser);
  }
  const cpu = (await cpuNow()) - c0;
  const release = await measureStep(() => window.dispatchEvent(event(up, x)));
  return { times, browser, cpu, release };
}

/** Wait for timers to fire (a wheel gesture's end) and two frames. */
export async function idle(ms = 400) {
  await new Promise((ok) => window.setTimeout(ok, ms));
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
}
