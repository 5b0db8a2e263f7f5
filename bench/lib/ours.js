import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { generateEvents } from '../../examples/large/generate.js';
import { measureStep, forceLayout, nextFrame, zoomPanWindows, countNodes, summarise } from './measure.js';

/**
 * event-timeline on `count` generated events, one lane per actor. Zoom and pan go through the controller's
 * zoomTo (immediate: the benchmark browser runs with prefers-reduced-motion, so no transition is involved).
 */
window.runOurs = async function runOurs(count) {
  const events = generateEvents(count);
  const host = document.getElementById('host');
  await nextFrame();
  let timeline;
  const firstRender = await measureStep(() => {
    timeline = createTimeline(host, events, { lanes: 'actor', lang: 'en', theme: 'light' });
  });
  const nodesAfterFirst = countNodes(host);
  let domain = null;
  timeline.on('zoom', ({ start, end }) => (domain = [start.valueOf(), end.valueOf()]));
  timeline.fit();
  if (!domain) throw new Error('fit() reported no zoom');
  const [start, end] = domain;
  const times = [];
  let maxNodes = nodesAfterFirst;
  for (const w of zoomPanWindows(start, end)) {
    times.push(await measureStep(() => timeline.zoomTo(new Date(w.start), new Date(w.end))));
    maxNodes = Math.max(maxNodes, countNodes(host));
  }
  forceLayout();
  timeline.destroy();
  return { count, firstRender, frames: summarise(times), nodes: maxNodes };
};
window.benchReady = true;
