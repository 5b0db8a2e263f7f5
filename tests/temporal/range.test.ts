/** Ranges as one expression: the shared composition (`common/range.ts`) and the range refiner, on hand-built ends. */
import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../../src/temporal/contract.js';
import { absoluteDay, absoluteUnit } from '../../src/temporal/common/index.js';
import { dayOfMonthOf, rangeInYear, rangeOf, sameDateInYear, weekdayOfWeek, type RangeEnd } from '../../src/temporal/common/range.js';
import { rangeJoinRefiner, type RangeWords } from '../../src/temporal/refiners/index.js';
import { documentDaySpan, parseDocumentDate } from '../../src/time/document-date.js';
import type { DateWindow, Timex } from '../../src/types.js';

const day = (y: number, m: number, d: number): RangeEnd => absoluteDay(y, m, d) as RangeEnd;
const month = (y: number, m: number): RangeEnd => absoluteUnit('month', y, m) as RangeEnd;
const year = (y: number): RangeEnd => absoluteUnit('year', y) as RangeEnd;
const unsaid = (end: RangeEnd, cycle: 'year' | 'week'): RangeEnd => ({ ...end, anchor: 'document', impliedCycle: cycle });

describe('rangeOf', () => {
  it('gives the interval of the two values and the window from the first day to the last', () => {
    expect(rangeOf(day(2021, 3, 1), day(2021, 4, 15))).toEqual({
      value: '2021-03-01/2021-04-15',
      window: { earliest: '2021-03-01', latest: '2021-04-15', granularity: 'day', certainty: 'exact' },
      anchor: 'absolute',
    });
    // ends of different sizes: the coarser names the granularity, the window still runs to the last day
    expect(rangeOf(year(2015), month(2018, 2))).toMatchObject({ value: '2015/2018-02', window: { earliest: '2015-01-01', latest: '2018-02-28', granularity: 'year' } });
  });
  it('gives an end without a year the year written at the other', () => {
    // "tussen maart en juni 2021" read in 2024: March of 2021, not of 2024
    expect(rangeOf(unsaid(month(2024, 3), 'year'), month(2021, 6))?.value).toBe('2021-03/2021-06');
    // "van november tot februari 2021": the first end in the year before
    expect(rangeOf(unsaid(month(2024, 11), 'year'), month(2021, 2))?.value).toBe('2020-11/2021-02');
    // "van november 2022 tot februari": the second end in the year after
    expect(rangeOf(month(2022, 11), unsaid(month(2024, 2), 'year'))?.value).toBe('2022-11/2023-02');
    // neither end written: the second end's placement holds the range
    expect(rangeOf(unsaid(day(2021, 8, 10), 'year'), unsaid(day(2020, 9, 2), 'year'))?.value).toBe('2020-08-10/2020-09-02');
  });
  it('places a weekday at the second end on the first such day on or after the first end', () => {
    // Friday 15 May 2020 to Tuesday: Tuesday 19 May, whether the tense put Tuesday before or long after it
    expect(rangeOf(unsaid(day(2020, 5, 15), 'week'), unsaid(day(2020, 5, 12), 'week'))?.value).toBe('2020-05-15/2020-05-19');
    expect(rangeOf(day(2020, 5, 15), unsaid(day(2020, 6, 9), 'week'))?.value).toBe('2020-05-15/2020-05-19');
    // a weekday written with "next" is no weekday the range may move
    expect(rangeOf(day(2020, 5, 15), day(2020, 5, 12))).toBeNull();
  });
  it('refuses ends out of order, and reads "nu" as the days its window holds', () => {
    expect(rangeOf(year(2021), year(2019))).toBeNull();
    const now: RangeEnd = { value: 'PRESENT_REF', anchor: 'document', window: { earliest: '2019-04-25', latest: '2019-04-25', granularity: 'day', certainty: 'period' } };
    expect(rangeOf(day(2019, 1, 22), now)).toMatchObject({ value: '2019-01-22/2019-04-25', anchor: 'document', window: { certainty: 'period' } });
  });
});

describe('range helpers', () => {
  it('moves a day or month into another year, and knows 29 February', () => {
    expect(sameDateInYear(day(2020, 8, 10).window, 2021)).toMatchObject({ earliest: '2021-08-10', latest: '2021-08-10' });
    expect(sameDateInYear(month(2020, 2).window, 2021)).toMatchObject({ earliest: '2021-02-01', latest: '2021-02-28' });
    expect(sameDateInYear(day(2020, 2, 29).window, 2021)).toBeNull();
    const januaries: DateWindow = { earliest: '2020-01-01', latest: '2021-01-31', granularity: 'month', certainty: 'within' };
    expect(sameDateInYear(januaries, 2023)).toMatchObject({ earliest: '2023-01-01', latest: '2023-01-31', certainty: 'exact' });
  });
  it('puts a range without its year in the year written after it', () => {
    expect(rangeInYear('2017-02-02/2017-02-07', 2018)).toMatchObject({ value: '2018-02-02/2018-02-07', anchor: 'absolute' });
    // the second end after the first: across the new year
    expect(rangeInYear('2016-12-28/2016-01-03', 2020)).toMatchObject({ value: '2020-12-28/2021-01-03', window: { latest: '2021-01-03' } });
    expect(rangeInYear('2017-W03/2017-W05', 2018)).toBeNull();
  });
  it('finds a day of a month and a weekday of a week', () => {
    expect(dayOfMonthOf(month(2016, 11).window, 22)?.earliest).toBe('2016-11-22');
    expect(dayOfMonthOf(month(2021, 2).window, 30)).toBeNull();
    // ISO week 2017-W47 runs Monday 20 to Sunday 26 November: Wednesday is the 22nd
    const week: DateWindow = { earliest: '2017-11-20', latest: '2017-11-26', granularity: 'week', certainty: 'exact' };
    expect(weekdayOfWeek(week, 3)).toMatchObject({ earliest: '2017-11-22', latest: '2017-11-22', certainty: 'exact' });
  });
});

const WORDS: RangeWords = {
  openings: ['from', 'between'],
  joiners: ['to', 'until'],
  pairedJoiners: ['and'],
  monthLinks: ['of'],
  dayNumber: '(?:0?[1-9]|[12]\\d|3[01])',
  notDayAfter: ['hours'],
  joinCoarseEnds: false,
};

describe('rangeJoinRefiner', () => {
  const reference = parseDocumentDate('2020-08-16');
  const refine = (text: string, ...found: [string, RangeEnd][]) => {
    const context: ParseContext = { text, reference, referenceSpan: documentDaySpan(reference) };
    const timexes: Timex[] = found.map(([piece, end]) => {
      const start = text.indexOf(piece);
      return { start, end: start + piece.length, text: piece, type: 'DATE', parser: 'test', ...end };
    });
    return rangeJoinRefiner(WORDS, () => undefined).refine(timexes, context).map((t) => [t.text, t.value]);
  };
  it('joins two dates by a joining word, a dash, or an opening and a paired word', () => {
    expect(refine('Closed from A to B.', ['A', day(2020, 3, 1)], ['B', day(2020, 4, 15)])).toEqual([['from A to B', '2020-03-01/2020-04-15']]);
    expect(refine('Closed A - B.', ['A', day(2020, 3, 1)], ['B', day(2020, 4, 15)])).toEqual([['A - B', '2020-03-01/2020-04-15']]);
    expect(refine('Closed between A and B.', ['A', day(2020, 3, 1)], ['B', day(2020, 4, 15)])).toEqual([['between A and B', '2020-03-01/2020-04-15']]);
  });
  it('leaves a list, other words between, ends out of order, and (when the language says so) two months', () => {
    expect(refine('Both A and B.', ['A', day(2020, 3, 1)], ['B', day(2020, 4, 15)])).toHaveLength(2);
    expect(refine('From A, then B.', ['A', day(2020, 3, 1)], ['B', day(2020, 4, 15)])).toHaveLength(2);
    expect(refine('From A to B.', ['A', day(2020, 4, 15)], ['B', day(2020, 3, 1)])).toHaveLength(2);
    expect(refine('Between A and B.', ['A', month(2020, 4)], ['B', month(2020, 6)])).toHaveLength(2);
  });
  it('joins months or years by a word alone only after an opening, by a dash always', () => {
    const coarse = (text: string, ...found: [string, RangeEnd][]) => {
      const context: ParseContext = { text, reference, referenceSpan: documentDaySpan(reference) };
      const timexes: Timex[] = found.map(([piece, end]) => ({ start: text.indexOf(piece), end: text.indexOf(piece) + piece.length, text: piece, type: 'DATE', parser: 'test', ...end }));
      return rangeJoinRefiner({ ...WORDS, joinCoarseEnds: true }, () => undefined).refine(timexes, context).map((t) => [t.text, t.value]);
    };
    expect(coarse('The last Monday in A to B.', ['A', month(2018, 4)], ['B', year(2019)])).toHaveLength(2);
    expect(coarse('Closed from A to B.', ['A', month(2018, 4)], ['B', year(2019)])).toEqual([['from A to B', '2018-04/2019']]);
    expect(coarse('Closed A-B.', ['A', month(2018, 4)], ['B', month(2018, 6)])).toEqual([['A-B', '2018-04/2018-06']]);
  });
  it('gives bare day numbers the month beside them, never a clock range', () => {
    expect(refine('Out from 4 to 22 M.', ['M', month(2016, 11)])).toEqual([['from 4 to 22 M', '2016-11-04/2016-11-22']]);
    expect(refine('Out 3 until 12 of M.', ['M', month(2017, 9)])).toEqual([['3 until 12 of M', '2017-09-03/2017-09-12']]);
    expect(refine('M between 19 and 20, out.', ['M', month(2016, 11)])).toEqual([['M between 19 and 20', '2016-11-19/2016-11-20']]);
    expect(refine('From 4 to D.', ['D', day(1995, 1, 22)])).toEqual([['From 4 to D', '1995-01-04/1995-01-22']]);
    expect(refine('M from 10 to 12 hours.', ['M', month(2016, 11)])).toEqual([['M', '2016-11']]);
    expect(refine('Out 22 to 4 M.', ['M', month(2016, 11)])).toEqual([['M', '2016-11']]);
  });
});
