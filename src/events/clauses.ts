/**
 * Event-bearing clauses of a sentence. Usually the whole sentence is one event. It becomes two when each part has
 * its own time (a temporal expression or a relation cue): a speech act and its complement ("kondigde het leger aan
 * morgen een oefening te beginnen", "announced that it will ...") give the announcement and what was announced; an
 * act of announcing a plan always does ("GM announced plans Friday to shut down 1,100 dealerships"); so
 * does a saying whose content tells a kind of its own (a plan, guess, denial or condition: "The company said that the
 * planes would meet demand", "“...,” zei de directeur", "According to Mr Howard, the injection will ...");
 * clauses joined by a comma and a conjunction ("..., and the ferry stopped on Tuesday") give one event each; a
 * relative clause on a name with a time of its own gives the name's event ("... replace Aurora-1, which has been in
 * orbit since 2012": Aurora-1 has been in orbit since 2012; the replacing is not dated 2012), closing the sentence
 * or between commas inside it.
 */
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';
import { tenseOf } from './tense.js';
import { isPlanNoun, verbFormAt } from './triggers.js';

/** A clause as a token range of its sentence. */
export interface Clause {
  from: number;
  to: number;
  /**
   * `whole`: the sentence; `frame`: the speech act of a split sentence; `content`: what it announced;
   * `coordinate`: one of two clauses joined by a conjunction; `main`: a sentence without the relative clause that
   * closes it; `relative`: a relative clause on a name (`from` is the relative pronoun), closing the sentence or
   * between commas inside a `whole` one.
   */
  role: 'whole' | 'frame' | 'content' | 'coordinate' | 'main' | 'relative';
  /** The clause carries an announced plan (infinitive complement of an announcement verb). */
  planComplement: boolean;
  /** A content split from its saying for a kind of its own (a plan, guess, denial or condition told). */
  ownKind?: boolean;
}

/** Where a speech act's complement starts, and whether it is an announced plan. */
export interface Complement {
  /** Token index of the speech verb. */
  verb: number;
  /** First token of the complement. */
  start: number;
  /** Infinitive complement of an announcement ("aan ... te beginnen", "to hold"). */
  plan: boolean;
  /** The plan was decided ("decided to close", "besloot ... te sluiten"): the decision is the event, not the plan. */
  decision?: boolean;
  /** Index of a separable particle closing the speech verb (`aan`), if any. */
  particle?: number;
  /** Index of the infinitive marker (`te`, `to`) in the complement, if any. */
  marker?: number;
  /** The plan's object and adverbials stand between the verb and the marker ("beloofde de regeling binnen twee weken aan te passen"). */
  objectFirst?: boolean;
  /** End (exclusive) of the content when a closing frame follows it (", the company said"); else the sentence's end. */
  end?: number;
  /**
   * The saying's tokens when they are not all those before `start`: a closing frame (", the company said": `end` to
   * the sentence's end) or a leading "according to" phrase (its first word to `start`).
   */
  frameFrom?: number;
  frameTo?: number;
}

const LOOKAHEAD = 7;
/** Words a speech verb's "that" may follow it by: "zei zaterdag in een interview dat", "told reporters on Monday that". */
const SPEECH_REACH = 6;

/**
 * Find the content of a saying: after the "that" of an announcement, reporting or stance verb ("said that ...",
 * "believes that ..."), an announcement's infinitive ("announced plans to ..."), a quotation or a colon after a
 * reporting verb ("said in a statement, “We want ..."), a clause right after one with the "that" left out ("said it
 * would ..."); after a leading "according to" phrase ("Volgens de wethouder gaat ..."); or before a closing frame
 * ("..., the USAF has announced", "..., zegt de wethouder").
 */
export function findComplement(text: string, tokens: readonly Token[], cues: CompiledCues, clues?: ClauseClues): Complement | undefined {
  const found = thatComplement(text, tokens, cues) ?? openComplement(text, tokens, cues, clues) ?? leadingAttribution(text, tokens, cues, clues) ?? closingFrame(text, tokens, cues);
  return found && oneShape(found);
}

/** The complement with every field set, in one order: the stages after read complements of one shape. */
function oneShape(c: Complement): Complement {
  return { verb: c.verb, start: c.start, plan: c.plan, decision: c.decision, particle: c.particle, marker: c.marker, objectFirst: c.objectFirst, end: c.end, frameFrom: c.frameFrom, frameTo: c.frameTo };
}

/** Words a closing frame holds at most (", the launch company Orbis announced today"). */
const MAX_CLOSING_FRAME = 9;
/** Words a leading "according to" phrase holds at most before its comma or the end of its name. */
const MAX_LEADING_ATTRIBUTION = 8;
/** Words a subject may stand between a reporting verb and its content's verb with "that" left out ("said the company expects"). */
const MAX_BARE_SUBJECT = 4;

/** Does the text between token `k - 1` and `k` hold an opening quotation mark or a colon? */
export function opensQuote(text: string, tokens: readonly Token[], k: number): boolean {
  return k > 0 && /[“"„‘:«]/u.test(text.slice(tokens[k - 1].end, tokens[k].start));
}

/** A quotation, colon or bare clause right after a reporting verb. */
function openComplement(text: string, tokens: readonly Token[], cues: CompiledCues, clues: ClauseClues | undefined): Complement | undefined {
  for (const speech of cues.reporting.findAll(tokens)) {
    const after = speech.index + speech.length;
    if (after >= tokens.length - 1) continue;
    for (let p = after; p < Math.min(tokens.length - 1, after + SPEECH_REACH); p++) if (opensQuote(text, tokens, p)) return { verb: speech.index, start: p, plan: false };
    // "said it would ...", "announced today it would cut": a subject, then the content's finite verb, no comma between
    let start = after;
    while (start < tokens.length && clues?.inTime?.(start)) start++;
    const first = tokens[start];
    if (!first || cues.prepositions.has(first.lower) || cues.complementizers.matchAt(tokens, start) > 0 || first.lower === cues.raw.infinitiveMarker) continue;
    // a subject that opens as one, or any short one before a verb of hedging or planning ("say history tends to")
    const subjectLike = cues.subjectPronouns.has(first.lower) || cues.determiners.has(first.lower) || first.capitalised;
    for (let v = start + 1; v < Math.min(tokens.length, start + 1 + MAX_BARE_SUBJECT); v++) {
      if (tokens[v].commaBefore) break;
      if (subjectLike && cues.auxiliaries.has(tokens[v].lower)) return { verb: speech.index, start, plan: false };
      // "said the company expects to cut", "Some say history tends to repeat itself"
      if (cues.speculation.matchAt(tokens, v) > 1 || cues.future.matchAt(tokens, v) > 1) return { verb: speech.index, start, plan: false };
    }
  }
  return undefined;
}

/** "According to Mr Howard, ...", "Volgens de wethouder gaat ...": the phrase to its comma or to the end of its name. */
function leadingAttribution(text: string, tokens: readonly Token[], cues: CompiledCues, clues: ClauseClues | undefined): Complement | undefined {
  const cue = cues.attribution.matchAt(tokens, 0);
  if (cue === 0) return undefined;
  for (let k = cue + 1; k < Math.min(tokens.length - MIN_CLAUSE_WORDS, cue + MAX_LEADING_ATTRIBUTION); k++) {
    if (tokens[k].commaBefore || clues?.nameEndsAt?.(k)) return { verb: 0, start: k, plan: false, frameFrom: 0, frameTo: k };
  }
  return undefined;
}

/** ", the USAF has announced.", ", zegt de wethouder", ", according to the report": a short frame closing the sentence. */
function closingFrame(text: string, tokens: readonly Token[], cues: CompiledCues): Complement | undefined {
  // the last comma, or one before it when the speaker has an apposition (", said Jim Press, the Vice Chairman")
  for (let comma = tokens.length - 1; comma >= Math.max(MIN_CLAUSE_WORDS, tokens.length - MAX_CLOSING_FRAME); comma--) {
    if (!tokens[comma].commaBefore) continue;
    const speech = cues.reporting.find(tokens, comma, tokens.length) ?? cues.attribution.find(tokens, comma, tokens.length);
    if (cues.complementizers.find(tokens, comma, tokens.length)) return undefined;
    if (speech) return { verb: speech.index, start: 0, plan: false, end: comma, frameFrom: comma, frameTo: tokens.length };
  }
  return undefined;
}

/** The complement after a "that", or an announcement's infinitive. */
function thatComplement(text: string, tokens: readonly Token[], cues: CompiledCues): Complement | undefined {
  const marker = cues.raw.infinitiveMarker;
  // "plans" as the object of a verb is a noun ("asked them to make new tentative plans to save Japan"): no announcement
  const announcement = cues.announcement.findAll(tokens).find((m) => !isPlanNoun(tokens, m.index, 0, cues));
  // "has told the US Treasury that it intends to use its option": a saying before the plan frames it (not one whose
  // content ends before it: "bevestigde dat de directeur was vertrokken, maar zei niet of hij had besloten ...")
  const sayingFirst = announcement && cues.reporting.find(tokens, 0, announcement.index);
  const framing = sayingFirst && thatAfter(tokens, sayingFirst.index + sayingFirst.length, cues);
  if (sayingFirst && framing && framing <= announcement.index && sameClause(tokens, framing, announcement.index, cues)) return { verb: sayingFirst.index, start: framing, plan: false };
  if (announcement) {
    const after = announcement.index + announcement.length;
    const markerAt = tokens.findIndex((t, i) => i >= after && t.lower === marker);
    // only some verbs take a particle standing apart: "beloofde het zwembad aan de Kanaalweg te sluiten" holds a preposition
    const takesParticle = cues.separatedParticleAnnouncements === undefined || cues.separatedParticleAnnouncements.matchAt(tokens, announcement.index) > 0;
    if (markerAt >= 0) {
      for (let p = after; takesParticle && p < Math.min(tokens.length, after + LOOKAHEAD); p++) {
        // a particle right before the marker is the infinitive's ("beloofde de regeling aan te passen"), unless it
        // stands right after the verb ("kondigde aan te stoppen")
        if (cues.particles.has(tokens[p].lower) && p < markerAt && (p === after || p < markerAt - 1)) {
          return { verb: announcement.index, start: p + 1, plan: true, particle: p, marker: markerAt, ...decided(tokens, announcement.index, cues) };
        }
      }
      // where the verb ends its clause the object stands before the marker ("beloofde de regeling binnen twee weken
      // aan te passen"), in the same clause
      const objectFirst = cues.raw.verbFinalSubordinates === true && markerAt - after <= LOOKAHEAD && sameClause(tokens, after, markerAt, cues);
      if (markerAt - after <= 2 || objectFirst) return { verb: announcement.index, start: after, plan: true, marker: markerAt, ...(objectFirst ? { objectFirst } : {}), ...decided(tokens, announcement.index, cues) };
    }
  }
  const agreed = agreementPlan(text, tokens, cues);
  if (agreed) return agreed;
  const speech = announcement ?? cues.reporting.find(tokens);
  const found = speech && thatAfter(tokens, speech.index + speech.length, cues);
  if (speech && found) return { verb: speech.index, start: found, plan: false };
  // a verb of thinking or expecting frames its content as a saying does ("Jobs believes that this may ...")
  for (const stance of cues.complementVerbs.findAll(tokens)) {
    const start = thatAfter(tokens, stance.index + stance.length, cues);
    if (start) return { verb: stance.index, start, plan: false };
  }
  return undefined;
}

/** Words between an agreement's noun and its infinitive's marker ("a 27-year contract with the Defense Ministry to"). */
const AGREEMENT_REACH = 6;

/**
 * An agreement concluded and what it agreed: "AirTanker has signed a 27-year contract with the Defense Ministry to
 * supply 14 tankers", "Het bedrijf heeft een contract getekend om veertien tankers te leveren". The words up to the
 * infinitive's marker (or the purpose word) are the agreement, the infinitive its plan. Only in the present perfect
 * and with a verb after the marker: "had signed a contract to purchase" in a past story, "a deal to lease" with no
 * verb of concluding, "the deal to a close" are none.
 */
function agreementPlan(text: string, tokens: readonly Token[], cues: CompiledCues): Complement | undefined {
  const marker = cues.raw.infinitiveMarker;
  const purpose = cues.raw.purposeOpener;
  for (const noun of cues.agreementNouns.findAll(tokens)) {
    const after = noun.index + noun.length;
    for (let k = after; k < Math.min(tokens.length - 1, after + AGREEMENT_REACH); k++) {
      if (tokens[k].commaBefore || cues.coordinators.matchAt(tokens, k) > 0) break;
      const word = tokens[k].lower;
      if (word !== marker && word !== purpose) continue;
      // "om ... te leveren": the marker ends the purpose clause, its objects before it
      const markerAt = word === marker ? k : tokens.findIndex((t, i) => i > k && i <= k + LOOKAHEAD && t.lower === marker);
      if (markerAt < 0 || !sameClause(tokens, k, markerAt, cues) || verbFormAt(tokens, markerAt + 1, cues) === null) return undefined;
      const verb = tokens.findIndex((_, i) => i < noun.index && verbFormAt(tokens, i, cues) !== null);
      if (verb < 0 || tenseOf(text, tokens, 0, k, cues) !== 'perfect') return undefined;
      // an agreement concluded is a decision taken (see decisionJustTaken in sentence-clauses.ts)
      return word === marker ? { verb, start: k, plan: true, decision: true, marker: k } : { verb, start: k + 1, plan: true, decision: true, marker: markerAt, objectFirst: true };
    }
  }
  return undefined;
}

/** Do tokens `[from, to)` hold no comma and no conjunction, so that `to` is still in the clause opened at `from`? */
function sameClause(tokens: readonly Token[], from: number, to: number, cues: CompiledCues): boolean {
  for (let k = from; k < to; k++) if ((k > from && tokens[k].commaBefore) || cues.coordinators.matchAt(tokens, k) > 0) return false;
  return true;
}

/** `{ decision: true }` when the announcement verb at `verb` tells a decision taken. */
function decided(tokens: readonly Token[], verb: number, cues: CompiledCues): { decision?: true } {
  return cues.decisions.matchAt(tokens, verb) > 0 ? { decision: true } : {};
}

/**
 * The token after a "that" within reach of a verb ending before `after` ("told reporters on Monday that"), or 0. One
 * after a preposition is a determiner: "agreed on by that time", "besloten na dat overleg" open no content.
 */
function thatAfter(tokens: readonly Token[], after: number, cues: CompiledCues): number {
  for (let p = after; p < Math.min(tokens.length, after + SPEECH_REACH); p++) {
    if (cues.complementizers.matchAt(tokens, p) > 0) return p > 0 && cues.prepositions.has(tokens[p - 1].lower) ? 0 : p + 1;
  }
  return secondThat(tokens, after + SPEECH_REACH, cues);
}

/** Words a saying's object may run before a second, coordinated "that" ("announced a new service and that ..."). */
const SECOND_THAT_REACH = 24;

/**
 * A "that" joined by a conjunction to the saying's first object, with no verb between ("He announced a seamless
 * integration of podcasting with iTunes, and, to the amazement of many, that future Macs will feature Intel
 * processors"): the token after it, or 0.
 */
function secondThat(tokens: readonly Token[], from: number, cues: CompiledCues): number {
  for (let p = from; p < Math.min(tokens.length - 1, from + SECOND_THAT_REACH); p++) {
    const form = verbFormAt(tokens, p, cues);
    if (form === 'finite' || form === 'auxiliary') return 0;
    if (cues.complementizers.matchAt(tokens, p) === 0 || !tokens[p].commaBefore) continue;
    // the conjunction before it, maybe with an aside between commas ("and, to the amazement of many, that")
    for (let q = p - 1; q >= from - SPEECH_REACH && q >= 0; q--) {
      if (cues.coordinators.matchAt(tokens, q) === 1) return p + 1;
      if (tokens[q].commaBefore && q < p - 1 && cues.coordinators.matchAt(tokens, q - 1) !== 1) return 0;
    }
    return 0;
  }
  return 0;
}

/** What the sentence's other stages know about its tokens, for telling where clauses part. */
export interface ClauseClues {
  /** Does the token range `[from, to)` hold a temporal expression with a calendar window, or a relation cue? */
  hasOwnTime(from: number, to: number): boolean;
  /** Does a name mention end right before token `index`? */
  nameEndsAt?(index: number): boolean;
  /** Is token `index` the last of a temporal expression with a calendar window? */
  timeEndsAt?(index: number): boolean;
  /** Is token `index` inside a temporal expression with a calendar window? */
  inTime?(index: number): boolean;
  /**
   * Does the token range `[from, to)` hold an expression with a calendar window that may date something there: not
   * one in the scope of a comparison ("the highest since 2010"); a thing's date is one ("a breach of the 1991
   * settlement" dates the settlement, not the arguing)? Or, given the saying's verb, does the content keep a present
   * against a past saying, a time of its own ("announced that it seeks")?
   */
  datesContent?(from: number, to: number, verb?: number): boolean;
  /**
   * Does a speech act's content tell a kind of its own, other than the saying's (a plan, a guess, a denial, a
   * condition)? Then the saying and its content are two records ("The company said that the planes would meet
   * demand": the saying happened, the meeting is planned).
   */
  contentDiffers?(complement: Complement): boolean;
}

/** Split a sentence into event clauses. */
export function splitClauses(text: string, tokens: readonly Token[], cues: CompiledCues, clues: ClauseClues): { clauses: Clause[]; complement?: Complement } {
  const hasOwnTime = (from: number, to: number) => clues.hasOwnTime(from, to);
  const nameEndsAt = (index: number) => clues.nameEndsAt?.(index) ?? false;
  const complement = findComplement(text, tokens, cues, clues);
  // a decision kept whole with what it decided is the decision: planned only by a future of its own
  const whole: Clause = { from: 0, to: tokens.length, role: 'whole', planComplement: (complement?.plan ?? false) && !complement?.decision };
  const conjunction = coordinationPoint(text, tokens, cues, clues);
  const coordinated = () => {
    const at = conjunction ?? commaSplice(text, tokens, cues, clues);
    if (!at) {
      const relative = relativePoint(text, tokens, cues, hasOwnTime, nameEndsAt);
      if (relative < 0) {
        // "Aurora-1, which was launched in 2012, will be retired next year": the sentence, and the name's own event
        const inner = asidesOf(text, tokens, cues, 0, tokens.length, clues.timeEndsAt).filter(
          (a) => a.to < tokens.length && (nameEndsAt(a.from) || nounPhraseBefore(tokens, a.from, cues) >= 0) && hasOwnTime(a.from + 1, a.to),
        );
        return { clauses: [whole, ...inner.map((a) => ({ ...a, role: 'relative' as const, planComplement: false }))], complement };
      }
      return {
        clauses: [
          { ...whole, to: relative, role: 'main' as const },
          { from: relative, to: tokens.length, role: 'relative' as const, planComplement: false },
        ],
        complement: complement && complement.start < relative ? complement : undefined,
      };
    }
    return {
      clauses: [
        { from: 0, to: at.end, role: 'coordinate' as const, planComplement: false },
        { from: at.start, to: tokens.length, role: 'coordinate' as const, planComplement: false },
      ],
    };
  };
  if (!complement || complement.start >= tokens.length) return coordinated();
  // "Winds will return over the weekend, and the fire service warned that ...": two clauses before the saying's
  if (conjunction && conjunction.end < complement.verb) return coordinated();
  const differs = clues.contentDiffers?.(complement) ?? false;
  if (complement.end !== undefined) {
    // a closing frame: the content, then the saying
    if (!differs) return { ...coordinated(), complement };
    return {
      clauses: [
        { from: 0, to: complement.end, role: 'content', planComplement: false },
        { from: complement.end, to: tokens.length, role: 'frame', planComplement: false },
      ],
      complement,
    };
  }
  // "decided on Monday to close the pool next year": the words up to the infinitive's marker are the saying's
  const saidUpTo = complement.plan && complement.particle === undefined && complement.marker !== undefined ? complement.marker : complement.start;
  const ownTimes = hasOwnTime(0, saidUpTo) && hasOwnTime(saidUpTo, tokens.length);
  // "said the plant closed in March", "zei dat de fabriek in maart sloot": a content after a saying's verb with a time
  // of its own is an event of its own, and the saying is not dated March. Not an announced plan (whole with its
  // announcement unless each has a time), a stance ("verwacht dat ...": the expectation is the event), a frame with
  // no verb ("Volgens de woordvoerder"), nor a closing frame ("..., zegt de eigenaar": a frame with no subject before
  // its verb is no title)
  const contentDated = !complement.plan && complement.frameFrom === undefined && cues.reporting.matchAt(tokens, complement.verb) > 0 && (clues.datesContent?.(complement.start, tokens.length, complement.verb) ?? false);
  if (!ownTimes && !differs && !contentDated) return coordinated();
  // "Mayor Helen Carter, who took office in 2022, said ...": the name's own event stays a record
  const inner = asidesOf(text, tokens, cues, 0, complement.start, clues.timeEndsAt).filter(
    (a) => a.to < complement.start && (nameEndsAt(a.from) || nounPhraseBefore(tokens, a.from, cues) >= 0) && hasOwnTime(a.from + 1, a.to),
  );
  // "heeft een contract getekend om ...": the purpose word opens the plan, no part of the agreement
  const frameTo = tokens[complement.start - 1]?.lower === cues.raw.purposeOpener ? complement.start - 1 : complement.start;
  return {
    clauses: [
      { from: 0, to: frameTo, role: 'frame', planComplement: false },
      { from: complement.start, to: tokens.length, role: 'content', planComplement: complement.plan, ...(differs ? { ownKind: true } : {}) },
      ...inner.map((a) => ({ ...a, role: 'relative' as const, planComplement: false })),
    ],
    complement,
  };
}

/**
 * Where a subordinate clause opens inside `[from, to)` ("after", "because", "omdat", a relative "die"), or `to`.
 * Not at the clause's first words, where the subordinate leads the sentence ("After the vote, ..."), nor for a
 * determiner after a preposition ("in die periode"); one between commas is an aside the main clause goes on after
 * ("The bridge, which was designed locally, will cost ...").
 */
export function subordinateStart(text: string, tokens: readonly Token[], from: number, to: number, cues: CompiledCues): number {
  for (let k = from + MIN_MAIN_WORDS; k < to; k++) {
    if (!opensSubordinate(tokens, k, cues, to)) continue;
    if (commaBefore(text, tokens, k)) {
      let close = k + 1;
      while (close < to && !commaBefore(text, tokens, close)) close++;
      if (close < to) {
        k = close - 1;
        continue;
      }
    }
    return k;
  }
  return to;
}

/** Words a noun phrase may have after its article to stand as a relative clause's antecedent ("de oude man"). */
const MAX_ANTECEDENT_WORDS = 2;

/**
 * Start of an article-led noun phrase ending right before token `end` ("De man, die in 2020 werd ontslagen"), or -1.
 */
export function nounPhraseBefore(tokens: readonly Token[], end: number, cues: CompiledCues): number {
  for (let start = end - 1; start >= 0 && start >= end - 1 - MAX_ANTECEDENT_WORDS; start--) {
    const token = tokens[start];
    if (cues.determiners.has(token.lower)) {
      if (start >= end - 1) return -1;
      // "a review of [the network's resilience]": the phrase the "of" phrase hangs on is the antecedent
      const head = start > 1 && cues.nounLinks.has(tokens[start - 1].lower) ? nounPhraseBefore(tokens, start - 1, cues) : -1;
      return head >= 0 ? head : start;
    }
    if (token.capitalised && start > 0) return -1;
    if (cues.stopwords.has(token.lower) || cues.prepositions.has(token.lower)) return -1;
  }
  return -1;
}

/** Words a cut exception may hold before its clause starter ("the same as"). */
const MAX_EXCEPTION_LEAD = 2;

/**
 * Does token `k` open a subordinate clause ("omdat", "which", a relative "die")? A cut word that is also a
 * determiner, after a preposition, opens a noun phrase instead: "in die periode".
 */
export function opensSubordinate(tokens: readonly Token[], k: number, cues: CompiledCues, to = tokens.length): boolean {
  if (cues.titleCuts.matchAt(tokens, k, to) === 0) return false;
  // "such as Cats Protection", "as well as": a phrase that holds the starter opens no clause
  for (let back = 0; back <= MAX_EXCEPTION_LEAD && back <= k; back++) if (cues.cutExceptions.matchAt(tokens, k - back, to) > back) return false;
  return !(k > 0 && cues.determiners.has(tokens[k].lower) && cues.prepositions.has(tokens[k - 1].lower));
}

/** Words a main clause has at least before a subordinate one can open. */
const MIN_MAIN_WORDS = 2;

/**
 * Where a second clause joined by a comma and a conjunction opens inside `[from, to)`, or `to`: "Eneco volgt,
 * maar een woordvoerder wilde nog niet zeggen wanneer" is no denial of what Eneco does.
 */
export function coordinateStart(text: string, tokens: readonly Token[], from: number, to: number, cues: CompiledCues): number {
  for (let k = from + MIN_MAIN_WORDS; k < to; k++) if (commaBefore(text, tokens, k) && cues.coordinators.matchAt(tokens, k) === 1) return k;
  return to;
}

/** Does a comma stand between token `k` and the one before it? */
function commaBefore(text: string, tokens: readonly Token[], k: number): boolean {
  return k > 0 && tokens[k].commaBefore;
}

/** Words a clause needs at least, on either side of a conjunction, to be an event of its own. */
const MIN_CLAUSE_WORDS = 3;

/**
 * Token index of a relative pronoun after a comma and a name ("Aurora-1, which ...") whose clause runs to the end of
 * the sentence and has a time of its own, or -1.
 */
function relativePoint(text: string, tokens: readonly Token[], cues: CompiledCues, hasOwnTime: (from: number, to: number) => boolean, nameEndsAt: (index: number) => boolean): number {
  for (let k = MIN_CLAUSE_WORDS; k < tokens.length - MIN_CLAUSE_WORDS; k++) {
    if (!cues.relativePronouns.holds(tokens[k]) || !nameEndsAt(k) || !commaBefore(text, tokens, k)) continue;
    // ", dat ..." to the end may be a complement ("zei hij, dat ..."): only between commas is it surely relative
    if (cues.complementizers.matchAt(tokens, k) > 0) return -1;
    // a relative clause closed by a comma leaves the sentence going on: not one that closes it
    for (let j = k + 1; j < tokens.length; j++) if (commaBefore(text, tokens, j)) return -1;
    return hasOwnTime(k + 1, tokens.length) ? k : -1;
  }
  return -1;
}

/**
 * Relative clauses after a comma inside [from, to), pronoun to the next comma or the end (", which was built in
 * 2019,"): they tell of their antecedent, so their times do not date the clause around them.
 */
export function asidesOf(
  text: string,
  tokens: readonly Token[],
  cues: CompiledCues,
  from: number,
  to: number,
  timeEndsAt?: (index: number) => boolean,
): Array<{ from: number; to: number }> {
  const asides: Array<{ from: number; to: number }> = [];
  for (let k = from + 1; k < to; k++) {
    const bare = timeEndsAt && !commaBefore(text, tokens, k) ? boundRelative(text, tokens, k, to, cues, timeEndsAt) : -1;
    if (bare > 0) {
      asides.push({ from: k, to: bare });
      k = bare - 1;
      continue;
    }
    if (!commaBefore(text, tokens, k)) continue;
    // a participle right after a noun phrase: after an apposition or a name it may be the verb ("The index, the
    // FTSE 100, dropped ...")
    const participle = isParticipleAside(tokens[k], cues) && nounPhraseBefore(tokens, k, cues) >= 0;
    if (!participle && !cues.relativePronouns.holds(tokens[k])) continue;
    let end = k + 1;
    while (end < to && !commaBefore(text, tokens, end)) end++;
    // ", announced in 2019," only between commas: running to the end it may be the clause's own ("..., based in Leeds")
    if (participle) {
      if (end < to) asides.push({ from: k, to: end });
      k = end - 1;
      continue;
    }
    // ", dat ..." to the end may be a complement ("zei hij, dat ..."): only between commas is it surely relative
    if (end < to || cues.complementizers.matchAt(tokens, k) === 0) asides.push({ from: k, to: end });
    k = end - 1;
  }
  return asides;
}

/**
 * A noun phrase with a verb of its own set after a comma at the end of a clause whose verb stands before it ("has
 * negotiated the purchase of 22 Dreamliners, an aircraft Boeing currently has under development"; "..., a deal that
 * will be finalized by June 10"): it tells of the noun before, so its times do not date the clause. Not a closing
 * frame (", the company announced this afternoon"). Undefined when none closes `[from, to)`.
 */
export function closingApposition(tokens: readonly Token[], cues: CompiledCues, from: number, to: number): { from: number; to: number } | undefined {
  let comma = to - 1;
  while (comma > from && !tokens[comma].commaBefore) comma--;
  if (comma <= from + MIN_CLAUSE_WORDS || comma >= to - 1 || !cues.determiners.has(tokens[comma].lower)) return undefined;
  // ", the launch company Orbis announced this afternoon" is a closing frame, whose time is the saying's
  if (cues.reporting.find(tokens, comma, to) || cues.attribution.find(tokens, comma, to)) return undefined;
  // a phrase without a verb of its own may tell of the clause's event ("..., the second this year", "..., an increase
  // of 54 points"): only one with its own verb tells of the noun
  const finite = (k: number) => {
    const form = verbFormAt(tokens, k, cues);
    return form === 'finite' || form === 'auxiliary';
  };
  let ownVerb = false;
  // (a relative pronoun opens a clause of its own: "een gebouw dat nu leegstaat")
  for (let k = comma + 1; k < to && !ownVerb; k++) ownVerb = finite(k) || cues.relativePronouns.has(tokens[k].lower);
  if (!ownVerb) return undefined;
  for (let k = from; k < comma; k++) if (finite(k)) return { from: comma, to };
  return undefined;
}

/** Does the word open a participle aside after a comma ("A review, announced in 2019, ...")? */
export function isParticipleAside(token: Token, cues: CompiledCues): boolean {
  const forms = cues.raw.participleAsides;
  if (!forms || token.capitalised) return false;
  const word = token.lower;
  if (irregularParticiples(forms.irregular).has(word)) return true;
  const endings = forms.endings;
  for (let e = 0; e < endings.length; e++) if (word.length > endings[e].length + 2 && word.endsWith(endings[e])) return true;
  return false;
}

/** A language's irregular participles as a set, made once per list: every word of a title asks. */
const irregularSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function irregularParticiples(list: readonly string[]): ReadonlySet<string> {
  let set = irregularSets.get(list);
  if (set === undefined) {
    set = new Set(list);
    irregularSets.set(list, set);
  }
  return set;
}

/** Words a relative clause without commas may hold before its time ("that broke out late on"). */
const MAX_BARE_RELATIVE_WORDS = 6;

/**
 * End (exclusive) of a relative clause without commas on an article-led noun that ends in a time of its own right
 * before the main clause's auxiliary ("A wildfire [that broke out late on Tuesday] has destroyed ..."), or -1.
 * Where subordinate clauses end in their verb, see verbFinalRelative.
 */
function boundRelative(text: string, tokens: readonly Token[], k: number, to: number, cues: CompiledCues, timeEndsAt: (index: number) => boolean): number {
  // where a subordinate clause ends in its own verb ("die in 2020 werd ontslagen"), an auxiliary shows no end
  if (cues.raw.verbFinalSubordinates) return verbFinalRelative(text, tokens, k, to, cues, timeEndsAt);
  if (!cues.relativePronouns.holds(tokens[k]) && cues.complementizers.matchAt(tokens, k) === 0) return -1;
  if (nounPhraseBefore(tokens, k, cues) < 0) return -1;
  for (let j = k + 2; j < Math.min(to - 1, k + 2 + MAX_BARE_RELATIVE_WORDS); j++) {
    if (timeEndsAt(j) && cues.auxiliaries.has(tokens[j + 1].lower)) return j + 1;
  }
  return -1;
}

/** Words a verb-final relative clause may hold between its time and its verbs ("in 2020 door de bank werd ontslagen"). */
const MAX_WORDS_BEFORE_VERBS = 4;

/**
 * End (exclusive) of a relative clause without commas on an article-led noun, in a language whose subordinate
 * clauses end in their verb: the clause holds a time of its own, then its verbs, and the main clause's finite verb
 * follows them at once ("De man [die in 2020 werd ontslagen] ontkende alles"), or after a comma that closes them
 * ("De fabriek [die in 2019 werd gekocht], sluit"). The relative clause has one finite verb, so the second finite
 * verb of that run of verbs opens the main clause. Anything in the run that is no verb form, or a run with one
 * finite verb only, leaves the sentence whole (-1).
 */
function verbFinalRelative(text: string, tokens: readonly Token[], k: number, to: number, cues: CompiledCues, timeEndsAt: (index: number) => boolean): number {
  if (!cues.raw.verbForms || !cues.relativePronouns.has(tokens[k].lower) || nounPhraseBefore(tokens, k, cues) < 0) return -1;
  const timeLimit = Math.min(to, k + 1 + MAX_BARE_RELATIVE_WORDS);
  let time = k + 1;
  while (time < timeLimit && !timeEndsAt(time)) time++;
  if (time >= timeLimit) return -1;
  let verbs = time + 1;
  while (verbs < Math.min(to, time + 1 + MAX_WORDS_BEFORE_VERBS) && verbFormOf(tokens[verbs].lower, false, cues) === null) verbs++;
  let finite = 0;
  for (let j = verbs; j < to; j++) {
    if (finite === 1 && j > verbs && commaBefore(text, tokens, j)) return j;
    const form = verbFormOf(tokens[j].lower, j > verbs, cues);
    if (form === null) return -1;
    if (form === 'finite' && ++finite === 2) return j;
  }
  return -1;
}

/** Whether a lower-case word looks like a finite verb, another verb form (after a verb: `afterVerb`), or neither. */
function verbFormOf(word: string, afterVerb: boolean, cues: CompiledCues): 'finite' | 'nonfinite' | null {
  const forms = cues.raw.verbForms!;
  if (cues.auxiliaries.has(word)) return 'finite';
  // short words ("ende", "rode") are seldom verbs; "ge-" before a past ending makes an adjective ("gemaakte")
  const long = word.length >= 5;
  if (long && !word.startsWith('ge') && forms.pastEndings.some((e) => word.endsWith(e))) return 'finite';
  // a separable verb's participle has "ge" after its particle: "afgezet", "aangeboden"
  let prefixed = forms.participlePrefixes.some((p) => word.startsWith(p) && word.length > p.length + 2);
  for (const particle of cues.particles) if (!prefixed) prefixed = word.startsWith(`${particle}ge`) && word.length > particle.length + 4;
  if (long && prefixed && forms.participleEndings.some((e) => word.endsWith(e))) return 'nonfinite';
  if (afterVerb && word.endsWith(forms.infinitiveEnding)) return 'nonfinite';
  return null;
}

/**
 * Where a conjunction with its own time on both sides parts the sentence, if one does: after a comma ("rejected it in 2020, but the
 * government overturned it a year later"), or right after a temporal expression and before a verb-like word
 * ("bought the site in 2020 and sold it in 2022"). Not before a noun phrase or another time ("in March and the
 * summer", "in 2020 and 2022"), nor where the second verb carries a range on ("begin in May and last until June").
 */
function coordinationPoint(text: string, tokens: readonly Token[], cues: CompiledCues, clues: ClauseClues): ClauseBreak | undefined {
  for (let k = MIN_CLAUSE_WORDS; k < tokens.length - MIN_CLAUSE_WORDS; k++) {
    if (cues.coordinators.matchAt(tokens, k) !== 1) continue;
    if (!commaBefore(text, tokens, k) && !bareCoordination(tokens, k, cues, clues)) continue;
    if (clues.hasOwnTime(0, k) && clues.hasOwnTime(k + 1, tokens.length)) return { end: k, start: k + 1 };
  }
  return undefined;
}

/** Where a sentence parts into two clauses: the first ends before token `end`, the second starts at `start`. */
interface ClauseBreak {
  end: number;
  start: number;
}

/**
 * Two clauses set side by side with only a comma, the second opened by its own time: "Eind vorig jaar betaalde een
 * huishouden 210 euro, in januari was dat 165 euro". The first must have a time and words of its own, the second
 * at least a few words after its time, not opened by a function word ("a year earlier than ..."); a time that only
 * adds to the first ("on Monday, in the evening") parts nothing.
 */
function commaSplice(text: string, tokens: readonly Token[], cues: CompiledCues, clues: ClauseClues): ClauseBreak | undefined {
  const inTime = (j: number) => clues.inTime?.(j) ?? false;
  for (let k = MIN_CLAUSE_WORDS; k < tokens.length - MIN_CLAUSE_WORDS; k++) {
    // a comma inside a date ("November 20, 2008") parts nothing
    if (!commaBefore(text, tokens, k) || (inTime(k - 1) && !clues.timeEndsAt?.(k - 1))) continue;
    const timeStart = inTime(k) ? k : cues.prepositions.has(tokens[k].lower) && inTime(k + 1) ? k + 1 : -1;
    if (timeStart < 0) continue;
    let after = timeStart;
    while (after < tokens.length && inTime(after)) after++;
    let rest = 0;
    for (let j = after; j < tokens.length && !commaBefore(text, tokens, j); j++) rest++;
    if (after + rest !== tokens.length || rest < MIN_CLAUSE_WORDS) continue;
    // the time opens a clause ("in januari was dat", "in January they rose"), not a comparison ("a year earlier than")
    const next = tokens[after];
    if (cues.stopwords.has(next.lower) && !cues.sentenceOpeners.has(next.lower)) continue;
    let own = 0;
    for (let j = 0; j < k; j++) if (!inTime(j)) own++;
    if (own >= MIN_CLAUSE_WORDS && clues.hasOwnTime(0, k)) return { end: k, start: k };
  }
  return undefined;
}

/** Words after a bare conjunction searched for an "until" that would make the two times one range. */
const RANGE_REACH = 4;
/** Words other than prepositions a bare conjunction's clause needs before its time. */
const MIN_VERB_PHRASE_WORDS = 2;

function bareCoordination(tokens: readonly Token[], k: number, cues: CompiledCues, clues: ClauseClues): boolean {
  const next = tokens[k + 1];
  if (!clues.timeEndsAt?.(k - 1) || next.capitalised || clues.inTime?.(k + 1) || /^\p{N}/u.test(next.text)) return false;
  if (cues.stopwords.has(next.lower) || cues.determiners.has(next.lower) || cues.quantifiers.has(next.lower) || cues.prepositions.has(next.lower)) return false;
  const ahead = tokens.slice(k + 1, k + 1 + RANGE_REACH).map((t) => t.lower).join(' ');
  if (cues.rangeUntilWords.some((until) => ` ${ahead} `.includes(` ${until} `))) return false;
  // a verb and more before the second time: "and sold it in 2022", not "and again in 2022"
  let words = 0;
  for (let j = k + 1; j < tokens.length && !clues.inTime?.(j) && words < MIN_VERB_PHRASE_WORDS; j++) {
    if (!cues.prepositions.has(tokens[j].lower)) words++;
  }
  return words >= MIN_VERB_PHRASE_WORDS;
}
