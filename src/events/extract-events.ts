/** `extractEvents`: articles in, dated event records out. Pure: the same input always gives the same records. */
import { parseArticle, type ParseArticleOptions } from '../article/parse.js';
import type { Article } from '../article/types.js';
import { InvalidArgumentError } from '../errors.js';
import type { DocumentDate, EventRecord, Timex } from '../types.js';
import { asidesOf, closingApposition, subordinateStart, type Clause, type Complement } from './clauses.js';
import { clauseKind } from './clause-kind.js';
import { orderingOf } from './clause-order.js';
import { clauseTense, clauseTimeRange, clauseTimex, dateOf, datesAgainstTense, leadingOrderedClause, pastLeads, reachesDocument, saidDate } from './clause-date.js';
import { isCommentary } from './commentary.js';
import { cuesFor } from './compiled-cues.js';
import { dateFromDocument, tellOf, toldOfDocumentDay, type StoryDays, type Windowed } from './dating.js';
import { findMentions, hasPronounSpeaker, newEntityMemory, opensWithNonPerson, speakerOf, type Mention } from './entities.js';
import { eventClausesOf, type EventClause } from './event-clauses.js';
import { attributionOf, clauseParticipants } from './participants.js';
import { eventId, sourceOf, titledTrigger } from './record-source.js';
import { pickTarget } from './relations.js';
import type { Produced, SentenceContext } from './sentence-context.js';
import { clausesOf } from './sentence-clauses.js';
import { sentenceFactsOf, type SentenceFacts } from './sentence-facts.js';
import { clauseEvents, type HostClause } from './split-clause-event.js';
import { tagArticle, type TemporalTagger } from './tag-article.js';
import { timeAdverbOf } from './tense.js';
import { makeTitle } from './title.js';
import { titleOmissions } from './title-omissions.js';
import { maskRanges } from './token-masks.js';
import { tokenize, type Token } from './tokens.js';
import { findTrigger } from './triggers.js';
import { appendAll } from '../lists.js';

/** An article as text with optional metadata. */
export interface ArticleText {
  text: string;
  id?: string;
  file?: string;
  language?: string;
  date?: string | DocumentDate;
}

/** What {@link extractEvents} accepts per article: raw text, `{ id, text }`, or a parsed {@link Article}. */
export type ArticleInput = string | ArticleText | Article;

/** Options of {@link extractEvents}. `id` and `file` apply only to a single input. */
export interface ExtractOptions extends ParseArticleOptions {
  /** A stand-in temporal tagger (tests, experiments); defaults to the library's own. */
  tagger?: TemporalTagger;
}

function isArticle(input: unknown): input is Article {
  return typeof input === 'object' && input !== null && Array.isArray((input as Article).sentences) && typeof (input as Article).documentDate === 'object';
}

function toArticle(input: ArticleInput, options: ExtractOptions, single: boolean, position: number): Article {
  if (typeof input === 'string') {
    return parseArticle(input, { language: options.language, date: options.date, ...(single ? { id: options.id, file: options.file } : {}) });
  }
  if (isArticle(input)) return input;
  if (typeof input === 'object' && input !== null && typeof (input as ArticleText).text === 'string') {
    const given = input as ArticleText;
    return parseArticle(given.text, {
      id: given.id ?? (single ? options.id : undefined),
      file: given.file ?? (single ? options.file : undefined),
      language: given.language ?? options.language,
      date: given.date ?? options.date,
    });
  }
  throw new InvalidArgumentError(`article ${position + 1}: expected a string, an { id, text } object or a parsed article`);
}

/**
 * Extract dated event records from one article or many. Each article keeps its own document date; ids are stable
 * (a hash of article id, sentence offsets and temporal-expression offsets) and never collide across articles.
 * @throws the typed errors of {@link parseArticle} for bad input, naming the file.
 * @example extractEvents(' date 2020-08-16 De EU kondigt morgen sancties aan.')[0].date.edtf // '2020-08-17'
 */
export function extractEvents(input: ArticleInput | readonly ArticleInput[], options: ExtractOptions = {}): EventRecord[] {
  const inputs = Array.isArray(input) ? (input as readonly ArticleInput[]) : [input as ArticleInput];
  const single = !Array.isArray(input);
  const seenIds = new Map<string, number>();
  const records: EventRecord[] = [];
  inputs.forEach((item, position) => {
    const article = toArticle(item, options, single, position);
    const count = seenIds.get(article.id) ?? 0;
    seenIds.set(article.id, count + 1);
    const id = count === 0 ? article.id : `${article.id}~${count + 1}`;
    appendAll(records, eventsOfArticle(id === article.id ? article : { ...article, id }, options.tagger));
  });
  return records;
}

/** The events of one parsed article, in text order. */
export function eventsOfArticle(article: Article, tagger?: TemporalTagger): EventRecord[] {
  const cues = cuesFor(article.language.code);
  const timexes = tagArticle(article, tagger);
  const sentenceTokens = article.sentences.map((s) => tokenize(article.text, s.start, s.end));
  const memory = newEntityMemory(sentenceTokens, cues, article.text);
  const produced: Produced[] = [];
  const usedIds = new Set<string>();
  const documentDate = dateFromDocument(article.documentDate);
  let cursor = 0;
  let recentPerson: { name: string; sentenceIndex: number } | undefined;
  // the days the paragraph has told of so far, from its events with a time of their own
  let story: StoryDays | undefined;
  article.sentences.forEach((sentence, index) => {
    const tokens = sentenceTokens[index];
    while (cursor < timexes.length && timexes[cursor].start < sentence.start) cursor++;
    const inSentence: Timex[] = [];
    for (let k = cursor; k < timexes.length && timexes[k].start < sentence.end; k++) if (timexes[k].end <= sentence.end) inSentence.push(timexes[k]);
    const mentions = outsideTimexes(findMentions(article.text, tokens, cues, memory, sentence.quoted), tokens, inSentence);
    const person = recentPerson && index - recentPerson.sentenceIndex <= PRONOUN_REACH ? recentPerson.name : undefined;
    // the speaker named here, or the one a pronoun here stands for, is the one a later pronoun means
    const named = speakerOf(article.text, tokens, mentions, cues, memory) ?? (person && hasPronounSpeaker(article.text, tokens, 0, tokens.length, cues) ? person : undefined);
    if (named) recentPerson = { name: named, sentenceIndex: index };
    else if (opensWithNonPerson(mentions, memory)) recentPerson = undefined;
    if (tokens.length === 0 || isCommentary(tokens, cues)) return;
    const context: SentenceContext = {
      article, documentDate, sentence, index, tokens, mentions, timexes: inSentence, cues, produced, usedIds, person, toldOfDocumentDay: toldOfDocumentDay(story, sentence.paragraph),
    };
    for (const event of eventsOfSentence(context)) {
      produced.push(event);
      // a background date ("lows not seen since 1982", "the 1991 agreement"): the story goes on at the day it was
      // telling of
      if (event.dated && !event.background) story = tellOf(story, sentence.paragraph, event.record.date, article.documentDate);
    }
  });
  return produced.map((p) => p.record);
}

/**
 * A name inside a time expression is a day, not who or where: "tijdens Koningsdag", "on Memorial Day", "na Pinksteren".
 */
function outsideTimexes(mentions: Mention[], tokens: readonly Token[], timexes: readonly Timex[]): Mention[] {
  if (timexes.length === 0) return mentions;
  return mentions.filter((m) => {
    const start = tokens[m.phraseStart].start;
    const end = tokens[m.phraseEnd - 1].end;
    return !timexes.some((t) => t.start <= start && end <= t.end);
  });
}

/** Sentences back a speaker pronoun may point: a quote's speaker is named in the sentence before or close. */
const PRONOUN_REACH = 2;

/**
 * The records of one sentence, by stages: the sentence's shared facts; its clauses (a saying split from its content
 * when their kinds differ); per clause, the clauses split off it, its tense and time, its kind, its participants,
 * then its trigger and title; then the records of the clauses split off it.
 */
function eventsOfSentence(context: SentenceContext): Produced[] {
  const { article, sentence, tokens, cues } = context;
  const facts = sentenceFactsOf(context);
  const { clauses, complement } = clausesOf(context, facts);
  const events: Produced[] = [];
  for (const clause of clauses) {
    const { start, end } = clauseTimeChars(facts, clause, complement);
    const cue = facts.relations.find((r) => r.from >= clause.from && r.from < clause.to);
    const target = cue ? pickTarget(context.produced, context.index, cue) : undefined;
    const relation = target ? cue : undefined;
    const asideTokens = clause.role === 'relative' ? [] : asidesOf(article.text, tokens, cues, clause.from, clause.to, facts.timeEndsAt);
    const asides = asideTokens.map((a) => facts.charOf(a.from, a.to));
    // a noun phrase with a verb of its own closing the clause tells of its noun, not of the clause's event: its times
    // date nothing here ("..., an aircraft Boeing currently has under development")
    const apposition = clause.role === 'relative' ? undefined : closingApposition(tokens, cues, clause.from, clause.to);
    if (apposition) asides.push(facts.charOf(apposition.from, apposition.to));
    const datesNothing = (t: Windowed) => facts.comparisons.has(t) || asides.some((a) => t.start >= a.start && t.start < a.end);
    // the clauses inside this one that tell events of their own become records of their own, after it
    // (not one that is already a clause of the sentence, which its host's title leaves out as before: "..., which
    // ended December 30, 2006" is one record)
    const found = clause.role === 'relative' || clause.role === 'frame' ? [] : eventClausesOf(article.text, tokens, cues, clause.from, clause.to, facts);
    const inner = clauses.filter((other) => other !== clause && other.from > clause.from && other.to <= clause.to);
    const ownClauses = inner.length === 0 ? found : found.filter((own) => !inner.some((other) => holdsBody(other, own)));
    const already = inner.length === 0 ? inner : inner.filter((other) => found.some((own) => holdsBody(other, own)));
    const inOwnClause = (k: number) => inSomeRange(ownClauses, k) || inSomeRange(already, k);
    // their times are theirs: "The government has promised to pay half, but the Treasury did not confirm it last
    // week" is not dated last week; "Het zwembad blijft dicht en de sporthal gaat maandag open" not Monday
    const ownTimes = ownClauses.map((c) => facts.charOf(c.from, c.to));
    const datesOwnClause = (t: Windowed) => ownTimes.some((c) => t.start >= c.start && t.start < c.end);
    // the cues of a subordinate clause are not the event's: "Shares fell after the retailer reported a loss" occurred
    const kindEnd = subordinateStart(article.text, tokens, clause.from, clause.to, cues);
    // nor those of a relative clause on a name: "One minister, who asked not to be named, said ..." is no denial
    const clauseKindTokens = asideTokens.length === 0 ? facts.kindTokens : maskRanges(facts.kindTokens, asideTokens);
    const tense = clauseTense(article.text, tokens, cues, clause, kindEnd, clauseKindTokens, facts.kindTokens);
    // "will cut 30,000 jobs after a loss last year": an expression the tense rules out dates the loss, not the cuts
    // "After the plan failed this week, the White House has said ...": the leading clause's time is its own
    const leading = leadingOrderedClause(context, clause);
    const datesOtherThanLeading = (t: Windowed) => datesNothing(t) || datesOwnClause(t) || datesAgainstTense(context, t, tense, clause, complement ?? null);
    const datesOther = (t: Windowed) => datesOtherThanLeading(t) || (leading !== undefined && t.start >= leading.start && t.start < leading.end);
    // "Als NS vóór vrijdag geen bod doet, volgt een staking": a condition's time dates a main clause with none of its own
    const timex = clauseTimex(article.text, facts.windowed, context.timexes, facts.documentDays, start, end, relation, cues, datesOther)
      ?? (leading?.condition ? clauseTimex(article.text, facts.windowed, context.timexes, facts.documentDays, start, end, relation, cues, datesOtherThanLeading) : undefined);
    const date = saidDate(context, clause, complement, tense, clauseKindTokens, facts.kindTokens, timex) ?? dateOf(context, timex, relation, target, tense, timeAdverbOf(clauseKindTokens, clause.from, kindEnd, cues), !clause.planComplement && pastLeads(context, clause, timex, clauseKindTokens, facts.kindTokens));
    const { kind, context: kindContext } = clauseKind({
      text: article.text, tokens, cues, facts, quoted: sentence.quoted, clause, complement, clauseKindTokens, ownClauses, date, timex, documentDate: article.documentDate, tense,
    });
    // a cause beside a plan, a guess or a denial is a fact the clause's kind does not reach: a record of its own; beside
    // a fact it shares the clause's kind and stays in its title ("fell amid heavy declines in revenues")
    const splitOff = kind === 'occurred' || kind === 'reported' ? ownClauses.filter((own) => own.cause !== true) : ownClauses;
    const { actors, places } = clauseParticipants(context, clause);
    const removed: Array<readonly [number, number]> = [...facts.timexRanges];
    // a stretch that dates the clause by its length alone ("within 21 days") goes too
    if (timex && !facts.timexRanges.some(([from, to]) => from < timex.end && timex.start < to)) removed.push([timex.start, timex.end]);
    // the time of what an announcement announced is the plan's, not the announcing's ("beloofde de regeling binnen
    // twee weken aan te passen": "De minister beloofde de regeling")
    if (clause.role === 'frame' && complement?.plan) for (const t of context.timexes) if (t.start >= tokens[complement.start].start) removed.push([t.start, t.end]);
    if (relation) removed.push([relation.start, relation.end]);
    // the stretch that orders a clause split off ("comes a day after ...") is that clause's: "The move comes"
    for (const own of ownClauses) {
      const ordering = orderingOf(article.text, tokens, context.timexes, own, cues);
      if (ordering) removed.push([ordering.duration.start, ordering.duration.end]);
    }
    const skip = (k: number) => facts.inTime(k) || facts.inName(k) || inOwnClause(k);
    const trigger = findTrigger(tokens, clause.from, clause.to, cues, skip);
    const omitted = [...splitOff, ...already, ...titleOmissions(article.text, tokens, context.mentions, cues, clause.from, clause.to, trigger)];
    const title = makeTitle({ text: article.text, tokens, clause, complement, mentions: context.mentions, removed, cues, omitted, removedIndex: undefined });
    const titled = titledTrigger(title, tokens, clause.from, clause.to, cues, skip, trigger);
    const record: EventRecord = {
      id: eventId(context, clause, timex),
      title,
      language: article.language.code,
      sentence: sentence.text,
      kind,
      date,
      actors,
      places,
      source: sourceOf(article, sentence, timex, titled && tokens[titled.index]),
      relations: relation && target ? [{ type: relation.type, target: target.record.id, cue: relation.text }] : [],
    };
    // what was said is the speaker's: a content of its own, or a saying kept whole with its content
    // (not a verb inside a clause of its own: "De NAVO heeft dat ontkend en zegt dat ...", "..., die zegt dat ...")
    if (complement && !complement.plan && (clause.role === 'content' || (clause.role === 'whole' && !inOwnClause(complement.verb) && !asideTokens.some((a) => a.from <= complement.verb && complement.verb < a.to)))) {
      record.attribution = attributionOf(context, complement);
    }
    const speech = clause.role === 'frame' || cues.reporting.find(tokens, clause.from, clause.to) !== undefined;
    // a whole sentence "X beweert dat hij morgen ..." is dated by its content; the claim itself was made by the document date
    const contentDated = clause.role === 'whole' && complement !== undefined && complement.frameFrom === undefined && timex !== undefined && timex.start >= facts.charOf(complement.start, clause.to).start;
    const speechDate = contentDated ? context.documentDate : date;
    // a date from tense alone is no time of the event's own: "daarna" after it looks further back
    const dated = date.source !== 'document-date' && date.source !== 'tense';
    const lasting = date.certainty !== 'within' && date.earliest !== date.latest;
    // a stretch up to the article ("lows not seen since 1982") is background, and so is the date of a thing named
    const background = reachesDocument(date, article.documentDate) || (timex !== undefined && facts.thingDates.some((t) => t.start === timex.start));
    events.push({ record, sentenceIndex: context.index, sentenceText: sentence.text, speech, speechDate, dated, lasting, background });
    const subject = context.mentions.find((m) => m.role === 'actor' && m.phraseStart >= clause.from && m.phraseStart < clause.to && !inOwnClause(m.phraseStart));
    const host: HostClause = { record, from: clause.from, to: clause.to, subject, trigger: trigger?.index, timex, tense, kindContext, kindTokens: clauseKindTokens, sentenceKindTokens: facts.kindTokens, removed };
    // an aside the host leaves out is a clause's own when split off: its times date it ("..., dat in 1970 werd gebouwd")
    for (const own of splitOff) {
      const ownChars = facts.charOf(own.body, own.to);
      const inOwn = (a: { start: number; end: number }) => a.start <= ownChars.start && ownChars.start < a.end;
      const datesNothingOwn = (t: Windowed) => facts.comparisons.has(t) || asides.some((a) => !inOwn(a) && t.start >= a.start && t.start < a.end);
      appendAll(events, clauseEvents(context, facts, own, host, datesNothingOwn));
    }
  }
  return events;
}

/** Does the clause `other` hold the body of the clause split off `own`? */
function holdsBody(other: Clause, own: EventClause): boolean {
  return other.from <= own.body && own.body < other.to;
}

/** Does token `k` lie in one of the token ranges? */
function inSomeRange(ranges: ReadonlyArray<{ from: number; to: number }>, k: number): boolean {
  for (let r = 0; r < ranges.length; r++) if (k >= ranges[r].from && k < ranges[r].to) return true;
  return false;
}

/** Character range whose expressions may date a clause (see {@link clauseTimeRange}). */
function clauseTimeChars(facts: SentenceFacts, clause: Clause, complement: Complement | undefined): { start: number; end: number } {
  const range = clauseTimeRange(clause, complement);
  return facts.charOf(range.from, range.to);
}
