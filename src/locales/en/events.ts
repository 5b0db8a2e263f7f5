import type { EventCues } from '../types.js';

export const events: EventCues = {};
