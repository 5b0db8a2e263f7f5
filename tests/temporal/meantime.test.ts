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
import { parseArticle } from '../../src/article/parse.js';
import { sentenceScopeEnd } from '../../src/article/scope.js';
import { tagArticle } from '../../src/events/tag-article.js';
// @ts-ignore -- a plain ES module script without declarations
import { corpusAvailable, DEFAULT_CORPUS, score, SCOPE_SENTENCES, systemOutput } from '../../scripts/eval-meantime.mjs';

const source = { parseArticle, tagArticle, sentenceScopeEnd };

const corpus = fileURLToPath(new URL('../../../shared/corpora/meantime-en', import.meta.url));
const available = existsSync(corpus) && corpusAvailable(corpus);
if (!available) console.warn(`MEANTIME evaluation skipped: ${corpus} (or the shared scorer) is absent`);

describe('MEANTIME evaluation helpers', () => {
  it('reads the article header through the library, ISO or day-first', () => {
    expect(parseArticle(' date 2013-12-10 Mary Barra appointed\n\nText.', { language: 'en' })).toMatchObject({ documentDate: { value: '2013-12-10' }, bodyStart: 17 });
    expect(parseArticle(' date 03-02-2009 Automobile sales\n\nText.', { language: 'en' })).toMatchObject({ documentDate: { value: '2009-02-03' }, bodyStart: 17 });
    expect(() => parseArticle('no header', { language: 'en' })).toThrow(/no document date/);
  });
  it('limits the scope to the title and the first four sentences of the body', () => {
    expect(SCOPE_SENTENCES).toBe(5);
    const text = ' date 2020-08-16 Title here\n\nOne. Two is Mr. Smith. Three! Four? Five. Six.';
    const article = parseArticle(text, { language: 'en' });
    expect(text.slice(0, sentenceScopeEnd(article, SCOPE_SENTENCES))).toBe(' date 2020-08-16 Title here\n\nOne. Two is Mr. Smith. Three! Four?');
    expect(text.slice(0, sentenceScopeEnd(article, 1))).toBe(' date 2020-08-16 Title here');
    expect(sentenceScopeEnd(article, 50)).toBe(text.length);
    expect(() => sentenceScopeEnd(article, 0)).toThrow(/at least 1/);
  });
});

describe.skipIf(!available)('MEANTIME English (source tagger)', () => {
  it('scores at least strict F1 75, relaxed F1 85 and value F1 75', () => {
    expect(DEFAULT_CORPUS).toBeTypeOf('string');
    const output = systemOutput(source, { corpus });
    // The header date itself is never tagged.
    for (const line of output) for (const t of line.timexes) expect(t.start).toBeGreaterThanOrEqual(17);
    const { rows, report } = score(output, { corpus });
    console.log(report);
    expect(rows.strict.f1).toBeGreaterThanOrEqual(75);
    expect(rows.relaxed.f1).toBeGreaterThanOrEqual(85);
    expect(rows.value.f1).toBeGreaterThanOrEqual(75);
  }, 60_000);
});
