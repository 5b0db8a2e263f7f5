/** The shared number-word composer, with a small made-up lexicon and with the Dutch and English ones. */
import { describe, expect, it } from 'vitest';
import { cardinalWords, numberFromWords, ordinalWords, type NumberLexicon } from '../../src/temporal/common/number-words.js';
import { DUTCH_NUMBERS } from '../../src/locales/nl/temporal/numbers.js';
import { ENGLISH_NUMBERS } from '../../src/locales/en/temporal/numbers.js';

/** A toy lexicon: units 1-3 and 11, tens 20 and 30, joined "ten+unit". */
const TOY: NumberLexicon = {
  units: { one: 1, two: 2, three: 3, eleven: 11 },
  tens: { twenty: 20, thirty: 30 },
  joinTenUnit: (ten, unit) => [`${ten}+${unit}`],
  unitOrdinals: { first: 1, second: 2, third: 3 },
  tenOrdinals: { twentieth: 20 },
  joinTenUnitOrdinal: (ten, _unit, ordinal) => [`${ten}+${ordinal}`],
  hundred: ['hundred'],
  thousand: ['thousand'],
  joiners: ['and'],
  zeros: ['oh'],
};

describe('number words composed from a lexicon', () => {
  it('joins every ten with every unit below ten, and nothing with a teen', () => {
    const words = cardinalWords(TOY);
    expect(words['thirty+two']).toBe(32);
    expect(words['twenty+one']).toBe(21);
    expect(words['twenty+eleven']).toBeUndefined();
    expect(Object.keys(words)).toHaveLength(4 + 2 + 2 * 3);
  });
  it('composes ordinals from the unit ordinals', () => {
    const words = ordinalWords(TOY);
    expect(words['thirty+third']).toBe(33);
    expect(words.twentieth).toBe(20);
  });
  it('composes the Dutch and English words to 99', () => {
    expect(cardinalWords(DUTCH_NUMBERS)['negenennegentig']).toBe(99);
    expect(cardinalWords(DUTCH_NUMBERS)['tweeëntwintig']).toBe(22);
    expect(ordinalWords(DUTCH_NUMBERS)['eenendertigste']).toBe(31);
    expect(ordinalWords(DUTCH_NUMBERS)['drieëntwintigste']).toBe(23);
    expect(cardinalWords(ENGLISH_NUMBERS)['seventy-seven']).toBe(77);
    expect(ordinalWords(ENGLISH_NUMBERS)['twenty second']).toBe(22);
    expect(ordinalWords(ENGLISH_NUMBERS)['thirty-first']).toBe(31);
  });
});

describe('numberFromWords', () => {
  it('reads scale words, glued or apart, and ignores joiners', () => {
    expect(numberFromWords('two thousand and thirty two', TOY)).toBe(2032);
    expect(numberFromWords('elevenhundred', TOY)).toBe(1100);
    expect(numberFromWords('three hundred and twenty+one', TOY)).toBe(321);
    expect(numberFromWords('zeventienhonderdnegenentachtig', DUTCH_NUMBERS)).toBe(1789);
    expect(numberFromWords('tweeduizend negentien', DUTCH_NUMBERS)).toBe(2019);
    expect(numberFromWords('one thousand seven hundred and eighty nine', ENGLISH_NUMBERS)).toBe(1789);
  });
  it('reads a year said as two pairs of digits, with a spoken zero', () => {
    expect(numberFromWords('eleven thirty+two', TOY)).toBe(1132);
    expect(numberFromWords('eleven oh three', TOY)).toBe(1103);
    expect(numberFromWords('negentien zevenentachtig', DUTCH_NUMBERS)).toBe(1987);
    expect(numberFromWords('negentienachtentwintig', DUTCH_NUMBERS)).toBe(1928);
    expect(numberFromWords('nineteen ninety-five', ENGLISH_NUMBERS)).toBe(1995);
    expect(numberFromWords('twenty twenty one', ENGLISH_NUMBERS)).toBe(2021);
  });
  it('refuses what is no number', () => {
    expect(numberFromWords('eleven two', TOY)).toBeUndefined(); // a lone digit is no second half of a year
    expect(numberFromWords('two eleven', TOY)).toBeUndefined(); // a first half below ten
    expect(numberFromWords('one two three', TOY)).toBeUndefined();
    expect(numberFromWords('oh', TOY)).toBeUndefined();
    expect(numberFromWords('three and two', TOY)).toBeUndefined();
    expect(numberFromWords('twenty kittens', TOY)).toBeUndefined();
    expect(numberFromWords('two hundred three+one', TOY)).toBeUndefined();
  });
});
