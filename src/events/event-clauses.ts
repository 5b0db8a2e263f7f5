/**
 * Stage 1b of the pipeline: the clauses inside a record's clause that tell an event of their own, each to become a
 * record ("They will be owned by AirTanker, who retains leasing rights ..., but will fly in RAF livery": owned,
 * retains, fly). Four families, each opened by a word of the language's cue lists and holding a verb of its own:
 * - coordinate: a conjunction before a subject and its verb, or before a verb that shares the first subject
 *   ("..., but will fly", "en het zwembad gaat ... open"); a semicolon before a subject and its verb;
 * - subordinate: a subordinating conjunction before a subject and its verb ("when the plane made its maiden flight",
 *   "although industry experts say"); leading the sentence it runs to its comma;
 * - relative: a relative pronoun after a noun, right before its verb (", which choose the Airbus A350", "who retains");
 * - participle: a progressive after a comma, or after a comma and a subject ("..., claiming the evaluation was
 *   skewed", "Lockheed ultimately winning the contest").
 * Reported speech is no family here: a saying and its content part in splitClauses (clauses.ts), when the content
 * tells a kind or time of its own.
 */
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';
import { isParticipleAside, nounPhraseBefore, opensQuote } from './clauses.js';
import { findTrigger, isAuxiliaryToken, verbFormAt, type Trigger } from './triggers.js';

/** A clause with an event of its own inside a record's clause, as a token range of the sentence. */
export interface EventClause {
  /** First token, the opening word included. */
  from: number;
  /** End (exclusive). */
  to: number;
  /** First token of the clause's own words, after its opening conjunction or pronoun. */
  body: number;
  link: 'coordinate' | 'subordinate' | 'relative' | 'participle';
  /** The clause has no subject of its own and takes the one of the clause it hangs on ("and will fly"). */
  sharesSubject: boolean;
  /** The clause is a second "that" clause of a saying ("... en dat de school in 2027 opengaat"): `body` follows "that". */
  content?: boolean;
  /**
   * The verb of expecting that frames the clause's saying and content ("..., and predicted that it would be
   * profitable"): on the saying it hedges nothing of the saying; on the content it makes it a guess.
   */
  hedge?: { from: number; to: number };
  /** The clause is the content of a noun of saying or fearing ("complaints that ...", see `EventCues.contentNouns`). */
  noun?: boolean;
  /** The clause is a dated noun phrase after `after`/`na`, an event before its host's (see `EventCues.eventAdjunctOpeners`). */
  eventNoun?: boolean;
  /** The clause is a noun phrase naming the cause its host answers (see `EventCues.causeOpeners`): also `eventNoun`. */
  cause?: boolean;
  /** The clause is a saying (`verb`) or what it said (`content`), parted in a clause split off (see `clauseEvents`). */
  saying?: 'verb' | 'content';
  trigger: Trigger;
}

/** What the other stages know of the sentence's tokens. */
export interface EventClauseClues {
  /** Is token `k` inside a temporal expression? */
  inTime(k: number): boolean;
  /** Does a name mention end right before token `k`? */
  nameEndsAt(k: number): boolean;
  /** Is token `k` part of a name mention ("Boeing" is no progressive)? */
  inName(k: number): boolean;
  /** The sentence's tokens with the words of every temporal expression (durations too) blanked, where known. */
  kindTokens?: readonly Token[];
}

/** Words a subject may have before its verb ("the new 290-seat airliner is"). */
const SUBJECT_REACH = 6;
/** Words a relative pronoun may stand before its verb ("which can carry", "who ultimately retains"). */
const RELATIVE_REACH = 3;
/** Words before a leading subordinate conjunction ("Three years after ..."). */
const LEADING_REACH = 4;
/** Words after its opener within which a clause shows its verb. */
const TRIGGER_REACH = 16;
/** Words a clause needs at least besides its opener. */
const MIN_CLAUSE_WORDS = 2;
/** Most clauses split off one record's clause: a list of ten verbs stays a few records. */
const MAX_CLAUSES = 4;

/**
 * The event clauses inside `[from, to)`, in text order, none overlapping. The part left over keeps its own verb:
 * a clause is only split off when the rest still tells an event.
 */
export function eventClausesOf(text: string, tokens: readonly Token[], cues: CompiledCues, from: number, to: number, clues: EventClauseClues): EventClause[] {
  const found: EventClause[] = [];
  // where each comma-delimited stretch ends, worked out once (every look-up below stays linear in the sentence)
  const commaAt = new Uint8Array(tokens.length + 1);
  for (let k = Math.max(1, from); k < to; k++) if (tokens[k].commaBefore) commaAt[k] = 1;
  const comma = (k: number) => k >= from && k < to && commaAt[k] === 1;
  // a plain array: a typed array this long is allocated outside the heap, several times dearer than the work it saves
  const commaAfter: number[] = new Array<number>(to + 1).fill(0);
  commaAfter[to] = to;
  for (let k = to - 1; k >= from; k--) commaAfter[k] = k + 1 < to && commaAt[k + 1] ? k + 1 : commaAfter[k + 1];
  const nextComma = (k: number) => (k < to ? commaAfter[k] : to);
  const inFound = (j: number) => found.some((c) => j >= c.from && j < c.to);
  const skip = (j: number) => clues.inTime(j) || clues.inName(j) || inFound(j);
  // the host's first verb outside the clauses found so far, looked for again only when one is found
  let hostVerbAt = -1;
  const findHostVerb = (a: number) => {
    hostVerbAt = a;
    while (hostVerbAt < to && (skip(hostVerbAt) || verbFormAt(tokens, hostVerbAt, cues) === null)) hostVerbAt++;
  };
  // a subordinate clause leading the sentence runs to its comma; the main clause follows
  const scan: ClauseScan = { text, tokens, cues, to, clues, comma, nextComma };
  const leading = leadingSubordinate(scan, from);
  if (leading && findTrigger(tokens, leading.to, to, cues, skip)) found.push(leading);
  findHostVerb(from);
  for (let k = leading ? leading.to + 1 : from + 1; k < to - 1 && found.length < MAX_CLAUSES; k++) {
    if (clues.inTime(k)) continue;
    const last = found[found.length - 1];
    // the words before must still tell an event (not "Boeing and Airbus have ..."), and so must the clause found
    // last ("while the United Kingdom and Spain will see ..."); a relative clause between commas on the subject may
    // stand before the host's verb ("Qatar Airways, which chose the A350 over the 787, will also purchase ...") when
    // its antecedent can be named in its title
    if (last && last.trigger.index >= k) continue;
    if (hostVerbAt >= k && !(comma(k) && cues.relativePronouns.holds(tokens[k]))) continue;
    const opened = openerAt(scan, k);
    if (!opened) continue;
    const beforeHost = hostVerbAt >= k;
    if (beforeHost && !(opened.link === 'relative' && namedAntecedent(scan, k) && hostVerbAfter(scan, nextComma(opened.body), skip))) continue;
    // a noun's content needs the host's verb before the noun ("Het bericht dat hij schreef werd gedeeld" is a relative clause)
    if (opened.noun && hostVerbAt >= k - 1) continue;
    // a noun's content ends where a quotation holding it closes ("... on the assumption that we can not afford a
    // collapse,” said Stephen Harper": the saying is the host's)
    const end = opened.link === 'relative' ? relativeEnd(scan, opened.body) : opened.noun ? quotationEnd(text, tokens, opened.body, to) : to;
    if (end - opened.body < MIN_CLAUSE_WORDS) continue;
    const verb = opened.verb !== undefined ? { index: opened.verb, form: 'finite' as const } : findTrigger(tokens, opened.body, Math.min(end, opened.body + TRIGGER_REACH), cues, clues.inTime);
    if (!verb) continue;
    const trigger = opened.placeVerb !== undefined ? { index: opened.placeVerb, form: 'finite' as const } : verb;
    // before the host's verb only an event, not a state told by a copula alone ("The satellite, which is large, ...")
    if (beforeHost && isCopulaState(tokens, trigger, cues)) continue;
    // a reduced clause's verb is its opening's or right after it ("due to receive"), not a later one ("due to what
    // the manufacturers call ...": a cause)
    const reduced = cues.reducedClauses.matchAt(tokens, k, to);
    if (reduced > 0 && trigger.index > k + reduced) continue;
    const start = Math.min(k, opened.body);
    if (last && last.to > start) last.to = start;
    // optional fields added in place, in the same order (spreading small objects cost about 1 µs a clause)
    const clause = { from: start, to: end, body: opened.body, link: opened.link, sharesSubject: opened.sharesSubject, content: opened.content === true } as EventClause;
    if (opened.noun) clause.noun = true;
    if (opened.hedge) clause.hedge = opened.hedge;
    clause.trigger = trigger;
    found.push(clause);
    if (hostVerbAt >= k) findHostVerb(from);
    // go on after the opener; a participle's own subject stands before it ("Lockheed ultimately winning"), and
    // going back to it would find the same clause again
    k = Math.max(k, opened.body);
  }
  for (let k = from + 1; k < to - 1 && found.length < MAX_CLAUSES; k++) {
    // (a participle hangs on a noun after the host's verb: "comes on top of plans announced in January")
    const adjunct = hostVerbAt < k && !inFound(k) ? datedAdjunctAt(scan, k) ?? causeAdjunctAt(scan, k) ?? (hostVerbAt < k - 1 ? datedParticipleAt(scan, k) : undefined) : undefined;
    if (!adjunct) continue;
    found.push(adjunct);
    k = adjunct.to - 1;
  }
  found.sort((a, b) => a.from - b.from);
  return found.filter((c) => c.to - c.body >= MIN_CLAUSE_WORDS);
}

/**
 * A noun phrase after a preposition that places its event before the clause's, holding a time of its own after its
 * noun ("after a US$1.6 billion loss last year in North American sales", "na de fusie vorig jaar"): up to a comma, a
 * clause opener or a verb. Its trigger is the noun before the time, or before a preposition ahead of it. Not a time
 * itself ("after 30 years", "after Monday"), nor one with no determiner, number or name to open it, nor one a stretch
 * measures from ("four hours after its scheduled 9:45 a.m. departure").
 */
function datedAdjunctAt(scan: ClauseScan, k: number): EventClause | undefined {
  const { tokens, cues, to, clues, comma } = scan;
  // "four hours after its scheduled departure" measures a stretch from it: a relation, no event before the clause's
  if (clues.inTime(k - 1) || (clues.kindTokens?.[k - 1]?.lower === '' && tokens[k - 1].lower !== '')) return undefined;
  const opener = cues.eventAdjunctOpeners.matchAt(tokens, k, to);
  if (opener === 0) return undefined;
  const body = k + opener;
  const first = tokens[body];
  if (!first || clues.inTime(body) || !(cues.determiners.has(first.lower) || first.capitalised || /^\p{N}|^\p{Sc}|^US\$/u.test(first.text))) return undefined;
  let end = body + 1;
  while (end < to && !comma(end) && cues.clauseOpeners.matchAt(tokens, end, to) === 0 && cues.coordinators.matchAt(tokens, end, to) === 0 && cues.relativePronouns.holds(tokens[end]) === false && verbFormAt(tokens, end, cues) === null) end++;
  let time = -1;
  for (let j = body + 1; j < end && time < 0; j++) if (clues.inTime(j)) time = j;
  if (time < 0) return undefined;
  // a second time after the first is the clause's ("na de brand van vorige week pas in oktober weer open"): the noun
  // phrase ends with its own
  let timeEnd = time;
  while (timeEnd < end && clues.inTime(timeEnd)) timeEnd++;
  for (let j = timeEnd; j < end; j++) if (clues.inTime(j)) end = timeEnd;
  // the noun: the last content word before the time, or before a preposition ahead of it ("a loss in sales last year")
  let head = -1;
  for (let j = body; j < time && !cues.prepositions.has(tokens[j].lower); j++) if (!cues.stopwords.has(tokens[j].lower) && !cues.determiners.has(tokens[j].lower) && !/^\p{N}/u.test(tokens[j].text)) head = j;
  if (head < 0) return undefined;
  return { from: k, to: end, body, link: 'subordinate', sharesSubject: false, content: false, eventNoun: true, trigger: { index: head, form: 'finite' } };
}

/** Words a participle's time may stand after it ("announced in January", "built by Boeing in 1970"). */
const PARTICIPLE_TIME_REACH = 4;

/**
 * A past participle right after a noun, past its host's verb, with a time of its own close after it: a reduced
 * relative clause on that noun ("The measure comes on top of existing turnaround plans announced in January": the
 * plans were announced in January, the measure comes now). Not after an auxiliary ("is officially reported in
 * March"), a function word or a name; it runs to the time's end.
 */
function datedParticipleAt(scan: ClauseScan, k: number): EventClause | undefined {
  const { tokens, cues, to, clues, comma } = scan;
  const noun = tokens[k - 1];
  if (comma(k) || clues.inTime(k) || noun.capitalised || !isParticipleAside(tokens[k], cues) || !endsNounOrPlan(tokens, k - 1, cues)) return undefined;
  // a participle takes no object ("... create market chaos reared its head": the verb), and opens no baseline
  // ("compared to")
  const next = tokens[k + 1];
  if (next === undefined || cues.determiners.has(next.lower) || cues.speakerPronouns.has(next.lower) || cues.baselines.matchAt(tokens, k) > 0) return undefined;
  // the noun is an object or a preposition's, after the host's verb: no clause opens between ("and the company
  // reported", "as manufacturers reported") and no auxiliary makes the participle a passive ("have been hard hit")
  for (let j = k - 2; j >= 0; j--) {
    const form = verbFormAt(tokens, j, cues);
    if (form === 'auxiliary' || form === 'participle' || comma(j + 1) || cues.coordinators.matchAt(tokens, j, to) > 0 || cues.clauseOpeners.matchAt(tokens, j, to) > 0 || cues.relativePronouns.holds(tokens[j])) return undefined;
    if (form !== null) break;
  }
  for (let j = k + 1; j < Math.min(to, k + 1 + PARTICIPLE_TIME_REACH) && !comma(j); j++) {
    if (!clues.inTime(j)) continue;
    let end = j;
    while (end < to && clues.inTime(end)) end++;
    return { from: k, to: end, body: k, link: 'relative', sharesSubject: false, content: false, trigger: { index: k, form: 'participle' } };
  }
  return undefined;
}

/** A noun a participle may follow: a content word that is no auxiliary, function word or preposition ("plans"). */
function endsNounOrPlan(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  const token = tokens[k];
  return token !== undefined && !cues.stopwords.has(token.lower) && !cues.determiners.has(token.lower) && !cues.prepositions.has(token.lower) && !isAuxiliaryToken(token, cues) && /^\p{Ll}+$/u.test(token.text);
}

/**
 * A noun phrase naming what the clause's event answers or goes on despite ("will give owners a free case in response
 * to mounting concerns over the device's antenna placement", "vanwege de aanhoudende droogte"): a fact of its own,
 * which the clause's plan or guess does not reach. Opened by an article, a possessive or an adjective (not a clause,
 * "due to what the manufacturers call", nor a schedule, "due to begin"), up to a comma, a clause opener or a verb;
 * its trigger is the noun before a preposition or the phrase's end.
 */
function causeAdjunctAt(scan: ClauseScan, k: number): EventClause | undefined {
  const { tokens, cues, to, clues, comma } = scan;
  const opener = cues.causeOpeners.matchAt(tokens, k, to);
  if (opener === 0) return undefined;
  // after "be" the cause is what the clause says ("This is due to the ongoing events", "is also due to"): no adjunct
  for (let j = Math.max(0, k - 2); j < k; j++) if (cues.tense.bePresent.has(tokens[j].lower) || cues.tense.bePast.has(tokens[j].lower)) return undefined;
  const body = k + opener;
  const first = tokens[body];
  if (!first || clues.inTime(body) || first.capitalised || cues.stopwords.has(first.lower) && !cues.determiners.has(first.lower)) return undefined;
  let end = body;
  while (end < to && (end === body || !comma(end)) && cues.clauseOpeners.matchAt(tokens, end, to) === 0 && cues.coordinators.matchAt(tokens, end, to) === 0 && cues.relativePronouns.holds(tokens[end]) === false && cues.complementizers.matchAt(tokens, end, to) === 0 && (end === body || verbFormAt(tokens, end, cues) === null || verbFormAt(tokens, end, cues) === 'progressive')) end++;
  // the head: the last content word before the first preposition after the phrase's opening words
  let head = -1;
  for (let j = body; j < end; j++) {
    if (j > body && cues.prepositions.has(tokens[j].lower)) break;
    if (!cues.stopwords.has(tokens[j].lower) && !cues.determiners.has(tokens[j].lower) && !/^\p{N}/u.test(tokens[j].text) && !clues.inTime(j)) head = j;
  }
  // the phrase closes its stretch: what follows it before a comma is its clause's ("amid declining confidence and
  // worries": the worries are no cause's part to leave behind)
  if (head < 0 || end - body < MIN_CLAUSE_WORDS || !endsNoun(tokens, head, cues) || (end < to && !comma(end))) return undefined;
  return { from: k, to: end, body, link: 'subordinate', sharesSubject: false, content: false, eventNoun: true, cause: true, trigger: { index: head, form: 'finite' } };
}

/**
 * Where a relative clause opening at `body` ends: at its comma, or, where the verb follows its subject, at the
 * host's auxiliary right after a noun ("30,000 jobs which make up a quarter of the workforce will be cut": "will"
 * is the host's; "which said it would" keeps its own content).
 */
function relativeEnd(scan: ClauseScan, body: number): number {
  const { tokens, cues, clues } = scan;
  const end = scan.nextComma(body);
  if (cues.raw.verbFinalSubordinates === true) return end;
  for (let k = body + 2; k < end; k++) if (isAuxiliaryToken(tokens[k], cues) && hostNounBefore(scan, k)) return k;
  return end;
}

/** Does a lower-case noun stand right before token `k`, nothing but a space between ("people will")? */
function hostNounBefore(scan: ClauseScan, k: number): boolean {
  const { text, tokens, cues, clues } = scan;
  const noun = tokens[k - 1];
  return !clues.inTime(k - 1) && /^\p{Ll}+$/u.test(noun.text) && endsNoun(tokens, k - 1, cues) && !cues.speakerPronouns.has(noun.lower) && text.slice(noun.end, tokens[k].start).trim() === '';
}

/** Is token `k` a word a noun phrase may end in: no verb, function word or preposition ("system", "Airways", "2007")? */
function endsNoun(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  const token = tokens[k];
  return token !== undefined && verbFormAt(tokens, k, cues) === null && !cues.stopwords.has(token.lower) && !cues.prepositions.has(token.lower);
}

/** Is the clause's verb a form of "be" with no verb after it ("which is large": "large" is no bare infinitive)? */
function isCopulaState(tokens: readonly Token[], trigger: Trigger, cues: CompiledCues): boolean {
  // "have" alone owns something ("which has 3,000 employees", "dat 3.000 mensen in dienst heeft"), as "employs" does
  if (trigger.form === 'auxiliary') {
    const verb = tokens[trigger.index];
    const be = cues.tense.bePresent.holds(verb) || cues.tense.bePast.holds(verb);
    return be || !(cues.tense.perfectPresent.holds(verb) || cues.tense.perfectPast.holds(verb));
  }
  const before = tokens[trigger.index - 1]?.lower ?? '';
  return trigger.form === 'infinitive' && (cues.tense.bePresent.has(before) || cues.tense.bePast.has(before));
}

/** Does a name or a noun phrase end right before the pronoun at `k`, for the clause's title to say who or what? */
function namedAntecedent(scan: ClauseScan, k: number): boolean {
  return scan.clues.nameEndsAt(k) || nounPhraseBefore(scan.tokens, k, scan.cues) >= 0;
}

/** Does the host's verb follow the comma closing an aside at `end` ("..., which chose the A350, will also purchase")? */
function hostVerbAfter(scan: ClauseScan, end: number, skip: (k: number) => boolean): boolean {
  if (end >= scan.to) return false;
  const verb = findTrigger(scan.tokens, end, Math.min(scan.to, end + TRIGGER_REACH), scan.cues, skip);
  return verb !== undefined;
}

interface Opening {
  link: EventClause['link'];
  body: number;
  sharesSubject: boolean;
  content?: boolean;
  /** The clause's verb where its place alone tells it ("maar later volgt een verhoging"). */
  verb?: number;
  /**
   * The verb its place tells where that alone opens no clause: a relative clause with no comma before it says which
   * thing is meant ("customers who lose their job"), a clause of its own only when another verb shows it.
   */
  placeVerb?: number;
  /** The noun of fearing or hoping whose content the clause is (see `EventClause.hedge`). */
  hedge?: { from: number; to: number };
  /** The clause is the content of a noun ("complaints that ..."). */
  noun?: boolean;
}

/** One sentence's scan, shared by the opener checks: its tokens up to `to`, cues, clues and comma look-ups. */
interface ClauseScan {
  text: string;
  tokens: readonly Token[];
  cues: CompiledCues;
  to: number;
  clues: EventClauseClues;
  comma: (k: number) => boolean;
  nextComma: (k: number) => number;
}

function openerAt(scan: ClauseScan, k: number): Opening | undefined {
  const { text, tokens, cues, to, clues, comma, nextComma } = scan;
  const token = tokens[k];
  // a conjunction: before a verb (the subject is shared) or before a subject and its verb
  if (cues.coordinators.matchAt(tokens, k, to) === 1) {
    // "between 305 and 550 passengers": a range of numbers, no second clause
    if (/^\p{N}/u.test(tokens[k - 1].text) && /^\p{N}/u.test(tokens[k + 1]?.text ?? '')) return undefined;
    // a second "that" clause of the same saying: "zegt dat de bouw in mei begint en dat de school in 2027 opengaat"
    if (cues.complementizers.matchAt(tokens, k + 1, to) === 1 && findTrigger(tokens, k + 2, Math.min(to, k + 2 + TRIGGER_REACH), cues, clues.inTime)) {
      return { link: 'coordinate', body: k + 2, sharesSubject: false, content: true };
    }
    const adverbial = adverbThenVerb(scan, k + 1);
    if (adverbial) return adverbial;
    const form = verbFormAt(tokens, k + 1, cues);
    if (form === 'finite' || form === 'auxiliary') return { link: 'coordinate', body: k + 1, sharesSubject: true };
    if (presentBeforeObject(scan, k + 1)) return { link: 'coordinate', body: k + 1, sharesSubject: true, verb: k + 1 };
    if (subjectThenVerb(tokens, k + 1, to, cues, clues, comma) || deniedSubjectThenVerb(scan, k + 1)) return { link: 'coordinate', body: k + 1, sharesSubject: false };
    return undefined;
  }
  // "..., however, it will lease two", "..., however no more will be forthcoming": an adverb after a comma joins a
  // clause with its own subject, a denied one too
  if (comma(k) && cues.linkingAdverbs.has(token.lower) && (subjectThenVerb(tokens, k + 1, to, cues, clues, comma) || deniedSubjectThenVerb(scan, k + 1))) {
    return { link: 'coordinate', body: k + 1, sharesSubject: false };
  }
  // a clause of its own after a semicolon ("... to Chicago via New York; the airplane will be carrying 500 people")
  // after a semicolon a present in -s after an article and its noun is the verb ("...; the program costs $99 to join"),
  // as a semicolon parts clauses, not a noun phrase's words
  if (hasSemicolon(text, tokens[k - 1].end, token.start) && (subjectThenVerb(tokens, k, to, cues, clues, comma) || articleNounThenPresent(tokens, k, cues))) return { link: 'coordinate', body: k, sharesSubject: false };
  // after a colon, a name and a present singular tell a clause of its own in its own tense ("... have been rolled out
  // in this release: Spotlight integrates search in the core of the OS"); not a plural noun before a verb ("...:
  // Industry analysts have pointed"), nor what a saying's colon opens
  if (hasColon(text, tokens[k - 1].end, token.start) && token.capitalised && clues.nameEndsAt(k + 1) && tokens[k + 1] !== undefined && isPresentSingular(tokens[k + 1], cues) && !isAuxiliaryToken(tokens[k + 2] ?? token, cues) && cues.reporting.find(tokens, Math.max(0, k - 3), k) === undefined) {
    return { link: 'coordinate', body: k, sharesSubject: false, verb: k + 1 };
  }
  // the content of a noun of saying or fearing ("on worries that the government will nationalize the banks", "de
  // vrees dat de fabriek sluit", "worries over whether GM will be able to keep operating"): what was claimed or feared,
  // an event of its own with a kind of its own
  const content = nounContentAt(scan, k);
  if (content) return content;
  const opener = cues.clauseOpeners.matchAt(tokens, k, to);
  // a condition is part of its clause's kind ("begint als dat is wat het volk wil"), no event to show
  if (opener > 0 && cues.conditions.matchAt(tokens, k, to) > 0) return undefined;
  if (opener > 0 && !isException(tokens, k, to, cues)) {
    const body = k + opener;
    if (verbFormAt(tokens, body, cues) === 'progressive') return { link: 'subordinate', body, sharesSubject: true };
    if (subjectThenVerb(tokens, body, to, cues, clues, comma, !ambiguousOpener(tokens, k, to, cues))) return { link: 'subordinate', body, sharesSubject: false };
    // where the verb ends the clause, an article's subject and a present singular closing it ("doordat de vraag
    // sterk daalt", "omdat het bedrijf verlies lijdt")
    const last = cues.raw.verbFinalSubordinates === true ? nextComma(body) - 1 : -1;
    if (last > body + 1 && cues.determiners.has(tokens[body].lower) && closingPresent(tokens, last, cues) && !clues.inTime(last) && !clues.inName(last)) return { link: 'subordinate', body, sharesSubject: false, verb: last };
    return undefined;
  }
  // a reduced clause on the noun before, with a time of its own: "..., to be released in mid-2011", "..., gepland voor 2027"
  // (not after a time: "Construction began in 2020, expected to finish in 2023" hangs on the construction)
  if (comma(k) && cues.reducedClauses.matchAt(tokens, k, to) > 0 && endsNoun(tokens, k - 1, cues) && !clues.inTime(k - 1)) {
    const end = nextComma(k);
    for (let j = k; j < end; j++) if (clues.inTime(j)) return { link: 'relative', body: k, sharesSubject: false };
    return undefined;
  }
  // a pronoun that is also the saying's "that" (Dutch "dat") is a relative one after a comma on a noun ("Het bedrijf,
  // dat 3.000 mensen in dienst heeft, ..."; not "..., dat meldt de krant" after a verb)
  const relativeThat = comma(k) && (clues.nameEndsAt(k) || endsNoun(tokens, k - 1, cues));
  if (cues.relativePronouns.holds(token) && (relativeThat || cues.complementizers.matchAt(tokens, k, to) === 0) && !cues.prepositions.holds(tokens[k - 1])) {
    // the verb close after the pronoun; a language with verb-final subordinates has it at the clause's end
    const verbFinal = cues.raw.verbFinalSubordinates === true;
    // where the verb ends the clause, only commas show where it ends ("De fabriek die in 2020 banen schrapte sluit")
    // (after a comma, one closing the sentence runs to its end: "..., dat al jaren verlies lijdt"; not one framing a
    // content of its own, a saying kept whole with its host: "..., die zegt dat de protesten ...")
    if (verbFinal && nextComma(k + 1) >= to && (!comma(k) || cues.complementizers.find(tokens, k + 1, to) !== undefined)) return undefined;
    const reach = verbFinal ? to : Math.min(to, k + 1 + RELATIVE_REACH);
    for (let j = k + 1; j < reach && !comma(j); j++) {
      const form = verbFormAt(tokens, j, cues);
      if (form === 'finite' || form === 'auxiliary') return { link: 'relative', body: k + 1, sharesSubject: false };
    }
    // where the verb ends the clause, a present singular closing it between commas is its verb ("Philips, dat in
    // Eindhoven zit, ...")
    const last = verbFinal ? nextComma(k + 1) - 1 : -1;
    if (last > k + 1 && comma(k) && closingPresent(tokens, last, cues) && !clues.inTime(last) && !clues.inName(last)) return { link: 'relative', body: k + 1, sharesSubject: false, verb: last };
    // where the verb follows its subject, a content word right after the pronoun is the verb ("which choose", "who retains")
    const next = tokens[k + 1];
    if (!verbFinal && next && !next.capitalised && !clues.inTime(k + 1) && !cues.stopwords.has(next.lower) && !cues.determiners.has(next.lower) && !cues.prepositions.has(next.lower) && !/^\p{N}/u.test(next.text)) {
      // after a comma it tells of a thing already named, as an event of its own ("Japan, which accounts for 7% of
      // world output, has entered ..."); without one it says which thing is meant ("customers who lose their job")
      return { link: 'relative', body: k + 1, sharesSubject: false, ...(comma(k) ? { verb: k + 1 } : { placeVerb: k + 1 }) };
    }
    return undefined;
  }
  // a progressive after a comma ("..., claiming the evaluation was skewed"), not after an auxiliary
  if (verbFormAt(tokens, k, cues) === 'progressive' && !isAuxiliaryToken(tokens[k - 1], cues) && !cues.determiners.has(tokens[k - 1].lower)) {
    // a participle of saying before a quotation is the clause's verb (", saying, “Stop me if ...”": no adjective)
    if (comma(k)) return { link: 'participle', body: k, sharesSubject: true, ...(cues.sayingParticiples.matchAt(tokens, k, to) > 0 && opensQuote(text, tokens, k + 1) ? { verb: k } : {}) };
    // "..., Lockheed ultimately winning the contest": a subject of its own after the comma, with no verb before the
    // progressive ("..., explained the government's reasoning" is no subject and its participle)
    for (let back = 1; back <= 3 && k - back > 0; back++) {
      if (verbFormAt(tokens, k - back, cues) !== null) return undefined;
      if (comma(k - back)) return clues.nameEndsAt(k) || clues.nameEndsAt(k - 1) ? { link: 'participle', body: k - back, sharesSubject: false } : undefined;
    }
  }
  return undefined;
}

/**
 * A noun's content opening at `k`: a "that" right after a noun of saying or fearing, or a question word after one,
 * maybe by a preposition ("worries over whether ..."), with a verb in the stretch after it. A hedging noun or a
 * question makes it a guess.
 */
function nounContentAt(scan: ClauseScan, k: number): Opening | undefined {
  const { tokens, cues, to, clues, comma, nextComma } = scan;
  const noun = tokens[k - 1]?.lower ?? '';
  if (!cues.contentNouns.has(noun) || comma(k)) return undefined;
  const that = cues.complementizers.matchAt(tokens, k, to) > 0;
  const at = !that && cues.contentLinks.has(tokens[k].lower) ? k + 1 : k;
  const question = !that && at < to && cues.contentQuestions.has(tokens[at].lower);
  if (!that && !question) return undefined;
  const body = at + 1;
  // a question opens with its subject ("whether GM will be able", "of de fusie doorgaat"; not "whether to sell")
  const subject = tokens[body];
  if (question && (subject === undefined || !(subject.capitalised || cues.determiners.has(subject.lower) || cues.speakerPronouns.has(subject.lower) || cues.quantifiers.has(subject.lower)))) return undefined;
  if (!findTrigger(tokens, body, Math.min(nextComma(body), body + TRIGGER_REACH), cues, clues.inTime)) return undefined;
  const hedge = question ? { from: at, to: body } : cues.hedgingContentNouns.has(noun) ? { from: k - 1, to: k } : undefined;
  return { link: 'subordinate', body, sharesSubject: false, content: true, noun: true, ...(hedge ? { hedge } : {}) };
}

/** Quotation marks that close a quotation (a straight one may open one too: only one after a word closes). */
const CLOSING_QUOTES = /[”"’»]/u;

/** The end of a stretch from `body`: before the first token after a closing quotation mark, else `to`. */
function quotationEnd(text: string, tokens: readonly Token[], body: number, to: number): number {
  for (let k = body + 1; k < to; k++) if (CLOSING_QUOTES.test(text.slice(tokens[k - 1].end, tokens[k].start))) return k;
  return to;
}

/** Does an article, a noun and a present singular open the tokens at `at` ("the program costs")? */
function articleNounThenPresent(tokens: readonly Token[], at: number, cues: CompiledCues): boolean {
  const noun = tokens[at + 1];
  const verb = tokens[at + 2];
  return cues.determiners.has(tokens[at].lower) && noun !== undefined && verb !== undefined && !noun.capitalised && verbFormAt(tokens, at + 1, cues) === null
    && !cues.stopwords.has(noun.lower) && isPresentSingular(verb, cues);
}

/** Does a colon stand in `text` between `from` and `to`? */
function hasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** Does a semicolon stand in `text` between `from` and `to`? */
function hasSemicolon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 59) return true;
  return false;
}

/**
 * A conjunction's clause that opens with an adverb before its verb ("but instead is aimed at", "and then closed"):
 * the verb's subject is the first clause's, unless the language puts the verb second, when the subject follows it
 * ("maar daarna gaat het zwembad open", "maar nu komt er een nieuwe subsidie").
 */
function adverbThenVerb(scan: ClauseScan, at: number): Opening | undefined {
  const { tokens, cues } = scan;
  if (!cues.adverbsAfterConjunction.has(tokens[at]?.lower ?? '')) return undefined;
  const form = verbFormAt(tokens, at + 1, cues);
  // where the verb comes second, the word after the adverb is the verb ("maar later volgt een verhoging")
  const second = cues.raw.verbSecond === true && tokens[at + 1] !== undefined && isPresentSingular(tokens[at + 1], cues);
  const known = form === 'finite' || form === 'auxiliary';
  if (!known && !second) return undefined;
  // a verb-second language puts the subject right after the verb ("maar nu komt er een nieuwe subsidie"); a verb
  // known only by its place there is the clause's own
  if (cues.raw.verbSecond === true) return { link: 'coordinate', body: at, sharesSubject: false, ...(known ? {} : { verb: at + 1 }) };
  return { link: 'coordinate', body: at + 1, sharesSubject: true };
}

/**
 * Where the verb comes second, a present singular right after the conjunction, then a time, an article or a number
 * ("en sluit volgend jaar twee fabrieken", "en opent een fabriek"): the verb of a clause sharing the subject. A noun
 * in -t stands in a list of nouns ("banen en winst"), before a preposition or the sentence's end.
 */
function presentBeforeObject(scan: ClauseScan, at: number): boolean {
  const { tokens, cues, clues } = scan;
  const next = tokens[at + 1];
  if (cues.raw.verbSecond !== true || !tokens[at] || !next || scan.comma(at + 1) || !isPresentSingular(tokens[at], cues) || clues.inTime(at)) return false;
  return clues.inTime(at + 1) || cues.determiners.has(next.lower) || /^\p{N}/u.test(next.text);
}

/** Words a denied subject holds before its verb ("no more will be", "none of them were"). */
const DENIED_SUBJECT_REACH = 4;

/** A subject opened by a denying word, then its verb ("no more will be forthcoming", "geen enkele bank volgt"). */
function deniedSubjectThenVerb(scan: ClauseScan, at: number): boolean {
  const { tokens, cues, comma, to } = scan;
  if (!cues.deniedSubjects.has(tokens[at]?.lower ?? '')) return false;
  for (let j = at + 1; j < Math.min(to, at + 1 + DENIED_SUBJECT_REACH) && !comma(j); j++) {
    const form = verbFormAt(tokens, j, cues);
    if (form === 'finite' || form === 'auxiliary') return true;
  }
  return false;
}

/**
 * Is the opener also a preposition or the start of a fixed phrase ("after the vote", "as well as")? Then only an
 * article, a pronoun or a name after it opens a subject.
 */
function ambiguousOpener(tokens: readonly Token[], k: number, to: number, cues: CompiledCues): boolean {
  const word = tokens[k].lower;
  return cues.prepositions.has(word) || cues.raw.cutExceptions.some((phrase) => phrase.toLowerCase().split(/\s+/).includes(word));
}

/** Does a phrase holding the opener make it no clause ("as well as", "such as", "as much as")? */
function isException(tokens: readonly Token[], k: number, to: number, cues: CompiledCues): boolean {
  for (let back = 0; back <= 2 && back <= k; back++) if (cues.cutExceptions.matchAt(tokens, k - back, to) > back) return true;
  return false;
}

/**
 * Does a subject open at `at` and its finite verb follow within a few words: an article, a quantity, a number, a
 * pronoun or a name first ("the deal had", "it arrives", "Singapore Airlines will", "het zwembad gaat")?
 */
function subjectThenVerb(tokens: readonly Token[], at: number, to: number, cues: CompiledCues, clues: EventClauseClues, comma: (k: number) => boolean, bareNoun = false): boolean {
  const first = tokens[at];
  if (!first || clues.inTime(at)) return false;
  const opensSubject =
    first.capitalised || cues.determiners.has(first.lower) || cues.quantifiers.has(first.lower) || cues.sentenceOpeners.has(first.lower) || cues.speakerPronouns.has(first.lower) || /^\p{N}/u.test(first.text);
  // after a conjunction that is no preposition, a bare noun may open the subject ("although industry experts say")
  const bare = bareNoun && !cues.stopwords.has(first.lower) && !cues.prepositions.has(first.lower) && verbFormAt(tokens, at, cues) === null;
  if (!opensSubject && !bare) return false;
  for (let j = at + 1; j < Math.min(to, at + 1 + SUBJECT_REACH); j++) {
    // a name, then an apposition between commas: "after Chrysler, another U.S. car maker, released ..."
    if (comma(j) && first.capitalised && clues.nameEndsAt(j)) return appositionThenVerb(tokens, j, to, cues, comma);
    if (comma(j) || clues.inTime(j)) return false;
    const form = verbFormAt(tokens, j, cues);
    if (form === 'finite' || form === 'auxiliary') return true;
    // an English finite present in -s after a pronoun or a name ("it arrives", "AirTanker retains")
    if (j === at + 1 && (cues.speakerPronouns.has(first.lower) || cues.anaphora.organisationPronouns.has(first.lower) || first.capitalised) && isPresentSingular(tokens[j], cues)) return true;
    if (form !== null) return false;
  }
  return false;
}

/** Words an apposition after a name may hold ("another U.S. car maker"). */
const APPOSITION_REACH = 8;

/** Does an apposition that opens at the comma before `at` close with a comma right before a finite verb? */
function appositionThenVerb(tokens: readonly Token[], at: number, to: number, cues: CompiledCues, comma: (k: number) => boolean): boolean {
  if (!cues.determiners.has(tokens[at].lower)) return false;
  for (let j = at + 1; j < Math.min(to, at + APPOSITION_REACH); j++) {
    if (!comma(j)) continue;
    const form = verbFormAt(tokens, j, cues);
    return form === 'finite' || form === 'auxiliary';
  }
  return false;
}

/**
 * A present singular closing a verb-final clause at `k`, short ones too ("zit", "ligt", "daalt"); not one with a
 * participle's form, which may be a past ("nadat de eigenaar het terrein verkocht").
 */
export function closingPresent(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  const token = tokens[k];
  const ending = cues.raw.presentSingularEnding;
  return ending !== undefined && !token.capitalised && token.lower.length >= ending.length + 2 && token.lower.endsWith(ending) && !cues.stopwords.has(token.lower)
    && !cues.tense.pastForms.has(token.lower) && verbFormAt(tokens, k, cues) !== 'participle';
}

/** A lower-case word in the language's present-singular ending right after its subject ("arrives", "gaat"). */
function isPresentSingular(token: Token, cues: CompiledCues): boolean {
  const ending = cues.raw.presentSingularEnding;
  return ending !== undefined && !token.capitalised && token.lower.length > ending.length + 2 && token.lower.endsWith(ending) && !cues.stopwords.has(token.lower);
}

/** A subordinate clause that opens the clause and runs to its comma ("When the Air Force selected ..., Boeing ..."). */
function leadingSubordinate(scan: ClauseScan, from: number): EventClause | undefined {
  const { text, tokens, cues, to, clues, comma, nextComma } = scan;
  // the opener first, or after a few words of a length ("Three years after it was first due, ...")
  let at = from;
  while (at < Math.min(to, from + LEADING_REACH) && cues.clauseOpeners.matchAt(tokens, at, to) === 0) {
    if (comma(at + 1) || verbFormAt(tokens, at, cues) !== null) return undefined;
    at++;
  }
  const opener = cues.clauseOpeners.matchAt(tokens, at, to);
  if (opener === 0 || isException(tokens, at, to, cues) || cues.conditions.matchAt(tokens, at, to) > 0) return undefined;
  const body = at + opener;
  const progressive = verbFormAt(tokens, body, cues) === 'progressive';
  if (!progressive && !subjectThenVerb(tokens, body, to, cues, clues, () => false, !ambiguousOpener(tokens, at, to, cues))) return undefined;
  const end = nextComma(body);
  if (end >= to - MIN_CLAUSE_WORDS) return undefined;
  const trigger = findTrigger(tokens, body, end, cues, (k) => clues.inTime(k) || clues.inName(k));
  return trigger ? { from, to: end, body, link: 'subordinate', sharesSubject: progressive, content: false, trigger } : undefined;
}
