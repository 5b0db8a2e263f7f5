/** A date from tense has a horizon, not a far end: it is drawn as a short tail by its bound, not over years. */
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayStart, drawnTimes, hasOpenEnd, OPEN_TAIL_DAYS } from '../../../src/timeline/layout/shape.js';
import { prepareEvents } from '../../../src/timeline/layout/prepare.js';
import { extractEvents } from '../../../src/events/extract-events.js';
import type { EventDate } from '../../../src/types.js';

const before: EventDate = { earliest: '2010-08-31', latest: '2020-08-31', granularity: 'day', certainty: 'within', vagueStart: true, value: 'PAST_REF', type: 'DATE', mod: 'ON_OR_BEFORE', source: 'tense', edtf: '[..2020-08-31]' };
const after: EventDate = { earliest: '2020-09-01', latest: '2030-09-01', granularity: 'day', certainty: 'within', vagueEnd: true, value: 'FUTURE_REF', type: 'DATE', mod: 'AFTER', source: 'tense', edtf: '[2020-09-01..]' };

describe('open ends of dates from tense', () => {
  it('draws "before the article" as the days up to its bound, and "after" as the days from it', () => {
    expect(hasOpenEnd(before)).toBe(true);
    expect(drawnTimes(before)).toEqual({ start: dayStart('2020-09-01') - OPEN_TAIL_DAYS * DAY_MS, end: dayStart('2020-09-01') });
    expect(drawnTimes(after)).toEqual({ start: dayStart('2020-09-01'), end: dayStart('2020-09-01') + OPEN_TAIL_DAYS * DAY_MS });
  });
  it('negative: a stated window with a vague start ("before Christmas") is drawn whole', () => {
    const stated: EventDate = { ...before, source: 'stated', earliest: '2020-12-17', latest: '2020-12-24' };
    expect(hasOpenEnd(stated)).toBe(false);
    expect(drawnTimes(stated)).toEqual({ start: dayStart('2020-12-17'), end: dayStart('2020-12-25') });
    // the article's own day from the present tense has both ends
    expect(hasOpenEnd({ ...before, vagueStart: undefined, mod: undefined })).toBe(false);
  });
  it('keeps the view of an article with undated past and future events to a few weeks, not two decades', () => {
    const records = extractEvents(' date 2020-08-16 The minister resigned. The party will choose a new leader. De minister zegt dat.');
    expect(records.map((r) => r.date.edtf)).toEqual(['[..2020-08-15]', '[2020-08-17..]', '2020-08-16']);
    const { extent } = prepareEvents(records);
    expect(extent!.end - extent!.start).toBeLessThanOrEqual((2 * OPEN_TAIL_DAYS + 1) * DAY_MS);
  });
});
