/**
 * What a pattern can read, in the units of a trigger's reach (non-blank UTF-16 code units): the bound a parser's
 * trigger takes from the fragments its pattern is built of.
 */
import { describe, expect, it } from 'vitest';
import { getLocale } from '../../src/locales/index.js';
import { patternReads, triggerReach } from '../../src/temporal/common/reach.js';
import { TRIGGER_REACH_AFTER, TRIGGER_REACH_BEFORE } from '../../src/temporal/contract.js';

describe('patternReads', () => {
  it('counts what a match consumes, white space as nothing', () => {
    expect(patternReads('(?:more\\s+than|about)\\s+').consumed).toBe(8);
    expect(patternReads('[ \\t]{0,2},?\\s*').consumed).toBe(1);
    expect(patternReads('\\d{1,4}(?:[.,]\\d{1,3})?').consumed).toBe(8);
    expect(patternReads('(?<year>\\d{4})|x').consumed).toBe(4);
  });
  it('counts two for what can match a character outside the Basic Multilingual Plane', () => {
    expect(patternReads('\\p{L}').consumed).toBe(2);
    expect(patternReads('[^\\x00-\\x7F]').consumed).toBe(2);
    expect(patternReads('.').consumed).toBe(2);
    expect(patternReads('[a-z]').consumed).toBe(1);
  });
  it('reads lookaheads past what is consumed, and lookbehinds as nothing', () => {
    expect(patternReads('ago(?!\\s+on(?![\\p{L}]))')).toEqual({ consumed: 3, reach: 7, lookahead: 4 });
    expect(patternReads('(?<![\\p{L}])(?<=\\d)ab')).toEqual({ consumed: 2, reach: 2, lookahead: 0 });
  });
  it('is unbounded where a part that reads something repeats without bound', () => {
    expect(patternReads('[\\s-]+').consumed).toBe(Infinity);
    expect(patternReads('a*b').reach).toBe(Infinity);
    expect(patternReads('\\s+x').consumed).toBe(1);
    expect(patternReads('(?<s>-)x\\k<s>').consumed).toBe(Infinity);
  });
  it('rejects what it cannot read', () => {
    expect(() => patternReads('(?<x')).toThrow(SyntaxError);
  });
});

describe('triggerReach', () => {
  it('bounds the lead by what it consumes and the tail by what it reads, the word guards included', () => {
    // lead: "about" (5) + one for white space a match could start on; tail: "days" (4), "ago" (3), guard (2) + one
    expect(triggerReach([['(?:about\\s+)?', 'days\\s+ago']])).toEqual({ before: 6, after: 10 });
  });
  it('keeps the default reach for an unbounded run', () => {
    expect(triggerReach([['full[\\s-]+', 'day']])).toEqual({ before: TRIGGER_REACH_BEFORE, after: 6 });
  });
  it('gives the English unit-word parsers zones of about half the default', () => {
    const parsers = getLocale('en').temporal.parsers;
    for (const name of ['relative-offset', 'event-relative', 'set', 'relative-unit', 'named-period', 'month']) {
      const trigger = parsers.find((parser) => parser.name === name)!.trigger!;
      expect(trigger.before! + trigger.after!, name).toBeLessThan((TRIGGER_REACH_BEFORE + TRIGGER_REACH_AFTER) * 0.6);
    }
  });
});
