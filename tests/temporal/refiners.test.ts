/** The language-independent refiner anchorToPreviousDate, on hand-built expressions (no locale involved). */
import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../../src/temporal/contract.js';
import { absoluteDay, absoluteUnit, withEventShift, type EventShift } from '../../src/temporal/common/index.js';
import { anchorToPreviousDate, periodSinceRefiner } from '../../src/temporal/refiners/index.js';
import { documentDaySpan, parseDocumentDate } from '../../src/time/document-date.js';
import type { Timex } from '../../src/types.js';

const reference = parseDocumentDate('2020-08-16');
const context: ParseContext = { text: '', reference, referenceSpan: documentDaySpan(reference) };
const dated = (start: number, resolution: ReturnType<typeof absoluteUnit>): Timex => ({
  start, end: start + 1, text: 'x', type: 'DATE', parser: 'test', ...resolution,
});
const shifted = (start: number, shift: EventShift): Timex =>
  withEventShift({ start, end: start + 1, text: 'y', type: 'DATE', value: 'XXXX-XX-XX', anchor: 'event', parser: 'test' } as Timex, shift);

describe('anchorToPreviousDate', () => {
  it('shifts from the latest earlier date fine enough for the unit', () => {
    const day = dated(0, absoluteDay(2020, 3, 2)!);
    const year = dated(5, absoluteUnit('year', 2021));
    const [, , later] = anchorToPreviousDate.refine([day, year, shifted(9, { unit: 'day', amount: 3 })], context);
    expect(later).toMatchObject({ value: '2020-03-05', anchor: 'event', window: { earliest: '2020-03-05', certainty: 'exact' } });
  });
  it('falls back to a coarser date with an honest window, or to the document when asked', () => {
    const year = dated(0, absoluteUnit('year', 1990));
    const [, coarse] = anchorToPreviousDate.refine([year, shifted(5, { unit: 'day', amount: 3 })], context);
    expect(coarse).toMatchObject({ value: 'XXXX-XX-XX', window: { earliest: '1990-01-04', latest: '1991-01-03', certainty: 'within' } });
    const own = { ...shifted(5, { unit: 'day', amount: 0, documentFallback: true }), value: '2020-08-16', window: absoluteDay(2020, 8, 16)!.window };
    const [, kept] = anchorToPreviousDate.refine([year, own], context);
    expect(kept).toMatchObject({ value: '2020-08-16', anchor: 'document' });
  });
  it('keeps the anchor unit when asked, and keeps clock suffixes', () => {
    const quarter = dated(0, absoluteUnit('quarter', 2009, 7));
    const [, sameLastYear] = anchorToPreviousDate.refine([quarter, shifted(5, { unit: 'year', amount: -1, keepAnchorUnit: true })], context);
    expect(sameLastYear).toMatchObject({ value: '2008-Q3', window: { earliest: '2008-07-01', latest: '2008-09-30' } });
    const day = dated(0, absoluteDay(2009, 6, 1)!);
    const [, clock] = anchorToPreviousDate.refine([day, shifted(5, { unit: 'day', amount: 0, valueSuffix: 'T16:15Z' })], context);
    expect(clock.value).toBe('2009-06-01T16:15Z');
  });
  it('without any earlier date keeps the parser resolution, anchored to the document or to nothing', () => {
    const [alone] = anchorToPreviousDate.refine([shifted(0, { unit: 'year', amount: -1, keepAnchorUnit: true })], context);
    expect(alone).toMatchObject({ value: 'XXXX-XX-XX', anchor: 'none' });
  });
});

describe('periodSinceRefiner', () => {
  const refiner = periodSinceRefiner({ signals: ['since'], phraseOpenings: ['the'], phraseLinks: ['in'] });
  const text = 'Open since 2 March and closed on 5 May.';
  const ctx: ParseContext = { ...context, text };
  it('stretches a date after the signal up to the document date, and leaves other dates alone', () => {
    const [since, plain] = refiner.refine([
      { ...dated(11, absoluteDay(2020, 3, 2)!), end: 18 },
      { ...dated(33, absoluteDay(2020, 5, 5)!), end: 38 },
    ], ctx);
    expect(since.window).toEqual({ earliest: '2020-03-02', latest: '2020-08-16', granularity: 'day', certainty: 'period' });
    expect(since.value).toBe('2020-03-02');
    expect(plain.window?.certainty).toBe('exact');
  });
  it('looks back: a month or weekday whose year or week was the tagger\'s choice is the last one by the document date', () => {
    const july = { ...dated(11, absoluteUnit('month', 2020, 9)), end: 18, impliedCycle: 'year' as const };
    const [month] = refiner.refine([july], { ...context, text: 'Open since Septemb and more.' });
    expect(month).toMatchObject({ value: '2019-09', window: { earliest: '2019-09-01', latest: '2020-08-16', certainty: 'period' } });
    const friday = { ...dated(11, absoluteDay(2020, 8, 21)!), end: 17, impliedCycle: 'week' as const };
    const [day] = refiner.refine([friday], { ...context, text: 'Open since Friday.' });
    expect(day).toMatchObject({ value: '2020-08-14', window: { earliest: '2020-08-14', latest: '2020-08-16' } });
    // a year written out is never moved: "since 2021" in 2020 is no period
    const [written] = refiner.refine([{ ...dated(11, absoluteUnit('year', 2021)), end: 15 }], { ...context, text: 'Open since 2021.' });
    expect(written.window?.certainty).toBe('exact');
  });
});
