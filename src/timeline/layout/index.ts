/** Pure timeline layout: prepare once per data update, lay out per viewport. No DOM. */
export * from './types.js';
export { prepareEvents } from './prepare.js';
export { layoutViewport, defaultLaneLabel } from './viewport.js';
export { fitLabel } from './fit-label.js';
export { DAY_MS, shapeOf, windowTimes } from './shape.js';
export { eventAt, nextInOrder } from './navigate.js';
