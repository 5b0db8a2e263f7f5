/**
 * Dutch temporal expressions. Parsers are listed from specific to general: where two match overlapping text the
 * longer match wins, then the earlier parser. Refiners run in order: count amounts from the date after them ("drie
 * dagen na Kerstmis"), join clock times to their day, join two dates into one range, stretch "sinds" dates into
 * periods, then re-anchor "drie dagen later" to the previous date (all but the clock shared, with Dutch words).
 */
import type { TemporalLocale } from '../../../temporal/contract.js';
import { anchorToPreviousDate, offsetFromAnchorRefiner, periodSinceRefiner, rangeJoinRefiner } from '../../../temporal/refiners/index.js';
import { OFFSET_FROM_ANCHOR_WORDS, RANGE_WORDS, SINCE_WORDS } from '../words.js';
import { absoluteDateParser } from './parsers/absolute-date.js';
import { calendarPartParser } from './parsers/calendar-part.js';
import { decadeCenturyParser } from './parsers/decade-century.js';
import { durationParser } from './parsers/duration.js';
import { eventRelationParser } from './parsers/event-relation.js';
import { holidayParser } from './parsers/holiday.js';
import { monthParser } from './parsers/month.js';
import { nthWeekdayParser } from './parsers/nth-weekday.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { ordinalDayParser } from './parsers/ordinal-day.js';
import { partOfUnitParser } from './parsers/part-of-unit.js';
import { rangeParser } from './parsers/range.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativeOffsetParser } from './parsers/relative-offset.js';
import { relativeUnitParser } from './parsers/relative-unit.js';
import { setParser } from './parsers/set.js';
import { spelledDateParser } from './parsers/spelled-date.js';
import { stretchParser } from './parsers/stretch.js';
import { timeOfDayParser } from './parsers/time-of-day.js';
import { vagueReferenceParser } from './parsers/vague-reference.js';
import { weekdayParser } from './parsers/weekday.js';
import { weekParser } from './parsers/week.js';
import { namedPeriodParser } from './parsers/named-period.js';
import { weekdayDateParser } from './parsers/weekday-date.js';
import { yearParser } from './parsers/year.js';
import { dateWithTimeRefiner } from './refiners/date-with-time.js';
import { tenseAround } from './resolve.js';

export const temporal: TemporalLocale = {
  parsers: [
    rangeParser,
    absoluteDateParser,
    numericDateParser,
    spelledDateParser,
    ordinalDayParser,
    holidayParser,
    weekParser,
    namedPeriodParser,
    partOfUnitParser,
    calendarPartParser,
    decadeCenturyParser,
    weekdayDateParser,
    nthWeekdayParser,
    relativeOffsetParser,
    setParser,
    relativeUnitParser,
    vagueReferenceParser,
    relativeDayParser,
    weekdayParser,
    timeOfDayParser,
    monthParser,
    yearParser,
    stretchParser,
    durationParser,
    eventRelationParser,
  ],
  refiners: [offsetFromAnchorRefiner(OFFSET_FROM_ANCHOR_WORDS), dateWithTimeRefiner, rangeJoinRefiner(RANGE_WORDS, (context, start, end) => tenseAround(context, start, end)), periodSinceRefiner(SINCE_WORDS), anchorToPreviousDate],
};
