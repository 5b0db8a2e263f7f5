/**
 * The kind of an event from cue words in its clause. Precedence, strongest first:
 * negated > conditional > speculative > planned > reported > occurred.
 * A modal far from the negation keeps the clause speculative ("kan dit zeggen ..., maar verder niets doen");
 * a negation right after the modal negates it ("kan niet", "could not").
 */
import type { EventKind } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';

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
    if (tokens[i].lower === ambiguous.word && cues.conditionSubjects.has(tokens[i + 1].lower)) return i;
  }
  return -1;
}

/** Decide the kind of the clause made of tokens `[from, to)`. */
export function decideKind(tokens: readonly Token[], from: number, to: number, cues: CompiledCues, context: KindContext): EventKind {
  const negation = cues.negation.find(tokens, from, to);
  const modal = cues.speculation.find(tokens, from, to);
  if (negation) {
    const modalNegated = modal !== undefined && modal.index < negation.index && negation.index - (modal.index + modal.length) <= 1;
    if (!modal || modalNegated || modal.index > negation.index) return 'negated';
  }
  if (findCondition(tokens, from, to, cues) >= 0) return 'conditional';
  if (modal && isReportedFuture(tokens, modal.index, from, cues)) return 'planned';
  if (modal) return 'speculative';
  if (context.sentenceInitial && cues.alternativeOpenings.matchAt(tokens, from, to) > 0) return 'speculative';
  if (context.planComplement || context.futureDate) return 'planned';
  if (cues.future.find(tokens, from, to) || cues.futureTime.find(tokens, from, to)) return 'planned';
  if (!context.speechAct && (context.quoted || context.reportedContent || cues.reporting.find(tokens, from, to) || cues.attribution.find(tokens, from, to))) {
    return 'reported';
  }
  return 'occurred';
}
