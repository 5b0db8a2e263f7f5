/**
 * The tense and aspect of a clause, from its first verb: what dates an event whose text gives no date. "announced"
 * and "had announced" lie before the article, "has announced" too (a perfect tells what is done by now), "will
 * announce" and "may announce" after it, "announces" and "is announcing" around it. An auxiliary is read with what
 * follows it: "has announced" is a perfect, "has 500 staff" a present; "is building" a progressive, "is going to"
 * a future. Each language's forms are data (`TenseCues` in its locale's events.ts).
 */
import type { CompiledCues, CompiledTense } from './compiled-cues.js';
import { copyToken, type Token } from './tokens.js';

/**
 * - `past`: simple past ("fell", "zei"), a past "be" or a modal's perfect ("could have been");
 * - `pluperfect`: past perfect ("had fallen", "was vertrokken");
 * - `perfect`: present perfect ("has fallen", "heeft besloten");
 * - `present`, `progressive`: "falls", "is falling", "is aan het bouwen";
 * - `future`: "will fall", "zal", "gaat ... sluiten";
 * - `modal`: "may fall", "could", "kan", "moet".
 */
export type ClauseTense = 'past' | 'pluperfect' | 'perfect' | 'present' | 'progressive' | 'future' | 'modal';

/**
 * How many words into a clause its first verb may stand: a long subject ("The company, which ..., and its
 * partners") is far shorter; beyond it a clause's words tell no tense of its own, and the work stays linear.
 */
const VERB_REACH = 40;

/** A time adverb of the clause that places its undated event (see `TenseCues.timeAdverbs`). */
export type TimeAdverb = 'earlier' | 'by-now' | 'still';

/** The first time adverb in tokens `[from, to)`; undefined when none stands there. */
export function timeAdverbOf(tokens: readonly Token[], from: number, to: number, cues: CompiledCues): TimeAdverb | undefined {
  const { earlierAdverbs, byNowAdverbs, stillAdverbs } = cues.tense;
  let found: TimeAdverb | undefined;
  let at = to;
  for (const [adverb, list] of [['earlier', earlierAdverbs], ['by-now', byNowAdverbs], ['still', stillAdverbs]] as const) {
    const match = list.find(tokens, from, at);
    if (match !== undefined && match.index < at) {
      found = adverb;
      at = match.index;
    }
  }
  return found;
}

/** Does the clause's tense put its event before the article's date? */
export const isPastTense = (tense: ClauseTense | undefined): boolean => tense === 'past' || tense === 'pluperfect' || tense === 'perfect';

/** Does the clause's tense put its event after the article's date? */
export const isFutureTense = (tense: ClauseTense | undefined): boolean => tense === 'future' || tense === 'modal';

/**
 * The tense of the clause made of tokens `[from, to)`: its first verb that tells one, read with the words after it.
 * Undefined when no verb of the clause tells a tense (a headline phrase, a Dutch present such as "sluit").
 * `text` is the article's text, for commas (a comma ends an auxiliary's reach).
 */
export function tenseOf(text: string, tokens: readonly Token[], from: number, to: number, cues: CompiledCues): ClauseTense | undefined {
  // "Although it can fly non-stop, the jet will have to refuel": the main clause tells the tense
  const main = afterFrontedPhrase(text, tokens, from, to, cues);
  return (main > from ? firstVerbTense(text, tokens, main, to, cues) : undefined) ?? firstVerbTense(text, tokens, from, to, cues);
}

/**
 * Where the main clause starts after phrases set before it and ended by a comma: one opened by a subordinating or
 * linking word ("If no buyer is found,", "However,") or by a participle with no auxiliary before the comma
 * ("Speaking to the press,", "Given the weakened economy,"; not "Trading has been suspended, ..."). `from` when none.
 */
function afterFrontedPhrase(text: string, tokens: readonly Token[], from: number, to: number, cues: CompiledCues): number {
  const tense = cues.tense;
  let at = from;
  // "However, given the weakened state of the economy, we will ...": a phrase may follow a linking word
  for (let round = 0; round < MAX_FRONTED && at < to; round++) {
    const opening = tense.frontedOpenings.matchAt(tokens, at) > 0;
    if (!opening && !isParticipleOpening(tokens[at], tense)) break;
    const comma = nextAfterComma(text, tokens, at, Math.min(to, at + VERB_REACH));
    if (comma < 0) break;
    if (!opening && hasAuxiliary(tokens, at, comma, tense)) break;
    at = comma;
  }
  return at;
}

/** Phrases before a main clause looked past: a linking word and a subordinate phrase ("However, given ..., we"). */
const MAX_FRONTED = 2;

/** A clause-opening participle, capitalised or not: "Speaking", "Citing", "Given", "Gevraagd". */
function isParticipleOpening(token: Token, tense: CompiledTense): boolean {
  const word = token.lower;
  if (word === '') return false;
  if (tense.progressiveEnding !== undefined && isProgressiveForm(word, tense.progressiveEnding)) return true;
  return isParticiple(copyToken(token, token.lower, false), tense);
}

/** The index of the token after the first comma past `at` and before `last`; -1 when none, or nothing follows it. */
function nextAfterComma(text: string, tokens: readonly Token[], at: number, last: number): number {
  for (let k = at + 1; k < last; k++) if (tokens[k].commaBefore) return k;
  return -1;
}

function hasAuxiliary(tokens: readonly Token[], from: number, to: number, tense: CompiledTense): boolean {
  for (let k = from; k < to; k++) if (isAuxiliary(tokens[k].lower, tense)) return true;
  return false;
}

/** The tense told by the first verb of tokens `[from, to)` that tells one. */
function firstVerbTense(text: string, tokens: readonly Token[], from: number, to: number, cues: CompiledCues): ClauseTense | undefined {
  const tense = cues.tense;
  const last = Math.min(to, from + VERB_REACH);
  for (let i = from; i < last; i++) {
    const token = tokens[i];
    if (token.lower === '') continue;
    if (tense.future.matchAt(tokens, i, to) > 0) return 'future';
    if (tense.modals.holds(token)) {
      // "could have been": a possibility of the past
      const have = followingIndex(text, tokens, i, to, cues, (k) => tense.perfectPresent.holds(tokens[k]));
      return have >= 0 && followingIndex(text, tokens, have, to, cues, (k) => isParticiple(tokens[k], tense)) >= 0 ? 'past' : 'modal';
    }
    // "is expected to be launched", "is van plan ... te verhogen": ahead, whatever participle follows
    const bePresent = tense.bePresent.holds(token);
    if (bePresent && tense.futureAfterBe.matchAt(tokens, i + 1, to) > 0) return 'future';
    const perfectPast = tense.perfectPast.holds(token);
    const perfectPresent = tense.perfectPresent.holds(token);
    if (perfectPresent || perfectPast) {
      const participle = followingIndex(text, tokens, i, to, cues, (k) => isParticiple(tokens[k], tense));
      if (participle >= 0) return perfectPast ? 'pluperfect' : 'perfect';
    }
    if (bePresent) {
      if (tense.future.matchAt(tokens, i + 1, to) > 0) return 'future';
      const ending = tense.progressiveEnding;
      const progressive =
        (ending !== undefined && i + 1 < to && isProgressiveForm(tokens[i + 1].lower, ending)) ||
        followingIndex(text, tokens, i, to, cues, (k) => tense.progressivePhrases.matchAt(tokens, k, to) > 0) >= 0;
      return progressive ? 'progressive' : 'present';
    }
    if (perfectPast || tense.bePast.holds(token)) return 'past';
    if (perfectPresent) return 'present';
    const afterArticle = i > 0 && cues.determiners.holds(tokens[i - 1]);
    if (!afterArticle && tense.pastForms.holds(token)) return 'past';
    if (!afterArticle && isRegularPast(token, i === 0, tense)) return 'past';
    if (tense.presentForms.holds(token)) return 'present';
  }
  return undefined;
}

/**
 * Does a clause joined on at `body` share its host's auxiliary: a participle after a conjunction that follows a form
 * of "be" and its participle ("airliners are selected and purchased by the government", "will be built and sold",
 * "worden gekocht en verdeeld")? Then the auxiliary's tense is the joined clause's too: "purchased" alone reads as a
 * past. `conjunction` is the joining word's index.
 */
export function sharesAuxiliary(tokens: readonly Token[], conjunction: number, body: number, cues: CompiledCues): boolean {
  const tense = cues.tense;
  const before = conjunction - 1;
  if (before < 1 || body >= tokens.length || !isParticiple(tokens[body], tense) || !isParticiple(tokens[before], tense)) return false;
  const be = tokens[before - 1];
  return tense.bePresent.holds(be) || tense.bePast.holds(be);
}

/** "is building": a form with the progressive ending, long enough to be a verb ("thing", "king" are not). */
function isProgressiveForm(word: string, ending: string): boolean {
  return word.length >= ending.length + 3 && word.endsWith(ending);
}

/**
 * The first token after `at`, within the auxiliary's reach, for which `test` holds; -1 when a comma, a "that", the
 * clause's end or the reach comes first.
 */
function followingIndex(text: string, tokens: readonly Token[], at: number, to: number, cues: CompiledCues, test: (k: number) => boolean): number {
  const last = Math.min(to, at + 1 + cues.tense.auxiliaryReach);
  for (let k = at + 1; k < last; k++) {
    if (tokens[k].commaBefore) return -1;
    // "heeft gezegd dat de ...": a "that" opening a clause ends the reach; "heeft dat ontkend" is a pronoun
    if (cues.complementizers.matchAt(tokens, k) > 0 && k + 1 < to && (cues.determiners.has(tokens[k + 1].lower) || cues.conditionSubjects.has(tokens[k + 1].lower))) return -1;
    if (test(k)) return k;
  }
  return -1;
}

/** A past participle: an irregular one, or a prefix (where the language has them) and a participle ending. */
function isParticiple(token: Token, tense: CompiledTense): boolean {
  const word = token.lower;
  if (tense.irregularParticiples.has(word)) return true;
  if (tense.notParticiples.has(word) || token.capitalised || tense.notParticipleEndings.some((e) => word.endsWith(e))) return false;
  if (tense.participlePrefixes.length === 0) return tense.participleEndings.some((ending) => word.endsWith(ending) && word.length >= ending.length + 2);
  // a separable verb puts its particle before the prefix: "uitgesloten", "aangekondigd"
  const particle = tense.separableParticles.find((p) => word.startsWith(p) && tense.participlePrefixes.some((prefix) => word.startsWith(prefix, p.length)));
  const start = particle?.length ?? 0;
  const prefix = tense.participlePrefixes.find((p) => word.startsWith(p, start) && word.length >= start + p.length + 3);
  if (prefix === undefined) return false;
  return tense.participleEndings.some((ending) => word.endsWith(ending) && word.length >= start + prefix.length + ending.length + 2);
}

/**
 * A regular past: a past ending on a word long enough to carry a stem, lower case (a name is no verb) unless it
 * opens the sentence, and none of the listed look-alikes (Dutch "tweede", "komende"); an adjective after an
 * article ("de gemaakte afspraken", "the proposed plan") the caller has left out.
 */
function isRegularPast(token: Token, opensSentence: boolean, tense: CompiledTense): boolean {
  const word = token.lower;
  if ((token.capitalised && !opensSentence) || tense.notPast.has(word)) return false;
  let ending: string | undefined;
  // five letters at least, and a letter before a long ending ("stuurden", "woonden")
  for (let e = 0; e < tense.pastEndings.length && ending === undefined; e++) if (word.endsWith(tense.pastEndings[e]) && word.length >= Math.max(5, tense.pastEndings[e].length + 1)) ending = tense.pastEndings[e];
  if (ending === undefined) return false;
  // a superlative ends so too ("hoogste"): a stem in -s before -te is taken for one ("plaatste" is lost)
  return !(tense.participlePrefixes.length > 0 && ending.startsWith('t') && word.slice(0, -ending.length).endsWith('s'));
}

/**
 * The tense of a clause that may report speech: a saying's content that lies ahead ("said it would axe 10,000
 * jobs", "says prices could rise") dates the event after the article, as its kind is a plan or a guess; otherwise
 * the saying dates it ("“The market is starting to show signs of life,” said the vice president": said, before).
 * Without a reporting verb, the clause's first verb. With `withSaying` false the record is the content alone (a clause
 * split off a quotation): a present told before a past closing frame is not shifted into the past, so it still holds
 * at the article's date ("“We've cut costs and are focusing on ...,” said Angers": are focusing).
 */
export function speechTenseOf(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  cues: CompiledCues,
  speechTokens: readonly Token[] = tokens,
  withSaying = true,
): ClauseTense | undefined {
  // a closing frame comes after its quotation ("“...,” said the minister"): a long reach, still a bounded one; it
  // is looked for in `speechTokens`, where a frame set off by commas is not left out as an aside
  const speech = cues.reporting.find(speechTokens, from, Math.min(to, from + 2 * VERB_REACH));
  // what was not said is no plan: "did not say how much the delay would cost" is dated by the (not) saying
  if (!speech || deniesSaying(text, speechTokens, Math.max(from, speech.index - 3), speech.index, cues)) return tenseOf(text, tokens, from, to, cues);
  const verbEnd = speech.index + speech.length;
  const content = tenseOf(text, tokens, verbEnd, to, cues) ?? tenseOf(text, tokens, from, speech.index, cues);
  if (isFutureTense(content)) return content;
  // the saying: from the clause's start ("heeft bij een demonstratie gezegd"), or in a closing frame, after a
  // quotation or a comma, the verb with the auxiliaries right before it ("“...,” has said the minister")
  let start = speech.index;
  const closing = speech.index > from && (QUOTE.test(text.slice(tokens[from].start, tokens[speech.index].start)) || text.slice(tokens[speech.index - 1].end, tokens[speech.index].start).includes(','));
  if (!closing) start = from;
  else while (start > from && start > speech.index - 2 && isAuxiliary(tokens[start - 1].lower, cues.tense)) start--;
  const saying = tenseOf(text, speechTokens, start, verbEnd, cues);
  if (!withSaying && closing && (content === 'present' || content === 'progressive') && isPastTense(saying)) return content;
  return saying ?? content;
}

const QUOTE = /["“”„«»]/;

/** A negation right before the speech verb, no comma between ("did not say"; not the quotation's own "niet"). */
function deniesSaying(text: string, tokens: readonly Token[], from: number, verb: number, cues: CompiledCues): boolean {
  const negation = cues.negation.find(tokens, from, verb);
  return negation !== undefined && !text.slice(tokens[negation.index].end, tokens[verb].start).includes(',');
}

function isAuxiliary(word: string, tense: CompiledTense): boolean {
  return tense.perfectPresent.has(word) || tense.perfectPast.has(word) || tense.bePresent.has(word) || tense.bePast.has(word) || tense.modals.has(word) || tense.future.has(word);
}
