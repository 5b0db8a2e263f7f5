/**
 * Pinned: English never invents precision. Against a month-only or year-only document date, every relative
 * expression becomes one unit somewhere in an honest window (certainty `within`, X in the value); only what the
 * text or the document date fixes is exact. Windows worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../../../src/temporal/tagger.js';

const first = (text: string, reference: string) => tagTemporalExpressions(text, { language: 'en', reference })[0];

describe('English against a month-only document date (2020-08)', () => {
  const cases: [string, string, string, string, string][] = [
    // sentence, value, earliest, latest, certainty
    ['The minister spoke today.', '2020-08-XX', '2020-08-01', '2020-08-31', 'within'],
    ['The minister speaks tomorrow.', '2020-XX-XX', '2020-08-02', '2020-09-01', 'within'],
    ['The minister spoke yesterday.', '2020-XX-XX', '2020-07-31', '2020-08-30', 'within'],
    ['The minister speaks this week.', '2020-WXX', '2020-07-27', '2020-09-06', 'within'],
    ['The minister spoke on Monday.', '2020-XX-XX', '2020-07-27', '2020-08-31', 'within'],
    ['The minister will speak on Monday.', '2020-08-XX', '2020-08-03', '2020-08-31', 'within'],
    ['The minister spoke three days ago.', '2020-XX-XX', '2020-07-29', '2020-08-28', 'within'],
    ['The minister speaks this month.', '2020-08', '2020-08-01', '2020-08-31', 'exact'],
    ['The minister spoke last month.', '2020-07', '2020-07-01', '2020-07-31', 'exact'],
    ['The minister spoke this year.', '2020', '2020-01-01', '2020-12-31', 'exact'],
    ['The minister spoke on 3 August 2020.', '2020-08-03', '2020-08-03', '2020-08-03', 'exact'],
  ];
  it.each(cases)('%s → %s in %s..%s (%s)', (sentence, value, earliest, latest, certainty) => {
    expect(first(sentence, '2020-08')).toMatchObject({ value, window: { earliest, latest, certainty } });
  });
  it('a relative expression never claims an exact day', () => {
    for (const s of ['today', 'tomorrow', 'yesterday', 'on Friday', 'two days ago', 'in three days', 'the day after tomorrow']) {
      const t = first(`They will meet ${s}.`, '2020-08');
      expect(t.window?.certainty, s).toBe('within');
      expect(t.value, s).toMatch(/X/);
    }
  });
});

describe('English against a year-only document date (2020)', () => {
  const cases: [string, string, string, string, string][] = [
    ['The minister spoke today.', '2020-XX-XX', '2020-01-01', '2020-12-31', 'within'],
    ['The minister spoke last month.', 'XXXX-XX', '2019-12-01', '2020-11-30', 'within'],
    ['The minister spoke last week.', 'XXXX-WXX', '2019-12-23', '2020-12-27', 'within'],
    ['The minister spoke in March.', 'XXXX-03', '2019-03-01', '2020-03-31', 'within'],
    ['The minister will speak in March.', 'XXXX-03', '2020-03-01', '2021-03-31', 'within'],
    ['The minister spoke last year.', '2019', '2019-01-01', '2019-12-31', 'exact'],
    ['The minister spoke in March 2020.', '2020-03', '2020-03-01', '2020-03-31', 'exact'],
    ['The minister spoke this summer.', '2020-SU', '2020-06-01', '2020-08-31', 'exact'],
  ];
  it.each(cases)('%s → %s in %s..%s (%s)', (sentence, value, earliest, latest, certainty) => {
    expect(first(sentence, '2020')).toMatchObject({ value, window: { earliest, latest, certainty } });
  });
});
