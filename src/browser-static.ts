/**
 * The static SVG renderer for a page, apart from the interactive bundle: the global `EventTimelineStatic` with
 * `renderTimelineSVG` and `staticSvgStylesheet` (dist/event-timeline-static.min.js).
 */
export { renderTimelineSVG, staticSvgStylesheet } from './timeline/static.js';
