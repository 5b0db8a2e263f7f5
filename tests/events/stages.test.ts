/**
 * The event stages' contracts, each on its own: a sentence's shared facts, its clauses, a clause's kind and its
 * participants, on short Dutch and English sentences written for these tests. Each stage is given what the one before
 * it makes, as eventsOfArticle gives it; only the stage's own output is asserted.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { clauseKind } from '../../src/events/clause-kind.js';
import { cuesFor } from '../../src/events/compiled-cues.js';
import { dateFromDocument } from '../../src/events/dating.js';
import { findMentions, newEntityMemory } from '../../src/events/entities.js';
import { clauseParticipants } from '../../src/events/participants.js';
import { clausesOf } from '../../src/events/sentence-clauses.js';
import type { SentenceContext } from '../../src/events/sentence-context.js';
import { sentenceFactsOf } from '../../src/events/sentence-facts.js';
import { tagArticle } from '../../src/events/tag-article.js';
import { tokenize } from '../../src/events/tokens.js';

/** The context of an article's first sentence, as eventsOfArticle makes it (no records before it). */
function firstSentence(body: string, language: 'nl' | 'en'): SentenceContext {
  const article = parseArticle(` date 2021-11-03 ${body}`, { language });
  const cues = cuesFor(language);
  const sentenceTokens = article.sentences.map((s) => tokenize(article.text, s.start, s.end));
  const memory = newEntityMemory(sentenceTokens, cues, article.text);
  const sentence = article.sentences[0];
  const tokens = sentenceTokens[0];
  const timexes = tagArticle(article).filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  const mentions = findMentions(article.text, tokens, cues, memory, sentence.quoted);
  const documentDate = dateFromDocument(article.documentDate);
  return { article, documentDate, sentence, index: 0, tokens, mentions, timexes, cues, produced: [], usedIds: new Set(), person: undefined, toldOfDocumentDay: false };
}

const indexOf = (context: SentenceContext, word: string) => context.tokens.findIndex((t) => t.text === word);

/** The kinds of a sentence's clauses, by role, each decided by the kind stage on a date from the document. */
function kindsByRole(body: string, language: 'nl' | 'en'): Record<string, string> {
  const context = firstSentence(body, language);
  const facts = sentenceFactsOf(context);
  const { clauses, complement } = clausesOf(context, facts);
  const kinds: Record<string, string> = {};
  for (const clause of clauses) {
    const { kind } = clauseKind({
      text: context.article.text, tokens: context.tokens, cues: context.cues, facts, quoted: false, clause, complement,
      clauseKindTokens: facts.kindTokens, ownClauses: [], date: context.documentDate, timex: undefined, documentDate: context.article.documentDate,
    });
    kinds[clause.role] = kind;
  }
  return kinds;
}

describe('sentence facts: what every clause of a sentence reads, worked out once', () => {
  it('marks the tokens of a dated expression and blanks them as kind cues ("mei" is no cue word)', () => {
    const context = firstSentence('De gemeente sluit het zwembad op 1 mei.', 'nl');
    const facts = sentenceFactsOf(context);
    expect(facts.windowed.map((t) => context.article.text.slice(t.start, t.end))).toEqual(['1 mei']);
    const may = indexOf(context, 'mei');
    expect(facts.inTime(may)).toBe(true);
    expect(facts.inTime(indexOf(context, 'zwembad'))).toBe(false);
    expect(facts.timeEndsAt(may)).toBe(true);
    expect(facts.kindTokens[may].lower).toBe('');
    expect(facts.kindTokens[indexOf(context, 'sluit')].lower).toBe('sluit');
  });

  it('"to May" is a month, not a modal: the kind tokens do not hold "may"', () => {
    const context = firstSentence('Sales rose from March to May.', 'en');
    const facts = sentenceFactsOf(context);
    expect(facts.kindTokens.map((t) => t.lower)).not.toContain('may');
    expect(context.tokens.map((t) => t.lower)).toContain('may');
  });

  it('marks a name\'s tokens, and where it ends', () => {
    const context = firstSentence('Wethouder Kees de Bruijn opende donderdag het nieuwe zwembad.', 'nl');
    const facts = sentenceFactsOf(context);
    const bruijn = indexOf(context, 'Bruijn');
    expect(facts.inName(indexOf(context, 'Kees'))).toBe(true);
    expect(facts.inName(bruijn)).toBe(true);
    expect(facts.inName(indexOf(context, 'opende'))).toBe(false);
    expect(facts.nameEndsAt(bruijn + 1)).toBe(true);
  });

  it('finds the commas between words, and whether a stretch has a time of its own', () => {
    const context = firstSentence('The plant closed, and the firm said on Monday that it will reopen.', 'en');
    const facts = sentenceFactsOf(context);
    expect(facts.commaBefore(indexOf(context, 'and'))).toBe(true);
    expect(facts.commaBefore(indexOf(context, 'firm'))).toBe(false);
    expect(facts.hasOwnTime(0, indexOf(context, 'and'))).toBe(false);
    expect(facts.hasOwnTime(indexOf(context, 'and'), context.tokens.length)).toBe(true);
  });
});

describe('clauses: a saying whose content has another kind is split from it', () => {
  it('a denial said is a frame and a content, in both languages', () => {
    for (const [body, language] of [
      ['De woordvoerder zei dat de fabriek niet sluit.', 'nl'],
      ['The spokesman said that the plant will not close.', 'en'],
    ] as const) {
      const context = firstSentence(body, language);
      const { clauses, complement } = clausesOf(context, sentenceFactsOf(context));
      expect(clauses.map((c) => c.role)).toEqual(['frame', 'content']);
      expect(context.tokens[complement!.verb].lower).toMatch(/^(zei|said)$/);
    }
  });

  it('negative: a saying of a plain fact stays one clause', () => {
    const context = firstSentence('The spokesman said that the plant closed.', 'en');
    expect(clausesOf(context, sentenceFactsOf(context)).clauses.map((c) => c.role)).toEqual(['whole']);
  });
});

describe('kind: decided per clause from its own words', () => {
  it('the saying is reported, its content takes its own kind', () => {
    expect(kindsByRole('De woordvoerder zei dat de fabriek niet sluit.', 'nl')).toEqual({ frame: 'reported', content: 'negated' });
    expect(kindsByRole('The spokesman said that the plant will not close.', 'en')).toEqual({ frame: 'reported', content: 'negated' });
    expect(kindsByRole('De directeur zei dat het bedrijf mogelijk failliet gaat.', 'nl')).toEqual({ frame: 'reported', content: 'speculative' });
  });

  it('negation, modality and plain facts in one clause', () => {
    expect(kindsByRole('The minister did not resign.', 'en')).toEqual({ whole: 'negated' });
    expect(kindsByRole('Het kabinet valt mogelijk.', 'nl')).toEqual({ whole: 'speculative' });
    expect(kindsByRole('De burgemeester opende het zwembad.', 'nl')).toEqual({ whole: 'occurred' });
  });
});

describe('participants: a clause\'s actors and places', () => {
  it('a saying and its content share the speaker', () => {
    const context = firstSentence('Wethouder Kees de Bruijn zei dat de gemeente het zwembad niet langer open kan houden.', 'nl');
    const facts = sentenceFactsOf(context);
    const { clauses } = clausesOf(context, facts);
    expect(clauses.length).toBe(2);
    for (const clause of clauses) expect(clauseParticipants(context, clause).actors).toContain('Kees de Bruijn');
  });

  it('a place named in the clause is a place, not an actor', () => {
    const context = firstSentence('Boeing opened a factory in Seattle.', 'en');
    const [clause] = clausesOf(context, sentenceFactsOf(context)).clauses;
    const { actors, places } = clauseParticipants(context, clause);
    expect(actors).toEqual(['Boeing']);
    expect(places).toEqual(['Seattle']);
  });
});
