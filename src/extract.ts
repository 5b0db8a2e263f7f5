/** `event-timeline/extract`: articles in, dated event records out. No DOM code. */
export * from './time/calendar.js';
export { tagTemporalExpressions, type TagOptions } from './temporal/tagger.js';
