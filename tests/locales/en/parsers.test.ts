/**
 * One block per English parser family, against a fixed reference date (2020-08-16, a Sunday), with negative cases.
 * Expected values are worked out by hand from the calendar and the TIMEX3 conventions.
 */
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../../../src/temporal/tagger.js';
import type { Timex } from '../../../src/types.js';

const REF = '2020-08-16';
const tag = (text: string, reference = REF) => tagTemporalExpressions(text, { language: 'en', reference });
const brief = (t: Timex) => [t.text, t.type, t.value, t.parser];
const only = (text: string, reference = REF) => {
  const found = tag(text, reference);
  expect(found, JSON.stringify(found.map(brief))).toHaveLength(1);
  return found[0];
};

describe('numeric-date', () => {
  it('reads ISO and US-order dates', () => {
    expect(brief(only('Filed 2020-08-09.'))).toEqual(['2020-08-09', 'DATE', '2020-08-09', 'numeric-date']);
    expect(only('Filed 8/9/2020.').value).toBe('2020-08-09');
    expect(only('Filed 8/9/95.').value).toBe('1995-08-09');
  });
  it('refuses impossible or partial numeric forms', () => {
    expect(tag('Filed 2/30/2020 and 1/2/3/4 and 1.2.3.')).toEqual([]);
  });
  it('reads a short date with a slash, month first, and no score, fraction or name', () => {
    expect(only('The papers were filed on 9/8.').value).toBe('2019-09-08');
    expect(tag('They won 3-1 with a 2/3 majority after 9/11.')).toEqual([]);
  });
});

describe('written-date', () => {
  it('reads day-month and month-day orders with and without year', () => {
    expect(brief(only('Born 9 August 1970 in Leeds.'))).toEqual(['9 August 1970', 'DATE', '1970-08-09', 'written-date']);
    expect(only('On Friday, Aug. 14, the vote ended.').value).toBe('2020-08-14');
    expect(only('The vote ended on August 14.').value).toBe('2020-08-14');
    expect(only('The vote will end on August 24.').value).toBe('2020-08-24');
  });
  it('refuses verbs and impossible days', () => {
    expect(tag('the troops march 3 miles')).toEqual([]);
    expect(only('on 30 February').text).toBe('February');
  });
});

describe('month', () => {
  it('resolves months with and without year, and relative months', () => {
    expect(brief(only('It rained in May 2008.'))).toEqual(['May 2008', 'DATE', '2008-05', 'month']);
    expect(only('It rained in November.').value).toBe('2019-11');
    expect(only('It will rain in November.').value).toBe('2020-11');
    expect(only('It rained last August.').value).toBe('2019-08');
    expect(only('It rains next August.').value).toBe('2021-08');
  });
  it('needs a cue for May and March, and a capital letter', () => {
    expect(tag('You may go; they march; in june.')).toEqual([]);
    expect(tag('May the best team win.')).toEqual([]);
  });
});

describe('year and decade-century', () => {
  it('reads years with modifiers and since', () => {
    expect(brief(only('Built in 1994.'))).toEqual(['1994', 'DATE', '1994', 'year']);
    const since = only('Closed since 2008.');
    expect(since.window).toMatchObject({ earliest: '2008-01-01', latest: '2020-08-16', certainty: 'period' });
    expect(only('The late 1990s were calm.')).toMatchObject({ value: '199', mod: 'END', parser: 'decade-century' });
  });
  it('refuses numbers that are no years', () => {
    expect(tag('1,500 people, $2008, Room 2020, 2010 votes, No. 1999, 3000 BC, pages 1988-1990.')).toEqual([]);
  });
});

describe('weekday', () => {
  it('follows the tense of the sentence', () => {
    expect(brief(only('He left on Tuesday.'))).toEqual(['Tuesday', 'DATE', '2020-08-11', 'weekday']);
    expect(only('He will leave on Tuesday.').value).toBe('2020-08-18');
    expect(only('He said on Monday that he will leave.').value).toBe('2020-08-10');
    expect(only('They met last Sunday.').value).toBe('2020-08-09');
  });
  it('refuses names', () => {
    expect(tag('He read the Sunday Times.')).toEqual([]);
  });
});

describe('relative-day, relative-unit, relative-offset', () => {
  it('resolves against the document date', () => {
    expect(brief(only('He spoke yesterday.'))).toEqual(['yesterday', 'DATE', '2020-08-15', 'relative-day']);
    expect(brief(only('He speaks next week.'))).toEqual(['next week', 'DATE', '2020-W34', 'relative-unit']);
    expect(brief(only('He spoke three weeks ago.'))).toEqual(['three weeks ago', 'DATE', '2020-07-26', 'relative-offset']);
  });
  it('does not tag units without a determiner', () => {
    expect(tag('The week was long; a year is a year.').map((t) => t.text)).toEqual(['a year', 'a year']);
  });
});

describe('event-relative and the anchor refiner', () => {
  it('anchors to the previous date and marks the relation', () => {
    const [first, later] = tag('The deal was signed on 2 March 2020. Two weeks later it collapsed.');
    expect(first.value).toBe('2020-03-02');
    expect(later).toMatchObject({ text: 'Two weeks later', value: '2020-03-16', anchor: 'event', relation: 'after', parser: 'event-relative' });
  });
  it('prefers the latest anchor fine enough for the shift', () => {
    const found = tag('On 2 March 2020 the deal was signed; in 2021 it was revised. The next day was calm.');
    expect(found.find((t) => t.text === 'The next day')?.value).toBe('2020-03-03');
  });
  it('does not read "before the election" as an anchored date', () => {
    expect(tag('Two days before the election, he resigned.').map((t) => [t.text, t.type])).toEqual([['Two days', 'DURATION']]);
  });
});

describe('quarter-half and season', () => {
  it('reads quarters, halves and seasons', () => {
    expect(brief(only('Sales fell in Q2.'))).toEqual(['Q2', 'DATE', '2020-Q2', 'quarter-half']);
    expect(only('Sales fell in the second half of 2019.').value).toBe('2019-H2');
    expect(brief(only('Sales fell last summer.'))).toEqual(['last summer', 'DATE', '2019-SU', 'season']);
  });
  it('refuses lowercase codes and the verb fall', () => {
    expect(tag('Press q3 or h2; prices fall; a hot spring.')).toEqual([]);
  });
});

describe('duration and set', () => {
  it('spells durations and sets', () => {
    expect(brief(only('It lasted 26 years.'))).toEqual(['26 years', 'DURATION', 'P26Y', 'duration']);
    expect(only('A three-hour delay.').value).toBe('PT3H');
    expect(brief(only('It meets every month.'))).toEqual(['every month', 'SET', 'P1M', 'set']);
    expect(only('It pays $5 a day.')).toMatchObject({ type: 'SET', value: 'P1D' });
  });
  it('keeps ages and ordinals out', () => {
    expect(tag('A 51-year-old man won a second term.')).toEqual([]);
  });
});

describe('time-of-day and vague-reference', () => {
  it('reads clock times on the document day or a named day', () => {
    expect(brief(only('It ends at 5:45 p.m.'))).toEqual(['5:45 p.m.', 'TIME', '2020-08-16T17:45', 'time-of-day']);
    expect(only('It ended at 11 a.m. on Friday.').value).toBe('2020-08-14T11:00');
  });
  it('reads vague references and refuses their adjective uses', () => {
    expect(brief(only('Prices are high now.'))).toEqual(['now', 'DATE', 'PRESENT_REF', 'vague-reference']);
    expect(tag('The past president and the future king met the now-defunct board.')).toEqual([]);
    expect(tag('The score was 3.45 and 12.30 points.')).toEqual([]);
  });
});

describe('range', () => {
  it('reads a range of years as one duration and a range of days as one interval, with the whole window', () => {
    expect(only('From 1998 to 2002 it grew.')).toMatchObject({
      type: 'DURATION', value: 'P4Y', window: { earliest: '1998-01-01', latest: '2002-12-31' }, parser: 'range',
    });
    expect(only('It runs from 3 to 5 September 2021.')).toMatchObject({
      type: 'DATE', value: '2021-09-03/2021-09-05', window: { earliest: '2021-09-03', latest: '2021-09-05' },
    });
  });
  it('reads a list of years as years, not a range, and refuses scores', () => {
    expect(tag('Both 1990 and 2000 were good; it won 3-2.').map((t) => [t.text, t.type])).toEqual([['1990', 'DATE'], ['2000', 'DATE']]);
  });
});

describe('week-of-month, same-period and later', () => {
  it('takes the ISO week whose Thursday lies in the month', () => {
    // March 2021: Thursdays 4..25, so the first week starts Monday 1 March (W09), the last Monday 22 March (W12).
    expect(brief(only('It rained in the first week of March 2021.'))).toEqual(['the first week of March 2021', 'DATE', '2021-W09', 'week-of-month']);
    expect(only('It rained in the last week of March 2021.').value).toBe('2021-W12');
  });
  it('moves the last named period back a year', () => {
    const found = tag('Sales in the first half of 2019 beat the same period a year earlier.');
    expect(found.map(brief)).toEqual([
      ['the first half of 2019', 'DATE', '2019-H1', 'quarter-half'],
      ['the same period a year earlier', 'DATE', '2018-H1', 'same-period'],
    ]);
  });
  it('reads a bare "later" by tense and leaves adjectives alone', () => {
    expect(only('The vote will come later.')).toMatchObject({ value: 'FUTURE_REF', relation: 'after', parser: 'later' });
    expect(only('The index later recovered.')).toMatchObject({ value: 'XXXX-XX-XX', anchor: 'event' });
    expect(tag('No later than that, a later version.')).toEqual([]);
  });
});
