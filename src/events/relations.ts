/**
 * Relation cues ("daarna", "vlak na zijn toespraak", "the day after") in a sentence, and the earlier event they
 * point to: the last reported event when the cue governs a speech noun, else the last event of an earlier sentence.
 */
import type { RelationCue } from '../locales/types.js';
import type { Timex } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';

/** Relation cues count only near the start of a sentence, where they order the whole clause. */
const MAX_CUE_POSITION = 4;
const MAX_OBJECT_WORDS = 4;

/** A relation cue found in a sentence. */
export interface FoundRelation {
  type: RelationCue['type'];
  /** The words of the cue with its object: "Vlak na zijn toespraak". */
  text: string;
  /** Token range of cue and object. */
  from: number;
  to: number;
  /** Character range of cue and object. */
  start: number;
  end: number;
  days?: number;
  /** The cue governs a noun naming a speech ("zijn toespraak"): the target is the last speech event. */
  speech: boolean;
}

/** Relation cues of one sentence, from the tagger's expressions first, then the locale's cue list. */
export function findRelations(text: string, tokens: readonly Token[], timexes: readonly Timex[], cues: CompiledCues): FoundRelation[] {
  const found: FoundRelation[] = [];
  const tokenAt = (offset: number) => tokens.findIndex((t) => t.start >= offset);
  for (const timex of timexes) {
    if (!timex.relation) continue;
    const from = Math.max(0, tokenAt(timex.start));
    const last = tokens.findIndex((t) => t.end >= timex.end);
    const to = last < 0 ? tokens.length : last + 1;
    const speech = cues.speechNouns.find(tokens, from, to) !== undefined;
    found.push({ type: timex.relation, text: timex.text, from, to, start: timex.start, end: timex.end, speech });
  }
  for (let i = 0; i < Math.min(tokens.length, MAX_CUE_POSITION); i++) {
    const length = cues.relations.matchAt(tokens, i);
    if (!length) continue;
    const phrase = tokens.slice(i, i + length).map((t) => t.lower).join(' ');
    const cue = cues.relationByPhrase.get(phrase);
    if (!cue) continue;
    let to = i + length;
    if (cue.takesObject) {
      let k = to;
      while (k < tokens.length && k < to + MAX_OBJECT_WORDS && cues.determiners.has(tokens[k].lower)) k++;
      if (k < tokens.length) to = k + 1;
    }
    const start = tokens[i].start;
    const end = tokens[to - 1].end;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    const speech = cue.takesObject && cues.speechNouns.find(tokens, i + length, to) !== undefined;
    const relation: FoundRelation = { type: cue.type, text: text.slice(start, end), from: i, to, start, end, speech };
    if (cue.days !== undefined) relation.days = cue.days;
    found.push(relation);
    i = to - 1;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** What a relation target needs to offer. */
export interface RelationCandidate {
  sentenceIndex: number;
  speech: boolean;
}

/** The earlier event a relation points to, among events of earlier sentences (latest first). */
export function pickTarget<T extends RelationCandidate>(earlier: readonly T[], sentenceIndex: number, relation: FoundRelation): T | undefined {
  const before = earlier.filter((e) => e.sentenceIndex < sentenceIndex);
  if (relation.speech) {
    const speech = [...before].reverse().find((e) => e.speech);
    if (speech) return speech;
  }
  return before[before.length - 1];
}
