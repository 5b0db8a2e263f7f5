import { describe, expect, it } from 'vitest';
import { FIRST_SEGMENT_WINDOW, SEGMENT_WINDOW, segmentInWindows } from '../../src/article/sentences.js';

const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
const whole = (text: string) => [...segmenter.segment(text)].map(({ index, segment }) => ({ start: index, end: index + segment.length }));

describe('segmenting in bounded windows', () => {
  it('gives exactly what one pass over the whole text gives', () => {
    const sentences = Array.from({ length: 400 }, (_, i) => `Zin nummer ${i} gaat over ${'iets '.repeat(i % 7)}anders.`);
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(3 * SEGMENT_WINDOW);
    expect(segmentInWindows(text, segmenter)).toEqual(whole(text));
  });
  it('widens a first window that holds less than two sentences, with the same sentences as one pass', () => {
    // sentences of 300 to 1,500 characters: some longer than the first window, some two to a window
    const sentences = Array.from({ length: 40 }, (_, i) => `Zin ${i} zegt dat ${'de raad vergaderde, '.repeat(15 + ((i * 37) % 60))}Dr. Jansen ging.`);
    const text = sentences.join(' ');
    expect(sentences.some((s) => s.length > FIRST_SEGMENT_WINDOW)).toBe(true);
    expect(sentences.some((s) => s.length < FIRST_SEGMENT_WINDOW / 2)).toBe(false);
    expect(segmentInWindows(text, segmenter)).toEqual(whole(text));
  });
  it('cuts a sentence longer than a window at its last space', () => {
    const text = `${'woord '.repeat(1000)}einde.`;
    const pieces = segmentInWindows(text, segmenter);
    expect(pieces[0]).toEqual({ start: 0, end: 4092 });
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
  });
});
