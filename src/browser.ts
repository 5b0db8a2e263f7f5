/**
 * The one-script-tag bundle: the interactive part of `event-timeline/timeline` on the global `EventTimeline`, and
 * `<event-timeline>` registered as soon as the script runs. The static SVG renderer (`renderTimelineSVG`) is not in
 * it, as the page draws the interactive timeline; a page that wants static SVGs loads
 * `dist/event-timeline-static.min.js` (src/browser-static.ts), and Node and bundlers import it from the package.
 */
import { defineTimelineElement } from './timeline.js';

export {
  createTimeline,
  defineTimelineElement,
  eventsFromJson,
  TIMELINE_TAG,
  eventFilter,
  filterChoices,
  EVENT_KINDS,
  resolveLabels,
  THEMES,
  contrastRatio,
  prepareEvents,
  layoutViewport,
} from './timeline.js';

if (typeof customElements !== 'undefined' && typeof HTMLElement !== 'undefined') defineTimelineElement();
