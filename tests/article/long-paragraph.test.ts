import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';

describe('a paragraph of 130,000 lines', () => {
  it('is read whole, its lines in its sentences (no stack overflow past 125,000 items)', () => {
    const lines = Array.from({ length: 130_000 }, (_, i) => `Line ${i} of the list.`);
    const text = ` date 2020-08\n\n${lines.join('\n')}\n`;
    const article = parseArticle(text, { id: 'long', language: 'en' });
    expect(article.paragraphs.map((p) => p.text.length).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const last = lines[lines.length - 1];
    expect(article.sentences.at(-1)?.text).toContain(last);
    expect(article.paragraphs.at(-1)?.end).toBe(text.indexOf(last) + last.length);
  });
});
