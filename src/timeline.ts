/** `event-timeline/timeline`: the interactive SVG timeline. */
export {};
