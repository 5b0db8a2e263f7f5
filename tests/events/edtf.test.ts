import { describe, expect, it } from 'vitest';
import { windowToEdtf } from '../../src/events/edtf.js';
import type { DateWindow } from '../../src/types.js';

const w = (earliest: string, latest: string, granularity: DateWindow['granularity'], certainty: DateWindow['certainty'], vague: Partial<DateWindow> = {}): DateWindow => ({
  earliest, latest, granularity, certainty, ...vague,
});

describe('EDTF strings of windows', () => {
  it('writes one exact unit as that unit', () => {
    expect(windowToEdtf(w('2020-08-16', '2020-08-16', 'day', 'exact'))).toBe('2020-08-16');
    expect(windowToEdtf(w('2020-08-01', '2020-08-31', 'month', 'exact'))).toBe('2020-08');
    expect(windowToEdtf(w('2020-01-01', '2020-12-31', 'year', 'exact'))).toBe('2020');
  });
  it('writes an exact week or quarter as an interval of its days or months', () => {
    expect(windowToEdtf(w('2020-08-10', '2020-08-16', 'week', 'exact'))).toBe('2020-08-10/2020-08-16');
    expect(windowToEdtf(w('2020-07-01', '2020-09-30', 'quarter', 'exact'))).toBe('2020-07/2020-09');
  });
  it('writes "one unit somewhere in" as a one-of set', () => {
    expect(windowToEdtf(w('2020-08-02', '2020-09-01', 'day', 'within'))).toBe('[2020-08-02..2020-09-01]');
    expect(windowToEdtf(w('2020-02-01', '2021-01-31', 'month', 'within'))).toBe('[2020-02..2021-01]');
    expect(windowToEdtf(w('2019-01-01', '2020-12-31', 'year', 'within'))).toBe('[2019..2020]');
  });
  it('leaves a vague edge of a one-of set open', () => {
    expect(windowToEdtf(w('2021-09-01', '2021-11-30', 'day', 'within', { vagueEnd: true }))).toBe('[2021-09-01..]');
    expect(windowToEdtf(w('2009-01-01', '2009-12-31', 'day', 'within', { vagueStart: true }))).toBe('[..2009-12-31]');
  });
  it('writes periods as intervals with approximate vague ends', () => {
    expect(windowToEdtf(w('1994-01-01', '2020-08-31', 'year', 'period'))).toBe('1994/2020-08');
    expect(windowToEdtf(w('2016-01-01', '2020-08-31', 'year', 'period', { vagueStart: true }))).toBe('2016~/2020-08');
    expect(windowToEdtf(w('2020-08-03', '2020-08-31', 'day', 'period', { vagueEnd: true }))).toBe('2020-08-03/2020-08-31~');
  });
});
