/**
 * How far a pattern can read, in the units a trigger's reach counts (`ParserTrigger.before` / `after`): UTF-16 code
 * units that are not white space. A parser gives its trigger the reach of the pattern pieces around its trigger word,
 * worked out from the same fragments its pattern is built of, so the reach follows the pattern when that changes.
 */
import { isSpaceCode } from '../../chars.js';
import { TRIGGER_REACH_AFTER, TRIGGER_REACH_BEFORE } from '../contract.js';
import { WORD_END, WORD_START } from './patterns.js';

/** What a pattern (or a part of it) can read, in non-blank code units: see {@link patternReads}. */
export interface PatternReads {
  /** The most it can consume. */
  readonly consumed: number;
  /** The farthest it can read ahead of where it starts: what it consumes and what its lookaheads read past that. */
  readonly reach: number;
  /** The farthest any lookahead inside it reads ahead of where that lookahead stands. */
  readonly lookahead: number;
}

/**
 * What a match of the regex `source` can read, counted in non-blank UTF-16 code units: white space (`\s`, a space,
 * `[ \t]`) counts nothing; anything that can match a character outside the Basic Multilingual Plane (`.`, `\p{L}`,
 * `\S`, a negated class) counts two. Lookbehinds count nothing (a zone is read as a prefix of the whole text, so
 * they always see what they would). `Infinity` where a quantifier lets a part that reads non-blank characters repeat
 * without bound, and for a backreference.
 * @example patternReads('(?:more\\s+than|about)\\s+(?![\\p{L}])').consumed // 8
 */
export function patternReads(source: string): PatternReads {
  const reader = new Reader(source);
  const reads = reader.disjunction();
  if (reader.at < source.length) throw new SyntaxError(`patternReads: unexpected ${JSON.stringify(source[reader.at])} at ${reader.at} of ${source}`);
  return reads;
}

const NOTHING: PatternReads = { consumed: 0, reach: 0, lookahead: 0 };
const one = (n: number): PatternReads => ({ consumed: n, reach: n, lookahead: 0 });

/** A one-character class or escape that can only match white space. */
const BLANK_ESCAPES = new Set(['s', 't', 'n', 'r', 'v', 'f']);
/** Escapes that match one character of the Basic Multilingual Plane at most. */
const NARROW_ESCAPES = new Set(['d', 'w', 'D', 'W', 'b', 'B']);

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  disjunction(): PatternReads {
    let reads = this.alternative();
    while (this.source[this.at] === '|') {
      this.at++;
      const other = this.alternative();
      reads = { consumed: Math.max(reads.consumed, other.consumed), reach: Math.max(reads.reach, other.reach), lookahead: Math.max(reads.lookahead, other.lookahead) };
    }
    return reads;
  }

  private alternative(): PatternReads {
    let consumed = 0;
    let reach = 0;
    let lookahead = 0;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.quantified(this.atom());
      reach = Math.max(reach, consumed + term.reach);
      consumed += term.consumed;
      lookahead = Math.max(lookahead, term.lookahead);
    }
    return { consumed, reach: Math.max(reach, consumed), lookahead };
  }

  /** The atom's reads with the most repetitions its quantifier (if any) allows. */
  private quantified(atom: PatternReads): PatternReads {
    const s = this.source;
    const c = s[this.at];
    let times = 1;
    if (c === '?') {
      this.at++;
    } else if (c === '*' || c === '+') {
      this.at++;
      times = Infinity;
    } else if (c === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (bounds) {
        this.at += bounds[0].length;
        times = bounds[2] === undefined ? Number(bounds[1]) : bounds[3] === '' ? Infinity : Number(bounds[3]);
      }
    } else return atom;
    if (s[this.at] === '?') this.at++; // lazy
    if (times === 0) return NOTHING;
    if (atom.consumed === 0) return atom;
    const before = atom.consumed * (times - 1);
    return { consumed: atom.consumed * times, reach: before + atom.reach, lookahead: atom.lookahead };
  }

  private atom(): PatternReads {
    const s = this.source;
    const c = s[this.at];
    if (c === '(') {
      this.at++;
      let kind: 'group' | 'ahead' | 'behind' = 'group';
      // (?:  (?=  (?!  (?<=  (?<!  (?<name>
      if (s[this.at] === '?') {
        const opening = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.at));
        if (!opening) throw new SyntaxError(`patternReads: unknown group at ${this.at} of ${s}`);
        this.at += opening[0].length;
        if (opening[0] === '?=' || opening[0] === '?!') kind = 'ahead';
        else if (opening[0] === '?<=' || opening[0] === '?<!') kind = 'behind';
      }
      const inner = this.disjunction();
      if (s[this.at] !== ')') throw new SyntaxError(`patternReads: unclosed group in ${s}`);
      this.at++;
      if (kind === 'behind') return NOTHING;
      if (kind === 'ahead') return { consumed: 0, reach: inner.reach, lookahead: Math.max(inner.reach, inner.lookahead) };
      return inner;
    }
    if (c === '[') return one(this.characterClass());
    if (c === '\\') return one(this.escape());
    this.at++;
    if (c === '^' || c === '$') return NOTHING;
    if (c === '.') return one(2);
    return one(this.literal(c.charCodeAt(0)));
  }

  private literal(code: number): number {
    return isSpaceCode(code) ? 0 : 1;
  }

  private escape(): number {
    const s = this.source;
    const c = s[this.at + 1];
    this.at += 2;
    if (c === 'b' || c === 'B') return 0;
    if (BLANK_ESCAPES.has(c)) return 0;
    if (c === 'S') return 2;
    if (NARROW_ESCAPES.has(c)) return 1;
    if (c === 'p' || c === 'P') {
      const close = s.indexOf('}', this.at);
      this.at = close + 1;
      return 2;
    }
    if (c === 'u') {
      const hex = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(s.slice(this.at));
      if (!hex) return 1;
      this.at += hex[0].length;
      const code = parseInt(hex[1] ?? hex[2], 16);
      return code > 0xffff ? 2 : this.literal(code);
    }
    if (c === 'x') {
      this.at += 2;
      return this.literal(parseInt(s.slice(this.at - 2, this.at), 16));
    }
    if (c === 'k' || (c >= '1' && c <= '9')) return Infinity;
    return 1;
  }

  /** A class: none when every member is white space, two when it is negated or holds a wide member, else one. */
  private characterClass(): number {
    const s = this.source;
    this.at++;
    const negated = s[this.at] === '^';
    if (negated) this.at++;
    let blankOnly = true;
    let wide = negated;
    for (; this.at < s.length && s[this.at] !== ']'; this.at++) {
      if (s[this.at] === '\\') {
        const c = s[this.at + 1];
        if (c === 'p' || c === 'P' || c === 'S') {
          wide = true;
          blankOnly = false;
        } else if (c === 'u' && s[this.at + 2] === '{') {
          wide = true;
          blankOnly = false;
        } else if (!BLANK_ESCAPES.has(c)) blankOnly = false;
        if (c === 'p' || c === 'P' || (c === 'u' && s[this.at + 2] === '{')) this.at = s.indexOf('}', this.at);
        else this.at++;
      } else {
        const code = s.charCodeAt(this.at);
        if (code >= 0xd800 && code <= 0xdfff) wide = true;
        if (!isSpaceCode(code)) blankOnly = false;
      }
    }
    this.at++;
    if (blankOnly && !negated) return 0;
    return wide ? 2 : 1;
  }
}

/**
 * A trigger's reach (`ParserTrigger.before` and `after`) for a pattern made by `wordPattern` of alternatives
 * `lead + tail`, each tail starting at the trigger piece: before it, one more than the most any lead consumes (a
 * match could start on white space); from it on, one more than the farthest any tail reads, its word guard
 * included, or a lookahead in the lead reads.
 * @example triggerReach([[`(?:(${NUMBER})\\s+)`, `(${UNIT})\\s+ago`]])
 */
export function triggerReach(alternatives: readonly (readonly [lead: string, tail: string])[]): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const [lead, tail] of alternatives) {
    const leadReads = patternReads(`${WORD_START}(?:${lead})`);
    before = Math.max(before, leadReads.consumed + 1);
    after = Math.max(after, patternReads(`(?:${tail})${WORD_END}`).reach + 1, leadReads.lookahead + 1);
  }
  // an unbounded run ("full---year") keeps the default reach, as every trigger had before
  return { before: Math.min(before, TRIGGER_REACH_BEFORE), after: Math.min(after, TRIGGER_REACH_AFTER) };
}
