import { describe, expect, it } from 'vitest';
import { scanWordsAfter, wordBefore } from '../../src/events/open-bound.js';
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

/** The definition `scanWordsAfter` follows by character codes. */
function afterReference(text: string, at: number): string {
  return /^\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)/u.exec(text.slice(at, at + 24))?.[1].toLowerCase() ?? '';
}

describe('scanWordsAfter: one or two words right after an expression, spaces before them', () => {
  it('reads one or two words, lower case', () => {
    expect(scanWordsAfter('op 1 juni Deadline  Van de', 9)).toBe('deadline  van');
    expect(scanWordsAfter('a June 1 deadline, then', 8)).toBe('deadline');
  });

  it('negative: no space, or a sign first, gives no words', () => {
    expect(scanWordsAfter('2020-deadline', 4)).toBe('');
    expect(scanWordsAfter('2020, deadline', 4)).toBe('');
  });

  it('equals its regular expression on random text at every position, surrogate pairs and the 24-character reach included', () => {
    const random = seededRandom(17);
    const pieces = ['a', 'B', 'é', 'Ω', '𝐀', '٣', '1', ' ', '  ', '\u00a0', '\t', '\n', '\u2003', '.', ',', '-', "'", 'xy', 'deadline'];
    for (let n = 0; n < 400; n++) {
      let text = '';
      while (text.length < 60) text += pieces[Math.floor(random() * pieces.length)];
      for (let at = 0; at <= text.length; at++) {
        expect([text, at, scanWordsAfter(text, at)]).toEqual([text, at, afterReference(text, at)]);
      }
    }
  });
});
