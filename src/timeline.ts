/**
 * `event-timeline/timeline`: the honest, interactive, accessible SVG timeline.
 *
 * - {@link createTimeline} mounts the interactive component in a container (inside a Shadow DOM root).
 * - {@link renderTimelineSVG} returns a standalone SVG string (Node or browser), drawn by the same code.
 * - {@link defineTimelineElement} registers `<event-timeline src="events.json" lang="nl" lanes="actor">`.
 * - {@link prepareEvents} and {@link layoutViewport} are the pure layout underneath, for custom renderers.
 *
 * @packageDocumentation
 */

/** Mount the interactive timeline; see {@link TimelineOptions} and {@link TimelineController}. */
export { createTimeline } from './timeline/render/create-timeline.js';
export type {
  FitMode,
  TimelineController,
  TimelineEventMap,
  TimelineOptions,
  TimelineTheme,
} from './timeline/render/create-timeline.js';

/** Render a standalone SVG string: synchronous, no DOM, the same in Node and browsers; and the CSS of its style-free form. */
export { renderTimelineSVG, staticSvgStylesheet } from './timeline/static.js';
export type { StaticTimelineOptions, StaticStyles } from './timeline/static.js';

/** Register the `<event-timeline>` custom element. */
export { defineTimelineElement, eventsFromJson, TIMELINE_TAG } from './timeline/element.js';
export type { EventTimelineElement } from './timeline/element.js';

/** Filters by kind, actor, place and article, as values. */
export { eventFilter, filterChoices, EVENT_KINDS } from './timeline/render/filter-model.js';
export type { TimelineFilters, FilterChoice } from './timeline/render/filter-model.js';

/** Interface text, built in for Dutch and English. */
export { resolveLabels } from './timeline/render/labels.js';
export type { TimelineLabels } from './timeline/render/labels.js';

/** Theme colours (the defaults of the `--et-*` custom properties) and the WCAG contrast helper. */
export { THEMES } from './timeline/styles/tokens.js';
export type { ThemeName, ThemeTokens } from './timeline/styles/tokens.js';
export { contrastRatio } from './timeline/styles/contrast.js';

/** The pure layout. */
export { prepareEvents, layoutViewport } from './timeline/layout/index.js';
export type {
  LaneField,
  MarkShape,
  PreparedEvent,
  PreparedTimeline,
  PlacedEvent,
  PlacedCluster,
  Lane,
  ViewportLayout,
  LayoutOptions,
  PrepareOptions,
} from './timeline/layout/types.js';
