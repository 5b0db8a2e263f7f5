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
    // an announced plan stays one record with its announcement unless each has a time of its own (a particle may be
    // a preposition: "besloot het zwembad aan de Kanaalweg te sluiten")
    if (complement.plan) return false;
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

