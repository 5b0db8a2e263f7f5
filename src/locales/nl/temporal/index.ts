import type { TemporalLocale } from '../../../temporal/contract.js';

export const temporal: TemporalLocale = { parsers: [], refiners: [] };
