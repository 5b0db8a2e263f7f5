import { describe, expect, it } from 'vitest';
import { focusSpan, wholeUnits } from '../../../src/timeline/layout/focus-span.js';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** An event over [first, last] (inclusive days), anchored at its middle unless told. */
const event = (first: string, last: string, anchor?: string) => {
  const start = day(first);
  const end = day(last) + DAY;
  return { start, end, anchor: anchor ? day(anchor) : (start + end) / 2 };
};

describe('focusSpan', () => {
  it('is null without events', () => {
    expect(focusSpan([])).toBeNull();
  });

  it('leaves one long, vague period out: twenty days of August and "de laatste jaren" open on August', () => {
    const events = [event('2015-01-01', '2020-08-31'), ...Array.from({ length: 20 }, (_, i) => event(`2020-08-${String(i + 5).padStart(2, '0')}`, `2020-08-${String(i + 5).padStart(2, '0')}`))];
    const span = focusSpan(events)!;
    expect(span.start).toBeGreaterThanOrEqual(day('2020-08-01'));
    expect(span.end).toBeLessThanOrEqual(day('2020-09-01'));
  });

  it('shows the whole window of "somewhere in August" events in whole days', () => {
    const events = [...Array.from({ length: 8 }, () => event('2020-08-01', '2020-08-31', '2020-08-17')), event('2020-08-20', '2020-08-20'), event('2020-09-05', '2020-09-05')];
    expect(focusSpan(events)).toEqual({ start: day('2020-08-01'), end: day('2020-09-06') });
  });

  it('takes whole months and years for longer spans', () => {
    expect(wholeUnits(day('2020-03-15'), day('2021-02-10'))).toEqual({ start: day('2020-03-01'), end: day('2021-03-01') });
    expect(wholeUnits(day('2010-03-15'), day('2021-02-10'))).toEqual({ start: day('2010-01-01'), end: day('2022-01-01') });
  });

  it('is at least a day for one event', () => {
    expect(focusSpan([event('2020-08-20', '2020-08-20')])).toEqual({ start: day('2020-08-20'), end: day('2020-08-21') });
  });
});
