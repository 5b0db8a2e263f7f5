/** `extractEvents`: articles in, dated event records out. Pure: the same input always gives the same records. */
import { shortHash } from '../article/content-hash.js';
import { parseArticle, type ParseArticleOptions } from '../article/parse.js';
import type { Article, ArticleSentence } from '../article/types.js';
import { InvalidArgumentError } from '../errors.js';
import { documentDaySpan } from '../time/document-date.js';
import type { DaySpan } from '../time/units.js';
import type { DocumentDate, EventAttribution, EventDate, EventKind, EventRecord, EventSource, Timex } from '../types.js';
import { asidesOf, coordinateStart, splitClauses, subordinateStart, type Clause, type Complement } from './clauses.js';
import { isCommentary } from './commentary.js';
import { cuesFor, type CompiledCues } from './compiled-cues.js';
import { eventShiftOf } from '../temporal/common/event-shift.js';
import { dateAway, dateBesidePeriod, dateFromDocument, dateFromTense, dateFromTimex, dateRelativeTo, dateSince, deadlineAhead, endsAtDocument, isAfterDocument, startsAtDocumentReachingBeyond, tellOf, toldOfDocumentDay, type StoryDays, type TensePlace, type Windowed } from './dating.js';
import { dayOfClockTime, joinedRange, lastingFrom } from './joined-range.js';
import { openBound, withinStretch } from './open-bound.js';
import { isBaselineDate, isComparisonScope } from './comparison.js';
import { isNounModifierDate } from './noun-modifier.js';
import { isAgainstTense } from './time-against-tense.js';
import { findMentions, hasPronounSpeaker, namesOf, newEntityMemory, opensWithNonPerson, speakerOf, type Mention } from './entities.js';
import { decideKind, futureTimesOf, kindScope, type KindContext } from './kind.js';
import { findRelations, pickTarget, type FoundRelation } from './relations.js';
import { tagArticle, type TemporalTagger } from './tag-article.js';
import { isFutureTense, isPastTense, speechTenseOf, timeAdverbOf, type ClauseTense, type TimeAdverb } from './tense.js';
import { eventClausesOf, type EventClause } from './event-clauses.js';
import { finishTitle, makeTitle } from './title.js';
import { titleOmissions } from './title-omissions.js';
import { findTrigger, type Trigger } from './triggers.js';
import { tokenize, type Token } from './tokens.js';
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

interface Produced {
  record: EventRecord;
  sentenceIndex: number;
  sentenceText: string;
  speech: boolean;
  /** When the speech act itself happened: a reported plan's date is not the date of its announcement. */
  speechDate: EventDate;
  /** The event has a time of its own, not only the document date. */
  dated: boolean;
  /** The event's date is a period of more than one day. */
  lasting: boolean;
  /** The event's date tells nothing of the day the story is telling of (see `reference` in {@link eventsOfArticle}). */
  background: boolean;
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
    const mentions = findMentions(article.text, tokens, cues, memory, sentence.quoted);
    const person = recentPerson && index - recentPerson.sentenceIndex <= PRONOUN_REACH ? recentPerson.name : undefined;
    // the speaker named here, or the one a pronoun here stands for, is the one a later pronoun means
    const named = speakerOf(article.text, tokens, mentions, cues, memory) ?? (person && hasPronounSpeaker(article.text, tokens, 0, tokens.length, cues) ? person : undefined);
    if (named) recentPerson = { name: named, sentenceIndex: index };
    else if (opensWithNonPerson(mentions, memory)) recentPerson = undefined;
    while (cursor < timexes.length && timexes[cursor].start < sentence.start) cursor++;
    const inSentence: Timex[] = [];
    for (let k = cursor; k < timexes.length && timexes[k].start < sentence.end; k++) if (timexes[k].end <= sentence.end) inSentence.push(timexes[k]);
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

interface SentenceContext {
  article: Article;
  /** The document date as an event date, worked out once per article. */
  documentDate: EventDate;
  sentence: ArticleSentence;
  index: number;
  tokens: Token[];
  mentions: Mention[];
  timexes: Timex[];
  cues: CompiledCues;
  produced: readonly Produced[];
  usedIds: Set<string>;
  /** The person named last in the sentences just before, whom "zei ze" / "he said" means. */
  person: string | undefined;
  /**
   * The paragraph is telling of the document's day, and of no day before it (see {@link StoryDays}): "Shares fell
   * sharply today. The Dow lost 4%."
   */
  toldOfDocumentDay: boolean;
}

/** Sentences back a speaker pronoun may point: a quote's speaker is named in the sentence before or close. */
const PRONOUN_REACH = 2;

function eventsOfSentence(context: SentenceContext): Produced[] {
  const { article, sentence, tokens, timexes, cues } = context;
  const windowed = timexes.filter((t): t is Windowed => t.window !== undefined);
  const documentDays = documentDaySpan(article.documentDate);
  // "the highest since 2010": the scope of a comparison dates no event
  const comparisons = new Set(
    windowed.filter((t) => isComparisonScope(tokens, tokenAt(tokens, t.start), cues) || isBaselineDate(article.text, tokens, tokenAt(tokens, t.start), cues)),
  );
  // "a breach of the 1991 settlement": a date that says which thing is meant; it dates the clause's record (the thing
  // may be the event a reader looks for) but tells nothing of the day the story is telling of
  const thingDates = windowed.filter((t) => isNounModifierDate(article.text, tokens, tokenAt(tokens, t.start), tokenAt(tokens, t.end), t, cues));
  const relations = findRelations(article.text, tokens, timexes, cues);
  const charOf = (from: number, to: number) => ({ start: tokens[from]?.start ?? sentence.end, end: tokens[to - 1]?.end ?? sentence.end });
  const hasOwnTime = (from: number, to: number) => {
    const { start, end } = charOf(from, to);
    return windowed.some((t) => t.start >= start && t.start < end) || relations.some((r) => r.from >= from && r.from < to);
  };
  const nameEnds = new Set(context.mentions.map((m) => m.phraseEnd));
  const nameEndsAt = (index: number) => nameEnds.has(index);
  const nameTokens = new Uint8Array(tokens.length);
  for (const m of context.mentions) if (!m.anaphor) nameTokens.fill(1, m.phraseStart, Math.min(m.phraseEnd, tokens.length));
  const inName = (index: number) => nameTokens[index] === 1;
  const timeEndsAt = (index: number) => tokens[index] !== undefined && windowed.some((t) => t.end === tokens[index].end);
  // which tokens lie inside an expression with a window, marked once (expressions and tokens are both in text order)
  const timeTokens = new Uint8Array(tokens.length);
  for (let k = 0, w = 0; k < tokens.length && w < windowed.length; k++) {
    while (w < windowed.length && windowed[w].end < tokens[k].end) w++;
    for (let v = w; v < windowed.length && windowed[v].start <= tokens[k].start; v++) if (tokens[k].end <= windowed[v].end) timeTokens[k] = 1;
  }
  const inTime = (index: number) => timeTokens[index] === 1;
  // words inside temporal expressions are no cues: "to May" is a month, not a modal; nor those of a phrase that
  // only looks like one ("not only", "would like")
  const kindTokens = maskFalseCues(maskTokens(tokens, timexes), cues);
  const commaBefore = (k: number) => k > 0 && k < tokens.length && article.text.slice(tokens[k - 1].end, tokens[k].start).includes(',');
  // a saying whose content is a plan, a guess, a denial or a condition is a record of its own beside its content
  const contentDiffers = (complement: Complement) => {
    // an announced plan stays one record with its announcement unless each has a time of its own (a particle may be
    // a preposition: "besloot het zwembad aan de Kanaalweg te sluiten")
    if (complement.plan) return false;
    const end = complement.end ?? tokens.length;
    const scope = kindScope(article.text, kindTokens, complement.start, end, cues);
    const kind = decideKind(scope.tokens, complement.start, end, cues, {
      quoted: sentence.quoted, planComplement: false, speechAct: false, futureDate: false, sentenceInitial: false, reportedContent: true, condition: scope.condition, commaBefore,
    });
    return kind !== 'reported' && kind !== 'occurred';
  };
  const { clauses, complement } = splitClauses(article.text, tokens, cues, { hasOwnTime, nameEndsAt, timeEndsAt, inTime, contentDiffers });
  // the same for every clause of the sentence: expressions with a place in the calendar; a length or a repetition
  // without one is part of what happened ("took six months off", "kan enkele maanden duren", "left four hours after
  // its scheduled departure") unless it dates the clause
  const timexRanges = timexes.filter((t) => t.window !== undefined).slice(0, MAX_REMOVED).map((t) => [t.start, t.end] as const);
  const events: Produced[] = [];
  const timeRange = (clause: Clause, said: Complement | undefined) => {
    const range = clauseTimeRange(clause, said);
    return charOf(range.from, range.to);
  };
  for (const clause of clauses) {
    const { start, end } = timeRange(clause, complement);
    const cue = relations.find((r) => r.from >= clause.from && r.from < clause.to);
    const target = cue ? pickTarget(context.produced, context.index, cue) : undefined;
    const relation = target ? cue : undefined;
    const asideTokens = clause.role === 'relative' ? [] : asidesOf(article.text, tokens, cues, clause.from, clause.to, timeEndsAt);
    const asides = asideTokens.map((a) => charOf(a.from, a.to));
    const datesNothing = (t: Windowed) => comparisons.has(t) || asides.some((a) => t.start >= a.start && t.start < a.end);
    // the clauses inside this one that tell events of their own become records of their own, after it
    // (not one that is already a clause of the sentence, which its host's title leaves out as before: "..., which
    // ended December 30, 2006" is one record)
    const found = clause.role === 'relative' || clause.role === 'frame' ? [] : eventClausesOf(article.text, tokens, cues, clause.from, clause.to, { inTime, nameEndsAt, inName });
    const inner = clauses.filter((other) => other !== clause && other.from > clause.from && other.to <= clause.to);
    const within = (own: EventClause) => (other: Clause) => other.from <= own.body && own.body < other.to;
    const ownClauses = found.filter((own) => !inner.some(within(own)));
    const already = inner.filter((other) => found.some((own) => within(own)(other)));
    const inOwnClause = (k: number) => ownClauses.some((c) => k >= c.from && k < c.to) || already.some((c) => k >= c.from && k < c.to);
    // their times are theirs: "The government has promised to pay half, but the Treasury did not confirm it last
    // week" is not dated last week; "Het zwembad blijft dicht en de sporthal gaat maandag open" not Monday
    const ownTimes = ownClauses.map((c) => charOf(c.from, c.to));
    const datesOwnClause = (t: Windowed) => ownTimes.some((c) => t.start >= c.start && t.start < c.end);
    // the cues of a subordinate clause are not the event's: "Shares fell after the retailer reported a loss" occurred
    const kindEnd = subordinateStart(article.text, tokens, clause.from, clause.to, cues);
    // nor those of a relative clause on a name: "One minister, who asked not to be named, said ..." is no denial
    const clauseKindTokens = asideTokens.length === 0 ? kindTokens : maskRanges(kindTokens, asideTokens);
    // "30,000 jobs which make up a quarter of the workforce will be cut": when the words before a subordinate part
    // tell no tense, the main verb comes after it
    const tense =
      speechTenseOf(article.text, clauseKindTokens, clause.from, kindEnd, cues, kindTokens) ??
      (kindEnd < clause.to ? speechTenseOf(article.text, clauseKindTokens, clause.from, clause.to, cues, kindTokens) : undefined);
    // "will cut 30,000 jobs after a loss last year": an expression the tense rules out dates the loss, not the cuts
    const datesOther = (t: Windowed) => datesNothing(t) || datesOwnClause(t) || datesAgainstTense(context, t, tense, clause);
    const timex = clauseTimex(article.text, windowed, timexes, documentDays, start, end, relation, cues, datesOther);
    const date = saidDate(context, clause, complement, tense, clauseKindTokens, kindTokens) ?? dateOf(context, timex, relation, target, tense, timeAdverbOf(clauseKindTokens, clause.from, kindEnd, cues), !clause.planComplement && pastLeads(context, clause, timex, clauseKindTokens, kindTokens));
    const clauseMentions = context.mentions.filter((m) => m.phraseStart >= clause.from && m.phraseStart < clause.to);
    let actors = namesOf(clauseMentions, 'actor');
    // a relative clause is about its antecedent ("Aurora-1, which has been in orbit since 2012")
    if (clause.role === 'relative') actors = namesOf(context.mentions.filter((m) => m.phraseEnd === clause.from), 'actor');
    // "X said that ..." and "X rejected it and left": the clause's actor is the sentence's; "..., but the government
    // overturned it" has a subject of its own, no actor, and inherits nobody
    const ownSubject = clause.role === 'coordinate' && clause.from > 0 && opensNounPhrase(tokens[clause.from], cues);
    if (actors.length === 0 && (clause.role === 'content' || clause.role === 'coordinate') && !ownSubject) actors = namesOf(context.mentions, 'actor').slice(0, 1);
    // "zei ze tegen RTV Oost", "He said the airport had waited": the speaker is the person named just before
    if (context.person && clause.role !== 'content' && clause.role !== 'relative' && hasPronounSpeaker(article.text, tokens, clause.from, clause.to, cues)) {
      actors = [context.person, ...actors.filter((name) => name !== context.person)];
    }
    // a saying and its content split apart share the sentence's people and places: who said it takes part in what was
    // said ("Airbus said it will contribute"), and where it was said is where it happens, unless the clause names others
    const splitSaying = clause.role === 'frame' || clause.role === 'content';
    if (splitSaying) actors = [...new Set([...actors, ...namesOf(context.mentions, 'actor')])];
    const removed: Array<readonly [number, number]> = [...timexRanges];
    // a stretch that dates the clause by its length alone ("within 21 days") goes too
    if (timex && !timexRanges.some(([from, to]) => from < timex.end && timex.start < to)) removed.push([timex.start, timex.end]);
    if (relation) removed.push([relation.start, relation.end]);
    // negation, modality and futurity reach the clause's own verb, not the clauses inside it
    const scope = kindScope(article.text, clauseKindTokens, clause.from, clause.to, cues);
    const timexInner = timex !== undefined && scope.inner.some((r) => tokens[r.from].start <= timex.start && timex.start < (tokens[r.to - 1]?.end ?? sentence.end));
    const kindContext = {
      quoted: sentence.quoted,
      planComplement: clause.planComplement,
      // the saying of a split sentence is reported, unless its own words deny or doubt it ("did not say that")
      speechAct: false,
      // a date from tense alone adds nothing: the kind reads the same verbs itself, within its scope
      futureDate: (!timexInner && date.source !== 'tense' && (isAfterDocument(date, article.documentDate) || boundAhead(date))) || futureTimesOf(tokens, clause.from, clause.to, cues).some((m) => !scope.inner.some((r) => r.from <= m.index && m.index < r.to)),
      sentenceInitial: clause.from === 0,
      reportedContent: clause.role === 'content' && complement !== undefined && !complement.plan,
      condition: scope.condition,
      commaBefore,
    };
    // the saying's "that" is no part of it: "It is expected that ..." tells what is expected, no guess of its own
    const kindTo = clause.role === 'frame' && cues.complementizers.matchAt(tokens, clause.to - 1) > 0 ? clause.to - 1 : clause.to;
    // a verb of expecting hedges what it frames, not itself: "De directie voorspelde" (that sales will fall) was said
    const frameHedge = clause.role === 'frame' && complement ? frameHedgeOf(complement, scope.tokens, cues) : undefined;
    const frameTokens = frameHedge ? maskRanges(scope.tokens, [frameHedge]) : scope.tokens;
    let kind = decideKind(frameTokens, clause.from, kindTo, cues, kindContext);
    // "zei dinsdag dat de werkzaamheden geen gevolgen hebben": dated by the saying, the event is the statement,
    // which was made; only a negation, condition or guess in the reporting part itself makes it otherwise
    const framed = clause.role === 'whole' && complement !== undefined && complement.frameFrom === undefined && timex !== undefined && timex.start < charOf(complement.start, clause.to).start;
    if (framed && (kind === 'negated' || kind === 'conditional' || kind === 'speculative')) {
      kind = decideKind(scope.tokens, clause.from, Math.min(complement.start, clause.to), cues, kindContext);
    }
    // "It is expected that the plane will arrive", "Analysts believe that sales will rise": a hedging frame makes
    // its content a guess
    if (clause.role === 'content' && complement && (kind === 'planned' || kind === 'occurred' || kind === 'reported')) {
      const frameFrom = complement.frameFrom ?? 0;
      const frameTo = complement.frameTo ?? complement.start;
      if (cues.speculation.find(kindTokens, frameFrom, frameTo) || cues.stanceVerbs.find(kindTokens, frameFrom, frameTo)) kind = 'speculative';
    }
    // "Eneco volgt, maar een woordvoerder wilde nog niet zeggen wanneer": a clause joined on after a comma, with a
    // subject of its own, denies or doubts its own statement, not the first one ("maar dat lukt niet" has none: "dat"
    // points back)
    const joined = coordinateStart(article.text, tokens, clause.from, clause.to, cues);
    const ownSubjectAfter = joined < clause.to && opensNounPhrase(tokens[joined + 1], cues) && cues.complementizers.matchAt(tokens, joined + 1) === 0;
    if (ownSubjectAfter && (kind === 'negated' || kind === 'conditional' || kind === 'speculative')) kind = decideKind(scope.tokens, clause.from, joined, cues, kindContext);
    // a clause joined on with its own verb tells its own denial or guess, not its host's ("De brug ging in maart dicht
    // en de veerpont vaart sinds april niet meer": the closing happened)
    const joinedOn = ownClauses.filter((c) => c.link === 'coordinate');
    // a plan announced in a clause split off is that clause's ("..., but did not say whether he decided to leave")
    const planElsewhere = complement?.plan === true && ownClauses.some((c) => c.from <= complement.verb && complement.verb < c.to);
    const hostContext = planElsewhere ? { ...kindContext, planComplement: false } : kindContext;
    if (joinedOn.length > 0 && kind !== 'occurred' && kind !== 'reported') kind = decideKind(maskRanges(scope.tokens, joinedOn), clause.from, clause.to, cues, hostContext);
    // so is a future or a guess told in one ("has asked for aid ..., saying that it plans to fire 3,000 employees",
    // "has since increased its holding to 46 percent, expected to increase to 57%"): the host's own words decide
    // (not a content, whose guess may be its frame's: "It is expected that the plane will arrive")
    const ownGuess = kind === 'speculative' && clause.role !== 'content';
    if ((kind === 'planned' || ownGuess) && ownClauses.length > 0) kind = decideKind(maskRanges(scope.tokens, ownClauses), clause.from, clause.to, cues, hostContext);
    const trigger = findTrigger(tokens, clause.from, clause.to, cues, (k) => inTime(k) || inName(k) || inOwnClause(k));
    const omitted = [...ownClauses, ...already, ...titleOmissions(article.text, tokens, context.mentions, cues, clause.from, clause.to, trigger)];
    const title = makeTitle({ text: article.text, tokens, clause, complement, mentions: context.mentions, removed, cues, omitted });
    const titled = titledTrigger(title, tokens, clause.from, clause.to, cues, (k) => inTime(k) || inName(k) || inOwnClause(k), trigger);
    const record: EventRecord = {
      id: eventId(context, clause, timex),
      title,
      language: article.language.code,
      sentence: sentence.text,
      kind,
      date,
      actors,
      places: splitSaying ? [...new Set([...namesOf(clauseMentions, 'place'), ...namesOf(context.mentions, 'place')])] : namesOf(clauseMentions, 'place'),
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
    const contentDated = clause.role === 'whole' && complement !== undefined && complement.frameFrom === undefined && timex !== undefined && timex.start >= charOf(complement.start, clause.to).start;
    const speechDate = contentDated ? context.documentDate : date;
    // a date from tense alone is no time of the event's own: "daarna" after it looks further back
    const dated = date.source !== 'document-date' && date.source !== 'tense';
    const lasting = date.certainty !== 'within' && date.earliest !== date.latest;
    // a stretch up to the article ("lows not seen since 1982") is background, and so is the date of a thing named
    const background = reachesDocument(date, article.documentDate) || (timex !== undefined && thingDates.some((t) => t.start === timex.start));
    events.push({ record, sentenceIndex: context.index, sentenceText: sentence.text, speech, speechDate, dated, lasting, background });
    const subject = context.mentions.find((m) => m.role === 'actor' && m.phraseStart >= clause.from && m.phraseStart < clause.to && !inOwnClause(m.phraseStart));
    const host: HostClause = { record, from: clause.from, to: clause.to, subject, trigger: trigger?.index, timex, tense, kindContext, kindTokens: clauseKindTokens, sentenceKindTokens: kindTokens, removed };
    for (const own of ownClauses) events.push(clauseEvent(context, own, host, { windowed, timexes, documentDays, datesNothing, inTime }));
  }
  return events;
}

/** What a clause split off a record's clause takes from that record. */
interface HostClause {
  record: EventRecord;
  /** First token of the host clause, and its end (exclusive). */
  from: number;
  to: number;
  /** The host's first actor outside the clauses split off it: the subject a clause without its own shares. */
  subject: Mention | undefined;
  /** Token index of the host's trigger. */
  trigger: number | undefined;
  timex: Windowed | undefined;
  tense: ClauseTense | undefined;
  kindContext: KindContext;
  kindTokens: Token[];
  /** The sentence's cue tokens before the host blanked its asides: a clause split off an aside reads its own words. */
  sentenceKindTokens: Token[];
  removed: ReadonlyArray<readonly [number, number]>;
}

interface SentenceTimes {
  windowed: readonly Windowed[];
  timexes: readonly Timex[];
  documentDays: DaySpan;
  datesNothing: (t: Windowed) => boolean;
  inTime: (k: number) => boolean;
}

/**
 * The record of a clause split off a record's clause ("..., but will fly in RAF livery"). Its time is its own
 * expression, else (not for a subordinate clause, which may lie before or after) its host's when that comes from the text ("Boeing challenged the award in March,
 * claiming ...": March too); where the host is dated by tense alone, its own tense places it. Its kind is decided
 * on its own words; a clause hanging on a plan, guess or condition with no cue of its own shares that kind ("will
 * be replaced before the tour commenced"). Its actors are its own, or its host's first when it shares the subject.
 */
function clauseEvent(context: SentenceContext, own: EventClause, host: HostClause, times: SentenceTimes): Produced {
  const { article, sentence, tokens, cues } = context;
  const start = tokens[own.from].start;
  const end = tokens[own.to - 1].end;
  // "will come with the software, which will be available next week": the host leaves the aside's words out; beside
  // a plan or a guess the aside reads them, to tell whether it shares it ("..., which did not explicitly bar ...,
  // could be to Apple's advantage": a denial of its own)
  const kindTokens = host.record.kind === 'planned' || host.record.kind === 'speculative' ? withWordsOf(host.kindTokens, host.sentenceKindTokens, own.from, own.to) : host.kindTokens;
  const ownTense = speechTenseOf(article.text, kindTokens, own.body, own.to, cues);
  const tense = ownTense ?? host.tense;
  const datesOther = (t: Windowed) => times.datesNothing(t) || datesAgainstTense(context, t, tense, { from: own.body, to: own.to });
  const timex = clauseTimex(article.text, times.windowed, times.timexes, times.documentDays, start, end, undefined, cues, datesOther);
  const hostFromText = host.record.date.source !== 'tense' && host.record.date.source !== 'document-date';
  // a subordinate clause ("nadat de raad had ingestemd", "because ...") may lie before or after its host: its own tense places it
  const adverb = timeAdverbOf(kindTokens, own.body, own.to, cues);
  // a fact told beside a plan or a guess is no part of it: a relative clause on a thing the plan names ("AirTanker,
  // who retains leasing rights"), a clause of reason or contrast ("as improving air safety is our top priority", "the
  // loss could swell further as it pays pensions"); its verb (a present where no tense is read: "retains", "come")
  // places it. One of time or purpose shares the plan ("will step down when the proceedings are finalized"), and so
  // does one with a future or modal of its own.
  const factBesidePlan = (host.record.kind === 'planned' || host.record.kind === 'speculative') && isFactBesidePlan(own, ownTense, tokens, cues);
  // a clause of time under a plan happens with it ("will step down when the proceedings are finalized"): its date
  const withPlan = host.record.kind === 'planned' && own.link === 'subordinate' && !factBesidePlan && !timex;
  const date = factBesidePlan && !timex
    ? dateOf(context, undefined, undefined, undefined, ownTense ?? 'present', adverb)
    : !withPlan && (timex || !hostFromText || own.link === 'subordinate') ? dateOf(context, timex, undefined, undefined, tense, adverb, pastLeads(context, { from: own.body, to: own.to }, timex, kindTokens, kindTokens)) : { ...host.record.date };
  // the kind reads the clause's own words: kindScope makes the clause holding the trigger the scope
  const scope = kindScope(article.text, kindTokens, host.from, host.to, cues, own.trigger.index);
  const kindFrom = own.link === 'subordinate' ? own.from : own.body;
  let kind = decideKind(scope.tokens, kindFrom, own.to, cues, {
    ...host.kindContext,
    planComplement: false,
    speechAct: false,
    sentenceInitial: false,
    condition: scope.condition,
    futureDate: date.source !== 'tense' && isAfterDocument(date, article.documentDate),
  });
  if (own.link !== 'coordinate' && leansOn(host.record.kind, own, ownTense) && !factBesidePlan && (kind === 'occurred' || kind === 'reported')) kind = host.record.kind;
  const mentions = context.mentions.filter((m) => m.phraseStart >= own.body && m.phraseStart < own.to);
  // a clause without a subject of its own is done by its host's subject ("Boeing challenged ..., claiming ..."), a
  // relative clause by its antecedent ("AirTanker, who retains ..."); its own names take part too
  const doer = own.link === 'relative' ? namesOf(context.mentions.filter((m) => m.phraseEnd === own.from), 'actor') : own.sharesSubject ? namesOf(host.subject ? [host.subject] : [], 'actor') : [];
  // then the sentence's others, as its host lists them: the speaker of a quotation, a pronoun's name
  const actors = [...new Set([...doer, ...namesOf(mentions, 'actor'), ...host.record.actors])];
  const removed: Array<readonly [number, number]> = [...host.removed];
  if (timex) removed.push([timex.start, timex.end]);
  const role = own.link === 'relative' ? 'relative' : own.content ? 'content' : 'coordinate';
  const clause: Clause = { from: own.link === 'relative' ? own.from : own.body, to: own.to, role, planComplement: false };
  const omitted = titleOmissions(article.text, tokens, context.mentions, cues, own.body, own.to, own.trigger);
  let title = makeTitle({ text: article.text, tokens, clause, mentions: context.mentions, removed, cues, omitted });
  // a participle or "after winning" has no subject of its own: its host's first actor does it
  // the subject before the host's verb ("De NAVO heeft dat ontkend en zegt ..." → "De NAVO zegt ...")
  const subject = host.subject && host.trigger !== undefined && host.subject.phraseStart < host.trigger ? host.subject : undefined;
  if (own.sharesSubject && subject && !title.startsWith(subject.name) && !title.toLowerCase().startsWith(subject.name.toLowerCase())) title = finishTitle(`${subject.name} ${title.charAt(0).toLowerCase()}${title.slice(1)}`);
  const record: EventRecord = {
    id: eventId(context, { ...clause, role: 'coordinate', from: own.from }, timex),
    title,
    language: article.language.code,
    sentence: sentence.text,
    kind,
    date,
    actors,
    places: [...new Set([...namesOf(mentions, 'place'), ...host.record.places])],
    source: sourceOf(article, sentence, timex, tokens[titledTrigger(title, tokens, own.body, own.to, cues, times.inTime, own.trigger)!.index]),
    relations: [],
  };
  const dated = date.source !== 'document-date' && date.source !== 'tense';
  const lasting = date.certainty !== 'within' && date.earliest !== date.latest;
  const background = reachesDocument(date, article.documentDate);
  return { record, sentenceIndex: context.index, sentenceText: sentence.text, speech: false, speechDate: date, dated, lasting, background };
}

/** `tokens` with those of `[from, to)` taken from `source` (the same tokens when nothing differs there). */
function withWordsOf(tokens: Token[], source: Token[], from: number, to: number): Token[] {
  let differs = false;
  for (let k = from; k < to && !differs; k++) differs = tokens[k] !== source[k];
  if (!differs) return tokens;
  const merged = tokens.slice();
  for (let k = from; k < to; k++) merged[k] = source[k];
  return merged;
}

/** Is a clause split off a plan a fact of its own: a relative clause, or a subordinate one not of time or purpose, in no future? */
function isFactBesidePlan(own: EventClause, ownTense: ClauseTense | undefined, tokens: readonly Token[], cues: CompiledCues): boolean {
  if (ownTense !== undefined && (isFutureTense(ownTense) || ownTense === 'modal')) return false;
  if (own.link === 'relative') return true;
  return own.link === 'subordinate' && cues.timeClauseOpeners.find(tokens, own.from, own.body) === undefined;
}

/** The hedge cue a split saying's own verb starts ("predicted", "expects to"), as a token range, if it is one. */
function frameHedgeOf(complement: Complement, tokens: readonly Token[], cues: CompiledCues): { from: number; to: number } | undefined {
  const length = cues.speculation.matchAt(tokens, complement.verb);
  return length > 0 ? { from: complement.verb, to: complement.verb + length } : undefined;
}

/**
 * Does a clause split off a plan, guess or condition share its host's kind? A plan or condition reaches what hangs on
 * it ("will be replaced before the tour commenced"); a guess reaches only its own verb's clause and what is still
 * ahead in it ("could worsen as the crisis deepens"), not a participle after it ("..., giving it a range greater than
 * any other airliner") nor a clause past in its own tense ("... may have an impact like that on music when the iPod
 * first was released").
 */
function leansOn(hostKind: EventKind, own: EventClause, ownTense: ClauseTense | undefined): boolean {
  if (hostKind === 'planned' || hostKind === 'conditional') return true;
  if (hostKind !== 'speculative') return false;
  return own.link !== 'participle' && !isPastTense(ownTense);
}

/**
 * The record's trigger is a word of its title: the clause's trigger, or where the title left that word out (a
 * closing speech frame: "The change will occur, Apple announced" → "The change will occur"), the first verb the title
 * holds. The title's own verb when it has none left out; the clause's trigger when the title holds no verb.
 */
function titledTrigger(title: string, tokens: readonly Token[], from: number, to: number, cues: CompiledCues, skip: (k: number) => boolean, trigger: Trigger | undefined): Trigger | undefined {
  if (!trigger) return trigger;
  const words = new Set(title.toLowerCase().split(NOT_A_WORD));
  if (words.has(tokens[trigger.index].lower)) return trigger;
  return findTrigger(tokens, from, to, cues, (k) => skip(k) || !words.has(tokens[k].lower)) ?? trigger;
}

/** What separates words in a title. */
const NOT_A_WORD = /[^\p{L}\p{N}'’-]+/u;

/**
 * The date of a saying split from its content, or of that content, when no expression or relation dates it: a
 * content in the present, or with no tense told, holds when it was said ("zei: we kunnen het niet garanderen"); a
 * saying without a verb ("Volgens de woordvoerder") was made on or before the article's date. Undefined otherwise:
 * the clause's own tense dates it.
 */
function saidDate(
  context: SentenceContext,
  clause: Clause,
  complement: Complement | undefined,
  tense: ClauseTense | undefined,
  clauseTokens: Token[],
  speechTokens: Token[],
): EventDate | undefined {
  if (!complement || (clause.role !== 'content' && clause.role !== 'frame')) return undefined;
  const { article, cues, timexes } = context;
  const range = clauseTimeRange(clause, complement);
  const { start, end } = { start: context.tokens[range.from].start, end: context.tokens[range.to - 1].end };
  if (timexes.some((t) => t.window !== undefined && t.start >= start && t.start < end)) return undefined;
  if (clause.role === 'content' && tense !== undefined && tense !== 'present' && tense !== 'progressive') return undefined;
  // an announced plan is yet to come, as a future is
  if (clause.role === 'content' && complement.plan) return dateFromTense('after', article.documentDate);
  if (clause.role === 'frame' && tense !== undefined) return undefined;
  const frameFrom = complement.frameFrom ?? 0;
  const frameTo = complement.frameTo ?? complement.start;
  // a content told in the present holds when it was said: on the saying's own date ("zei dinsdag dat ... hebben")
  const frameStart = context.tokens[frameFrom]?.start ?? 0;
  const frameEnd = context.tokens[frameTo - 1]?.end ?? 0;
  const saidOn = clause.role === 'content' ? timexes.find((t): t is Windowed => t.window !== undefined && t.start >= frameStart && t.start < frameEnd) : undefined;
  if (saidOn) return dateFromTimex(saidOn);
  const said = clause.role === 'frame' ? undefined : speechTenseOf(article.text, clauseTokens, frameFrom, frameTo, cues, speechTokens);
  const place = placeOfTense(said, undefined, context);
  if (place) return dateFromTense(place, article.documentDate);
  // a verb whose form tells no tense (Dutch "beweert") leaves the clause to its own words, as a whole sentence would be
  return cues.attribution.matchAt(context.tokens, complement.verb) > 0 ? dateFromTense('on-or-before', article.documentDate) : undefined;
}

/**
 * The frame a content was told in: its reporting verb (with a separable particle: "liet ... weten"), and its speaker,
 * the frame's first actor, or the person a speaker pronoun stands for ("zei ze").
 */
function attributionOf(context: SentenceContext, complement: Complement): EventAttribution {
  const { tokens, article, cues } = context;
  const verb = tokens[complement.verb];
  const frameFrom = complement.frameFrom ?? 0;
  const frameTo = complement.frameTo ?? complement.start;
  const speaker =
    namesOf(context.mentions.filter((m) => m.phraseStart >= frameFrom && m.phraseStart < frameTo), 'actor')[0] ??
    (context.person && hasPronounSpeaker(article.text, tokens, frameFrom, frameTo, cues) ? context.person : undefined);
  const attribution: EventAttribution = speaker ? { speaker, verb: { start: verb.start, end: verb.end, text: verb.text } } : { verb: { start: verb.start, end: verb.end, text: verb.text } };
  return attribution;
}

/**
 * Token range whose expressions may date a clause: an announcement's words up to its infinitive are the saying's
 * ("announced plans Friday to shut down ..."), not the plan's.
 */
function clauseTimeRange(clause: Clause, complement: Complement | undefined): { from: number; to: number } {
  // a separable verb's particle closes the saying: what follows it is the plan's ("kondigde aan morgen ... te beginnen")
  if (!complement?.plan || complement.marker === undefined || complement.particle !== undefined) return clause;
  if (clause.role === 'frame') return { from: clause.from, to: Math.max(clause.to, complement.marker) };
  if (clause.role === 'content') return { from: Math.max(clause.from, Math.min(complement.marker, clause.to - 1)), to: clause.to };
  return clause;
}

/** Does an article or a quantity stand here, opening a subject of its own ("but the government ...")? */
function opensNounPhrase(token: Token | undefined, cues: CompiledCues): boolean {
  return token !== undefined && (cues.determiners.has(token.lower) || cues.quantifiers.has(token.lower));
}

/**
 * The expression that dates a clause: its first, joined with the next when the two make a range ("from April to
 * September") or with how long it lasts ("vanaf maandag voor drie weken"), read as a bound after "na", "after" or
 * "until"; when nothing else dates the clause, a stretch after "binnen" / "within". "Now" gives way to any other
 * ("is now expected around 2020" is dated 2020); never the expression a relation cue is built on, nor one that
 * `datesNothing` (in a relative clause after a comma: "the satellite, which was built in 2019, will replace ..." is
 * not dated 2019; the scope of a comparison).
 */
function clauseTimex(
  text: string,
  windowed: readonly Windowed[],
  timexes: readonly Timex[],
  documentDays: DaySpan,
  start: number,
  end: number,
  relation: FoundRelation | undefined,
  cues: CompiledCues,
  datesNothing: (timex: Windowed) => boolean,
): Windowed | undefined {
  let present: Windowed | undefined;
  for (let k = 0; k < windowed.length; k++) {
    const t = windowed[k];
    if (t.start < start || t.start >= end || (relation && t.start === relation.start && t.relation)) continue;
    if (datesNothing(t)) continue;
    if (t.value === 'PRESENT_REF') {
      present ??= t;
      continue;
    }
    // "binnen twee weken": the tagger's stretch holds the days; the event is one moment from the article on
    const within = t.type === 'DURATION' ? withinStretch(text, t, cues, documentDays) : null;
    if (within) return within;
    const next = windowed[k + 1];
    const day = next && next.start < end ? dayOfClockTime(text, t, next) : null;
    if (day) return day;
    const range = next && next.start < end ? joinedRange(text, t, next, cues) : null;
    if (range) return range;
    const duration = timexes.find((d) => d.type === 'DURATION' && d.start >= t.end && d.start < end);
    return (duration && lastingFrom(text, t, duration, cues)) || openBound(text, t, cues, documentDays) || t;
  }
  if (present) return present;
  // no date in the clause: "binnen twee weken" dates it from the article on
  for (const d of timexes) {
    if (d.start < start || d.start >= end || d.window) continue;
    const stretch = withinStretch(text, d, cues, documentDays);
    if (stretch) return stretch;
  }
  return undefined;
}

/** Index of the first token starting at or after character `at` (tokens are in text order). */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Does the clause's expression give a date its tense rules out (see {@link isAgainstTense}), so that it dates a
 * thing inside the clause? Not one of a saying kept whole with its content ("For the final quarter of 2009, Ford
 * says it made a profit"), which its content's time dates.
 */
function datesAgainstTense(context: SentenceContext, timex: Windowed, tense: ClauseTense | undefined, clause: { from: number; to: number }): boolean {
  if (!isAgainstTense(dateFromTimex(timex), tense, context.article.documentDate)) return false;
  return context.cues.reporting.find(context.tokens, clause.from, clause.to) === undefined;
}

/** Where a record comes from, its fields always in the same order (optional ones only when known). */
function sourceOf(article: Article, sentence: ArticleSentence, timex: Timex | undefined, trigger?: Token): EventSource {
  const source = { article: article.id } as EventSource;
  if (article.title) source.articleTitle = article.title;
  source.documentDate = article.documentDate.value;
  source.paragraph = sentence.paragraph;
  source.sentenceStart = sentence.start;
  source.sentenceEnd = sentence.end;
  if (timex) {
    source.timexStart = timex.start;
    source.timexEnd = timex.end;
  }
  if (trigger) source.trigger = { start: trigger.start, end: trigger.end, text: trigger.text };
  return source;
}

function dateOf(
  context: SentenceContext,
  timex: Windowed | undefined,
  relation: FoundRelation | undefined,
  target: Produced | undefined,
  tense: ClauseTense | undefined,
  adverb?: TimeAdverb,
  pastBeforeTime = false,
): EventDate {
  if (relation && target && (!timex || timex.anchor === 'event' || timex.start === relation.start)) {
    // a fixed distance from a known event ("the day after the storm") is worked out from that event's own date
    const anchor = relation.speech ? target.speechDate : target.record.date;
    if (relation.days !== undefined) return dateRelativeTo(anchor, relation.text, relation.days);
    const vague = relation.timex ? eventShiftOf(relation.timex) : undefined;
    if (vague?.upTo !== undefined) return dateAway(anchor, { unit: vague.unit, amount: vague.amount, upTo: vague.upTo }, context.article.documentDate, relation.text);
    if (relation.since) return dateSince(anchor, context.article.documentDate, relation.text);
    const own = timex ?? (relation.timex?.window ? (relation.timex as Windowed) : undefined);
    if (own) return { ...dateFromTimex(own), source: 'relative-to-event' };
    // after or before something that lasted is outside it; after a point ("vlak na zijn toespraak") is taken as its
    // day, and after a state that lasts up to the article ("sinds 2012", "in de jaren daarna") as that stretch
    const { documentDate } = context.article;
    if (goesOnOverWindow(anchor) && relation.type !== 'during' && !endsAtDocument(anchor, documentDate)) {
      return dateBesidePeriod(anchor, relation.type, documentDate, relation.text);
    }
    return dateRelativeTo(anchor, relation.text, undefined);
  }
  // "De gemeente heeft inmiddels twee zwembaden gesloten", "has now agreed": the adverb says the result holds now,
  // not that the event came on the article's day; it was done on or before it
  if (timex?.value === 'PRESENT_REF' && tense !== undefined && isPastTense(tense)) return dateFromTense('on-or-before', context.article.documentDate);
  if (timex) {
    const date = dateFromTimex(timex);
    // "By the end of this year, the plants will be closed": by the deadline, and after the article's date
    if (tense !== undefined && isFutureTense(tense)) return deadlineAhead(date, context.article.documentDate);
    // "Ford predicted that it would be profitable by 2011": the deadline is what was predicted, the tense dates the
    // prediction
    const place = pastBeforeTime && startsAtDocumentReachingBeyond(date, context.article.documentDate) ? placeOfTense(tense, adverb, context) : undefined;
    return place ? dateFromTense(place, context.article.documentDate) : date;
  }
  // no date in the text: the tense places the event against the article's date, never on its day as if known
  const place = placeOfTense(tense, adverb, context);
  return place ? dateFromTense(place, context.article.documentDate) : { ...context.documentDate };
}

/**
 * Do the clause's words before its expression tell a past or perfect ("insisted that the union agree ... by next
 * year"), so that a time from the article on dates what lies ahead inside it, not that past? Not for a plan kept whole
 * with the verb that made it ("beloofde de regeling binnen twee weken aan te passen": the record is the plan), nor
 * for a state that lasts from the article on ("verwacht dat de stalling tot in april dicht blijft"), nor where the
 * past comes only after the expression ("stopt uiterlijk in 2022, een jaar eerder dan het kabinet had aangekondigd").
 */
function pastLeads(context: SentenceContext, clause: { from: number; to: number }, timex: Windowed | undefined, clauseTokens: Token[], speechTokens: Token[]): boolean {
  if (!timex || timex.window.certainty === 'period') return false;
  const at = tokenAt(context.tokens, timex.start);
  return at > clause.from && isPastTense(speechTenseOf(context.article.text, clauseTokens, clause.from, Math.min(at, clause.to), context.cues, speechTokens));
}

/**
 * Where a tense puts an event against the article's date; undefined when neither a verb nor an adverb tells. The
 * past is before the article's day, unless the paragraph is telling of that day: when the last event of the
 * paragraph with a time of its own is on the article's own day ("Shares fell sharply today. The Dow lost 4%."), the
 * past goes on from there and the article's day is included ("on or before"). A time adverb tells more than the
 * tense: "eerder" / "earlier" is before that day whatever the paragraph tells of, "inmiddels" / "so far" done by
 * now (the day included), and "nog steeds" / "currently" with a present, or with a verb whose tense no rule reads
 * ("De gemeente onderzoekt momenteel ..."), holds at the article's date.
 */
function placeOfTense(tense: ClauseTense | undefined, adverb: TimeAdverb | undefined, context: SentenceContext): TensePlace | undefined {
  if (tense !== undefined && isFutureTense(tense)) return 'after';
  const past = tense !== undefined && isPastTense(tense);
  if (adverb === 'earlier' && (past || tense === undefined)) return 'before';
  if (adverb === 'by-now' && (past || tense === undefined)) return 'on-or-before';
  if (adverb === 'still' && !past) return 'at';
  if (tense === undefined) return undefined;
  if (!past) return 'at';
  return context.toldOfDocumentDay ? 'on-or-before' : 'before';
}

/** Is the date a stretch from before the article up to its date ("since 1982", "the past decade")? */
function reachesDocument(date: EventDate, documentDate: DocumentDate): boolean {
  return date.certainty === 'period' && endsAtDocument(date, documentDate) && date.earliest < date.latest;
}

/**
 * Does the event go on over its whole window, so that what comes after it comes after the window's end: a period,
 * or a stated range ("van 2019 tot 2021", an interval of its own)? Not one day somewhere in a window, nor a unit
 * such as a month ("in januari": what follows may be later that month), which are only `lasting` targets.
 */
const goesOnOverWindow = (date: EventDate) => date.certainty === 'period' || (date.certainty === 'exact' && date.value.includes('/'));

/** Temporal expressions a title leaves out; a title shows only the first words of its clause, so the first few suffice. */
const MAX_REMOVED = 24;

/** A deadline still ahead of the article ("uiterlijk in 2022" in 2019): the event is yet to come. */
function boundAhead(date: EventDate): boolean {
  // the past "on or before" the article's day is no deadline
  return date.mod === 'ON_OR_BEFORE' && date.source !== 'tense';
}

/** Tokens with the words of false cues ("not only", "niet alleen") blanked; the same tokens when there are none. */
function maskFalseCues(tokens: Token[], cues: CompiledCues): Token[] {
  const found = cues.falseCues.findAll(tokens);
  return found.length === 0 ? tokens : maskRanges(tokens, found.map((m) => ({ from: m.index, to: m.index + m.length })));
}

/** Tokens with those in the given token ranges blanked. */
function maskRanges(tokens: Token[], ranges: ReadonlyArray<{ from: number; to: number }>): Token[] {
  const masked = tokens.slice();
  for (const { from, to } of ranges) for (let k = from; k < to; k++) masked[k] = { ...masked[k], lower: '' };
  return masked;
}

/** Tokens with those inside temporal expressions blanked (one sweep: tokens and expressions are both in text order). */
function maskTokens(tokens: Token[], timexes: readonly Timex[]): Token[] {
  if (timexes.length === 0) return tokens;
  let k = 0;
  return tokens.map((token) => {
    while (k < timexes.length && timexes[k].end <= token.start) k++;
    const timex = timexes[k];
    return timex && token.start >= timex.start && token.end <= timex.end ? { ...token, lower: '' } : token;
  });
}

function eventId(context: SentenceContext, clause: Clause, timex: Timex | undefined): string {
  const { article, sentence } = context;
  const key = [article.id, sentence.start, sentence.end, timex?.start ?? '', timex?.end ?? '', clause.role === 'coordinate' ? `coordinate@${clause.from}` : clause.role].join('|');
  let id = `${article.id}-${shortHash(key, 8)}`;
  for (let n = 2; context.usedIds.has(id); n++) id = `${article.id}-${shortHash(`${key}|${n}`, 8)}`;
  context.usedIds.add(id);
  return id;
}
