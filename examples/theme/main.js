import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { loadEvents, setStatus, markReady, fail } from '../shared/load.js';

try {
  const events = await loadEvents('../data/seed.json');
  const paper = createTimeline(document.getElementById('timeline-paper'), events, { lang: 'nl', lanes: 'actor' });
  const switchable = createTimeline(document.getElementById('timeline-dark'), events, { lang: 'nl', lanes: 'actor' });
  // Open both on the weeks around the article's month, where the colours of the kinds show best.
  for (const timeline of [paper, switchable]) timeline.zoomTo('2020-07-20', '2020-09-10');
  const section = document.getElementById('switchable');
  const toggle = document.getElementById('dark-toggle');
  const setDark = (dark) => {
    section.classList.toggle('dark', dark);
    toggle.setAttribute('aria-pressed', String(dark));
  };
  // Start from the reader's preference, then follow the switch.
  setDark(window.matchMedia('(prefers-color-scheme: dark)').matches);
  toggle.addEventListener('click', () => setDark(!section.classList.contains('dark')));
  setStatus(`${events.length} events, two themes.`);
  markReady([paper, switchable]);
} catch (error) {
  fail(error);
}
