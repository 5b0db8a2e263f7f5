/**
 * The kind of an event from cue words in its clause. Precedence, strongest first:
 * negated > conditional > speculative > planned > reported > occurred.
 * A negation after a comma keeps the modal's clause speculative ("kan dit zeggen ..., maar verder niets doen");
 * one near the modal negates it ("kan niet", "could not", "kunnen de veiligheid niet langer garanderen").
 */
import type { EventKind } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import { copyToken, type Token } from './tokens.js';
import { isPlanNoun, verbFormAt } from './triggers.js';

/** What besides the words decides the kind. */
export interface KindContext {
  /** The sentence sits inside a quotation: it is someone's words. */
  quoted: boolean;
  /** The clause is the plan in an announcement ("kondigde aan ... te beginnen", "announced plans to"). */
  planComplement: boolean;
  /** The clause is the speech act of a split sentence: its reporting verb does not make it "reported". */
  speechAct: boolean;
  /** A temporal expression of the clause lies wholly after the document date. */
  futureDate: boolean;
  /** The clause is the first of its sentence (sentence-initial cues apply). */
  sentenceInitial: boolean;
  /** The clause is what a reporting verb reported ("zegt dat ..."): someone's words. */
  reportedContent: boolean;
  /** The condition on the clause found by {@link kindScope}, when its tokens are a scope's (-1: none). */
  condition?: number;
  /** Is there a comma right before token `k`? A comma parts a modal from a negation of another verb. */
  commaBefore?: (k: number) => boolean;
}

/**
 * Words a negation may stand after its modal and still deny the modal's verb: Dutch puts it in the middle field
 * ("We kunnen de veiligheid niet langer garanderen"), English right after ("could not"); a comma between parts them
 * ("Poetin kan dit zeggen als dreiging, maar verder niets doen").
 */
const MODAL_NEGATION_REACH = 6;

/** The negation of the modal in `[modalEnd, negation)`: near it, no comma between. */
function negatesModal(modalEnd: number, negation: number, context: KindContext): boolean {
  if (negation - modalEnd > MODAL_NEGATION_REACH) return false;
  for (let k = modalEnd; k <= negation; k++) if (context.commaBefore?.(k)) return false;
  return true;
}

/**
 * Future-in-the-past modals: after "announced that", "would"/"zou" tells a plan, not a guess; so it does after a
 * reporting verb with the "that" left out ("She said work would start"), when the subject between is short.
 */
const REPORTED_FUTURE = new Set(['would', 'zou', 'zouden']);
const MAX_SUBJECT_WITHOUT_THAT = 6;

function isReportedFuture(tokens: readonly Token[], modalIndex: number, from: number, cues: CompiledCues): boolean {
  if (!REPORTED_FUTURE.has(tokens[modalIndex].lower)) return false;
  const complementizer = cues.complementizers.find(tokens, from, modalIndex);
  const before = complementizer ? complementizer.index : modalIndex;
  const speech = cues.reporting.find(tokens, from, before) ?? cues.announcement.find(tokens, from, before);
  if (!speech) return false;
  return complementizer !== undefined || modalIndex - (speech.index + speech.length) <= MAX_SUBJECT_WITHOUT_THAT;
}

/** Is there a conditional conjunction, or the ambiguous one (`als`) followed by a subject? */
export function findCondition(tokens: readonly Token[], from: number, to: number, cues: CompiledCues): number {
  const sure = cues.conditions.find(tokens, from, to);
  if (sure) return sure.index;
  const ambiguous = cues.raw.ambiguousCondition;
  if (!ambiguous) return -1;
  for (let i = from; i < to - 1; i++) {
    if (tokens[i].lower === ambiguous.word && (cues.conditionSubjects.has(tokens[i + 1].lower) || namedSubjectCondition(tokens, i, to))) return i;
  }
  return -1;
}

/**
 * "Als NS geen bod doet, volgen er stakingen": opening the sentence before a name and a comma, the ambiguous word is
 * "if"; elsewhere "als Utrecht" is "as Utrecht" ("even groot als Utrecht"), and with no comma it is "as" too ("Als
 * Nederland hebben we ...").
 */
function namedSubjectCondition(tokens: readonly Token[], i: number, to: number): boolean {
  if (i !== 0 || !tokens[i + 1].capitalised) return false;
  for (let k = i + 2; k < to - 1; k++) if (tokens[k].commaBefore) return true;
  return false;
}

/**
 * A future cue that is a verb: after an article or a possessive it is a noun ("the plan to assemble the planes",
 * "its plans to cut jobs"), which tells of a plan without making the clause's own event one.
 */
function findFuture(tokens: readonly Token[], from: number, to: number, cues: CompiledCues): boolean {
  for (const match of cues.future.findAll(tokens, from, to)) {
    if (match.index > 0 && cues.determiners.has(tokens[match.index - 1].lower)) continue;
    if (isPlanNoun(tokens, match.index, from, cues)) continue;
    return true;
  }
  return false;
}


/**
 * The time words of the clause's own event in `[from, to)` ("tomorrow", "soon", "binnenkort"): not one before a noun,
 * which tells of that thing ("a preview of Apple's forthcoming operating system", "Boeing's upcoming design",
 * "tomorrow's meeting").
 */
export function futureTimesOf(tokens: readonly Token[], from: number, to: number, cues: CompiledCues) {
  return cues.futureTime.findAll(tokens, from, to).filter((m) => !beforeNoun(tokens, m.index + m.length, cues));
}

/** Does a noun stand at `k`: a content word that is no verb, function word or preposition? */
function beforeNoun(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  const word = tokens[k]?.lower;
  if (!word || cues.stopwords.has(word) || cues.determiners.has(word) || cues.prepositions.has(word)) return false;
  return verbFormAt(tokens, k, cues) === null;
}

/** The part of a clause whose cues tell of its own event. */
export interface KindScope {
  /** The clause's tokens with those of inner clauses blanked (`lower` empty). */
  tokens: Token[];
  /** Token ranges of the inner clauses. */
  inner: Array<{ from: number; to: number }>;
  /** Token index of the conjunction of a condition on the clause ("if", "als" with a subject), or -1. */
  condition: number;
}

/** Words before a `that`/`dat` a verb whose content it opens may stand ("told reporters on Monday that"). */
const COMPLEMENT_REACH = 6;

/**
 * Where the cues of the clause `[from, to)` reach: not into the clauses inside it (a relative clause, one opened by
 * "when", "because", "after", a "that" clause on a noun: "on worries that the moves might not work"), each running
 * to the next comma or the clause's end; a leading one ("When the plant closes, ...", "Als de raad instemt, ...")
 * only up to its comma. A condition's clause is inner too, but makes the clause conditional. The content of a
 * reporting, announcement or stance verb ("said that", "verwacht dat") is no inner clause: it is what was said.
 * Given the token of the record's own event (`trigger`) inside an inner clause, that clause is the scope instead.
 */
export function kindScope(text: string, tokens: Token[], from: number, to: number, cues: CompiledCues, trigger?: number): KindScope {
  const scope = innerClauses(text, tokens, from, to, cues);
  // the record's own event stands in an inner clause: that clause is its scope, and a condition's clause is conditional
  const home = trigger === undefined ? undefined : scope.inner.find((r) => r.from <= trigger && trigger < r.to);
  if (home === undefined) return scope;
  const own = innerClauses(text, tokens, home.from + 1, home.to, cues);
  const masked = own.tokens.slice();
  for (let k = from; k < to; k++) if (k < home.from + 1 || k >= home.to) masked[k] = copyToken(masked[k], '');
  const condition = isCondition(tokens, home.from, home.to, cues) ? home.from : own.condition;
  return { tokens: masked, inner: [{ from, to: home.from + 1 }, ...own.inner, ...(home.to < to ? [{ from: home.to, to }] : [])], condition };
}

function innerClauses(text: string, tokens: Token[], from: number, to: number, cues: CompiledCues): KindScope {
  const inner: Array<{ from: number; to: number }> = [];
  let condition = -1;
  const commaBefore = (k: number) => k > 0 && tokens[k].commaBefore;
  const nextComma = (k: number) => {
    let end = k + 1;
    while (end < to && !commaBefore(end)) end++;
    return end;
  };
  for (let k = from; k < to; k++) {
    const opensCondition = isCondition(tokens, k, to, cues);
    if (!opensCondition && !opensInnerClause(tokens, k, from, to, cues)) continue;
    const leading = k === from || (k === from + 1 && cues.connectors.matchAt(tokens, from, to) > 0);
    let end = nextComma(k);
    // a relative clause on the subject, with no comma to close it, ends where the main clause's auxiliary follows
    // its own verb ("dealerships whose franchises won't be renewed [will] receive a letter")
    if (end >= to && (cues.relativePronouns.has(tokens[k].lower) || cues.scopeRelatives.has(tokens[k].lower))) end = relativeEnd(tokens, k, end, cues);
    // a leading clause with no comma to close it may be the whole sentence
    if (leading && end >= to && !opensCondition) continue;
    if (opensCondition && condition < 0) condition = k;
    inner.push({ from: k, to: end });
    k = end - 1;
  }
  if (inner.length === 0) return { tokens, inner, condition };
  const masked = tokens.slice();
  for (const range of inner) for (let k = range.from; k < range.to; k++) masked[k] = copyToken(masked[k], '');
  return { tokens: masked, inner, condition };
}

/** Words a relative clause holds at least before the auxiliary that ends it. */
const MIN_RELATIVE_WORDS = 2;

/** End of a relative clause opened at `k` without a closing comma: before an auxiliary after its own verb, or `end`. */
function relativeEnd(tokens: readonly Token[], k: number, end: number, cues: CompiledCues): number {
  let verb = false;
  for (let j = k + 1; j < end; j++) {
    const word = tokens[j].lower;
    if (verb && j > k + MIN_RELATIVE_WORDS && cues.auxiliaries.has(word)) return j;
    // where the verb follows its subject, a content word right after the pronoun is the verb ("jobs which make up")
    verb ||= isVerbLike(word, cues) || (j === k + 1 && cues.raw.verbFinalSubordinates !== true && !cues.stopwords.has(word) && !cues.determiners.has(word));
  }
  return end;
}

/** Does the word look like a finite verb: an auxiliary, a negated one ("won't"), a listed or regular past, a present? */
function isVerbLike(word: string, cues: CompiledCues): boolean {
  const tense = cues.tense;
  if (cues.auxiliaries.has(word) || word.endsWith("n't") || tense.pastForms.has(word) || tense.presentForms.has(word)) return true;
  return tense.pastEndings.some((ending) => word.length >= Math.max(5, ending.length + 1) && word.endsWith(ending)) && !tense.notPast.has(word);
}

/** Does a condition open at token `k` ("if", "tenzij", "als" before a subject)? */
export function isCondition(tokens: readonly Token[], k: number, to: number, cues: CompiledCues): boolean {
  if (cues.conditions.matchAt(tokens, k, to) > 0) return true;
  const ambiguous = cues.raw.ambiguousCondition;
  return ambiguous !== undefined && k + 1 < to && tokens[k].lower === ambiguous.word && (cues.conditionSubjects.has(tokens[k + 1].lower) || namedSubjectCondition(tokens, k, to));
}

/** Words a cut exception may hold before its clause starter ("the same as"). */
const MAX_EXCEPTION_LEAD = 2;

/** Does token `k` open an inner clause: a closer outside the phrases that hold one, or a `that` on a noun? */
function opensInnerClause(tokens: readonly Token[], k: number, from: number, to: number, cues: CompiledCues): boolean {
  if (cues.complementizers.matchAt(tokens, k, to) > 0) {
    // "heeft dat ontkend", "with that money": after an auxiliary or a preposition it is a pronoun or a determiner
    const before = tokens[k - 1]?.lower ?? '';
    if (k === from || cues.auxiliaries.has(before) || cues.prepositions.has(before)) return false;
    return !isContent(tokens, k, from, cues);
  }
  if (cues.scopeClosers.matchAt(tokens, k, to) === 0) return false;
  // a relative pronoun hangs on a noun before it: at the clause's start it is a demonstrative ("Die fabriek sluit")
  if (k === from && cues.relativePronouns.has(tokens[k].lower)) return false;
  // "in die periode": a determiner after a preposition opens a noun phrase
  if (k > from && cues.determiners.has(tokens[k].lower) && cues.prepositions.has(tokens[k - 1].lower)) return false;
  for (let back = 0; back <= MAX_EXCEPTION_LEAD && back <= k; back++) if (cues.cutExceptions.matchAt(tokens, k - back, to) > back) return false;
  return true;
}

/** Is the `that` at `k` the content of a verb of saying, announcing or thinking shortly before it? */
function isContent(tokens: readonly Token[], k: number, from: number, cues: CompiledCues): boolean {
  const start = Math.max(from, k - COMPLEMENT_REACH);
  // "said that ..., and that ...": a second content joined to the first
  if (k - 1 >= from && cues.coordinators.matchAt(tokens, k - 1) > 0) return true;
  return cues.reporting.find(tokens, start, k) !== undefined || cues.announcement.find(tokens, start, k) !== undefined
    || cues.complementVerbs.find(tokens, start, k) !== undefined || cues.speculation.find(tokens, start, k) !== undefined;
}

/**
 * The first negation in `[from, to)` that denies the clause's event; one right before a number is an abbreviation
 * ("the No. 1 music seller"), and one that only denies a phrase added on is left out (see {@link deniesAddedPhrase}).
 */
function findNegation(tokens: readonly Token[], from: number, to: number, cues: CompiledCues, commaBefore?: (k: number) => boolean) {
  for (const match of cues.negation.findAll(tokens, from, to)) {
    const next = tokens[match.index + match.length];
    if (match.length === 1 && next !== undefined && /^\p{N}/u.test(next.text)) continue;
    if (deniesAddedPhrase(tokens, match.index, match.length, from, to, cues, commaBefore)) continue;
    if (praisesByComparison(tokens, match.index, match.length, to, cues)) continue;
    return match;
  }
  return undefined;
}

/**
 * Does the negation at `k` deny only a phrase added on after a comma or a conjunction, with no verb of its own
 * ("The announcement was long-awaited but not a very big surprise", "it would take years, not months", "De opening
 * was lang verwacht, maar geen verrassing")? The clause's own event is not denied. A denying verb ("denied"), a word
 * that counts occasions ("but never in June") and a negation with a verb after it ("..., but did not say") deny as
 * ever.
 */
function deniesAddedPhrase(tokens: readonly Token[], k: number, length: number, from: number, to: number, cues: CompiledCues, commaBefore?: (k: number) => boolean): boolean {
  if (k <= from || length !== 1 || !cues.phraseNegations.has(tokens[k].lower)) return false;
  if (commaBefore?.(k) !== true && cues.coordinators.matchAt(tokens, k - 1, k) !== 1) return false;
  for (let j = k + length; j < to && !commaBefore?.(j); j++) if (verbFormAt(tokens, j, cues) !== null) return false;
  return true;
}

/**
 * A verb of ceasing before what ceases ("would cease looking at specific designs", "stopt met de verkoop"): that
 * event no longer happens, a denial as "not" is. A progressive right after the verb, or a link word after it with at
 * most a time between ("stopt volgend jaar met"); not one with an object ("they stopped the market"), nor a link
 * word after other words ("stopt in Utrecht met vertraging": "with").
 */
function findCeasing(tokens: readonly Token[], from: number, to: number, cues: CompiledCues) {
  for (const match of cues.ceasingVerbs.findAll(tokens, from, to)) {
    let next = match.index + match.length;
    if (next < to && verbFormAt(tokens, next, cues) === 'progressive') return match;
    // the words of a time are blanked in the cue tokens, a preposition opening it too where the tagger took it
    while (next < to && !tokens[next].commaBefore && (tokens[next].lower === '' || (cues.prepositions.has(tokens[next].lower) && tokens[next + 1]?.lower === ''))) next++;
    // what ceases is an act: a noun phrase with its article, or a verb ("stopt met de verkoop", "met roken"); not a
    // number or a bare noun ("stopte met veertig reizigers", "met vertraging": "with")
    const act = tokens[next + 1];
    if (next + 1 < to && cues.ceasingLinks.has(tokens[next].lower) && (cues.determiners.has(act.lower) || verbFormAt(tokens, next + 1, cues) !== null)) return match;
  }
  return undefined;
}

/** Words a praise may hold between its comparative and its `than` ("no more important task for Russian authorities than"). */
const PRAISE_REACH = 8;

/**
 * Does the denying word at `k` open a praise by comparison ("There is no more important task than stability", "Er
 * is geen belangrijkere taak dan ..."): a comparative right after it and a `than` within reach? Nothing is denied.
 */
function praisesByComparison(tokens: readonly Token[], k: number, length: number, to: number, cues: CompiledCues): boolean {
  if (length !== 1 || !cues.deniedSubjects.has(tokens[k].lower) || !cues.comparatives.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < Math.min(to, k + 2 + PRAISE_REACH); j++) if (cues.comparisonWords.has(tokens[j].lower)) return true;
  return false;
}

/** Words between a comparison's `than` and the verb of expecting it holds ("than analysts had predicted"). */
const COMPARISON_REACH = 3;

/**
 * The first hedge in `[from, to)`, leaving out a verb of expecting in a comparison's second term: "better than
 * analysts had predicted" tells what was predicted, the increase itself is no guess.
 */
export function findSpeculation(tokens: readonly Token[], from: number, to: number, cues: CompiledCues) {
  for (const match of cues.speculation.findAll(tokens, from, to)) {
    if (!inComparison(tokens, match.index, from, cues)) return match;
  }
  // "verwacht ... te schrappen"; not after a comma, where it opens a reduced clause on a noun ("De bouw begon in
  // 2020, verwacht in 2022 klaar te zijn": the building began), nor after a conjunction, where it opens a clause
  // joined on ("schrapte vorig jaar 300 banen en verwacht dit jaar ... te schrappen": the cutting happened)
  for (const match of cues.hedgingInfinitiveVerbs.findAll(tokens, from, to)) {
    const opensClause = tokens[match.index].commaBefore || (match.index > 0 && cues.coordinators.matchAt(tokens, match.index - 1) > 0);
    if (!opensClause && infinitiveAfter(tokens, match.index + match.length, to, cues)) return match;
  }
  return undefined;
}

/** Words a verb of expecting may stand before its infinitive's marker ("verwacht dit jaar 300 banen te schrappen"). */
const HEDGED_INFINITIVE_REACH = 8;

/** Does the infinitive's marker follow within reach in the same stretch (no comma), with a word after it? */
function infinitiveAfter(tokens: readonly Token[], from: number, to: number, cues: CompiledCues): boolean {
  for (let k = from; k < Math.min(to - 1, from + HEDGED_INFINITIVE_REACH); k++) {
    if (k > from && tokens[k].commaBefore) return false;
    if (tokens[k].lower === cues.raw.infinitiveMarker) return true;
  }
  return false;
}

function inComparison(tokens: readonly Token[], k: number, from: number, cues: CompiledCues): boolean {
  if (cues.comparisonWords.size === 0 || cues.complementVerbs.matchAt(tokens, k) === 0) return false;
  for (let j = k - 1; j >= Math.max(from, k - 1 - COMPARISON_REACH); j--) if (cues.comparisonWords.has(tokens[j].lower)) return true;
  return false;
}

/** Words a negation may stand before a verb of excluding and still deny it ("did not entirely rule out"). */
const EXCLUSION_NEGATION_REACH = 3;

/** Does the negation at `k` deny a verb of excluding: before it, or inside its split ("sluit ... niet uit")? */
function deniesExclusion(tokens: readonly Token[], k: number, from: number, to: number, cues: CompiledCues): boolean {
  for (const match of cues.exclusionVerbs.findAll(tokens, Math.max(from, k - 8), to)) {
    if (match.index > k + EXCLUSION_NEGATION_REACH) return false;
    if (match.index > k || match.index + match.length > k || cues.exclusionVerbs.particleOf(tokens, match.index, to) > k) return true;
  }
  return false;
}

/** Decide the kind of the clause made of tokens `[from, to)`. */
export function decideKind(tokens: readonly Token[], from: number, to: number, cues: CompiledCues, context: KindContext): EventKind {
  const negation = findNegation(tokens, from, to, cues, context.commaBefore) ?? findCeasing(tokens, from, to, cues);
  const modal = findSpeculation(tokens, from, to, cues);
  const scoped = context.condition !== undefined;
  const condition = scoped ? (context.condition! >= from && context.condition! < to ? context.condition! : -1) : findCondition(tokens, from, to, cues);
  // "will close if no buyer is found": a negation inside the condition denies the condition, not the event
  if (negation && !scoped && condition >= 0 && condition < negation.index) return 'conditional';
  // "sluit een staking niet uit", "did not rule out a strike": a denied exclusion leaves the event possible
  if (negation && deniesExclusion(tokens, negation.index, from, to, cues)) return 'speculative';
  if (negation) {
    const modalNegated = modal !== undefined && modal.index < negation.index && negatesModal(modal.index + modal.length, negation.index, context);
    if (!modal || modalNegated || modal.index > negation.index) return 'negated';
  }
  if (condition >= 0) return 'conditional';
  // "Dan zal Wit-Rusland sterven": the consequence of a condition told before
  if (context.sentenceInitial && cues.consequenceOpenings.matchAt(tokens, from, to) > 0) return 'conditional';
  // in what was said ("said it would axe 10,000 jobs", split from its saying) "would" is the future of the past;
  // not with a modal of possibility of its own ("zei dat het zwembad zou kunnen openen", "said it would possibly")
  const pastFuture = modal !== undefined && modal.length === 1 && findSpeculation(tokens, modal.index + 1, to, cues) === undefined;
  if (modal && pastFuture && (isReportedFuture(tokens, modal.index, from, cues) || (context.reportedContent && REPORTED_FUTURE.has(tokens[modal.index].lower)))) return 'planned';
  if (modal) return 'speculative';
  if (context.sentenceInitial && cues.alternativeOpenings.matchAt(tokens, from, to) > 0) return 'speculative';
  if (context.planComplement || context.futureDate) return 'planned';
  if (findFuture(tokens, from, to, cues) || futureTimesOf(tokens, from, to, cues).length > 0) return 'planned';
  if (!context.speechAct && (context.quoted || context.reportedContent || cues.reporting.find(tokens, from, to) || cues.attribution.find(tokens, from, to))) {
    return 'reported';
  }
  return 'occurred';
}
