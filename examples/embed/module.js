// 1. The ES module build: import what you need.
import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { loadEvents, setStatus, markReady, fail } from '../shared/load.js';

try {
  const events = await loadEvents('../data/seed.json');
  const moduleTimeline = createTimeline(document.getElementById('timeline-module'), events, { lang: 'nl', lanes: 'actor' });
  // 2. is made by global.js with the EventTimeline global (a deferred classic script that runs before this module).
  const globalTimeline = await window.globalTimelineReady;
  // 3. The element loads its own data; wait until it has drawn.
  const element = document.getElementById('timeline-element');
  await customElements.whenDefined('event-timeline');
  await element.ready;
  setStatus(`Three timelines of ${events.length} events each.`);
  markReady([moduleTimeline, globalTimeline, element.timeline ?? element.controller]);
} catch (error) {
  fail(error);
}
