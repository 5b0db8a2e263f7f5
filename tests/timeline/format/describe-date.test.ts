import { describe, expect, it } from 'vitest';
import { describeDate } from '../../../src/timeline/format/describe-date.js';
import type { DateWindow, EventDate, Granularity, WindowCertainty } from '../../../src/types.js';
import { DESCRIBE_DATE_GOLDEN } from './describe-date.golden.js';

function parseWindow(text: string): DateWindow {
  const [days, granularity, certainty, ...flags] = text.split(' ');
  const [earliest, latest] = days.split('..');
  const window: DateWindow = { earliest, latest, granularity: granularity as Granularity, certainty: certainty as WindowCertainty };
  if (flags.includes('vagueStart')) window.vagueStart = true;
  if (flags.includes('vagueEnd')) window.vagueEnd = true;
  return window;
}

describe('describeDate golden rows', () => {
  it.each(DESCRIBE_DATE_GOLDEN)('%s %s', (lang, window, expected) => {
    expect(describeDate(parseWindow(window), lang)).toBe(expected);
  });
});

describe('describeDate on event dates', () => {
  const base: EventDate = {
    earliest: '2020-08-04',
    latest: '2020-08-04',
    granularity: 'minute',
    certainty: 'exact',
    value: '2020-08-04T18:07',
    type: 'TIME',
    source: 'stated',
    edtf: '2020-08-04T18:07',
  };
  it('adds the time of day when the date has one', () => {
    expect(describeDate(base, 'nl')).toBe('4 augustus 2020 om 18:07');
    expect(describeDate(base, 'en')).toBe('4 August 2020 at 18:07');
  });
  it('an hour reads as its full hour; a part of day without a clock time is left out', () => {
    expect(describeDate({ ...base, granularity: 'hour', value: '2020-08-04T18' }, 'nl')).toBe('4 augustus 2020 om 18:00');
    expect(describeDate({ ...base, granularity: 'hour', value: '2020-08-04TEV' }, 'en')).toBe('4 August 2020');
  });
  it('a day-granular event date reads as the day', () => {
    expect(describeDate({ ...base, granularity: 'day', value: '2020-08-04', type: 'DATE' }, 'nl')).toBe('4 augustus 2020');
  });
});
