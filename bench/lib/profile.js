/**
 * The page bench/profile.mjs drives: a timeline on generated events, and the steps it profiles (bench:render's
 * zoomTo steps, and wheel notches one a frame), each timed as bench/lib/measure.js times a frame.
 */
import { generateEvents } from '../../examples/large/generate.js';
import { measureFrame, nextFrame, zoomPanWindows } from './measure.js';
import { idle } from './gestures.js';

const bundle = new URLSearchParams(location.search).get('bundle') ?? '../../dist/event-timeline.esm.min.js';
const { createTimeline } = await import(bundle);
let timeline;
let windows = [];
let svg;

window.setup = async (count) => {
  const host = document.getElementById('host');
  const events = generateEvents(count);
  await nextFrame();
  const t0 = performance.now();
  timeline = createTimeline(host, events, { lanes: 'actor', lang: 'en', theme: 'light' });
  document.body.offsetHeight;
  const firstRender = performance.now() - t0;
  let domain;
  timeline.on('zoom', ({ start, end }) => (domain = [start.valueOf(), end.valueOf()]));
  timeline.fit();
  windows = zoomPanWindows(...domain);
  svg = timeline.root.querySelector('svg[data-part="plot"]');
  await idle();
  return firstRender;
};

/** `n` of the 48 zoomTo steps from step `from`, each timed. */
window.zoomSteps = async (from, n) => {
  const times = [];
  for (let i = from; i < from + n; i++) {
    const w = windows[i % windows.length];
    times.push(await measureFrame(() => timeline.zoomTo(new Date(w.start), new Date(w.end)), { cpu: false }));
  }
  return times;
};

/** Wheel notches at the plot's middle (negative: in), one a frame, each timed; the gesture has not ended after. */
window.wheelSteps = async (notches) => {
  const box = svg.getBoundingClientRect();
  const times = [];
  for (let i = 0; i < Math.abs(notches); i++) {
    const event = new WheelEvent('wheel', { deltaY: Math.sign(notches) * 100, clientX: box.left + box.width / 2, clientY: box.top + 120, bubbles: true, cancelable: true, view: window });
    times.push(await measureFrame(() => svg.dispatchEvent(event), { cpu: false }));
  }
  return times;
};

window.settle = () => idle();
window.profileReady = true;
