/* global vis */
import { generateEvents } from '../../examples/large/generate.js';
import { measureStep, forceLayout, nextFrame, zoomPanWindows, countNodes, summarise } from './measure.js';

const DAY = 86_400_000;
const ms = (iso) => Date.parse(`${iso}T00:00:00Z`);

/** vis-timeline on the same generated events: one group per first actor, points and ranges. */
window.runVis = async function runVis(count) {
  const events = generateEvents(count);
  const groups = [...new Set(events.map((e) => e.actors[0]))].sort().map((id) => ({ id, content: id }));
  const items = events.map((e) => {
    const start = ms(e.date.earliest);
    const end = ms(e.date.latest) + DAY;
    return e.date.certainty === 'period'
      ? { id: e.id, group: e.actors[0], content: e.title, start, end, type: 'range' }
      : { id: e.id, group: e.actors[0], content: e.title, start: (start + end) / 2, type: 'point' };
  });
  const host = document.getElementById('host');
  await nextFrame();
  let timeline;
  const firstRender = await measureStep(() => {
    timeline = new vis.Timeline(host, items, groups, { width: '1200px', height: '700px', animation: false });
  });
  const range = timeline.getWindow();
  const times = [];
  for (const w of zoomPanWindows(range.start.valueOf(), range.end.valueOf())) {
    times.push(await measureStep(() => timeline.setWindow(w.start, w.end, { animation: false })));
  }
  forceLayout();
  const nodes = countNodes(host);
  timeline.destroy();
  return { count, firstRender, frames: summarise(times), nodes };
};
window.benchReady = true;
