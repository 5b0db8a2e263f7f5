import { describe, expect, it } from 'vitest';
import { copyToken, CueGroup, CueList, tokenize } from '../../src/events/tokens.js';
import { seededRandom } from '../lib/random.js';

/** The words as the tokenizer's definition states them: a Unicode regular expression searched from `from`. */
function reference(text: string, from = 0, to = text.length): Array<[number, string]> {
  const word = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
  word.lastIndex = from;
  const found: Array<[number, string]> = [];
  for (let match = word.exec(text); match && match.index < to; match = word.exec(text)) {
    found.push([match.index, match.index + match[0].length > to ? match[0].slice(0, to - match.index) : match[0]]);
  }
  return found;
}

/** The reference's words as tokens name them: a name's possessive ending left off ("Apple's" is "Apple"). */
const withoutPossessive = (found: Array<[number, string]>) => found.map(([start, word]) => [start, /^\p{Lu}/u.test(word) && word.length > 3 && /['’]s$/.test(word) ? word.slice(0, -2) : word]);

describe('tokenize', () => {
  it('finds acronyms, joined words, digits and words of any script', () => {
    const text = 'De U.S.-delegatie (U.S.A.) zei: Wit-Rusland didn’t, rock’n’roll 3-1 in 2020; café Ωmega 𝐀lpha ٣ x.';
    expect(tokenize(text).map((t) => t.text)).toEqual(['De', 'U.S.', 'delegatie', 'U.S.A.', 'zei', 'Wit-Rusland', 'didn’t', 'rock’n’roll', '3-1', 'in', '2020', 'café', 'Ωmega', '𝐀lpha', '٣', 'x']);
  });

  it('keeps a word of a sentence inside its end, a possessive off a name, and commas between words', () => {
    const text = 'Apple’s chief, Tim Cook, spoke';
    const tokens = tokenize(text, 0, 27);
    expect(tokens.map((t) => [t.text, t.lower, t.capitalised, t.commaBefore])).toEqual([
      ['Apple', 'apple', true, false],
      ['chief', 'chief', false, false],
      ['Tim', 'tim', true, true],
      ['Cook', 'cook', true, false],
      ['sp', 'sp', false, true],
    ]);
  });

  it('finds what the Unicode regular expression of its definition finds, surrogate pairs and lone halves included', () => {
    const random = seededRandom(16);
    const alphabet = ['a', 'B', '.', '.', '-', "'", '’', ' ', ',', '1', 'é', 'ß', '\u{1D400}', '\u{1F600}', '\uD800', '\uDC00', '٣', 'İ', '"', 's'];
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      for (let i = 1 + Math.floor(random() * 12); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
      const from = Math.floor(random() * (text.length + 1));
      const to = from + Math.floor(random() * (text.length - from + 1));
      expect(tokenize(text, from, to).map((t) => [t.start, t.text]), JSON.stringify([text, from, to])).toEqual(withoutPossessive(reference(text, from, to)));
      expect(tokenize(text).map((t) => [t.start, t.text]), JSON.stringify(text)).toEqual(withoutPossessive(reference(text)));
    }
  });
});

describe('a token keeps its word entry only while its word is the same', () => {
  it('a blanked copy looks up its own (empty) word; a copy with the same word shares the entry', () => {
    const group = new CueGroup();
    const list = new CueList(['said'], group);
    const [said] = tokenize('said');
    expect(group.entryOf(said).cues).not.toBe(0);
    expect(list.matchAt([said], 0)).toBe(1);
    const blanked = copyToken(said, '');
    expect(group.entryOf(blanked).cues).toBe(0);
    expect(list.matchAt([blanked], 0)).toBe(0);
    const recapitalised = copyToken(said, said.lower, true);
    expect(group.entryOf(recapitalised)).toBe(group.entryOf(said));
    // negative: the original is unchanged by its copies
    expect(list.matchAt([said], 0)).toBe(1);
  });
});
