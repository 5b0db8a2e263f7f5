import { createTimeline, prepareEvents, layoutViewport } from '../../dist/event-timeline.esm.min.js';
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

  // Breakdown: the pure layout alone (no DOM) on the same data and the same windows, to tell layout cost from
  // drawing cost. Text width is estimated (7 px a character) as no canvas is involved.
  const t0 = performance.now();
  const prepared = prepareEvents(events, { lanes: 'actor' });
  const prepareMs = performance.now() - t0;
  const width = host.clientWidth || 1200;
  const layoutTimes = [];
  for (const w of zoomPanWindows(start, end)) {
    const k = width / (w.end - w.start);
    const l0 = performance.now();
    layoutViewport(prepared, { x: (t) => (t - w.start) * k, invert: (px) => w.start + px / k, width, measureText: (s) => s.length * 7 });
    layoutTimes.push(performance.now() - l0);
  }
  return { count, firstRender, frames: summarise(times), nodes: maxNodes, prepareMs, layout: summarise(layoutTimes) };
};
window.benchReady = true;
