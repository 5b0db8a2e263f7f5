/**
 * Number words of any language, composed from a small lexicon a locale supplies: the words for 1-19, the tens, how a
 * ten and a unit are joined ("twenty-one", "eenentwintig"), the scale words and the ordinals. From it come every
 * cardinal and ordinal from 1 to 99 (as word lists for patterns) and the value of a spelled-out number or year
 * ("two thousand and eighteen", "negentien zevenentachtig", "zeventienhonderdnegenentachtig", "nineteen oh five").
 */

/** What a language says about its number words. Keys are lower case. */
export interface NumberLexicon {
  /** 1 to 19 ("one" ... "nineteen", "een" ... "negentien"); spelling variants allowed ("één"). */
  readonly units: Readonly<Record<string, number>>;
  /** 20, 30 ... 90. */
  readonly tens: Readonly<Record<string, number>>;
  /** The spellings of a ten with a unit from 1 to 9: `twenty` + `one` → "twenty-one", "twenty one". */
  readonly joinTenUnit: (ten: string, unit: string) => readonly string[];
  /** Ordinals of 1 to 19 ("first", "eerste"). */
  readonly unitOrdinals: Readonly<Record<string, number>>;
  /** Ordinals of the tens ("twentieth", "twintigste"). */
  readonly tenOrdinals: Readonly<Record<string, number>>;
  /** The spellings of the ordinal of a ten with a unit: `twenty`, `one`, `first` → "twenty-first". */
  readonly joinTenUnitOrdinal: (ten: string, unit: string, unitOrdinal: string) => readonly string[];
  readonly hundred: readonly string[];
  readonly thousand: readonly string[];
  /** Words that join parts of a number and count nothing ("and", "en"). */
  readonly joiners: readonly string[];
  /** A zero spoken inside a year ("nineteen oh five"). */
  readonly zeros: readonly string[];
}

/** Every cardinal from 1 to 99 in words, → its value. */
export function cardinalWords(lexicon: NumberLexicon): Record<string, number> {
  const words: Record<string, number> = { ...lexicon.units, ...lexicon.tens };
  for (const [ten, tenValue] of Object.entries(lexicon.tens)) {
    for (const [unit, unitValue] of Object.entries(lexicon.units)) {
      if (unitValue > 9) continue;
      for (const spelling of lexicon.joinTenUnit(ten, unit)) words[spelling] = tenValue + unitValue;
    }
  }
  return words;
}

/** Every ordinal from 1st to 99th in words, → its value. */
export function ordinalWords(lexicon: NumberLexicon): Record<string, number> {
  const words: Record<string, number> = { ...lexicon.unitOrdinals, ...lexicon.tenOrdinals };
  const ordinalOf = new Map<number, string[]>();
  for (const [word, value] of Object.entries(lexicon.unitOrdinals)) ordinalOf.set(value, [...(ordinalOf.get(value) ?? []), word]);
  for (const [ten, tenValue] of Object.entries(lexicon.tens)) {
    for (const [unit, unitValue] of Object.entries(lexicon.units)) {
      if (unitValue > 9) continue;
      for (const unitOrdinal of ordinalOf.get(unitValue) ?? []) {
        for (const spelling of lexicon.joinTenUnitOrdinal(ten, unit, unitOrdinal)) words[spelling] = tenValue + unitValue;
      }
    }
  }
  return words;
}

type Token = { kind: 'number'; value: number; ten: boolean } | { kind: 'zero' | 'hundred' | 'thousand' | 'joiner' };

/** The tokens of a lexicon, longest first, for reading words glued together ("negentienhonderd"). */
const tokenTables = new WeakMap<NumberLexicon, [string, Token][]>();
function tokensOf(lexicon: NumberLexicon): [string, Token][] {
  let table = tokenTables.get(lexicon);
  if (!table) {
    const tens = new Set(Object.values(lexicon.tens));
    table = [
      ...Object.entries(cardinalWords(lexicon)).map(([w, value]): [string, Token] => [w, { kind: 'number', value, ten: tens.has(value) && w in lexicon.tens }]),
      ...lexicon.zeros.map((w): [string, Token] => [w, { kind: 'zero' }]),
      ...lexicon.hundred.map((w): [string, Token] => [w, { kind: 'hundred' }]),
      ...lexicon.thousand.map((w): [string, Token] => [w, { kind: 'thousand' }]),
      ...lexicon.joiners.map((w): [string, Token] => [w, { kind: 'joiner' }]),
    ]
      .filter(([w]) => !/[\s-]/.test(w))
      .sort((a, b) => b[0].length - a[0].length);
    tokenTables.set(lexicon, table);
  }
  return table;
}

/** Split each word of a phrase into number tokens, longest first; undefined if some part is no number word. */
function tokenize(phrase: string, lexicon: NumberLexicon): Token[] | undefined {
  const table = tokensOf(lexicon);
  const tokens: Token[] = [];
  for (const word of phrase.toLowerCase().split(/[\s\-‐–]+/).filter(Boolean)) {
    let at = 0;
    while (at < word.length) {
      const hit = table.find(([w]) => word.startsWith(w, at));
      if (!hit) return undefined;
      tokens.push(hit[1]);
      at += hit[0].length;
    }
  }
  return tokens;
}

/**
 * The value of a number or a year in words: "eenentwintig" 21, "two thousand and eighteen" 2018,
 * "zeventienhonderdnegenentachtig" 1789, "tweehonderdzevenenzestig" 267, and a year said as two pairs of digits:
 * "nineteen ninety-five" 1995, "twenty eighteen" 2018, "negentien zevenentachtig" 1987, "nineteen oh five" 1905.
 * Undefined for anything else (a pair whose second half is a lone digit, "nineteen five", reads as no year).
 */
export function numberFromWords(phrase: string, lexicon: NumberLexicon): number | undefined {
  const tokens = tokenize(phrase, lexicon);
  if (!tokens || tokens.length === 0) return undefined;
  if (tokens.some((t) => t.kind === 'hundred' || t.kind === 'thousand')) {
    let total = 0;
    let current = 0;
    let previous: Token | undefined;
    for (const token of tokens) {
      if (token.kind === 'zero') return undefined;
      if (token.kind === 'number') {
        // "twenty five" adds up; "five twenty" does not
        if (previous?.kind === 'number' && !(previous.ten && token.value < 10)) return undefined;
        current += token.value;
      } else if (token.kind === 'hundred') {
        current = (current || 1) * 100;
      } else if (token.kind === 'thousand') {
        total += (current || 1) * 1000;
        current = 0;
      }
      previous = token;
    }
    return total + current;
  }
  // No scale word: one number below 100, or two such numbers read as the two halves of a year.
  const groups: { value: number; zeroLed: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (token.kind === 'joiner') return undefined;
    if (token.kind === 'zero') {
      if (next?.kind !== 'number' || next.value > 9) return undefined;
      groups.push({ value: next.value, zeroLed: true });
      i++;
    } else if (token.kind === 'number') {
      if (token.ten && next?.kind === 'number' && next.value < 10) {
        groups.push({ value: token.value + next.value, zeroLed: false });
        i++;
      } else groups.push({ value: token.value, zeroLed: false });
    }
  }
  if (groups.length === 1) return groups[0].zeroLed ? undefined : groups[0].value;
  if (groups.length !== 2) return undefined;
  const [high, low] = groups;
  if (high.zeroLed || high.value < 10 || (low.value < 10 && !low.zeroLed)) return undefined;
  return high.value * 100 + low.value;
}
