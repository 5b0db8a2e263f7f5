/**
 * Shared temporal machinery for every locale: regex building blocks, TIMEX3 value spelling, resolution against the
 * document date's honest span, sentence tense cues, and event-relative shifts. Nothing here knows a language.
 */
export * from './patterns.js';
export * from './values.js';
export * from './resolve.js';
export * from './sentence.js';
export * from './event-shift.js';
export * from './candidate.js';
export * from './number-words.js';
export * from './holidays.js';
export * from './numeric-date.js';
export * from './periods.js';
export * from './stretch.js';
export * from './day-arithmetic.js';
export * from './reach.js';
