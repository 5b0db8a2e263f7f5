import { describe, expect, it } from 'vitest';
import { SEGMENT_WINDOW, segmentInWindows } from '../../src/article/sentences.js';

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
const whole = (text: string) => [...segmenter.segment(text)].map(({ index, segment }) => ({ start: index, end: index + segment.length }));

describe('segmenting in bounded windows', () => {
  it('gives exactly what one pass over the whole text gives', () => {
    const sentences = Array.from({ length: 400 }, (_, i) => `Zin nummer ${i} gaat over ${'iets '.repeat(i % 7)}anders.`);
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(3 * SEGMENT_WINDOW);
    expect(segmentInWindows(text, segmenter)).toEqual(whole(text));
  });
  it('cuts a sentence longer than a window at its last space', () => {
    const text = `${'woord '.repeat(1000)}einde.`;
    const pieces = segmentInWindows(text, segmenter);
    expect(pieces[0]).toEqual({ start: 0, end: 4092 });
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  });
});
