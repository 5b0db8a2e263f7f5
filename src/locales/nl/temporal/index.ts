/**
 * Dutch temporal expressions. Parsers are listed from specific to general: where two match overlapping text the
 * longer match wins, then the earlier parser.
 */
import type { TemporalLocale } from '../../../temporal/contract.js';
import { absoluteDateParser } from './parsers/absolute-date.js';
import { durationParser } from './parsers/duration.js';
import { monthParser } from './parsers/month.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativeUnitParser } from './parsers/relative-unit.js';
import { vagueReferenceParser } from './parsers/vague-reference.js';
import { weekdayParser } from './parsers/weekday.js';
import { yearParser } from './parsers/year.js';

export const temporal: TemporalLocale = {
  parsers: [
    absoluteDateParser,
    numericDateParser,
    relativeUnitParser,
    vagueReferenceParser,
    relativeDayParser,
    weekdayParser,
    monthParser,
    yearParser,
    durationParser,
  ],
  refiners: [],
};
