import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../../src/temporal/contract.js';
import {
  fiscalYear, isoWeekOfYear, isoWeeksInYear, monthStretch, partOfCurrentUnit, restOfUnit, unitFromDocument, weekHolding, weekOfMonthStart, weekOfUnit,
  absoluteDay, absoluteUnit,
} from '../../src/temporal/common/index.js';
import { formatDay } from '../../src/time/calendar.js';
import { documentDaySpan, parseDocumentDate } from '../../src/time/document-date.js';

const ctx = (reference: string): ParseContext => {
  const date = parseDocumentDate(reference);
  return { text: '', reference: date, referenceSpan: documentDaySpan(date) };
};

describe('weeks', () => {
  it('counts ISO weeks of a year, the last one included', () => {
    expect(isoWeeksInYear(2015)).toBe(53);
    expect(isoWeeksInYear(2016)).toBe(52);
    expect(isoWeekOfYear(2015, -1)).toMatchObject({ value: '2015-W53', window: { earliest: '2015-12-28', latest: '2016-01-03' } });
    expect(isoWeekOfYear(2015, 1)).toMatchObject({ value: '2015-W01', window: { earliest: '2014-12-29' } });
    expect(isoWeekOfYear(2016, 53)).toBeNull();
  });
  it('gives a month the weeks whose Thursday it holds', () => {
    expect(formatDay(weekOfMonthStart(2009, 3, -1)!)).toBe('2009-03-23');
    expect(formatDay(weekOfMonthStart(2016, 11, 3)!)).toBe('2016-11-14');
    expect(formatDay(weekOfMonthStart(2016, 10, 1)!)).toBe('2016-10-03');
    expect(weekOfMonthStart(2021, 2, 5)).toBeNull();
  });
  it('places the n-th week of an exact or a vague unit', () => {
    expect(weekOfUnit(absoluteUnit('year', 2027).window!, 'year', 3, 'absolute')).toMatchObject({ value: '2027-W03', window: { certainty: 'exact' } });
    expect(weekOfUnit(absoluteUnit('month', 2016, 11).window!, 'month', 3, 'absolute')).toMatchObject({ value: '2016-W46' });
  });
  it('finds the week that holds a day', () => {
    expect(weekHolding(absoluteDay(2020, 2, 4)!)).toMatchObject({ value: '2020-W06', window: { earliest: '2020-02-03', latest: '2020-02-09' } });
  });
});

describe('periods around the document date', () => {
  it('the rest of a unit runs from the document date to its end', () => {
    expect(restOfUnit(ctx('2016-11-07'), 'week')).toMatchObject({ value: '2016-11-07/2016-11-13', window: { certainty: 'exact' } });
    expect(restOfUnit(ctx('2016-11-07'), 'year')).toMatchObject({ window: { earliest: '2016-11-07', latest: '2016-12-31' } });
  });
  it('the part of the unit before the document date leaves the document day out, the part after keeps it', () => {
    expect(partOfCurrentUnit(ctx('2018-05-13'), 'month', 'before')).toMatchObject({ earliest: '2018-05-01', latest: '2018-05-12', certainty: 'period' });
    expect(partOfCurrentUnit(ctx('2017-11-10'), 'week', 'after')).toMatchObject({ earliest: '2017-11-10', latest: '2017-11-12' });
    expect(partOfCurrentUnit(ctx('2018-05-01'), 'month', 'before')).toBeNull();
  });
  it('a unit two on is the one after the next', () => {
    expect(unitFromDocument(ctx('2016-11-07'), 'week', 2)).toMatchObject({ value: '2016-W47' });
    expect(unitFromDocument(ctx('2016-11-07'), 'year', 2)).toMatchObject({ value: '2018' });
  });
});

describe('named years', () => {
  it('a fiscal year is a year-long stretch ending in its year, its months unknown', () => {
    expect(fiscalYear(2015)).toMatchObject({ value: 'FY2015', window: { earliest: '2014-02-01', latest: '2015-12-31', certainty: 'within', granularity: 'year' } });
  });
  it('a school year is a stretch of whole months', () => {
    expect(monthStretch(2020, 8, 2021, 7)).toMatchObject({ value: '2020-08/2021-07', window: { earliest: '2020-08-01', latest: '2021-07-31' } });
  });
});
