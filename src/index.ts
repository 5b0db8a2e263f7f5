/** event-timeline: every public export, named. */
export * from './extract.js';
export * from './timeline.js';
export type * from './types.js';
