/**
 * Sentence-level context for resolving an expression: the sentence around it and the tense cue nearest to it.
 * Language-free: the locale supplies its cue pattern.
 */

/** Inclusive-exclusive bounds of the sentence holding `index`: split at . ! ? followed by space, and at blank lines. */
export function sentenceBounds(text: string, index: number, maxReach = 600): { start: number; end: number } {
  // Bounded scans so that tagging stays linear however long a "sentence" is.
  let start = index;
  const lowest = Math.max(0, index - maxReach);
  while (start > lowest) {
    const c = text[start - 1];
    if (c === '\n' && text[start - 2] === '\n') break;
    if ((c === ' ' || c === '\n') && /[.!?]/.test(text[start - 2] ?? '') && /[A-Z"“'‘(0-9]/.test(text[start] ?? '')) break;
    start--;
  }
  let end = index;
  const highest = Math.min(text.length, index + maxReach);
  while (end < highest) {
    const c = text[end];
    if (c === '\n' && text[end + 1] === '\n') break;
    if (/[.!?]/.test(c) && /\s/.test(text[end + 1] ?? ' ') && /[A-Z"“'‘(0-9]/.test(text[end + 2] ?? 'A')) {
      end++;
      break;
    }
    end++;
  }
  return { start, end };
}

/** Grammatical time reference of a clause, as far as cue words tell. */
export type Tense = 'past' | 'future' | 'present';

/**
 * The tense of the cue word nearest to the span [start, end) within its sentence, or undefined when the sentence has
 * none. `cues` is a global pattern whose named groups `future`, `past` and `present` mark the kinds of cue
 * ("will", "plans" / "said", "-ed" / "is"); the locale keeps it linear (alternations of literal words).
 */
export function nearestTense(text: string, start: number, end: number, cues: RegExp): Tense | undefined {
  const sentence = sentenceBounds(text, start);
  const scan = cues.global ? cues : new RegExp(cues.source, `${cues.flags}g`);
  scan.lastIndex = 0;
  const body = text.slice(sentence.start, Math.max(sentence.end, end));
  let best: Tense | undefined;
  let bestDistance = Infinity;
  for (let m = scan.exec(body); m; m = scan.exec(body)) {
    if (m[0].length === 0) {
      scan.lastIndex++;
      continue;
    }
    const at = sentence.start + m.index;
    // The expression's own words are no cue ("May" is a month there, not a modal).
    if (at < end && at + m[0].length > start) continue;
    const distance = at >= end ? at - end : at + m[0].length <= start ? start - (at + m[0].length) : 0;
    const g = m.groups ?? {};
    const kind: Tense | undefined = g.future ? 'future' : g.past ? 'past' : g.present ? 'present' : undefined;
    if (kind && distance < bestDistance) [best, bestDistance] = [kind, distance];
  }
  return best;
}
