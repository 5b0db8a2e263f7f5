/**
 * Stands in for d3-transition in the one-script-tag bundle only (see rollup.config.js). d3-zoom and d3-brush
 * import `interrupt` and call `selection.interrupt()` to stop their own transitions; the timeline never starts a
 * d3 transition (zoom-control animates by frames, and d3-zoom's double-click transition is replaced), so there
 * is never one to stop, and ~13 KB of transition, easing and timer code stay out of the bundle.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

(selection.prototype as unknown as { interrupt(this: unknown): unknown }).interrupt = function () {
  return this;
};
