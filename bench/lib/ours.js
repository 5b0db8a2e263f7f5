import { createTimeline, prepareEvents, layoutViewport } from '../../dist/event-timeline.esm.min.js';
import { generateEvents } from '../../examples/large/generate.js';
import { measureFrame, measureStep, forceLayout, nextFrame, zoomPanWindows, countNodes, summarise } from './measure.js';
import { WHEEL_NOTCHES as notches, drag, idle, timeTimerTasks, wheel } from './gestures.js';

/**
 * event-timeline on `count` generated events, one lane per actor. Zoom and pan go through the controller's
 * zoomTo (immediate: the benchmark browser runs with prefers-reduced-motion, so no transition is involved).
 */
window.runOurs = async function runOurs(count) {
  const events = generateEvents(count);
  const host = document.getElementById('host');
  await nextFrame();
  let timeline;
  const first = await measureFrame(() => {
    timeline = createTimeline(host, events, { lanes: 'actor', lang: 'en', theme: 'light' });
  });
  const nodesAfterFirst = countNodes(host);
  let domain = null;
  timeline.on('zoom', ({ start, end }) => (domain = [start.valueOf(), end.valueOf()]));
  timeline.fit();
  if (!domain) throw new Error('fit() reported no zoom');
  const [start, end] = domain;
  const times = [];
  const cpu = [];
  let maxNodes = nodesAfterFirst;
  for (const w of zoomPanWindows(start, end)) {
    const step = await measureFrame(() => timeline.zoomTo(new Date(w.start), new Date(w.end)));
    times.push(step.total);
    cpu.push(step.cpu);
    maxNodes = Math.max(maxNodes, countNodes(host));
  }
  // The same steps as a scroll-linked story sends them: transient, so each step only moves marks, and the layout
  // follows 150 ms after the last one (measured as settle).
  timeline.fit();
  await nextFrame();
  const timers = timeTimerTasks();
  timers.idleTasks.length = 0;
  const transientTimes = [];
  for (const w of zoomPanWindows(start, end)) {
    transientTimes.push(await measureStep(() => timeline.zoomTo(new Date(w.start), new Date(w.end), { transient: true })));
  }
  timers.tasks.length = 0;
  const transientIdle = timers.idleTasks.splice(0);
  await idle();
  const transientSettle = timers.tasks.reduce((a, b) => a + b, 0);
  timers.restore();
  forceLayout();
  timeline.destroy();

  // Breakdown: the pure layout alone (no DOM) on the same data and the same windows, to tell layout cost from
  // drawing cost. Text width is estimated (7 px a character) as no canvas is involved. Two ways: cold (a new
  // measuring function and no previous layout each step: every label measured, no row hints) and as the timeline
  // calls it (the same function, whose widths are remembered, and the previous step's layout).
  const t0 = performance.now();
  const prepared = prepareEvents(events, { lanes: 'actor' });
  const prepareMs = performance.now() - t0;
  const width = host.clientWidth || 1200;
  const layoutTimes = [];
  const frameLayoutTimes = [];
  const measureText = (s) => s.length * 7;
  let previous;
  for (const w of zoomPanWindows(start, end)) {
    const k = width / (w.end - w.start);
    const x = (t) => (t - w.start) * k;
    const invert = (px) => w.start + px / k;
    const l0 = performance.now();
    layoutViewport(prepared, { x, invert, width, measureText: (s) => s.length * 7 });
    const l1 = performance.now();
    previous = layoutViewport(prepared, { x, invert, width, measureText, previous });
    frameLayoutTimes.push(performance.now() - l1);
    layoutTimes.push(l1 - l0);
  }
  return {
    count,
    firstRender: first.total,
    firstRenderCpu: first.cpu,
    frames: summarise(times),
    cpu: summarise(cpu),
    transient: summarise(transientTimes),
    transientSettle,
    transientAhead: aheadSummary(transientIdle),
    nodes: maxNodes,
    prepareMs,
    layout: summarise(layoutTimes),
    frameLayout: summarise(frameLayoutTimes),
  };
};
/**
 * The same zoom and pan range as runOurs, done as a reader does it: 25 wheel notches in (×1.15 each, ≈ the 31.6×
 * of twelve 0.75 steps), a drag of 48 × 30 px to the left and one back, 25 notches out. Frames are the gesture's
 * frames; `settle` is all the work after each gesture ends: the full layout (wheel idle for 150 ms, or mouse up)
 * and the layout made ahead for the next gesture.
 */
window.runOursGestures = async function runOursGestures(count) {
  const events = generateEvents(count);
  const host = document.getElementById('host');
  const timers = timeTimerTasks();
  await nextFrame();
  const timeline = createTimeline(host, events, { lanes: 'actor', lang: 'en', theme: 'light' });
  forceLayout();
  const svg = timeline.root.querySelector('svg[data-part="plot"]');
  const frames = [];
  const browserFrames = [];
  let cpuTotal = 0;
  let cpuFrames = 0;
  const settle = [];
  const ahead = [];
  let maxNodes = countNodes(host);
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  // Timer work that ran between a gesture's frames counts as frames; what runs after it ends (the final layout,
  // the layout made ahead for the next gesture) is its settle cost.
  const gesture = async (run) => {
    await idle();
    timers.tasks.length = 0;
    const { times, browser, cpu, release = 0 } = await run();
    frames.push(...times, ...timers.tasks);
    browserFrames.push(...browser);
    cpuTotal += cpu;
    cpuFrames += times.length;
    ahead.push(...timers.idleTasks.splice(0));
    timers.tasks.length = 0;
    maxNodes = Math.max(maxNodes, countNodes(host));
    await idle();
    settle.push(release + sum(timers.tasks) + sum(timers.idleTasks.splice(0)));
  };
  await gesture(() => wheel(svg, -notches));
  for (const step of [-30, 30]) await gesture(() => drag(svg, 48, step));
  await gesture(() => wheel(svg, notches));
  timers.restore();
  timeline.destroy();
  return { count, frames: summarise(frames), browser: summarise(browserFrames), cpuMean: cpuTotal / cpuFrames, settle: summarise(settle), ahead: aheadSummary(ahead), nodes: maxNodes };
};
/** Idle-time work (layouts made ahead during a gesture): how many tasks, the longest, and all of it, in ms. */
function aheadSummary(times) {
  return { tasks: times.length, max: times.length ? Math.max(...times) : 0, total: times.reduce((a, b) => a + b, 0) };
}
window.benchReady = true;
