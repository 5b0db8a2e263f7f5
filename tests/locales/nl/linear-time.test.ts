/**
 * Long adversarial Dutch input must be tagged in time linear in its length: every pattern is built from literal
 * alternations and bounded gaps (no nested unbounded quantifiers), and context look-ups scan bounded windows.
 * Work is compared across input sizes (four times the text must cost far less than sixteen times the time, which is
 * what a quadratic pattern would take); there is no absolute time limit.
 */
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../../../src/temporal/tagger.js';

/** Repeat `unit` up to `size` characters. */
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const ADVERSARIES: Record<string, string> = {
  'de de de': 'de ',
  digits: '1',
  'digits and dashes': '2019-',
  'digit groups': '9 ',
  'month names': 'augustus ',
  'abbreviated months': 'aug. ',
  'jaren jaren': 'jaren ',
  'de laatste': 'de laatste ',
  'van tot': 'van 10 tot ',
  blanks: ' ',
  'quotes and s': "'s ",
  'half half': 'half ',
  'numbers in words': 'twee drie ',
  'sentences without cues': 'Hij zei maandag dat ',
  'weekday soup': 'maandag tot en met ',
};

/**
 * Milliseconds per tagging of `text`: each batch repeats the call until it has run for at least 50 ms (so that tiny
 * inputs are not all timer noise), and the fastest of three batches is the least noisy estimate of the work done.
 */
function timeToTag(text: string): number {
  const tag = () => tagTemporalExpressions(text, { language: 'nl', reference: '2020-08-16' });
  let best = Infinity;
  for (let batch = 0; batch < 3; batch++) {
    const started = performance.now();
    let runs = 0;
    do {
      tag();
      runs++;
    } while (performance.now() - started < 50);
    best = Math.min(best, (performance.now() - started) / runs);
  }
  return best;
}

// A timing ratio can be thrown off by a burst of load on a shared CI machine: measure again before failing.
describe('tagging time grows linearly with the input', { retry: 2 }, () => {
  it.each(Object.entries(ADVERSARIES))('%s (50 KB vs 200 KB)', (_, unit) => {
    timeToTag(fill(unit, 10_000)); // warm up the compiled patterns
    const small = timeToTag(fill(unit, 50_000));
    const large = timeToTag(fill(unit, 200_000));
    // 4x the input: linear work takes ~4x the time; quadratic would take ~16x. Allow generous noise.
    expect(large / small).toBeLessThan(10);
  }, 120_000);

  it('a mixed 200 KB article-like text stays linear too', () => {
    const unit = 'De de de 1500 demonstranten op 9 augustus 2020, jaren jaren, in de afgelopen dagen en morgen om 15.00 uur. ';
    const small = timeToTag(fill(unit, 50_000));
    const large = timeToTag(fill(unit, 200_000));
    expect(large / small).toBeLessThan(10);
  }, 120_000);
});
