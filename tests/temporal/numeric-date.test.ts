/** The shared decisions about dates in digits, and days of a month named without it. */
import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../../src/temporal/contract.js';
import { dayAndMonth, dayOfMonthNear, dayOfRelativeMonth, dayWithoutYear, expandTwoDigitYear, orderShownInText } from '../../src/temporal/common/index.js';
import { documentDaySpan, parseDocumentDate } from '../../src/time/document-date.js';

const ctx = (reference: string): ParseContext => {
  const date = parseDocumentDate(reference);
  return { text: '', reference: date, referenceSpan: documentDaySpan(date) };
};

describe('dayAndMonth', () => {
  it('reads the language order, and the other only where that one has no month', () => {
    expect(dayAndMonth(7, 11, 'day-first')).toEqual({ day: 7, month: 11 });
    expect(dayAndMonth(7, 11, 'month-first')).toEqual({ day: 11, month: 7 });
    expect(dayAndMonth(4, 22, 'day-first')).toEqual({ day: 22, month: 4 });
    expect(dayAndMonth(22, 4, 'month-first')).toEqual({ day: 22, month: 4 });
    expect(dayAndMonth(22, 14, 'day-first')).toBeNull();
    expect(dayAndMonth(0, 5, 'day-first')).toBeNull();
  });
});

describe('expandTwoDigitYear', () => {
  it('keeps a year at most 20 years ahead in this century', () => {
    expect(expandTwoDigitYear(27, 2016)).toBe(2027);
    expect(expandTwoDigitYear(89, 2016)).toBe(1989);
    expect(expandTwoDigitYear(37, 2016)).toBe(1937);
  });
});

describe('orderShownInText', () => {
  it('takes the order a full date with a day above 12 shows', () => {
    expect(orderShownInText({ text: 'Filed 25/11/2020, heard 7/11/2020.' })).toBe('day-first');
    expect(orderShownInText({ text: 'Filed 11/25/2020, heard 7/11/2020.' })).toBe('month-first');
  });
  it('says nothing without such a date or when they disagree', () => {
    expect(orderShownInText({ text: 'Filed 7/11/2020.' })).toBeUndefined();
    expect(orderShownInText({ text: 'Filed 25/11/2020 and 11/25/2020.' })).toBeUndefined();
    expect(orderShownInText({ text: 'The score was 25-11 and 11-25.' })).toBeUndefined();
  });
});

describe('days of a month named without it', () => {
  it('takes the document month without a tense, and the nearest such day in the tense direction', () => {
    expect(dayOfMonthNear(ctx('2016-11-07'), 15, 'nearest')?.value).toBe('2016-11-15');
    expect(dayOfMonthNear(ctx('2016-11-07'), 27, 'past')?.value).toBe('2016-10-27');
    expect(dayOfMonthNear(ctx('2016-11-07'), 5, 'future')?.value).toBe('2016-12-05');
    expect(dayOfMonthNear(ctx('2016-11-07'), 7, 'past')?.value).toBe('2016-11-07');
  });
  it('skips months without the day', () => {
    expect(dayOfMonthNear(ctx('2021-03-05'), 30, 'past')?.value).toBe('2021-01-30');
    expect(dayOfMonthNear(ctx('2021-11-07'), 31, 'nearest')?.value).toBe('2021-10-31');
    expect(dayOfMonthNear(ctx('2021-11-07'), 32, 'nearest')).toBeNull();
  });
  it('is within the month of a month-only document date', () => {
    expect(dayOfMonthNear(ctx('2016-11'), 15, 'nearest')).toMatchObject({ value: '2016-11-15', window: { certainty: 'exact' } });
  });
  it('names no day of a relative month that lacks it', () => {
    expect(dayOfRelativeMonth(ctx('2016-11-07'), 20, 1)?.value).toBe('2016-12-20');
    expect(dayOfRelativeMonth(ctx('2016-12-07'), 20, 1)?.value).toBe('2017-01-20');
    expect(dayOfRelativeMonth(ctx('2016-11-07'), 31, 0)).toBeNull();
    expect(dayOfRelativeMonth(ctx('2016-03-07'), 29, -1)?.value).toBe('2016-02-29');
  });
});

describe('29 February without a year', () => {
  it('is the nearest leap year in the tense direction', () => {
    expect(dayWithoutYear(ctx('2021-06-10'), 2, 29, 'past')?.value).toBe('2020-02-29');
    expect(dayWithoutYear(ctx('2021-06-10'), 2, 29, 'future')?.value).toBe('2024-02-29');
    expect(dayWithoutYear(ctx('2022-12-10'), 2, 29, 'nearest')?.value).toBe('2024-02-29');
    expect(dayWithoutYear(ctx('2021-06-10'), 4, 31, 'past')).toBeNull();
  });
});
