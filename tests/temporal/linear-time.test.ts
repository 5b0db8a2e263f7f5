/**
 * Adversarial input must be tagged in time linear in its length: every pattern is an alternation of literal words
 * with bounded gaps (no nested unbounded quantifiers), and context windows (sentence, tense cues) are bounded.
 * Each input is tagged at two sizes, 4x apart; the larger may take at most 10x as long (generous: linear is 4x,
 * quadratic would be 16x). Times are the best of several runs, so a busy machine does not fail the test.
 */
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../../src/temporal/tagger.js';

const ADVERSARIAL: Record<string, string> = {
  digits: '0123456789',
  'spaced ones': '1 ',
  'the the the': 'the ',
  'month names': 'March May June Aug. ',
  'years and dashes': '2008-2009-',
  'clock-like': '10:30 1.5 ',
  'numbers and units': 'two and a half years a ',
  'weekday names': 'Monday Friday morning ',
  spaces: ' ',
  letters: 'abcdefghijklmnopqrstuvwxyzed',
  'sentence ends': 'A. B. ',
  'vague phrases': 'in the past the future of ',
};

function bestTime(text: string, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    tagTemporalExpressions(text, { language: 'en', reference: '2020-08-16' });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

// A timing ratio can be thrown off by a burst of load on a shared CI machine: measure again before failing.
describe('tagging time is linear in the input length', { retry: 2 }, () => {
  it.each(Object.entries(ADVERSARIAL))('%s', (_name, unit) => {
    const small = unit.repeat(Math.ceil(50_000 / unit.length));
    const large = unit.repeat(Math.ceil(200_000 / unit.length));
    bestTime(small, 1); // warm up the JIT
    const tSmall = bestTime(small);
    const tLarge = bestTime(large);
    // A floor of 5 ms keeps timer noise on tiny inputs from deciding the ratio.
    expect(tLarge, `50 KB: ${tSmall.toFixed(1)} ms, 200 KB: ${tLarge.toFixed(1)} ms`).toBeLessThan(10 * Math.max(tSmall, 5));
  }, 120_000);
});

/**
 * A structural check besides the timing: no group that holds an unbounded quantifier is itself repeated without
 * bound (`(a+)+`, `(?:\s*x)*`), the shape that makes backtracking exponential or quadratic.
 */
function nestedUnboundedQuantifier(source: string): string | undefined {
  const stack: boolean[] = [false];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // Skip a character class, escapes included.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    const unboundedAt = (j: number) => source[j] === '*' || source[j] === '+' || /^\{\d+,\}/.test(source.slice(j, j + 8));
    if (c === '(') stack.push(false);
    else if (c === ')') {
      const inner = stack.pop();
      if (inner && unboundedAt(i + 1)) return source.slice(Math.max(0, i - 40), i + 2);
      if (inner || unboundedAt(i + 1)) stack[stack.length - 1] = true;
    } else if (unboundedAt(i)) stack[stack.length - 1] = true;
  }
  return undefined;
}

describe('patterns have no nested unbounded quantifiers', async () => {
  const { getLocale } = await import('../../src/locales/index.js');
  it('the checker itself catches the classic shapes', () => {
    expect(nestedUnboundedQuantifier('(a+)+')).toBeDefined();
    expect(nestedUnboundedQuantifier('(?:\\s*x)*')).toBeDefined();
    expect(nestedUnboundedQuantifier('(?:a|b)+c(?:d+)?')).toBeUndefined();
    expect(nestedUnboundedQuantifier('[(a+)]+')).toBeUndefined();
  });
  it.each(getLocale('en').temporal.parsers.map((p) => [p.name, p.pattern.source] as const))('%s', (_name, source) => {
    expect(nestedUnboundedQuantifier(source)).toBeUndefined();
  });
});
