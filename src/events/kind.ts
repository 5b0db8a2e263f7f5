/**
 * The kind of an event from cue words in its clause. Precedence, strongest first:
 * negated > conditional > speculative > planned > reported > occurred.
 * A negation after a comma keeps the modal's clause speculative ("kan dit zeggen ..., maar verder niets doen");
 * one near the modal negates it ("kan niet", "could not", "kunnen de veiligheid niet langer garanderen").
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
    if (tokens[i].lower === ambiguous.word && cues.conditionSubjects.has(tokens[i + 1].lower)) return i;
  }
  return -1;
}

/**
 * A future cue that is a verb: after an article or a possessive it is a noun ("the plan to assemble the planes",
 * "its plans to cut jobs"), which tells of a plan without making the clause's own event one.
 */
function findFuture(tokens: readonly Token[], from: number, to: number, cues: CompiledCues): boolean {
  for (const match of cues.future.findAll(tokens, from, to)) {
    if (match.index > 0 && cues.determiners.has(tokens[match.index - 1].lower)) continue;
    return true;
  }
  return false;
}

/** Decide the kind of the clause made of tokens `[from, to)`. */
export function decideKind(tokens: readonly Token[], from: number, to: number, cues: CompiledCues, context: KindContext): EventKind {
  const negation = cues.negation.find(tokens, from, to);
  const modal = cues.speculation.find(tokens, from, to);
  const condition = findCondition(tokens, from, to, cues);
  // "will close if no buyer is found": a negation inside the condition denies the condition, not the event
  if (negation && condition >= 0 && condition < negation.index) return 'conditional';
  if (negation) {
    const modalNegated = modal !== undefined && modal.index < negation.index && negatesModal(modal.index + modal.length, negation.index, context);
    if (!modal || modalNegated || modal.index > negation.index) return 'negated';
  }
  if (condition >= 0) return 'conditional';
  // "Dan zal Wit-Rusland sterven": the consequence of a condition told before
  if (context.sentenceInitial && cues.consequenceOpenings.matchAt(tokens, from, to) > 0) return 'conditional';
  if (modal && isReportedFuture(tokens, modal.index, from, cues)) return 'planned';
  if (modal) return 'speculative';
  if (context.sentenceInitial && cues.alternativeOpenings.matchAt(tokens, from, to) > 0) return 'speculative';
  if (context.planComplement || context.futureDate) return 'planned';
  if (findFuture(tokens, from, to, cues) || cues.futureTime.find(tokens, from, to)) return 'planned';
  if (!context.speechAct && (context.quoted || context.reportedContent || cues.reporting.find(tokens, from, to) || cues.attribution.find(tokens, from, to))) {
    return 'reported';
  }
  return 'occurred';
}
