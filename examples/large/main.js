import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { generateEvents } from './generate.js';
import { setStatus, markReady, fail } from '../shared/load.js';

const select = document.getElementById('size');
const host = document.getElementById('timeline');
let timeline = null;

function show(count) {
  document.documentElement.dataset.ready = 'false';
  const t0 = performance.now();
  const events = generateEvents(count);
  const t1 = performance.now();
  if (timeline) timeline.update(events);
  else timeline = createTimeline(host, events, { lanes: 'actor', lang: 'en' });
  const t2 = performance.now();
  const nodes = timeline.root.querySelectorAll('*').length;
  setStatus(
    `${count.toLocaleString('en')} events: generated in ${Math.round(t1 - t0)} ms, drawn in ${Math.round(t2 - t1)} ms, ` +
      `${nodes.toLocaleString('en')} elements in the timeline.`,
  );
  markReady([timeline]);
}

try {
  const initial = Number(new URLSearchParams(location.search).get('n') ?? 1000);
  if ([...select.options].some((o) => Number(o.value) === initial)) select.value = String(initial);
  show(Number(select.value));
  select.addEventListener('change', () => show(Number(select.value)));
} catch (error) {
  fail(error);
}
