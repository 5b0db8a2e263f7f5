/**
 * The first stage of a sentence: what every clause of it reads, worked out once (its dated expressions, relation
 * cues, which tokens lie in a name or a date, the tokens its kind cues are read from).
 */
import { documentDaySpan } from '../time/document-date.js';
import type { DocumentDate } from '../types.js';
import type { DaySpan } from '../time/units.js';
import { comparedTime, isBaselineDate, isComparisonScope } from './comparison.js';
import type { Windowed } from './dating.js';
import { isNounModifierDate } from './noun-modifier.js';
import { findRelations, type FoundRelation } from './relations.js';
import type { SentenceContext } from './sentence-context.js';
import { maskFalseCues, maskTokens, tokenAt } from './token-masks.js';
import type { Token } from './tokens.js';

/** A sentence's shared data; every field is set by {@link sentenceFactsOf}, in this order. */
export interface SentenceFacts {
  /** The sentence's expressions with a window (a place in the calendar). */
  windowed: Windowed[];
  /** The article's date as a span of days. */
  documentDays: DaySpan;
  /** "the highest since 2010": expressions in the scope of a comparison, which date no event. */
  comparisons: ReadonlySet<Windowed>;
  /** "a breach of the 1991 settlement": expressions that say which thing is meant. */
  thingDates: Windowed[];
  /** Cues relating an event to one told before ("the day after the storm"). */
  relations: FoundRelation[];
  /** The tokens kind cues are read from: those inside expressions and false cues ("not only") blanked. */
  kindTokens: Token[];
  /** Character ranges of the expressions a title leaves out (the first few with a window). */
  timexRanges: Array<readonly [number, number]>;
  /** Character offsets of tokens `[from, to)`, the sentence's end where a token is missing. */
  charOf: (from: number, to: number) => { start: number; end: number };
  /** Does an expression with a window or a relation cue stand in tokens `[from, to)`? */
  hasOwnTime: (from: number, to: number) => boolean;
  /** Does a name (or a phrase pointing back to one) end before token `index`? */
  nameEndsAt: (index: number) => boolean;
  /** Is token `index` inside a name (not a word pointing back to one)? */
  inName: (index: number) => boolean;
  /** Does an expression with a window end at token `index`? */
  timeEndsAt: (index: number) => boolean;
  /** Is token `index` inside an expression with a window? */
  inTime: (index: number) => boolean;
  /** Does a comma stand before token `k`? */
  commaBefore: (k: number) => boolean;
}

/** Temporal expressions a title leaves out; a title shows only the first words of its clause, so the first few suffice. */
const MAX_REMOVED = 24;

/** The article's date as days, worked out once per article (its document date object), not once per sentence. */
const documentDays = new WeakMap<DocumentDate, DaySpan>();
function documentDaysOf(date: DocumentDate): DaySpan {
  let span = documentDays.get(date);
  if (!span) {
    span = documentDaySpan(date);
    documentDays.set(date, span);
  }
  return span;
}

/** The shared data of the context's sentence. */
export function sentenceFactsOf(context: SentenceContext): SentenceFacts {
  const { article, sentence, tokens, timexes, cues, mentions } = context;
  const text = article.text;
  const windowed = timexes.filter((t): t is Windowed => t.window !== undefined);
  const relations = findRelations(text, tokens, timexes, cues);
  const charOf = (from: number, to: number) => ({ start: tokens[from]?.start ?? sentence.end, end: tokens[to - 1]?.end ?? sentence.end });
  const nameEnds = new Set<number>();
  const nameTokens = new Uint8Array(tokens.length);
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    nameEnds.add(m.phraseEnd);
    if (!m.anaphor) nameTokens.fill(1, m.phraseStart, Math.min(m.phraseEnd, tokens.length));
  }
  // which tokens lie inside an expression with a window, marked once (expressions and tokens are both in text order)
  const timeTokens = new Uint8Array(tokens.length);
  for (let k = 0, w = 0; k < tokens.length && w < windowed.length; k++) {
    while (w < windowed.length && windowed[w].end < tokens[k].end) w++;
    for (let v = w; v < windowed.length && windowed[v].start <= tokens[k].start; v++) if (tokens[k].end <= windowed[v].end) timeTokens[k] = 1;
  }
  // the other term of a comparison ("higher than last year"): it dates nothing, and stays in titles
  const compared = new Set(windowed.filter((t) => comparedTime(text, tokens, tokenAt(tokens, t.start), cues)));
  const timeEnds = new Set<number>();
  for (const t of windowed) timeEnds.add(t.end);
  return {
    windowed,
    documentDays: documentDaysOf(article.documentDate),
    comparisons: new Set(windowed.filter((t) => compared.has(t) || isComparisonScope(tokens, tokenAt(tokens, t.start), cues) || isBaselineDate(text, tokens, tokenAt(tokens, t.start), cues))),
    thingDates: windowed.filter((t) => isNounModifierDate(text, tokens, tokenAt(tokens, t.start), tokenAt(tokens, t.end), t, cues)),
    relations,
    // words inside temporal expressions are no cues: "to May" is a month, not a modal; nor those of a phrase that
    // only looks like one ("not only", "would like")
    kindTokens: maskFalseCues(maskTokens(tokens, timexes), cues),
    // the other term of a comparison stays in titles: "Sales were higher than last year", not "... higher than"
    timexRanges: windowed.slice(0, MAX_REMOVED).filter((t) => !compared.has(t)).map((t) => [t.start, t.end] as const),
    charOf,
    hasOwnTime: (from, to) => {
      const { start, end } = charOf(from, to);
      return windowed.some((t) => t.start >= start && t.start < end) || relations.some((r) => r.from >= from && r.from < to);
    },
    nameEndsAt: (index) => nameEnds.has(index),
    inName: (index) => nameTokens[index] === 1,
    timeEndsAt: (index) => tokens[index] !== undefined && timeEnds.has(tokens[index].end),
    inTime: (index) => timeTokens[index] === 1,
    commaBefore: (k) => k > 0 && k < tokens.length && tokens[k].commaBefore,
  };
}
