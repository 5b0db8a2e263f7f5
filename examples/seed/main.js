import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { loadEvents, setStatus, markReady, fail } from '../shared/load.js';

try {
  const events = await loadEvents('../data/seed.json');
  const timeline = createTimeline(document.getElementById('timeline'), events, { lang: 'nl', lanes: 'actor' });
  // Open on the weeks around the article's month; "Alles tonen" (show all) goes back to the whole span.
  timeline.zoomTo('2020-07-20', '2020-09-10');
  setStatus(`${events.length} events from one article.`);
  markReady([timeline]);
} catch (error) {
  fail(error);
}
