/**
 * src/time against known calendar facts, written out by hand (checked against an almanac, not against date-fns):
 * ISO weeks of 53-week years, leap years, month-end clamping and year boundaries. The suite runs under several
 * TZ values (.ci/run); nothing here may notice.
 */
import { describe, expect, it } from 'vitest';
import { civilDay, dayNumber, daysInMonth, formatDay, isLeapYear, isoDayNumber, isoWeekday, isValidDay, parseDay } from '../../src/time/calendar.js';
import { addMonthsKeepingDay, addUnits, isoWeek, isoWeekStart, seasonSpan, shiftByDuration, shiftDay, unitSpan, unitValue, type CalendarUnit } from '../../src/time/units.js';

const day = (iso: string) => parseDay(iso);
const span = (unit: CalendarUnit, iso: string) => {
  const s = unitSpan(unit, day(iso));
  return `${formatDay(s.start)}..${formatDay(s.end)}`;
};

describe('day numbers', () => {
  it('count days from 1970-01-01 across centuries', () => {
    expect(day('1970-01-01')).toBe(0);
    expect(day('2000-01-01')).toBe(10957);
    expect(day('2024-02-29')).toBe(19782);
    expect(day('1900-03-01')).toBe(-25508);
    expect(day('1582-10-15')).toBe(-141427); // the first Gregorian day; earlier ones are proleptic
    expect(day('0001-01-01')).toBe(-719162);
  });
  it('round-trip years 0-99 and before the common era, which Date.UTC alone would read as 19xx', () => {
    expect(formatDay(day('0050-03-01'))).toBe('0050-03-01');
    expect(dayNumber(50, 3, 1) - dayNumber(50, 2, 28)).toBe(1); // 50 is no leap year
    expect(dayNumber(4, 3, 1) - dayNumber(4, 2, 28)).toBe(2); // 4 is one
    expect(civilDay(day('0099-12-31') + 1)).toEqual({ year: 100, month: 1, day: 1 });
    expect(formatDay(day('-0044-03-15'))).toBe('-0044-03-15');
  });
  it('read a day number back as the civil date a Date gives, by arithmetic, across eras and at the ends of its range', () => {
    const viaDate = (n: number) => {
      const date = new Date(n * 86_400_000);
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    };
    const differing: number[] = [];
    const compare = (n: number) => {
      const [a, b] = [civilDay(n), viaDate(n)];
      if (a.year !== b.year || a.month !== b.month || a.day !== b.day) differing.push(n);
    };
    // every day of 1,600 years around 1970 (four 400-year eras, negative years included), then strides to the ends
    for (let n = -292_194; n <= 292_194; n++) compare(n);
    for (let n = -100_000_000; n <= 100_000_000; n += 99_991) compare(n);
    expect(differing).toEqual([]);
    for (const n of [-100_000_000, 100_000_000, 100_000_001, 0.5, -0.5, Number.NaN]) expect(civilDay(n)).toEqual(viaDate(n));
  });
  it('let a day or month past the end run on, as callers use for "the day before the 1st"', () => {
    expect(formatDay(dayNumber(2021, 3, 0))).toBe('2021-02-28');
    expect(formatDay(dayNumber(2020, 13, 1))).toBe('2021-01-01');
    expect(formatDay(dayNumber(2020, 0, 31))).toBe('2019-12-31');
  });
});

describe('leap years and real days', () => {
  it('knows the century rule', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
    expect([daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2024, 2), daysInMonth(2023, 2)]).toEqual([28, 29, 29, 28]);
    expect([daysInMonth(2023, 4), daysInMonth(2023, 12), daysInMonth(2023, 1)]).toEqual([30, 31, 31]);
  });
  it('rejects impossible days and keeps possible ones', () => {
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2000, 2, 29)).toBe(true);
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(1900, 2, 29)).toBe(false);
    expect(isValidDay(2021, 4, 31)).toBe(false);
    expect(isValidDay(2021, 2, 30)).toBe(false);
    expect(isValidDay(2021, 12, 31)).toBe(true);
    for (const [y, m, d] of [[2020, 13, 1], [2020, 0, 1], [2020, 1, 0], [2020, 1.5, 1], [2020, 1, 32]]) expect(isValidDay(y, m, d)).toBe(false);
    expect(() => parseDay('2100-02-29')).toThrow(/No such day/);
  });
});

describe('weekdays and ISO weeks', () => {
  it('names the ISO weekday, Monday 1 to Sunday 7', () => {
    expect(isoWeekday(day('1970-01-01'))).toBe(4);
    expect(isoWeekday(day('2000-01-01'))).toBe(6);
    expect(isoWeekday(day('2024-02-29'))).toBe(4);
    expect(isoWeekday(day('2021-01-03'))).toBe(7);
    expect(isoWeekday(day('2021-01-04'))).toBe(1);
    expect(isoWeekday(day('1582-10-15'))).toBe(5);
  });
  it('puts the days around New Year in week 53 or week 1 of the right week-year', () => {
    const week = (iso: string) => unitValue('week', day(iso));
    expect(week('2004-12-31')).toBe('2004-W53');
    expect(week('2005-01-02')).toBe('2004-W53');
    expect(week('2008-12-29')).toBe('2009-W01'); // a December Monday in the next year's first week
    expect(week('2010-01-03')).toBe('2009-W53');
    expect(week('2015-12-31')).toBe('2015-W53');
    expect(week('2016-01-03')).toBe('2015-W53');
    expect(week('2019-12-30')).toBe('2020-W01');
    expect(week('2020-12-31')).toBe('2020-W53');
    expect(week('2021-01-04')).toBe('2021-W01');
    expect(week('2027-01-01')).toBe('2026-W53');
    expect(isoWeek(day('2021-01-03'))).toEqual({ year: 2020, week: 53 });
  });
  it('finds the Monday of a numbered week', () => {
    expect(formatDay(isoWeekStart(2020, 53))).toBe('2020-12-28');
    expect(formatDay(isoWeekStart(2009, 1))).toBe('2008-12-29');
    expect(formatDay(isoWeekStart(2021, 1))).toBe('2021-01-04');
    expect(formatDay(isoWeekStart(2026, 1))).toBe('2025-12-29');
    expect(formatDay(isoWeekStart(2026, 53))).toBe('2026-12-28');
    expect(formatDay(isoWeekStart(2020, 12))).toBe('2020-03-16');
  });
});

describe('units around a day', () => {
  it('span weeks, quarters and halves across the year boundary', () => {
    expect(span('week', '2020-12-31')).toBe('2020-12-28..2021-01-03');
    expect(span('week', '2021-01-03')).toBe('2020-12-28..2021-01-03');
    expect(span('week', '2021-01-04')).toBe('2021-01-04..2021-01-10');
    expect(span('month', '2024-02-10')).toBe('2024-02-01..2024-02-29');
    expect(span('month', '1900-02-10')).toBe('1900-02-01..1900-02-28');
    expect(span('quarter', '2020-12-31')).toBe('2020-10-01..2020-12-31');
    expect(span('quarter', '2021-01-01')).toBe('2021-01-01..2021-03-31');
    expect(span('half', '2020-06-30')).toBe('2020-01-01..2020-06-30');
    expect(span('half', '2020-07-01')).toBe('2020-07-01..2020-12-31');
    expect(span('year', '2024-07-04')).toBe('2024-01-01..2024-12-31');
    expect(span('decade', '1999-12-31')).toBe('1990-01-01..1999-12-31');
    expect(span('century', '2000-06-01')).toBe('2000-01-01..2099-12-31');
  });
  it('lets winter run into the next year, up to a leap day', () => {
    expect(span('season', '2024-02-29')).toBe('2023-12-01..2024-02-29');
    expect(span('season', '2023-12-01')).toBe('2023-12-01..2024-02-29');
    expect(span('season', '2021-02-28')).toBe('2020-12-01..2021-02-28');
    expect(span('season', '2021-03-01')).toBe('2021-03-01..2021-05-31');
    const autumn = seasonSpan(2021, 'FA');
    expect([formatDay(autumn.start), formatDay(autumn.end)]).toEqual(['2021-09-01', '2021-11-30']);
    expect(unitValue('season', day('2024-01-15'))).toBe('2023-WI');
  });
  it('writes each unit as TIMEX3 does', () => {
    const n = day('2020-08-16');
    expect((['day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century'] as const).map((u) => unitValue(u, n))).toEqual([
      '2020-08-16',
      '2020-W33',
      '2020-08',
      '2020-Q3',
      '2020-SU',
      '2020-H2',
      '2020',
      '202',
      '20',
    ]);
  });
});

describe('moving by units', () => {
  it('steps to the first day of a later or earlier unit across year ends', () => {
    const step = (unit: CalendarUnit, iso: string, count: number) => formatDay(addUnits(unit, day(iso), count));
    expect(step('month', '2020-12-15', 1)).toBe('2021-01-01');
    expect(step('month', '2021-01-31', -1)).toBe('2020-12-01');
    expect(step('week', '2020-12-31', 1)).toBe('2021-01-04');
    expect(step('week', '2021-01-06', -1)).toBe('2020-12-28');
    expect(step('quarter', '2021-02-10', -1)).toBe('2020-10-01');
    expect(step('season', '2021-01-10', 1)).toBe('2021-03-01'); // from winter 2020-21 to spring
    expect(step('half', '2020-08-16', 1)).toBe('2021-01-01');
    expect(step('year', '2024-02-29', -1)).toBe('2023-01-01');
    expect(step('decade', '1994-05-01', 1)).toBe('2000-01-01');
    expect(step('century', '1994-05-01', 1)).toBe('2000-01-01');
    expect(step('day', '2020-12-31', 1)).toBe('2021-01-01');
    expect(step('month', '2020-08-16', 0)).toBe('2020-08-01');
  });
  it('keeps the day of the month, or clamps to the month end', () => {
    const months = (iso: string, count: number) => formatDay(addMonthsKeepingDay(day(iso), count));
    expect(months('2023-01-31', 1)).toBe('2023-02-28');
    expect(months('2024-01-31', 1)).toBe('2024-02-29');
    expect(months('2021-03-31', 1)).toBe('2021-04-30');
    expect(months('2020-12-31', 2)).toBe('2021-02-28');
    expect(months('2020-08-31', -6)).toBe('2020-02-29');
    expect(months('2021-05-31', -3)).toBe('2021-02-28');
    expect(months('2020-01-15', -1)).toBe('2019-12-15');
    expect(months('2024-02-29', 12)).toBe('2025-02-28');
  });
  it('moves a day by whole units keeping its place, leap days included', () => {
    const shift = (unit: CalendarUnit, iso: string, count: number) => formatDay(shiftDay(unit, day(iso), count));
    expect(shift('year', '2024-02-29', 4)).toBe('2028-02-29');
    expect(shift('year', '2024-02-29', 1)).toBe('2025-02-28');
    expect(shift('year', '2024-02-29', -100)).toBe('1924-02-29');
    expect(shift('decade', '1996-02-29', 1)).toBe('2006-02-28');
    expect(shift('century', '2000-02-29', -1)).toBe('1900-02-28');
    expect(shift('quarter', '2020-11-30', 1)).toBe('2021-02-28');
    expect(shift('half', '2020-08-31', 1)).toBe('2021-02-28');
    expect(shift('week', '2020-12-28', 1)).toBe('2021-01-04');
    expect(shift('day', '2024-02-28', 1)).toBe('2024-02-29');
    expect(shift('day', '2023-02-28', 1)).toBe('2023-03-01');
  });
  it('moves a day by a TIMEX3 duration of whole units, and refuses others', () => {
    expect(formatDay(shiftByDuration(day('2021-01-31'), 'P1M')!)).toBe('2021-02-28');
    expect(formatDay(shiftByDuration(day('2020-12-25'), 'P2W')!)).toBe('2021-01-08');
    expect(formatDay(shiftByDuration(day('2020-02-29'), 'P1Y')!)).toBe('2021-02-28');
    expect(shiftByDuration(day('2020-02-29'), 'PXW')).toBeNull();
    expect(shiftByDuration(day('2020-02-29'), 'PT2H')).toBeNull();
  });
});

describe('isoDayNumber: the common day form read by arithmetic', () => {
  it('gives the day number of every real day of sampled years 0100-2400, and NaN for days that do not exist', () => {
    let checked = 0;
    for (let y = 0; y <= 2400; y += y < 1890 || y > 2110 ? 37 : 1) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (isValidDay(y, m, d) && y >= 100) {
            expect(isoDayNumber(iso)).toBe(dayNumber(y, m, d));
            checked++;
          } else expect(isoDayNumber(iso)).toBeNaN();
        }
      }
    }
    expect(checked).toBeGreaterThan(75_000);
  });
  it('negative: other forms and years before 100 give NaN, and parseDay still reads them and rejects the rest', () => {
    for (const other of ['2020-1-01', '2020-01-0a', ' 020-01-01', '2020/01/01', '+020-01-01', '2020-01-01T00']) expect(isoDayNumber(other)).toBeNaN();
    expect(parseDay('-0001-03-01')).toBe(dayNumber(-1, 3, 1));
    expect(parseDay('0048-02-29')).toBe(dayNumber(48, 2, 29));
    expect(isoDayNumber('0048-02-29')).toBeNaN();
    expect(parseDay('12020-03-01')).toBe(dayNumber(12020, 3, 1));
    expect(() => parseDay('2021-02-29')).toThrow(/No such day/);
    expect(() => parseDay('2021-2-28')).toThrow(/Not an ISO day/);
  });
});
