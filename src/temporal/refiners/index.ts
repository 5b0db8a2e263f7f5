/** Language-independent refiners, in the order a locale usually runs them. */
export { anchorToPreviousDate } from './anchor-to-previous-date.js';
export { periodSinceRefiner } from './period-since.js';
export { rangeJoinRefiner, type RangeWords } from './range-join.js';
export { offsetFromAnchorRefiner, durationOffset, type OffsetWords } from './offset-from-anchor.js';
