/** The clauses stage: a sentence split into the clauses that may each be a record. */
import { splitClauses, type Clause, type Complement } from './clauses.js';
import type { CompiledCues } from './compiled-cues.js';
import { decideKind, kindScope } from './kind.js';
import type { SentenceContext } from './sentence-context.js';
import type { SentenceFacts } from './sentence-facts.js';
import { tenseOf } from './tense.js';
import type { Token } from './tokens.js';
import { isAuxiliaryWord, verbFormAt } from './triggers.js';

/** A sentence's clauses, and the complement of its reporting or announcement verb when it has one. */
export interface SentenceClauses {
  clauses: Clause[];
  complement?: Complement;
}

/**
 * The clauses of a sentence: a saying whose content is a plan, a guess, a denial or a condition is a record of its
 * own beside its content.
 */
export function clausesOf(context: SentenceContext, facts: SentenceFacts): SentenceClauses {
  const { article, sentence, tokens, cues } = context;
  const contentDiffers = (complement: Complement) => {
    // an act of announcing was done on its day and what it announced is ahead: two records ("GM announced plans
    // Friday" reported, "GM plans to shut down 1,100 dealerships" planned). A plan held ("It plans to cut two plants",
    // "is van plan") stays one record unless each part has a time of its own; so does a decision, unless just taken
    // and undated (a decision dated "last month" may be carried out by now)
    if (complement.plan) return cues.planStates.matchAt(tokens, complement.verb) === 0 && (!complement.decision || (decisionJustTaken(article.text, tokens, complement, cues) && !facts.hasOwnTime(0, complement.verb + 1)));
    const end = complement.end ?? tokens.length;
    const scope = kindScope(article.text, facts.kindTokens, complement.start, end, cues);
    const kind = decideKind(scope.tokens, complement.start, end, cues, {
      quoted: sentence.quoted, planComplement: false, speechAct: false, futureDate: false, sentenceInitial: false, reportedContent: true, condition: scope.condition, commaBefore: facts.commaBefore,
    });
    return kind !== 'reported' && kind !== 'occurred';
  };
  const datesContent = (from: number, to: number, verb?: number) => {
    const { start, end } = facts.charOf(from, to);
    return facts.windowed.some((t) => t.start >= start && t.start < end && !facts.comparisons.has(t)) || (verb !== undefined && holdsNow(context, verb, from, to));
  };
  return splitClauses(article.text, tokens, cues, { hasOwnTime: facts.hasOwnTime, nameEndsAt: facts.nameEndsAt, timeEndsAt: facts.timeEndsAt, inTime: facts.inTime, contentDiffers, datesContent });
}


/**
 * Is a decision told as just taken, what it decided still ahead: in the present or the present perfect ("Cerberus has
 * agreed to take on the costs", "Het college heeft besloten het zwembad te sluiten") and with a verb after the
 * infinitive's marker (not "agreed to a deal")? Then the decision and its plan are two records. One told in the past
 * ("After an inspection, Airbus decided to remove both winglets", "had initially agreed to lease") may be carried out
 * by the article's day: it stays one record, the decision.
 */
function decisionJustTaken(text: string, tokens: readonly Token[], complement: Complement, cues: CompiledCues): boolean {
  const marker = complement.marker;
  if (marker === undefined || verbFormAt(tokens, marker + 1, cues) === null) return false;
  const tense = tenseOf(text, tokens, 0, complement.verb + 1, cues);
  return tense === 'perfect' || tense === 'present';
}

/** Auxiliaries a saying's verb may have right before it ("has said", "would have said"). */
const MAX_SAYING_AUXILIARIES = 2;

/**
 * Does a content told after its saying keep the present against a past saying ("General Motors announced that it
 * seeks $16.6 billion in loans", "has said that it is considering"): English and Dutch shift a content into the past
 * when it held only then, so one left in the present holds at the article's date, a time of its own.
 */
export function holdsNow(context: SentenceContext, verb: number, from: number, to: number): boolean {
  const { article, tokens, cues } = context;
  // after "that" ("announced that it seeks"), and with no clause of its own inside that may tell another time
  // ("..., in addition to the $13.4 billion that it has already received")
  if (from < 1 || cues.complementizers.matchAt(tokens, from - 1) === 0) return false;
  // a frame that closes a quotation too keeps its sentence as it was ("“...,” he said, adding that ...")
  if (/[“”"„«»]/u.test(article.text.slice(context.sentence.start, tokens[from].start))) return false;
  for (let k = from + 1; k < to; k++) if (cues.complementizers.matchAt(tokens, k) > 0 || cues.relativePronouns.holds(tokens[k]) || cues.clauseOpeners.matchAt(tokens, k) > 0) return false;
  const content = tenseOf(article.text, tokens, from, to, cues);
  if (content !== 'present' && content !== 'progressive') return false;
  // the saying's own tense, read from its verb and the auxiliaries right before it ("has said", not "has denied it
  // and says")
  let start = verb;
  while (start > 0 && verb - start < MAX_SAYING_AUXILIARIES && isAuxiliaryWord(tokens[start - 1].lower, cues)) start--;
  const saying = tenseOf(article.text, tokens, start, from, cues);
  return saying === 'past' || saying === 'perfect';
}
