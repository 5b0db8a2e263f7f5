/** English. */
import type { Locale } from '../types.js';
import { events } from './events.js';
import { temporal } from './temporal/index.js';
import { text } from './text.js';

export const en: Locale = { code: 'en', name: 'English', text, temporal, events };
