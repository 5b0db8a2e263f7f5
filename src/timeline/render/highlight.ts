/** Split a source sentence around its temporal expression. Offsets in the record are article offsets. */
import type { EventSource } from '../../types.js';

export interface SentenceParts {
  before: string;
  timex: string;
  after: string;
}

/** The parts, or null when the record has no usable timex offsets inside the sentence. */
export function splitSentence(sentence: string, source: EventSource): SentenceParts | null {
  if (source.timexStart === undefined || source.timexEnd === undefined) return null;
  const start = source.timexStart - source.sentenceStart;
  const end = source.timexEnd - source.sentenceStart;
  if (!(start >= 0 && end > start && end <= sentence.length)) return null;
  return { before: sentence.slice(0, start), timex: sentence.slice(start, end), after: sentence.slice(end) };
}
