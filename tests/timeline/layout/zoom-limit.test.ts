import { describe, expect, it } from 'vitest';
import { prepareEvents } from '../../../src/timeline/layout/prepare.js';
import { narrowestSpan, NARROWEST_VIEW_UNITS } from '../../../src/timeline/layout/zoom-limit.js';
import { makeEvent } from './fixtures.js';

const DAY = 86_400_000;

describe('the narrowest view follows the finest precision among the events', () => {
  it('day data: a few days, never hours', () => {
    const events = prepareEvents([makeEvent('d', { earliest: '2020-08-17' }), makeEvent('m', { earliest: '2020-08-01', latest: '2020-08-31', granularity: 'month' })]).events;
    expect(narrowestSpan(events)).toBe(NARROWEST_VIEW_UNITS * DAY);
    expect(narrowestSpan(events)).toBeGreaterThanOrEqual(3 * DAY);
  });

  it('hours and minutes are drawn by the day, so they zoom no deeper than days', () => {
    const events = prepareEvents([makeEvent('h', { earliest: '2020-08-17', granularity: 'minute' })]).events;
    expect(narrowestSpan(events)).toBe(NARROWEST_VIEW_UNITS * DAY);
  });

  it('month data stops at a few months; one day-precise event brings it down to days', () => {
    const months = [makeEvent('a', { earliest: '2020-08-01', latest: '2020-08-31', granularity: 'month' }), makeEvent('b', { earliest: '2020-10-01', latest: '2020-10-31', granularity: 'month' })];
    expect(narrowestSpan(prepareEvents(months).events)).toBe(NARROWEST_VIEW_UNITS * 28 * DAY);
    expect(narrowestSpan(prepareEvents([...months, makeEvent('c', { earliest: '2020-09-02' })]).events)).toBe(NARROWEST_VIEW_UNITS * DAY);
  });

  it('"somewhere in August" is one day somewhere: its unit is a day', () => {
    const events = prepareEvents([makeEvent('w', { earliest: '2020-08-01', latest: '2020-08-31', certainty: 'within', granularity: 'day' })]).events;
    expect(narrowestSpan(events)).toBe(NARROWEST_VIEW_UNITS * DAY);
  });

  it('no events: a few days', () => {
    expect(narrowestSpan([])).toBe(NARROWEST_VIEW_UNITS * DAY);
  });
});
