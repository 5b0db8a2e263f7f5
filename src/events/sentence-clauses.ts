/** The clauses stage: a sentence split into the clauses that may each be a record. */
import { splitClauses, type Clause, type Complement } from './clauses.js';
import { decideKind, kindScope } from './kind.js';
import type { SentenceContext } from './sentence-context.js';
import type { SentenceFacts } from './sentence-facts.js';

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
    // "is van plan") or a decision taken ("agreed to take on the costs", "besloot het zwembad te sluiten") stays one
    // record unless each part has a time of its own
    if (complement.plan) return !complement.decision && cues.planStates.matchAt(tokens, complement.verb) === 0;
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

