/* global vis */
import { generateEvents } from '../../examples/large/generate.js';
import { measureFrame, forceLayout, nextFrame, zoomPanWindows, countNodes, summarise } from './measure.js';
import { NOTCH_ZOOM, WHEEL_NOTCHES, drag, idle, timeTimerTasks, wheel } from './gestures.js';

// vis-timeline's script: from ?lib= (bench/render.mjs serves the package from its real folder) or node_modules.
const VIS_SCRIPT = new URLSearchParams(location.search).get('lib') ?? '../../node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
await new Promise((ok, fail) => {
  const script = document.createElement('script');
  script.src = VIS_SCRIPT;
  script.onload = ok;
  script.onerror = () => fail(new Error(`vis-timeline did not load from ${VIS_SCRIPT}`));
  document.head.append(script);
});

const DAY = 86_400_000;
// zoomFriction makes one wheel notch zoom by d3-zoom's 2^0.2, as on event-timeline (vis zooms by 1 + 1/friction).
const OPTIONS = { width: '1200px', height: '700px', zoomFriction: 1 / (NOTCH_ZOOM - 1) };
const ms = (iso) => Date.parse(`${iso}T00:00:00Z`);

/** The same generated events as vis-timeline items: one group per first actor, points and ranges. */
function visData(count) {
  const events = generateEvents(count);
  const groups = [...new Set(events.map((e) => e.actors[0]))].sort().map((id) => ({ id, content: id }));
  const items = events.map((e) => {
    const start = ms(e.date.earliest);
    const end = ms(e.date.latest) + DAY;
    return e.date.certainty === 'period'
      ? { id: e.id, group: e.actors[0], content: e.title, start, end, type: 'range' }
      : { id: e.id, group: e.actors[0], content: e.title, start: (start + end) / 2, type: 'point' };
  });
  return { items, groups };
}

/** vis-timeline on the same generated events: first render, then the programmatic steps through setWindow. */
window.runVis = async function runVis(count) {
  const { items, groups } = visData(count);
  const host = document.getElementById('host');
  await nextFrame();
  let timeline;
  const first = await measureFrame(() => {
    timeline = new vis.Timeline(host, items, groups, OPTIONS);
  });
  const range = timeline.getWindow();
  const times = [];
  const cpu = [];
  for (const w of zoomPanWindows(range.start.valueOf(), range.end.valueOf())) {
    const step = await measureFrame(() => timeline.setWindow(w.start, w.end, { animation: false }));
    times.push(step.total);
    cpu.push(step.cpu);
  }
  forceLayout();
  const nodes = countNodes(host);
  timeline.destroy();
  return { count, firstRender: first.total, firstRenderCpu: first.cpu, frames: summarise(times), cpu: summarise(cpu), nodes };
};

/**
 * The reader gestures of runOursGestures on vis-timeline: 25 wheel notches in at the middle of the items panel,
 * a drag of 48 × 30 px to the left and one back (pointer events, which vis-timeline's Hammer.js listens to), 25
 * notches out. Frames are timed as on event-timeline, timer work between them included; as there, the release of
 * a drag and the timer work after a gesture are its `settle`, not frames.
 */
window.runVisGestures = async function runVisGestures(count) {
  const { items, groups } = visData(count);
  const host = document.getElementById('host');
  const timers = timeTimerTasks();
  await nextFrame();
  const timeline = new vis.Timeline(host, items, groups, OPTIONS);
  forceLayout();
  await idle();
  const center = host.querySelector('.vis-panel.vis-center');
  const frames = [];
  const browserFrames = [];
  let cpuTotal = 0;
  let cpuFrames = 0;
  const settle = [];
  let maxNodes = countNodes(host);
  const gesture = async (run) => {
    await idle();
    timers.tasks.length = 0;
    const before = timeline.getWindow();
    const { times, browser, cpu, release = 0 } = await run();
    frames.push(...times, ...timers.tasks);
    browserFrames.push(...browser);
    cpuTotal += cpu;
    cpuFrames += times.length;
    timers.tasks.length = 0;
    const after = timeline.getWindow();
    if (before.start.valueOf() === after.start.valueOf() && before.end.valueOf() === after.end.valueOf()) {
      throw new Error('vis-timeline did not move: the gesture was not received');
    }
    maxNodes = Math.max(maxNodes, countNodes(host));
    await idle();
    settle.push(release + timers.tasks.reduce((a, b) => a + b, 0));
  };
  await gesture(() => wheel(center, -WHEEL_NOTCHES));
  for (const step of [-30, 30]) await gesture(() => drag(center, 48, step, 'pointer'));
  await gesture(() => wheel(center, WHEEL_NOTCHES));
  timers.restore();
  timeline.destroy();
  return { count, frames: summarise(frames), browser: summarise(browserFrames), cpuMean: cpuTotal / cpuFrames, settle: summarise(settle), nodes: maxNodes };
};
window.benchReady = true;
