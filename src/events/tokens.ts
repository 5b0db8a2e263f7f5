/** Words with offsets, and whole-word matching of (multi-word) cue lists. */

/** One word of the original text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophe made straight. */
  lower: string;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** A comma stands between this word and the one before it (never for a range's first word). */
  commaBefore: boolean;
  /**
   * Cache of {@link CueGroup.entryOf}: the group it was worked out in, and the word's entry. A token's `lower` never
   * changes (a blanked word is a copy, made without the cache), so the group alone says the entry is the word's.
   */
  cueGroup?: CueGroup;
  cueEntry?: WordEntry;
}

// Words are dotted acronyms ("U.S."), or letters and digits joined by hyphens and apostrophes ("Wit-Rusland",
// "didn't"): the first match of `(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*` from a position on. A scan
// of character codes finds them; only a non-ASCII character is asked of the Unicode classes.
const LETTER = /\p{L}/uy;
const WORD_CHAR = /[\p{L}\p{N}]/uy;
const UPPER_START = /^\p{Lu}/u;
const FULL_STOP = 46;
const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** Code units of the character at `i` when it is in `unicodeClass` (non-ASCII only), else 0. */
function unicodeAt(text: string, i: number, unicodeClass: RegExp): number {
  unicodeClass.lastIndex = i;
  return unicodeClass.test(text) ? unicodeClass.lastIndex - i : 0;
}

/** Code units of the letter or digit at `i`, 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  return c === c ? unicodeAt(text, i, WORD_CHAR) : 0;
}

/** Code units of the letter at `i`, 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  return c === c ? unicodeAt(text, i, LETTER) : 0;
}

/** End of the word starting at `i` (a letter or digit stands there). */
function wordEnd(text: string, i: number): number {
  // two or more letters each followed by a full stop: an acronym, the full stop its last character
  let acronymEnd = i;
  let letters = 0;
  for (let n = letterAt(text, acronymEnd); n > 0 && text.charCodeAt(acronymEnd + n) === FULL_STOP; n = letterAt(text, acronymEnd)) {
    acronymEnd += n + 1;
    letters++;
  }
  if (letters >= 2) return acronymEnd;
  let end = i;
  for (;;) {
    for (let n = wordCharAt(text, end); n > 0; n = wordCharAt(text, end)) end += n;
    const c = text.charCodeAt(end);
    if ((c !== HYPHEN && c !== APOSTROPHE && c !== RIGHT_QUOTE) || wordCharAt(text, end + 1) === 0) return end;
    end++;
  }
}

/** Code units of the character at `i` (2 for a surrogate pair), as a Unicode regular expression steps. */
function characterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Does the word start with an upper-case letter? ASCII is decided by its code, anything else by the Unicode test. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/** The words of `text` between `from` and `to` (offsets into `text`). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  // from inside a surrogate pair, as a Unicode regular expression does, at the pair's start
  let i = from > 0 && characterLength(text, from - 1) === 2 ? from - 1 : from;
  while (i < to) {
    const n = wordCharAt(text, i);
    if (n === 0) {
      i += characterLength(text, i);
      continue;
    }
    // a word running past `to` is cut there
    const start = i;
    const end = Math.min(wordEnd(text, i), to);
    i = end;
    let word = text.slice(start, end);
    const capitalised = startsUpper(word);
    // a possessive is not part of a name: "Apple's" is the word "Apple"
    if (capitalised && word.length > 3 && (word.endsWith("'s") || word.endsWith('’s'))) word = word.slice(0, -2);
    const lower = word.toLowerCase();
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      capitalised,
      commaBefore: previousEnd >= 0 && hasComma(text, previousEnd, start),
      cueGroup: undefined,
      cueEntry: undefined,
    });
    previousEnd = start + word.length;
  }
  return tokens;
}

/**
 * A copy of `token` with another lower-case form (a blanked word: '') or capitalisation, its fields in the order
 * {@link tokenize} gives them: every token the stages read has one shape, so the hot look-ups stay monomorphic.
 */
export function copyToken(token: Token, lower: string, capitalised = token.capitalised): Token {
  // the word's entry goes with it only when the word stays the same
  const sameWord = lower === token.lower;
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    lower,
    capitalised,
    commaBefore: token.commaBefore,
    cueGroup: sameWord ? token.cueGroup : undefined,
    cueEntry: sameWord ? token.cueEntry : undefined,
  };
}

/** Does a comma stand in `text` between `from` and `to`? */
function hasComma(text: string, from: number, to: number): boolean {
  // a comma inside a number ("7,000", "1,5 miljoen") parts no clause
  if (to === from + 1 && text.charCodeAt(from) === 44 && isDigit(text.charCodeAt(from - 1)) && isDigit(text.charCodeAt(to))) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Words of one cue phrase, tokenised like the text so they compare equal. */
function cueWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}

/**
 * A found cue: token index, how many tokens, and the cue phrase. The phrase is joined from its tokens when read: most
 * finds only ask where a cue stands.
 */
export class CueMatch {
  constructor(
    private readonly tokens: readonly Token[],
    readonly index: number,
    readonly length: number,
  ) {}

  /** The cue's words as written, one space between. */
  get cue(): string {
    return this.tokens.slice(this.index, this.index + this.length).map((t) => t.text).join(' ');
  }
}

/** What a language's lists know of one lower-case word, found by one look-up (see {@link CueGroup}). */
export interface WordEntry {
  /** Bits of the cue lists with a phrase starting with the word (the group's first 31 lists). */
  cues: number;
  /** The same for the group's next 31 lists. */
  moreCues: number;
  /** Bits of the word sets ({@link WordSet}) holding the word. */
  sets: number;
  /** What the verb-form rules know of the word alone (triggers.ts), kept here on first use: one look-up per token. */
  facts: unknown;
  /** By list slot, the phrases of that list starting with the word, longest first (only for lists whose bit is set). */
  phrases: Array<string[][] | undefined> | undefined;
  /** The word holds an apostrophe (a suffix cue such as "n't" may end it). */
  apostrophe: boolean;
}

/** The entry of a word no list or set holds. */
const NO_ENTRY: WordEntry = newEntry('');

/** A word's entry before any list or set has claimed it. */
function newEntry(word: string): WordEntry {
  return { cues: 0, moreCues: 0, sets: 0, facts: undefined, phrases: undefined, apostrophe: word.includes("'") };
}

/** Words a language's group keeps an entry for at most (a bound on memory over a long corpus). */
const MAX_WORD_ENTRIES = 100_000;

/** Bits of one word of list slots (a small integer's 31). */
const BITS_PER_WORD = 31;
/** The bit of a list slot in its word. */
const slotBit = (slot: number) => 1 << slot % BITS_PER_WORD;

/**
 * The cue lists and word sets of one language, sharing one look-up: which lists have a phrase starting with a word,
 * and which sets hold it, as bits. A token's entry is looked up once and kept on the token, so testing it against
 * many lists and sets costs one map look-up.
 */
export class CueGroup {
  private readonly words = new Map<string, WordEntry>();
  private lists = 0;
  private sets = 0;

  private entryFor(word: string): WordEntry {
    let entry = this.words.get(word);
    if (!entry) {
      entry = newEntry(word);
      this.words.set(word, entry);
    }
    return entry;
  }

  /**
   * A slot for a new list with these first words: slots 0-30 are bits of an entry's `cues`, slots 31-61 bits of its
   * `moreCues`; -1 when all are taken (the list then looks up on its own).
   */
  register(byFirst: ReadonlyMap<string, string[][]>): number {
    if (this.lists >= 2 * BITS_PER_WORD) return -1;
    const slot = this.lists++;
    const bit = slotBit(slot);
    for (const [word, phrases] of byFirst) {
      const entry = this.entryFor(word);
      if (slot < BITS_PER_WORD) entry.cues |= bit;
      else entry.moreCues |= bit;
      entry.phrases ??= [];
      entry.phrases[slot] = phrases;
    }
    return slot;
  }

  /** A bit for a new set of these words, or 0 when all 31 are taken (the set then looks up on its own). */
  registerSet(words: Iterable<string>): number {
    if (this.sets >= 31) return 0;
    const bit = 1 << this.sets++;
    for (const word of words) this.entryFor(word).sets |= bit;
    return bit;
  }

  /** What the lists and sets know of this token's word. */
  entryOf(token: Token): WordEntry {
    if (token.cueGroup === this) return token.cueEntry ?? NO_ENTRY;
    let entry = this.words.get(token.lower);
    if (entry === undefined) {
      // a word of no list: an entry of its own all the same, for the facts kept on it
      entry = newEntry(token.lower);
      if (this.words.size < MAX_WORD_ENTRIES) this.words.set(token.lower, entry);
    }
    token.cueGroup = this;
    token.cueEntry = entry;
    return entry;
  }

}

/**
 * A set of lower-case words that also tells whether it holds a token's word from the token's entry in the
 * language's {@link CueGroup} (one cached look-up for all sets, instead of one hash look-up per set and question).
 */
export class WordSet extends Set<string> {
  private readonly group: CueGroup | undefined;
  private readonly bit: number;

  constructor(words: Iterable<string>, group?: CueGroup) {
    super(words);
    this.bit = group ? group.registerSet(this) : 0;
    this.group = this.bit ? group : undefined;
  }

  /** Does the set hold the token's word (`has(token.lower)`)? False for no token. */
  holds(token: Token | undefined): boolean {
    if (token === undefined) return false;
    return this.group !== undefined ? (this.group.entryOf(token).sets & this.bit) !== 0 : this.has(token.lower);
  }
}

/** Words a cue list remembers its answer for at most (a bound on memory over a long corpus). */
const MAX_CACHED_ANSWERS = 50_000;

/** How many words may stand inside a split verb ("maakte de wethouder vrijdag bekend"). */
const MAX_SPLIT_GAP = 8;

/**
 * A compiled cue list. Phrases are compared case-insensitively word by word; a phrase starting with an apostrophe
 * or `n't` (`'ll`, `n't`) is a suffix of one word ("we'll", "didn't"); a phrase with `…` between two words is a
 * split verb, its first word the cue and its particle a few words on ("maakte … bekend").
 */
export class CueList {
  private readonly byFirst = new Map<string, string[][]>();
  /** Split verbs: first word → the particles that may close them. */
  private readonly split = new Map<string, string[]>();
  private readonly suffixes: string[] = [];
  private readonly phrases = new Map<string, string>();
  /** The phrases sharing a first word, by their second word, where many share one ("san", "new", "al"). */
  private readonly bySecond = new Map<readonly string[][], PhrasesBySecond>();
  /** Answers of {@link has} so far: the stages ask about the same few words again and again. */
  private readonly hasCache = new Map<string, boolean>();
  private readonly group: CueGroup | undefined;
  private readonly bit: number;
  /** The list's bit is one of an entry's `moreCues`. */
  private readonly more: boolean;
  /** The list's slot in its group (-1: none). */
  private readonly slot: number;

  /** `group`: the language's other cue lists, for a shared first-word look-up. */
  constructor(phrases: readonly string[], group?: CueGroup) {
    for (const phrase of phrases) {
      const lower = phrase.toLowerCase().replace(/’/g, "'");
      if (lower.startsWith("'") || lower === "n't") {
        this.suffixes.push(lower);
        continue;
      }
      const gap = lower.split('…');
      if (gap.length === 2) {
        const [first, particle] = gap.map((part) => cueWords(part).join(' '));
        this.split.set(first, [...(this.split.get(first) ?? []), particle]);
        if (!this.byFirst.has(first)) this.byFirst.set(first, []);
        continue;
      }
      const words = cueWords(phrase);
      if (words.length === 0) continue;
      this.phrases.set(words.join(' '), phrase);
      const list = this.byFirst.get(words[0]);
      if (list) list.push(words);
      else this.byFirst.set(words[0], [words]);
    }
    // longest first, each list sorted once (a list of thousands of names would be slow to sort at every phrase)
    for (const list of this.byFirst.values()) if (list.length > 1) list.sort((a, b) => b.length - a.length);
    for (const list of this.byFirst.values()) if (list.length > MAX_PLAIN_CANDIDATES) this.bySecond.set(list, phrasesBySecond(list));
    const slot = group ? group.register(this.byFirst) : -1;
    this.slot = slot;
    this.bit = slot >= 0 ? slotBit(slot) : 0;
    this.more = slot >= BITS_PER_WORD;
    this.group = slot >= 0 ? group : undefined;
  }

  /** Might a phrase (not a suffix) start with this token's word? */
  private mayBeFirst(token: Token): boolean {
    if (!this.group) return this.byFirst.has(token.lower);
    const entry = this.group.entryOf(token);
    return ((this.more ? entry.moreCues : entry.cues) & this.bit) !== 0;
  }

  /** Length in tokens of the longest cue starting at token `i`, or 0. */
  matchAt(tokens: readonly Token[], i: number, end = tokens.length): number {
    const token = tokens[i];
    if (!token) return 0;
    const group = this.group;
    // the word's entry in the language's look-up answers every question below but a split verb's
    const entry = group === undefined ? undefined : group.entryOf(token);
    // every suffix holds an apostrophe ("'ll", "n't")
    if (this.suffixes.length > 0 && (entry === undefined ? token.lower.includes("'") : entry.apostrophe)) {
      for (let k = 0; k < this.suffixes.length; k++) {
        const suffix = this.suffixes[k];
        if (token.lower.endsWith(suffix) && token.lower !== suffix.slice(1)) return 1;
      }
    }
    let candidates: string[][] | undefined;
    if (entry === undefined) candidates = this.byFirst.get(token.lower);
    else if (((this.more ? entry.moreCues : entry.cues) & this.bit) !== 0) candidates = entry.phrases![this.slot];
    if (!candidates) return 0;
    const indexed = candidates.length > MAX_PLAIN_CANDIDATES ? this.bySecond.get(candidates) : undefined;
    if (indexed !== undefined) {
      // only the phrases whose second word is the next token's can be longer than one word
      const longer = i + 1 < end ? indexed.longer.get(tokens[i + 1].lower) : undefined;
      const length = longer === undefined ? 0 : longestMatch(tokens, i, end, longer);
      if (length > 0) return length;
      if (indexed.single && i + 1 <= end) return 1;
    } else {
      const length = longestMatch(tokens, i, end, candidates);
      if (length > 0) return length;
    }
    const particles = this.split.get(token.lower);
    if (particles) {
      for (let k = i + 2; k < Math.min(end, i + 2 + MAX_SPLIT_GAP); k++) if (particles.includes(tokens[k].lower)) return 1;
    }
    return 0;
  }

  /** Where the particle closing a split verb at token `i` stands ("sluit ... niet uit"), or -1. */
  particleOf(tokens: readonly Token[], i: number, end = tokens.length): number {
    const particles = this.split.get(tokens[i]?.lower ?? '');
    if (particles) for (let k = i + 2; k < Math.min(end, i + 2 + MAX_SPLIT_GAP); k++) if (particles.includes(tokens[k].lower)) return k;
    return -1;
  }

  /**
   * Is this one word (lower case) a whole cue: a one-word phrase, or a word ending in a suffix cue ("we'll")? The same
   * as `matchAt` over a one-token list, without making the token.
   */
  matchesWord(word: string): boolean {
    if (this.suffixes.length > 0 && word.includes("'")) {
      for (const suffix of this.suffixes) if (word.endsWith(suffix) && word !== suffix.slice(1)) return true;
    }
    const candidates = this.byFirst.get(word);
    return candidates !== undefined && candidates.some((words) => words.length === 1);
  }

  /** Could a cue start at this token? A cheap test before the full match. */
  mayStartAt(token: Token): boolean {
    return (this.suffixes.length > 0 && token.lower.includes("'")) || this.mayBeFirst(token);
  }

  /** Every non-overlapping match in tokens `[from, to)`, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): CueMatch[] {
    const found: CueMatch[] = [];
    for (let i = from; i < to; i++) {
      if (!this.mayStartAt(tokens[i])) continue;
      const length = this.matchAt(tokens, i, to);
      if (length > 0) {
        found.push(new CueMatch(tokens, i, length));
        i += length - 1;
      }
    }
    return found;
  }

  /** The first match in tokens `[from, to)`. */
  find(tokens: readonly Token[], from = 0, to = tokens.length): CueMatch | undefined {
    const group = this.group;
    if (group && this.suffixes.length === 0) {
      // the common case, kept tight: one cached bit test per token, the full match only where a phrase can start
      const bit = this.bit;
      const more = this.more;
      for (let i = from; i < to; i++) {
        const token = tokens[i];
        const entry = token.cueGroup === group && token.cueEntry !== undefined ? token.cueEntry : group.entryOf(token);
        if (((more ? entry.moreCues : entry.cues) & bit) === 0) continue;
        const length = this.matchAt(tokens, i, to);
        if (length > 0) return new CueMatch(tokens, i, length);
      }
      return undefined;
    }
    for (let i = from; i < to; i++) {
      if (!this.mayStartAt(tokens[i])) continue;
      const length = this.matchAt(tokens, i, to);
      if (length > 0) return new CueMatch(tokens, i, length);
    }
    return undefined;
  }

  /** The shared look-up this list has a bit in (undefined when it looks up on its own), the bit, and whether it has suffixes. */
  lookUp(): { group: CueGroup | undefined; bit: number; more: boolean; suffixes: boolean } {
    return { group: this.group, bit: this.bit, more: this.more, suffixes: this.suffixes.length > 0 };
  }

  /** Is this exact (single or multi-word) phrase in the list? */
  has(phrase: string): boolean {
    let known = this.hasCache.get(phrase);
    if (known === undefined) {
      known = this.phrases.has(cueWords(phrase).join(' '));
      if (this.hasCache.size < MAX_CACHED_ANSWERS) this.hasCache.set(phrase, known);
    }
    return known;
  }
}

/** Phrases starting with one word, the longest first, by their second word; `single`: the word alone is a phrase too. */
interface PhrasesBySecond {
  readonly longer: ReadonlyMap<string, string[][]>;
  readonly single: boolean;
}

/** Phrases sharing a first word that are matched one by one; more are looked up by their second word. */
const MAX_PLAIN_CANDIDATES = 6;

/** `phrases` (longest first) by second word, each group keeping that order. */
function phrasesBySecond(phrases: readonly string[][]): PhrasesBySecond {
  const longer = new Map<string, string[][]>();
  let single = false;
  for (const words of phrases) {
    if (words.length === 1) {
      single = true;
      continue;
    }
    const group = longer.get(words[1]);
    if (group) group.push(words);
    else longer.set(words[1], [words]);
  }
  return { longer, single };
}

/** Length of the first of `phrases` (longest first) whose words stand at token `i` and end by `end`, or 0. */
function longestMatch(tokens: readonly Token[], i: number, end: number, phrases: readonly string[][]): number {
  for (const words of phrases) {
    if (i + words.length > end) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k].lower === words[k];
    if (ok) return words.length;
  }
  return 0;
}

/**
 * Several cue lists asked at once whether a cue of any of them could start at a token: one cached look-up for the
 * lists that share a group, the others each on their own.
 */
export class CueUnion {
  private readonly group: CueGroup | undefined;
  private readonly bits: number = 0;
  private readonly moreBits: number = 0;
  private readonly others: CueList[] = [];

  constructor(lists: readonly CueList[]) {
    let group: CueGroup | undefined;
    let bits = 0;
    let moreBits = 0;
    for (const list of lists) {
      const { group: own, bit, more, suffixes } = list.lookUp();
      if (own && !suffixes && (group === undefined || group === own)) {
        group = own;
        if (more) moreBits |= bit;
        else bits |= bit;
      } else this.others.push(list);
    }
    this.group = group;
    this.bits = bits;
    this.moreBits = moreBits;
  }

  /** Could a cue of any of the lists start at this token? */
  mayStartAt(token: Token): boolean {
    if (this.group) {
      const entry = this.group.entryOf(token);
      if ((entry.cues & this.bits) !== 0 || (entry.moreCues & this.moreBits) !== 0) return true;
    }
    for (let k = 0; k < this.others.length; k++) if (this.others[k].mayStartAt(token)) return true;
    return false;
  }
}
