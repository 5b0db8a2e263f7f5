/**
 * Document dates ("what today means" for an article): parsing and the window of days they can stand for.
 */
import { dayNumber, isValidDay, padNumber } from './calendar.js';
import { unitSpan, type DaySpan } from './units.js';
import type { DocumentDate } from '../types.js';

/** Thrown when a document date is malformed or impossible. `reason` says which. */
export class DocumentDateError extends RangeError {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`Invalid document date ${JSON.stringify(input)}: ${reason}`);
    this.name = 'DocumentDateError';
  }
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
/**
 * A day-first date `DD-MM-YYYY` (`03-02-2009` is 3 February 2009, as Dutch and British writers put it), with the
 * same optional time as the ISO form. Never read month first: `02-31-2009` is an impossible day, not 31 February.
 */
const DAY_FIRST_PATTERN = /^(\d{1,2})-(\d{1,2})-(\d{4})((?:[T ].*)?)$/;

/**
 * Parse `2020`, `2020-08`, `2020-08-16` or `2020-08-16T14:30` into a {@link DocumentDate}; a day-first
 * `16-08-2020` (or `16-08-2020 14:30`) is read as 16 August 2020.
 * A time zone suffix is accepted and ignored: the date as written is the local date of the article.
 * @throws DocumentDateError for anything malformed or impossible (`2020-13`, `2021-02-29`, `31-02-2009`).
 */
export function parseDocumentDate(input: string): DocumentDate {
  const trimmed = input.trim();
  const dayFirst = DAY_FIRST_PATTERN.exec(trimmed);
  // day first: the same date written ISO-wise, so both forms share every check below
  const text = dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}${dayFirst[4]}` : trimmed;
  const match = DATE_PATTERN.exec(text);
  if (!match) throw new DocumentDateError(input, 'expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM or DD-MM-YYYY');
  const year = Number(match[1]);
  if (match[2] === undefined) return { value: padNumber(year, 4), precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new DocumentDateError(input, `month ${month} does not exist`);
  if (match[3] === undefined) return { value: `${padNumber(year, 4)}-${padNumber(month, 2)}`, precision: 'month', year, month };
  const day = Number(match[3]);
  if (!isValidDay(year, month, day)) {
    throw new DocumentDateError(input, `day ${day} does not exist in ${padNumber(year, 4)}-${padNumber(month, 2)}`);
  }
  const dayValue = `${padNumber(year, 4)}-${padNumber(month, 2)}-${padNumber(day, 2)}`;
  if (match[4] === undefined) return { value: dayValue, precision: 'day', year, month, day };
  const hours = Number(match[4]);
  const minutes = Number(match[5]);
  if (hours > 23 || minutes > 59) throw new DocumentDateError(input, `time ${match[4]}:${match[5]} does not exist`);
  return {
    value: `${dayValue}T${padNumber(hours, 2)}:${padNumber(minutes, 2)}`,
    precision: 'minute',
    year,
    month,
    day,
    minutes: hours * 60 + minutes,
  };
}

/** Accept either a parsed document date or its string form. */
export function toDocumentDate(reference: DocumentDate | string): DocumentDate {
  if (typeof reference === 'string') return parseDocumentDate(reference);
  // a parsed date is checked again through its written form, so a hand-made object cannot carry a 31 April
  const value: unknown = reference && typeof reference === 'object' ? reference.value : undefined;
  if (typeof value !== 'string') throw new DocumentDateError(String(reference), 'expected a date such as "2020-08-16", or a date from parseDocumentDate');
  return parseDocumentDate(value);
}

/** Inclusive day-number span of the days the document date can be: one day, a month, or a year. */
export function documentDaySpan(date: DocumentDate): DaySpan {
  if (date.day !== undefined && date.month !== undefined) {
    const n = dayNumber(date.year, date.month, date.day);
    return { start: n, end: n };
  }
  if (date.month !== undefined) return unitSpan('month', dayNumber(date.year, date.month, 1));
  return unitSpan('year', dayNumber(date.year, 1, 1));
}
