/** Told lengths and counted stretches (src/temporal/common/values.ts, stretch.ts): values and windows of days. */
import { describe, expect, it } from 'vitest';
import { calendarSteps, compoundDurationValue, shiftedByLength, stretchAtDocument, stretchFrom } from '../../src/temporal/common/index.js';
import { documentDaySpan, parseDocumentDate } from '../../src/time/document-date.js';

const span = (reference: string) => documentDaySpan(parseDocumentDate(reference));
const days = (window: { earliest: string; latest: string } | null) => (window ? `${window.earliest}..${window.latest}` : null);

describe('compoundDurationValue', () => {
  it('writes the parts largest first, whatever the order told', () => {
    expect(compoundDurationValue([{ amount: 1, unit: 'year' }, { amount: 1, unit: 'month' }, { amount: 21, unit: 'day' }])).toBe('P1Y1M21D');
    expect(compoundDurationValue([{ amount: 2, unit: 'day' }, { amount: 1, unit: 'month' }])).toBe('P1M2D');
    expect(compoundDurationValue([{ amount: 1, unit: 'week' }, { amount: 3, unit: 'day' }])).toBe('P1W3D');
  });
  it('puts clock parts after T and scales decades to years', () => {
    expect(compoundDurationValue([{ amount: 2, unit: 'day' }, { amount: 3, unit: 'hour' }, { amount: 30, unit: 'minute' }])).toBe('P2DT3H30M');
    expect(compoundDurationValue([{ amount: 2, unit: 'decade' }, { amount: 5, unit: 'year' }])).toBe('P25Y');
  });
  it('keeps one part as durationValue writes it, fractions and weekends included', () => {
    expect(compoundDurationValue([{ amount: 0.5, unit: 'year' }])).toBe('P0.5Y');
    expect(compoundDurationValue([{ amount: 0.25, unit: 'hour' }])).toBe('PT0.25H');
    expect(compoundDurationValue([{ amount: 3, unit: 'weekend' }])).toBe('P3WE');
    expect(compoundDurationValue([{ amount: undefined, unit: 'day' }, { amount: 2, unit: 'hour' }])).toBe('PXDT2H');
  });
});

describe('calendarSteps', () => {
  it('turns fractions into smaller units and sorts largest first', () => {
    expect(calendarSteps([{ amount: 1.5, unit: 'year' }])).toEqual([['year', 1], ['month', 6]]);
    expect(calendarSteps([{ amount: 12, unit: 'day' }, { amount: 5, unit: 'year' }])).toEqual([['year', 5], ['day', 12]]);
    expect(calendarSteps([{ amount: 2.5, unit: 'day' }])).toEqual([['day', 3]]);
  });
  it('refuses clock units and unknown counts', () => {
    expect(calendarSteps([{ amount: 3, unit: 'hour' }])).toBeNull();
    expect(calendarSteps([{ amount: undefined, unit: 'day' }])).toBeNull();
  });
});

describe('stretchFrom: whether the day itself counts', () => {
  const monday = span('2016-11-07');
  it('past and next leave the day out', () => {
    expect(days(stretchFrom(monday, [{ amount: 3, unit: 'week' }], 'past'))).toBe('2016-10-17..2016-11-06');
    expect(days(stretchFrom(monday, [{ amount: 2, unit: 'day' }], 'next'))).toBe('2016-11-08..2016-11-09');
    expect(days(stretchFrom(monday, [{ amount: 3, unit: 'month' }], 'next'))).toBe('2016-11-08..2017-02-07');
  });
  it('from and upTo count the day as the first or the last', () => {
    expect(days(stretchFrom(span('2017-11-08'), [{ amount: 5, unit: 'day' }], 'from'))).toBe('2017-11-08..2017-11-12');
    expect(days(stretchFrom(span('2017-11-08'), [{ amount: 5, unit: 'year' }, { amount: 1, unit: 'month' }, { amount: 12, unit: 'day' }], 'from'))).toBe(
      '2017-11-08..2022-12-19',
    );
    expect(days(stretchFrom(monday, [{ amount: 3, unit: 'day' }], 'upTo'))).toBe('2016-11-05..2016-11-07');
  });
  it('counts decades as ten years from the day, not whole decades', () => {
    expect(days(stretchFrom(monday, [{ amount: 2, unit: 'decade' }], 'past'))).toBe('1996-11-07..2016-11-06');
  });
  it('covers every day a month-only date can reach, and draws nothing for hours', () => {
    expect(days(stretchAtDocument(span('2022-06'), 'month', 3, 'past'))).toBe('2022-03-01..2022-06-29');
    expect(stretchFrom(monday, [{ amount: 3, unit: 'hour' }], 'next')).toBeNull();
  });
});

describe('shiftedByLength', () => {
  it('lands on a day when the length counts days, else on its smallest unit', () => {
    const length = [{ amount: 2, unit: 'year' as const }, { amount: 1, unit: 'month' as const }, { amount: 21, unit: 'day' as const }];
    expect(shiftedByLength(span('2017-11-23'), length, -1)).toMatchObject({ value: '2015-10-02', window: { certainty: 'exact' } });
    expect(shiftedByLength(span('2017-11-23'), [{ amount: 1, unit: 'year' }, { amount: 2, unit: 'month' }], 1)).toMatchObject({ value: '2019-01' });
    expect(shiftedByLength(span('2017-11'), [{ amount: 1, unit: 'month' }, { amount: 2, unit: 'day' }], 1)).toMatchObject({ window: { certainty: 'within' } });
  });
});
