import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { loadEvents, setStatus, markReady, fail } from '../shared/load.js';

// Count every CSP violation the page reports (there should be none).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
  document.getElementById('violations').textContent = String(window.cspViolations.length);
});

try {
  const events = await loadEvents('../data/seed.json');
  const timeline = createTimeline(document.getElementById('timeline'), events, { lang: 'nl', lanes: 'actor' });
  setStatus(`${events.length} events.`);
  markReady([timeline]);
} catch (error) {
  fail(error);
}
