/**
 * The kind stage: a clause's kind from its own words, with the scope its cues reach (not the clauses inside it, not a
 * clause joined on or split off it, not a hedging frame's own verb), and the kind of a clause split off a record's.
 */
import type { Clause, Complement } from './clauses.js';
import { coordinateStart } from './clauses.js';
import type { CompiledCues } from './compiled-cues.js';
import { isAfterDocument, type Windowed } from './dating.js';
import type { EventClause } from './event-clauses.js';
import { decideKind, futureTimesOf, kindScope, type KindContext } from './kind.js';
import { opensNounPhrase } from './participants.js';
import type { SentenceFacts } from './sentence-facts.js';
import { isFutureTense, isPastTense, type ClauseTense } from './tense.js';
import { maskRanges } from './token-masks.js';
import type { Token } from './tokens.js';
import type { DocumentDate, EventDate, EventKind } from '../types.js';
import { boundAhead } from './clause-date.js';

/** What the kind of a clause of a sentence is decided from. */
export interface ClauseKindInput {
  text: string;
  tokens: Token[];
  cues: CompiledCues;
  facts: SentenceFacts;
  /** The sentence sits inside a quotation. */
  quoted: boolean;
  clause: Clause;
  /** The sentence's reporting complement, if it has one. */
  complement: Complement | undefined;
  /** The clause's cue tokens (the sentence's, with its asides blanked). */
  clauseKindTokens: Token[];
  /** The clauses split off this one, which tell their own kinds. */
  ownClauses: readonly EventClause[];
  /** The clause's date and the expression it came from. */
  date: EventDate;
  timex: Windowed | undefined;
  documentDate: DocumentDate;
  /** The clause's own tense, where its verbs tell one. */
  tense?: ClauseTense;
}

/** A clause's kind, and what a clause split off it takes from its decision. */
export interface ClauseKindDecision {
  kind: EventKind;
  context: KindContext;
}

/**
 * The kind of a clause of a sentence: its cues within their scope, then what reaches past that scope or stops short
 * of it, each a cue of the clause's own: a saying that tells its content's time, a hedging frame, a clause joined on
 * after a comma with its own subject, clauses split off it with kinds of their own.
 */
export function clauseKind(input: ClauseKindInput): ClauseKindDecision {
  const { text, tokens, cues, facts, clause, complement, clauseKindTokens, ownClauses, date, timex } = input;
  const kindTokens = facts.kindTokens;
  // negation, modality and futurity reach the clause's own verb, not the clauses inside it
  const scope = kindScope(text, clauseKindTokens, clause.from, clause.to, cues);
  const timexInner = timex !== undefined && scope.inner.some((r) => tokens[r.from].start <= timex.start && timex.start < facts.charOf(r.from, r.to).end);
  // a clause joined to another by a conjunction, in the sentence's clauses or split off this one
  const conjunct = clause.role === 'coordinate' || ownClauses.some((c) => c.link === 'coordinate');
  const kindContext: KindContext = {
    quoted: input.quoted,
    planComplement: clause.planComplement,
    // the saying of a split sentence is reported, unless its own words deny or doubt it ("did not say that")
    speechAct: false,
    // a date from tense alone adds nothing: the kind reads the same verbs itself, within its scope
    // (not a conjunct's year the tagger guessed from the sentence's other clause, against its own past verb: "The
    // company closed a plant in May and plans to close two more in 2021" closed in May, whichever May)
    futureDate: (!timexInner && date.source !== 'tense' && !(conjunct && guessedAgainstPast(date, input.tense)) && (isAfterDocument(date, input.documentDate) || boundAhead(date))) || futureTimesOf(tokens, clause.from, clause.to, cues).some((m) => !scope.inner.some((r) => r.from <= m.index && m.index < r.to) && !inSplitClause(ownClauses, m.index)),
    sentenceInitial: clause.from === 0,
    reportedContent: clause.role === 'content' && complement !== undefined && !complement.plan,
    condition: scope.condition,
    commaBefore: facts.commaBefore,
  };
  // the saying's "that" is no part of it: "It is expected that ..." tells what is expected, no guess of its own
  const kindTo = clause.role === 'frame' && cues.complementizers.matchAt(tokens, clause.to - 1) > 0 ? clause.to - 1 : clause.to;
  // a verb of expecting hedges what it frames, not itself: "De directie voorspelde" (that sales will fall) was said
  const frameHedge = clause.role === 'frame' && complement ? frameHedgeOf(complement, scope.tokens, cues) : undefined;
  const frameTokens = frameHedge ? maskRanges(scope.tokens, [frameHedge]) : scope.tokens;
  let kind = decideKind(frameTokens, clause.from, kindTo, cues, kindContext);
  // "zei dinsdag dat de werkzaamheden geen gevolgen hebben": dated by the saying, the event is the statement,
  // which was made; only a negation, condition or guess in the reporting part itself makes it otherwise
  const framed = clause.role === 'whole' && complement !== undefined && complement.frameFrom === undefined && timex !== undefined && timex.start < facts.charOf(complement.start, clause.to).start;
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
  const joined = coordinateStart(text, tokens, clause.from, clause.to, cues);
  const ownSubjectAfter = joined < clause.to && opensNounPhrase(tokens[joined + 1], cues) && cues.complementizers.matchAt(tokens, joined + 1) === 0;
  if (ownSubjectAfter && (kind === 'negated' || kind === 'conditional' || kind === 'speculative')) kind = decideKind(scope.tokens, clause.from, joined, cues, kindContext);
  // a clause joined on with its own verb tells its own denial or guess, not its host's ("De brug ging in maart dicht
  // en de veerpont vaart sinds april niet meer": the closing happened)
  const joinedOn = ownClauses.filter((c) => c.link === 'coordinate');
  // a plan announced in a clause split off is that clause's ("..., but did not say whether he decided to leave")
  const planElsewhere = complement?.plan === true && ownClauses.some((c) => c.from <= complement.verb && complement.verb < c.to);
  const hostContext = planElsewhere ? { ...kindContext, planComplement: false } : kindContext;
  // a condition inside the clause joined on is that clause's ("..., however he could end up playing a wider role if
  // iTunes becomes ..."): the host's own statement holds
  const conditionJoined = joinedOn.some((c) => c.from <= scope.condition && scope.condition < c.to);
  const joinedContext = conditionJoined ? { ...hostContext, condition: -1 } : hostContext;
  if (joinedOn.length > 0 && kind !== 'occurred' && kind !== 'reported') kind = decideKind(maskRanges(scope.tokens, joinedOn), clause.from, clause.to, cues, joinedContext);
  // so is a future or a guess told in one ("has asked for aid ..., saying that it plans to fire 3,000 employees",
  // "has since increased its holding to 46 percent, expected to increase to 57%"): the host's own words decide
  // (not a content, whose guess may be its frame's: "It is expected that the plane will arrive")
  const ownGuess = kind === 'speculative' && clause.role !== 'content';
  // and a condition told in one ("..., saying, “Stop me if you've already seen this”": the condition is the quotation's)
  const ownCondition = inSplitClause(ownClauses, scope.condition);
  const ownContext = ownCondition ? { ...joinedContext, condition: -1 } : joinedContext;
  if ((kind === 'planned' || ownGuess || (kind === 'conditional' && ownCondition)) && ownClauses.length > 0) kind = decideKind(maskRanges(scope.tokens, ownClauses), clause.from, clause.to, cues, ownContext);
  return { kind, context: kindContext };
}

/** Does token `k` lie in one of the clauses split off the clause? */
function inSplitClause(ownClauses: readonly EventClause[], k: number): boolean {
  return k >= 0 && ownClauses.some((c) => c.from <= k && k < c.to);
}

/** The hedge cue a split saying's own verb starts ("predicted", "expects to"), as a token range, if it is one. */
export function frameHedgeOf(complement: Complement, tokens: readonly Token[], cues: CompiledCues): { from: number; to: number } | undefined {
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
export function leansOn(hostKind: EventKind, own: EventClause, ownTense: ClauseTense | undefined): boolean {
  if (hostKind === 'planned' || hostKind === 'conditional') return true;
  if (hostKind !== 'speculative') return false;
  return own.link !== 'participle' && !isPastTense(ownTense);
}

/** Is a clause split off a plan a fact of its own: a relative clause, or a subordinate one not of time or purpose, in no future? */
export function isFactBesidePlan(own: EventClause, ownTense: ClauseTense | undefined, tokens: readonly Token[], cues: CompiledCues): boolean {
  if (ownTense !== undefined && (isFutureTense(ownTense) || ownTense === 'modal')) return false;
  if (own.link === 'relative') return true;
  return own.link === 'subordinate' && cues.timeClauseOpeners.find(tokens, own.from, own.body) === undefined;
}

/** Is the date's year guessed from the article's date while the clause's own verb tells a past? */
function guessedAgainstPast(date: EventDate, tense: ClauseTense | undefined): boolean {
  return date.source === 'relative-to-document' && (tense === 'past' || tense === 'pluperfect');
}
