/** Odd but legal text never crashes: either records come out, or a typed error names the problem. */
import { describe, expect, it } from 'vitest';
import { EventTimelineError } from '../../src/errors.js';
import { extractEvents } from '../../src/events/extract-events.js';
import { stubTagger } from './stub-tagger.js';

/** A small deterministic generator (mulberry32), so every run tests the same texts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'De', 'EU', 'zegt', 'dat', 'morgen', 'niet', 'als', 'het', 'Poetin', 'kondigde', 'aan', 'te', 'beginnen', 'Vlak', 'na',
  'zijn', 'toespraak', 'The', 'army', 'said', 'yesterday', 'that', 'it', 'will', 'not', 'if', 'the day after', 'Mr.', 'J.',
  'U.S.', 'dhr.', 'o.a.', '.', ',', ';', '"', '“', '”', '’', "'", '(', ')', '-', '—', '\n', '\n\n', '\r\n', '\t', ' ', '  ',
  'é', 'ë', '😀', '\u200b', '\u00a0', '123', '2020-08-16', '9 augustus 2020', '...', '!?', 'NAVO', 'Wit-Rusland', 'Kremlin',
];

describe('random texts built from awkward pieces', () => {
  it('give records with true offsets, or a typed error', () => {
    const next = random(20200816);
    for (let n = 0; n < 300; n++) {
      const length = 1 + Math.floor(next() * 60);
      const body = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? ' ' : '');
      const text = ` date 2020-08 ${body}`;
      try {
        const records = extractEvents(text, { tagger: stubTagger, language: next() < 0.5 ? 'nl' : 'en' });
        for (const r of records) {
          expect(text.slice(r.source.sentenceStart, r.source.sentenceEnd)).toBe(r.sentence);
          expect(r.title.length).toBeGreaterThan(0);
          expect(r.title).not.toMatch(/…$/);
        }
      } catch (error) {
        expect(error, `${JSON.stringify(text)}: ${(error as Error).stack}`).toBeInstanceOf(EventTimelineError);
      }
    }
  });
});
