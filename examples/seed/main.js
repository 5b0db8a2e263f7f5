import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { loadEvents, setStatus, markReady, fail } from '../shared/load.js';

try {
  const events = await loadEvents('../data/seed.json');
  const timeline = createTimeline(document.getElementById('timeline'), events, { lang: 'nl', lanes: 'actor', legend: 'above' });
  setStatus(`${events.length} events from one article.`);
  markReady([timeline]);
} catch (error) {
  fail(error);
}
