import { describe, expect, it } from 'vitest';
import { wordBefore } from '../../src/events/open-bound.js';
import { seededRandom } from '../lib/random.js';

/** The definition `wordBefore` scans by character codes: the regular expression it replaced. */
function reference(text: string, at: number): string {
  const match = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - 16), at));
  return match ? match[1].toLowerCase() : '';
}

describe('wordBefore: the word right before an expression, spaces between', () => {
  it('reads the word before the spaces, lower case', () => {
    expect(wordBefore('prices rose After  2010', 19)).toBe('after');
    expect(wordBefore('na\u00a0mei', 3)).toBe('na');
    expect(wordBefore('Tot 𝐀lpha 3', 11)).toBe('𝐀lpha');
  });

  it('negative: no spaces, a sign before them, or no letters give no word', () => {
    expect(wordBefore('after2010', 5)).toBe('');
    expect(wordBefore('(after) 2010', 8)).toBe('');
    expect(wordBefore('2009 2010', 5)).toBe('');
    expect(wordBefore('   2010', 3)).toBe('');
  });

  it('equals its regular expression on random text at every position, surrogate pairs and the 16-character reach included', () => {
    const random = seededRandom(16);
    const pieces = ['a', 'B', 'é', 'Ω', '𝐀', '٣', '1', ' ', '  ', '\u00a0', '\t', '\n', '\u2003', '.', ',', '-', "'", 'x'];
    for (let n = 0; n < 400; n++) {
      let text = '';
      while (text.length < 40) text += pieces[Math.floor(random() * pieces.length)];
      for (let at = 0; at <= text.length; at++) expect([text, at, wordBefore(text, at)]).toEqual([text, at, reference(text, at)]);
    }
  });
});
