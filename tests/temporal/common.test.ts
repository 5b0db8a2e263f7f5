import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../../src/temporal/contract.js';
import {
  absoluteDay,
  alternation,
  durationValue,
  monthWithoutYear,
  dayWithoutYear,
  nearestTense,
  relativeToDocument,
  vaguePeriod,
  weekdayNear,
  withMod,
  absoluteUnit,
  periodSince,
} from '../../src/temporal/common/index.js';
import { documentDaySpan, parseDocumentDate } from '../../src/time/document-date.js';

const ctx = (reference: string, text = ''): ParseContext => {
  const date = parseDocumentDate(reference);
  return { text, reference: date, referenceSpan: documentDaySpan(date) };
};

describe('common resolution helpers', () => {
  it('absolute days are exact and impossible days are refused', () => {
    expect(absoluteDay(2020, 8, 9)).toMatchObject({ value: '2020-08-09', anchor: 'absolute', window: { earliest: '2020-08-09', latest: '2020-08-09', certainty: 'exact' } });
    expect(absoluteDay(2021, 2, 29)).toBeNull();
  });
  it('relative units are exact against a day and within against a month', () => {
    expect(relativeToDocument(ctx('2020-08-16'), 'year', -1)).toMatchObject({ value: '2019', window: { certainty: 'exact' } });
    expect(relativeToDocument(ctx('2020-08'), 'day', -1)).toMatchObject({
      value: '2020-XX-XX',
      window: { earliest: '2020-07-31', latest: '2020-08-30', certainty: 'within' },
    });
  });
  it('months without a year follow the tense and never invent the year', () => {
    // 2020-03-10: August in a past sentence is August 2019, in a future one August 2020.
    expect(monthWithoutYear(ctx('2020-03-10'), 8, 'past')?.value).toBe('2019-08');
    expect(monthWithoutYear(ctx('2020-03-10'), 8, 'future')?.value).toBe('2020-08');
    expect(monthWithoutYear(ctx('2020-03-10'), 4, 'nearest')?.value).toBe('2020-04');
    // Year-only reference 2020, past: the last August before any day of 2020 is 2019-08 or 2020-08.
    expect(monthWithoutYear(ctx('2020'), 8, 'past')).toMatchObject({
      value: 'XXXX-08',
      window: { earliest: '2019-08-01', latest: '2020-08-31', granularity: 'month', certainty: 'within' },
    });
    expect(dayWithoutYear(ctx('2021-01-05'), 2, 29, 'past')?.value).toBe('2020-02-29');
  });
  it('weekdays: on-or-before in the past, on-or-after in the future', () => {
    // 2020-08-16 is a Sunday.
    expect(weekdayNear(ctx('2020-08-16'), 5, 'past').value).toBe('2020-08-14');
    expect(weekdayNear(ctx('2020-08-16'), 5, 'future').value).toBe('2020-08-21');
    expect(weekdayNear(ctx('2020-08-16'), 7, 'past').value).toBe('2020-08-16');
    expect(weekdayNear(ctx('2020-08'), 5, 'past')).toMatchObject({ value: '2020-XX-XX', window: { earliest: '2020-07-31', latest: '2020-08-28', certainty: 'within' } });
  });
  it('vague periods and since-periods', () => {
    expect(vaguePeriod(ctx('2020-08-16'), 'PAST_REF', 'year', 5)).toMatchObject({
      value: 'PAST_REF',
      window: { earliest: '2015-01-01', latest: '2020-08-16', certainty: 'period', vagueStart: true },
    });
    const since = periodSince(ctx('2020-08-16'), absoluteUnit('year', 1994));
    expect(since).toMatchObject({ value: '1994', window: { earliest: '1994-01-01', latest: '2020-08-16', certainty: 'period' } });
    expect(since.window?.vagueEnd).toBeUndefined();
  });
  it('mods narrow exact windows to a vague third', () => {
    expect(withMod(absoluteUnit('month', 2020, 6), 'START')).toMatchObject({ mod: 'START', value: '2020-06', window: { earliest: '2020-06-01', latest: '2020-06-10', certainty: 'period' } });
  });
  it('spells durations', () => {
    expect(durationValue(26, 'year')).toBe('P26Y');
    expect(durationValue(30, 'minute')).toBe('PT30M');
    expect(durationValue(2.5, 'year')).toBe('P2.5Y');
    expect(durationValue(1, 'decade')).toBe('P10Y');
    expect(durationValue(undefined, 'year')).toBe('PXY');
  });
  it('finds the nearest tense cue within the sentence only', () => {
    const cues = /\b(?:(?<future>will)|(?<past>said|met))\b/g;
    const text = 'They met on Friday. He said they will meet on Friday again.';
    expect(nearestTense(text, 12, 18, cues)).toBe('past');
    expect(nearestTense(text, 45, 51, cues)).toBe('future');
  });
  it('prefers a cue in the expression\'s own clause, and any strong cue to a weak one', () => {
    const cues = /\b(?:(?<future>will)|(?<past>said)|(?<weakPast>cut)|(?<weakFuture>next))\b/g;
    const at = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    // "said" is nearer to March, but beyond the comma; "will" is in March's clause
    const quoted = 'They will cut jobs in March, it said.';
    expect(nearestTense(quoted, ...at(quoted, 'March'), cues)).toBe('future');
    // and the other way round: Friday's clause holds "said"
    const reported = 'They will cut jobs, he said on Friday.';
    expect(nearestTense(reported, ...at(reported, 'Friday'), cues)).toBe('past');
    // a colon ends a clause, a comma between digits does not: "will" is in March's clause, "said" is not
    const digits = 'He said: in March 4,000 will go.';
    expect(nearestTense(digits, ...at(digits, 'March'), cues)).toBe('future');
    // a clause without cues takes the nearest in the sentence
    const open = 'In March, he said, jobs will go.';
    expect(nearestTense(open, ...at(open, 'March'), cues)).toBe('past');
    // a weak cue decides only when nothing else does, even when it is nearer and in the clause
    const weak = 'They will cut jobs in March.';
    expect(nearestTense(weak, ...at(weak, 'March'), cues)).toBe('future');
    const alone = 'Jobs cut in March.';
    expect(nearestTense(alone, ...at(alone, 'March'), cues)).toBe('past');
    // a boundary word ("that") ends a clause as a comma does
    const bounded = /\b(?:(?<future>will)|(?<past>told)|(?<boundary>that))\b/g;
    const unbounded = /\b(?:(?<future>will)|(?<past>told))\b/g;
    const told = 'He told reporters on Friday that he will go.';
    expect(nearestTense(told, ...at(told, 'Friday'), unbounded)).toBe('future');
    expect(nearestTense(told, ...at(told, 'Friday'), bounded)).toBe('past');
    const none = 'Jobs in March.';
    expect(nearestTense(none, ...at(none, 'March'), cues)).toBeUndefined();
  });
  it('scans each sentence once, per text and cue pattern, and takes non-global cue patterns too', () => {
    const cues = /\b(?:(?<future>will)|(?<past>said|met))\b/g;
    const plain = /\b(?:(?<future>will)|(?<past>said|met))\b/;
    const a = 'They met on Friday. He said they will meet on Friday again.';
    const b = 'They will go on Friday. He met them on Friday before.';
    // alternating texts and patterns: every answer is that of its own text and pattern
    for (let round = 0; round < 3; round++) {
      expect(nearestTense(a, 12, 18, cues)).toBe('past');
      expect(nearestTense(b, 13, 19, cues)).toBe('future');
      expect(nearestTense(a, 45, 51, plain)).toBe('future');
      expect(nearestTense(b, 45, 51, plain)).toBe('past');
      // the same sentence, another expression in it
      expect(nearestTense(a, 0, 4, cues)).toBe('past');
    }
  });
  it('builds longest-first alternations', () => {
    expect(new RegExp(`^${alternation(['sep', 'sept', 'september'])}$`).test('sept')).toBe(true);
    expect(alternation(['a b'])).toBe('(?:a\\s+b)');
  });
});
