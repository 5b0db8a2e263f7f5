/** Dutch. */
import type { Locale } from '../types.js';
import { events } from './events.js';
import { temporal } from './temporal/index.js';
import { text } from './text.js';

export const nl: Locale = { code: 'nl', name: 'Dutch', text, temporal, events };
