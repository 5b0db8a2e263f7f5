/** The one-script-tag bundle. */
export * from './timeline.js';
