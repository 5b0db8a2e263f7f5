// 1. The ES module build: import what you need.
import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { loadEvents, setStatus, markReady, fail } from '../shared/load.js';

// 3. The element loads its own data (it may have done so already: its script ran before this module).
const element = document.getElementById('timeline-element');
const elementLoaded = new Promise((ok, fail) => {
  if (element.events?.length) ok();
  element.addEventListener('timeline-load', ok, { once: true });
  element.addEventListener('timeline-error', (event) => fail(new Error(String(event.detail?.message ?? event.detail))), { once: true });
});

try {
  const events = await loadEvents('../data/seed.json');
  const moduleTimeline = createTimeline(document.getElementById('timeline-module'), events, { lang: 'nl', lanes: 'actor' });
  // 2. is made by global.js with the EventTimeline global (a deferred classic script that runs before this module).
  const globalTimeline = await window.globalTimelineReady;
  await elementLoaded;
  setStatus(`Three timelines of ${events.length} events each.`);
  markReady([moduleTimeline, globalTimeline, element.timeline]);
} catch (error) {
  fail(error);
}
