/** The clauses stage: a sentence split into the clauses that may each be a record. */
import { splitClauses, type Clause, type Complement } from './clauses.js';
import type { CompiledCues } from './compiled-cues.js';
import { decideKind, kindScope } from './kind.js';
import type { SentenceContext } from './sentence-context.js';
import type { SentenceFacts } from './sentence-facts.js';
import { tenseOf } from './tense.js';
import type { Token } from './tokens.js';
import { verbFormAt } from './triggers.js';

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
  const datesContent = (from: number, to: number) => {
    const { start, end } = facts.charOf(from, to);
    return facts.windowed.some((t) => t.start >= start && t.start < end && !facts.comparisons.has(t));
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
