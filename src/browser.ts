/**
 * The one-script-tag bundle: every export of `event-timeline/timeline` on the global `EventTimeline`,
 * and `<event-timeline>` registered as soon as the script runs.
 */
import { defineTimelineElement } from './timeline.js';

export * from './timeline.js';

if (typeof customElements !== 'undefined' && typeof HTMLElement !== 'undefined') defineTimelineElement();
