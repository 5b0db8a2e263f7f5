/**
 * English temporal expressions: one parser per expression family, listed from specific to general (the tagger
 * prefers the longer match, then the earlier parser), and the language-independent refiners.
 */
import type { TemporalLocale } from '../../../temporal/contract.js';
import { anchorToPreviousDate, offsetFromAnchorRefiner, periodSinceRefiner, rangeJoinRefiner } from '../../../temporal/refiners/index.js';
import { OFFSET_FROM_ANCHOR_WORDS, RANGE_WORDS, SINCE_WORDS } from '../words.js';
import { countedOffset } from './counted-offset.js';
import { decadeCentury } from './decade-century.js';
import { durationParser } from './duration.js';
import { eventRelative } from './event-relative.js';
import { laterParser } from './later.js';
import { holidayParser } from './holiday.js';
import { monthParser } from './month.js';
import { namedPeriod } from './named-period.js';
import { nthWeekdayParser } from './nth-weekday.js';
import { numericDate } from './numeric-date.js';
import { ordinalDay } from './ordinal-day.js';
import { quarterHalf } from './quarter-half.js';
import { rangeParser } from './range.js';
import { relativeDay } from './relative-day.js';
import { relativeOffset } from './relative-offset.js';
import { relativeUnitParser } from './relative-unit.js';
import { samePeriod } from './same-period.js';
import { seasonParser } from './season.js';
import { setParser } from './set.js';
import { spelledDate } from './spelled-date.js';
import { stretchParser } from './stretch.js';
import { timeOfDay } from './time-of-day.js';
import { vagueReference } from './vague-reference.js';
import { weekOfMonthParser } from './week-of-month.js';
import { weekdayParser } from './weekday.js';
import { weekNumber } from './week-number.js';
import { weekdayDate } from './weekday-date.js';
import { writtenDate } from './written-date.js';
import { yearParser } from './year.js';
import { directionOf, tenseAt } from './shared.js';

export const temporal: TemporalLocale = {
  parsers: [
    timeOfDay,
    rangeParser,
    writtenDate,
    weekOfMonthParser,
    weekNumber,
    namedPeriod,
    weekdayDate,
    nthWeekdayParser,
    numericDate,
    spelledDate,
    ordinalDay,
    holidayParser,
    quarterHalf,
    seasonParser,
    monthParser,
    decadeCentury,
    yearParser,
    relativeDay,
    weekdayParser,
    relativeUnitParser,
    samePeriod,
    eventRelative,
    countedOffset,
    relativeOffset,
    setParser,
    stretchParser,
    durationParser,
    vagueReference,
    laterParser,
  ],
  // ranges as one; "since March", "since the storm in March": a period from that date up to the document date
  // "two weeks from Friday": an amount counted from the date right after it, before ranges join
  refiners: [offsetFromAnchorRefiner(OFFSET_FROM_ANCHOR_WORDS), rangeJoinRefiner(RANGE_WORDS, (context, start, end) => directionOf(tenseAt(context, start, end), 'nearest')), anchorToPreviousDate, periodSinceRefiner(SINCE_WORDS)],
};
