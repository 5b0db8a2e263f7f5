/**
 * Commentary: sentences that judge or question rather than tell ("Het is opmerkelijk dat ...",
 * "Wat ... betekent, is nog onduidelijk", "It remains unclear whether ..."). They make no event.
 */
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';

/** Is the sentence (its tokens) commentary? */
export function isCommentary(tokens: readonly Token[], cues: CompiledCues): boolean {
  let first = 0;
  while (first < tokens.length && cues.connectors.matchAt(tokens, first) > 0) first++;
  if (cues.commentaryOpenings.matchAt(tokens, first) > 0) return true;
  // "Wat X betekent, is nog onduidelijk": an indirect question as subject of a commentary predicate.
  if (cues.commentaryQuestionWords.matchAt(tokens, first) > 0) {
    return cues.commentaryPredicates.find(tokens, first + 1) !== undefined;
  }
  return false;
}
