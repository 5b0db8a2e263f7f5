/**
 * Stage 2 of the pipeline (clauses → event triggers → kind → participants → time): which words are verbs, and
 * which verb of a clause is its event's trigger. Verb forms are told from the language's tense cues (auxiliaries,
 * listed finite and past forms, past and participle endings), never from one sentence: "have unexpectedly
 * defeated" has the trigger "defeated", "stemt in juni in" the trigger "stemt".
 */
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';

/** How a word takes part in a verb group. */
export type VerbForm = 'auxiliary' | 'finite' | 'participle' | 'progressive' | 'infinitive';

/** An event's trigger: the word the event is about, as a token of its sentence. */
export interface Trigger {
  /** Token index in the sentence. */
  index: number;
  form: VerbForm;
}

/** Words a progressive or regular past needs at least to be told from short look-alikes ("bed", "thing"). */
const MIN_FORM_LENGTH = 5;

/** Is the word an auxiliary or modal of the language (a verb that carries another)? */
export function isAuxiliaryWord(word: string, cues: CompiledCues): boolean {
  return wordFacts(word, cues).auxiliary;
}

/** Is the token's word an auxiliary or modal? The same as {@link isAuxiliaryWord}, read from the token's entry. */
export function isAuxiliaryToken(token: Token, cues: CompiledCues): boolean {
  return factsOfToken(token, cues).auxiliary;
}

/** What {@link verbFormAt} knows of a word alone, whatever stands around it. */
interface WordFacts {
  auxiliary: boolean;
  /** The form told by the word alone, when no context can change it (`undefined`: look at the context). */
  alone: VerbForm | null | undefined;
  participle: boolean;
  regularPast: boolean;
  progressive: boolean;
  /** Ends in the language's present-singular ending and is long enough for one. */
  presentSingular: boolean;
  /** Ends in the language's infinitive ending (or the language lists none). */
  infinitiveEnding: boolean;
  /** Lower-case letters only. */
  lowerLetters: boolean;
}

/** Per language, the facts of each word met so far: a word's facts are looked up in several lists, once. */
const factsByCues = new WeakMap<CompiledCues, Map<string, WordFacts>>();
/** Words whose facts are remembered per language at most (a bound on memory over a long corpus). */
const MAX_KNOWN_WORDS = 100_000;

/** The language asked about last and its facts (an article asks in one language: no weak-map look-up per word). */
let lastCues: CompiledCues | undefined;
let lastKnown: Map<string, WordFacts> | undefined;

function wordFacts(word: string, cues: CompiledCues): WordFacts {
  let known = cues === lastCues ? lastKnown : factsByCues.get(cues);
  if (!known) {
    known = new Map();
    factsByCues.set(cues, known);
  }
  lastCues = cues;
  lastKnown = known;
  let facts = known.get(word);
  if (facts) return facts;
  const tense = cues.tense;
  const auxiliary = isAuxiliaryWordUncached(word, cues);
  const listedFinite = tense.pastForms.has(word) || tense.presentForms.has(word);
  let alone: VerbForm | null | undefined;
  if (cues.stopwords.has(word) && !auxiliary && !listedFinite) alone = null;
  else if (auxiliary) alone = 'auxiliary';
  else if (listedFinite) alone = 'finite';
  else if (tense.irregularParticiples.has(word)) alone = 'participle';
  else if (cues.determiners.has(word) || cues.prepositions.has(word) || cues.quantifiers.has(word)) alone = null;
  const ending = tense.progressiveEnding;
  const presentEnding = cues.raw.presentSingularEnding;
  const infinitiveEnding = cues.raw.verbForms?.infinitiveEnding;
  facts = {
    auxiliary,
    alone,
    participle: isParticipleWord(word, tense),
    regularPast: !tense.notPast.has(word) && word.length >= MIN_FORM_LENGTH && tense.pastEndings.some((e) => word.endsWith(e)),
    progressive: ending !== undefined && ending !== '' ? word.length >= MIN_FORM_LENGTH + 1 && word.endsWith(ending) && !cues.raw.notClauseParticiples?.includes(word) : false,
    presentSingular: presentEnding !== undefined && presentEnding !== '' ? word.length > presentEnding.length + 2 && word.endsWith(presentEnding) : false,
    infinitiveEnding: infinitiveEnding === undefined || word.endsWith(infinitiveEnding),
    lowerLetters: /^\p{Ll}+$/u.test(word),
  };
  if (known.size < MAX_KNOWN_WORDS) known.set(word, facts);
  return facts;
}

/** The facts of a token's word, kept on its entry in the language's word look-up (one look-up per token). */
function factsOfToken(token: Token, cues: CompiledCues): WordFacts {
  const entry = cues.words.entryOf(token);
  let facts = entry.facts as WordFacts | undefined;
  if (facts === undefined) {
    facts = wordFacts(token.lower, cues);
    entry.facts = facts;
  }
  return facts;
}

function isAuxiliaryWordUncached(word: string, cues: CompiledCues): boolean {
  const tense = cues.tense;
  return (
    cues.auxiliaries.has(word) ||
    tense.modals.has(word) ||
    tense.perfectPresent.has(word) ||
    tense.perfectPast.has(word) ||
    tense.bePresent.has(word) ||
    tense.bePast.has(word) ||
    tense.future.matchesWord(word)
  );
}

/**
 * The verb form of token `k`, or null when it is no verb that can be told. A word after an auxiliary or after the
 * infinitive marker is taken as a verb only when it looks like one, or (English) as a bare infinitive when it is no
 * function word ("will fly", "to supply").
 */
export function verbFormAt(tokens: readonly Token[], k: number, cues: CompiledCues): VerbForm | null {
  const token = tokens[k];
  if (!token) return null;
  // the stages ask about the same words of a few arrays (a sentence's tokens and its masked copies) many times: the
  // answers are kept per array, as a token's form depends on its neighbours in that array
  const forms = formsOf(tokens, cues);
  const known = forms[k];
  if (known !== UNKNOWN_FORM) return FORMS[known];
  const form = verbFormOfToken(tokens, k, token, cues);
  forms[k] = FORMS.indexOf(form);
  return form;
}

/** Verb forms by code (an index into this list); {@link UNKNOWN_FORM} for a word not asked about yet. */
const FORMS: readonly (VerbForm | null)[] = [null, 'auxiliary', 'finite', 'participle', 'progressive', 'infinitive'];
const UNKNOWN_FORM = -1;
/** Token arrays whose forms are kept at once: a clause's stages alternate between a few arrays of one sentence. */
const FORM_SLOTS = 4;
const slotTokens: (readonly Token[] | undefined)[] = new Array<readonly Token[] | undefined>(FORM_SLOTS).fill(undefined);
const slotCues: (CompiledCues | undefined)[] = new Array<CompiledCues | undefined>(FORM_SLOTS).fill(undefined);
const slotForms: number[][] = Array.from({ length: FORM_SLOTS }, () => []);
let nextSlot = 0;

/** The form codes of a token array in a language, found among the arrays asked about lately or started afresh. */
function formsOf(tokens: readonly Token[], cues: CompiledCues): number[] {
  for (let s = 0; s < FORM_SLOTS; s++) if (slotTokens[s] === tokens && slotCues[s] === cues) return slotForms[s];
  const s = nextSlot;
  nextSlot = (nextSlot + 1) % FORM_SLOTS;
  const forms = new Array<number>(tokens.length).fill(UNKNOWN_FORM);
  slotTokens[s] = tokens;
  slotCues[s] = cues;
  slotForms[s] = forms;
  return forms;
}

function verbFormOfToken(tokens: readonly Token[], k: number, token: Token, cues: CompiledCues): VerbForm | null {
  if (token.capitalised && k > 0) return null;
  const facts = factsOfToken(token, cues);
  if (facts.alone !== undefined) return facts.alone;
  // right after an article and before a noun a participle or past form is an adjective or a noun ("the proposed
  // plan", "de gemeenteraad stemt"); at the clause's end it is the verb ("De NAVO heeft dat ontkend")
  const next = tokens[k + 1];
  if (k > 0 && cues.determiners.holds(tokens[k - 1]) && next !== undefined && isNounLike(next, cues) && !factsOfToken(next, cues).auxiliary) return null;
  if (facts.participle) return 'participle';
  if (facts.regularPast) return 'finite';
  if (facts.progressive) return 'progressive';
  // a present singular right after its subject: a pronoun ("he", or "it" for a company), a name, or (verb-second
  // languages) an article and noun ("it arrives", "Boeing claims", "het zwembad gaat", "De gemeenteraad stemt")
  if (facts.presentSingular && k > 0) {
    const before = tokens[k - 1];
    const afterArticleNoun = cues.raw.verbSecond === true && k > 1 && cues.determiners.has(tokens[k - 2].lower) && !cues.stopwords.has(before.lower);
    if (cues.speakerPronouns.has(before.lower) || cues.anaphora.organisationPronouns.has(before.lower) || (before.capitalised && cues.raw.verbSecond === true) || afterArticleNoun) return 'finite';
  }
  // after an auxiliary (adverbs between) or the infinitive marker, the language's infinitive
  const previous = tokens[k - 1]?.lower;
  const afterMarker = previous !== undefined && previous === cues.raw.infinitiveMarker;
  const infinitiveEnding = cues.raw.verbForms?.infinitiveEnding;
  if (afterMarker && facts.infinitiveEnding) return 'infinitive';
  if (infinitiveEnding === undefined && previous !== undefined && factsOfToken(tokens[k - 1], cues).auxiliary && facts.lowerLetters) return 'infinitive';
  return null;
}

function isParticipleWord(word: string, tense: CompiledCues['tense']): boolean {
  if (tense.notParticiples.has(word) || tense.notParticipleEndings.some((e) => word.endsWith(e))) return false;
  if (tense.participlePrefixes.length === 0) return false;
  const particle = tense.separableParticles.find((p) => word.startsWith(p) && tense.participlePrefixes.some((q) => word.startsWith(q, p.length)));
  const start = particle?.length ?? 0;
  const prefix = tense.participlePrefixes.find((p) => word.startsWith(p, start) && word.length >= start + p.length + 3);
  if (prefix === undefined) return false;
  return tense.participleEndings.some((ending) => word.endsWith(ending) && word.length >= start + prefix.length + ending.length + 2);
}

/** Words that may stand between an auxiliary and its verb ("have unexpectedly defeated", "heeft gisteren besloten"). */
const VERB_GROUP_REACH = 4;

/**
 * The trigger of the clause `[from, to)`: its first verb that is not an auxiliary, or the auxiliary itself when no
 * verb follows it closely ("It is the biggest contract": "is"); tokens in `skip` (other clauses, times) are passed
 * over. Undefined when the clause shows no verb.
 */
export function findTrigger(tokens: readonly Token[], from: number, to: number, cues: CompiledCues, skip?: (k: number) => boolean): Trigger | undefined {
  let auxiliary: Trigger | undefined;
  for (let k = from; k < to; k++) {
    if (skip?.(k)) continue;
    const form = verbFormAt(tokens, k, cues);
    if (form === null) continue;
    // after an auxiliary a form told by its ending alone is no finite verb ("wil verregaande integratie")
    if (form === 'finite' && auxiliary && !cues.tense.pastForms.has(tokens[k].lower) && !cues.tense.presentForms.has(tokens[k].lower) && cues.raw.verbFinalSubordinates) continue;
    if (form !== 'auxiliary') {
      // a participle or progressive with no auxiliary before it, right after a noun, is an adjective ("refueling tankers")
      if (!auxiliary && (form === 'progressive' || form === 'participle') && k + 1 < to && verbFormAt(tokens, k + 1, cues) === null && isNounLike(tokens[k + 1], cues)) continue;
      return { index: k, form };
    }
    if (!auxiliary) auxiliary = { index: k, form };
    else if (k - auxiliary.index > VERB_GROUP_REACH) break;
  }
  return auxiliary;
}

/** A content word (no function word): what a participle used as an adjective stands before. */
function isNounLike(token: Token, cues: CompiledCues): boolean {
  return !cues.stopwords.has(token.lower) && !cues.prepositions.has(token.lower) && !cues.determiners.has(token.lower);
}

/** Adjectives a plan noun may have between it and the verb or preposition before it ("make new tentative plans"). */
const MAX_PLAN_ADJECTIVES = 2;

/**
 * Is the plan word at `k` ("plans") a noun: the object of a verb or a preposition before it, past a few adjectives
 * ("asked them to make new tentative plans to save Japan", "Apple has plans to import", "with plans to")?
 */
export function isPlanNoun(tokens: readonly Token[], k: number, from: number, cues: CompiledCues): boolean {
  if (!cues.planNouns.has(tokens[k].lower)) return false;
  for (let j = k - 1; j >= Math.max(from, k - 1 - MAX_PLAN_ADJECTIVES); j--) {
    const token = tokens[j];
    if (cues.prepositions.has(token.lower) || verbFormAt(tokens, j, cues) !== null) return true;
    if (token.capitalised || token.lower === '' || cues.stopwords.has(token.lower) || cues.determiners.has(token.lower)) return false;
  }
  return false;
}
