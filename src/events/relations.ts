/**
 * Relation cues ("daarna", "vlak na zijn toespraak", "the day after the storm") in a sentence, and the earlier
 * event they point to. A cue with an object names that event: a speech noun points to the last reported event,
 * another noun to the first earlier event whose sentence has that word ("after the vote" → "the council voted");
 * a cue without an object points to the last event of an earlier sentence.
 */
import type { RelationCue } from '../locales/types.js';
import type { Timex } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';
import { eventShiftOf } from '../temporal/common/event-shift.js';

/** Relation cues count only near the start of a sentence, where they order the whole clause. */
const MAX_CUE_POSITION = 4;
const MAX_DETERMINERS = 3;
const MIN_STEM = 4;

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
  /** Whole days after (negative: before) the earlier event, when the cue fixes it. */
  days?: number;
  /** The cue points back to a period: the target is the last event that lasts. */
  period?: boolean;
  /** The event lasts from the target's date up to the article's ("sindsdien", "sinds de sluiting"). */
  since?: boolean;
  /** The event lasts up to the target's date ("tot die tijd", "until then"). */
  until?: boolean;
  /** The cue governs a noun naming a speech ("zijn toespraak"): the target is the last speech event. */
  speech: boolean;
  /** The governed noun, lower case ("vote"), when there is one. */
  object?: string;
  /** The tagger's expression the cue came from, when it did. */
  timex?: Timex;
}

/** Extend a cue over a following noun phrase: determiners, then one word. Returns the new end (exclusive). */
function objectEnd(tokens: readonly Token[], after: number, cues: CompiledCues, required: boolean): number {
  let k = after;
  while (k < tokens.length && k < after + MAX_DETERMINERS && cues.determiners.has(tokens[k].lower)) k++;
  if (k === after && !required) return after;
  return k < tokens.length ? k + 1 : after;
}

/** Relation cues of one sentence, from the tagger's expressions first, then the locale's cue list. */
export function findRelations(text: string, tokens: readonly Token[], timexes: readonly Timex[], cues: CompiledCues): FoundRelation[] {
  const found: FoundRelation[] = [];
  const make = (type: FoundRelation['type'], from: number, cueEnd: number, to: number, days: number | undefined, cue?: RelationCue): FoundRelation => {
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    const relation: FoundRelation = { type, text: text.slice(start, end), from, to, start, end, speech: false };
    if (to > cueEnd) {
      relation.object = tokens[to - 1].lower;
      relation.speech = cues.speechNouns.find(tokens, cueEnd, to) !== undefined;
    }
    if (days !== undefined) relation.days = days;
    if (cue?.period) relation.period = true;
    if (cue?.since || cues.sinceWords.has(tokens[from].lower)) relation.since = true;
    if (cue?.until) relation.until = true;
    return relation;
  };
  for (const timex of timexes) {
    if (!timex.relation) continue;
    const from = tokens.findIndex((t) => t.start >= timex.start);
    // an unknown count of units after an event ("in the following months") has no date but the event's, wherever it stands
    const placedByRelation = eventShiftOf(timex)?.upTo !== undefined;
    if (from < 0 || (from >= MAX_CUE_POSITION && !placedByRelation)) continue;
    const last = tokens.findIndex((t) => t.end >= timex.end);
    const cueEnd = last < 0 ? tokens.length : last + 1;
    // only an expression ending in a preposition governs what follows: "the day after [the storm]", not "two years later [a panel]"
    const governs = cueEnd > 0 && cues.prepositions.has(tokens[cueEnd - 1].lower);
    const to = governs ? objectEnd(tokens, cueEnd, cues, false) : cueEnd;
    const known = cues.relationByPhrase.get(timex.text.toLowerCase().replace(/\s+/g, ' '));
    const relation: FoundRelation = { ...make(timex.relation, from, cueEnd, to, known?.days), timex };
    // "Sinds de zware beving": the expression itself ends in the noun naming the earlier event
    const lastWord = tokens[cueEnd - 1];
    if (relation.object === undefined && !known && !placedByRelation && cueEnd - from > 1 && lastWord && !/\d/.test(lastWord.text) && cues.relations.matchAt(tokens, cueEnd - 1) === 0) {
      relation.object = lastWord.lower;
      relation.speech = cues.speechNouns.matchAt(tokens, cueEnd - 1) > 0;
    }
    found.push(relation);
  }
  for (let i = 0; i < Math.min(tokens.length, MAX_CUE_POSITION); i++) {
    const length = cues.relations.matchAt(tokens, i);
    if (!length) continue;
    const cue = cues.relationByPhrase.get(tokens.slice(i, i + length).map((t) => t.lower).join(' '));
    if (!cue) continue;
    const to = cue.takesObject || cue.objectOptional ? objectEnd(tokens, i + length, cues, cue.takesObject) : i + length;
    if (found.some((f) => f.from < to && f.to > i)) continue;
    // "sinds 2020", "sinds maandag": a date, which dates the event itself, is no earlier event
    if (cue.since && to > i + length && timexes.some((t) => t.anchor !== 'event' && t.start < tokens[to - 1].end && t.end > tokens[i + length].start)) continue;
    found.push(make(cue.type, i, i + length, to, cue.days, cue));
    i = to - 1;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** What a relation target needs to offer. */
export interface RelationCandidate {
  sentenceIndex: number;
  speech: boolean;
  sentenceText: string;
  /** The event has a time of its own, not only the document date. */
  dated: boolean;
  /** The event lasts: its date is a period of more than one day. */
  lasting: boolean;
}

/** How many events back a relation without an object looks for one with a time of its own. */
const DATED_LOOK_BACK = 3;

const WORD = /[\p{L}\p{N}]+/gu;

/** Does the sentence have a word starting with the stem of `noun` ("vote" matches "voted")? */
function mentionsNoun(sentence: string, noun: string): boolean {
  const stem = noun.length > MIN_STEM + 1 ? noun.slice(0, Math.max(MIN_STEM, noun.length - 2)) : noun;
  for (const match of sentence.toLowerCase().matchAll(WORD)) if (match[0].startsWith(stem)) return true;
  return false;
}

/** How far back a relation looks: news refers to recent events, and the bound keeps long texts linear. */
const LOOK_BACK = 200;

/** The earlier event a relation points to, or undefined when the text names none. */
export function pickTarget<T extends RelationCandidate>(earlier: readonly T[], sentenceIndex: number, relation: FoundRelation): T | undefined {
  let end = earlier.length;
  while (end > 0 && earlier[end - 1].sentenceIndex >= sentenceIndex) end--;
  const start = Math.max(0, end - LOOK_BACK);
  if (relation.speech) {
    for (let i = end - 1; i >= start; i--) if (earlier[i].speech) return earlier[i];
    return undefined;
  }
  if (relation.object !== undefined) {
    for (let i = start; i < end; i++) if (mentionsNoun(earlier[i].sentenceText, relation.object)) return earlier[i];
    return undefined;
  }
  // "in die periode": the nearest event that lasts; "daarna": the nearest with a time of its own, as one dated only
  // by the article is no anchor
  const near = Math.max(start, end - DATED_LOOK_BACK);
  if (relation.period) for (let i = end - 1; i >= near; i--) if (earlier[i].lasting) return earlier[i];
  for (let i = end - 1; i >= near; i--) if (earlier[i].dated) return earlier[i];
  return end > 0 ? earlier[end - 1] : undefined;
}
