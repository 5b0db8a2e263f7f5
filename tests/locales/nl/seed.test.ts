/**
 * The seed article (seeds/000_db7e82f0f86a5966.txt) is dated only `2020-08`: every relative expression in it must be
 * resolved against the whole month, never against an invented day. Offsets are pinned by hand (UTF-16, end exclusive).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../../../src/temporal/tagger.js';
import type { Timex } from '../../../src/types.js';

const text = readFileSync(new URL('../../../seeds/000_db7e82f0f86a5966.txt', import.meta.url), 'utf8');
const found = tagTemporalExpressions(text, { language: 'nl', reference: '2020-08' });
const at = (start: number): Timex | undefined => found.find((t) => t.start === start);

describe('seed article 000 (dated 2020-08)', () => {
  it('is the article we pinned', () => {
    expect(text.slice(0, 13)).toBe(' date 2020-08');
    expect(text.slice(761, 777)).toBe('de laatste jaren');
  });

  it('"de laatste jaren" is a period of years ending in August 2020', () => {
    expect(at(761)).toMatchObject({
      end: 777,
      text: 'de laatste jaren',
      type: 'DATE',
      value: 'PAST_REF',
      anchor: 'document',
      window: { latest: '2020-08-31', granularity: 'year', certainty: 'period', vagueStart: true },
    });
    expect(at(761)!.window!.earliest < '2020-01-01').toBe(true);
  });

  it('"nu" is PRESENT_REF, twice', () => {
    for (const start of [831, 1010]) {
      expect(at(start)).toMatchObject({ end: start + 2, text: 'nu', type: 'DATE', value: 'PRESENT_REF', anchor: 'document' });
      expect(at(start)!.window).toMatchObject({ earliest: '2020-08-01', latest: '2020-08-31' });
    }
  });

  it('"deze week" is one ISO week among those touching August 2020', () => {
    expect(at(1520)).toMatchObject({
      end: 1529,
      text: 'deze week',
      type: 'DATE',
      value: '2020-WXX',
      window: { earliest: '2020-07-27', latest: '2020-09-06', granularity: 'week', certainty: 'within' },
    });
  });

  it('"in de afgelopen dagen" is a period of days ending in August 2020 (the preposition stays outside)', () => {
    expect(at(1654)).toMatchObject({
      end: 1672,
      text: 'de afgelopen dagen',
      type: 'DATE',
      value: 'PAST_REF',
      window: { latest: '2020-08-31', granularity: 'day', certainty: 'period', vagueStart: true },
    });
  });

  it('"morgen" is one day somewhere in 2020-08-02..2020-09-01, both times', () => {
    for (const start of [1885, 2005]) {
      expect(at(start)).toMatchObject({
        end: start + 6,
        text: 'morgen',
        type: 'DATE',
        value: '2020-XX-XX',
        anchor: 'document',
        window: { earliest: '2020-08-02', latest: '2020-09-01', granularity: 'day', certainty: 'within' },
      });
    }
  });

  it('"Vlak na zijn toespraak" is anchored to an event, after it, with no calendar window of its own', () => {
    const cue = at(1945);
    expect(cue).toMatchObject({ end: 1967, text: 'Vlak na zijn toespraak', anchor: 'event', relation: 'after' });
    expect(cue!.window).toBeUndefined();
  });

  it('finds nothing in "de eerste keer" or "meteen", and nothing else in the body', () => {
    expect(found.some((t) => t.start < 910 && t.end > 896)).toBe(false);
    expect(found.some((t) => t.start < 965 && t.end > 959)).toBe(false);
    expect(found.map((t) => [t.start, t.text])).toEqual([
      [6, '2020-08'],
      [761, 'de laatste jaren'],
      [831, 'nu'],
      [1010, 'nu'],
      [1520, 'deze week'],
      [1654, 'de afgelopen dagen'],
      [1885, 'morgen'],
      [1945, 'Vlak na zijn toespraak'],
      [2005, 'morgen'],
    ]);
  });
});
