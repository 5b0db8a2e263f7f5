/**
 * MEANTIME English through the TypeScript source: the same evaluation as `scripts/eval-meantime.mjs` (which runs the
 * built package), scored by the shared TempEval-3-style scorer, must stay above the project's thresholds.
 *
 * Corpus: NewsReader MEANTIME (English section), (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam,
 * Universidad del Pais Vasco; Creative Commons Attribution 4.0 International. Text from Wikinews (CC BY 2.5).
 * Read from ../shared/corpora/meantime-en beside the repository; skipped, saying so, when that folder is absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../../src/temporal/tagger.js';
// @ts-ignore -- a plain ES module script without declarations
import { corpusAvailable, DEFAULT_CORPUS, parseHeader, score, scopeEnd, systemOutput } from '../../scripts/eval-meantime.mjs';

const corpus = fileURLToPath(new URL('../../../shared/corpora/meantime-en', import.meta.url));
const available = existsSync(corpus) && corpusAvailable(corpus);
if (!available) console.warn(`MEANTIME evaluation skipped: ${corpus} (or the shared scorer) is absent`);

describe('MEANTIME evaluation helpers', () => {
  it('reads the article header, ISO or day-first', () => {
    expect(parseHeader(' date 2013-12-10 Mary Barra appointed\n\nText.')).toEqual({ reference: '2013-12-10', bodyStart: 17 });
    expect(parseHeader(' date 03-02-2009 Automobile sales\n\nText.')).toEqual({ reference: '2009-02-03', bodyStart: 17 });
    expect(() => parseHeader('no header')).toThrow(/header/);
  });
  it('limits the scope to the title and the first four sentences of the body', () => {
    const text = ' date 2020-08-16 Title here\n\nOne. Two is Mr. Smith. Three! Four? Five. Six.';
    expect(text.slice(0, scopeEnd(text, 17))).toBe(' date 2020-08-16 Title here\n\nOne. Two is Mr. Smith. Three! Four?');
  });
});

describe.skipIf(!available)('MEANTIME English (source tagger)', () => {
  it('scores at least strict F1 75, relaxed F1 85 and value F1 75', () => {
    expect(DEFAULT_CORPUS).toBeTypeOf('string');
    const output = systemOutput(tagTemporalExpressions, { corpus });
    // The header date itself is never tagged.
    for (const line of output) for (const t of line.timexes) expect(t.start).toBeGreaterThanOrEqual(17);
    const { rows, report } = score(output, { corpus });
    console.log(report);
    expect(rows.strict.f1).toBeGreaterThanOrEqual(75);
    expect(rows.relaxed.f1).toBeGreaterThanOrEqual(85);
    expect(rows.value.f1).toBeGreaterThanOrEqual(75);
  }, 60_000);
});
