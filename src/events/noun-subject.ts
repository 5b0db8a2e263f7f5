/**
 * The subject of a clause when it names no one ("The plant", "De bouw van de brug"), for a clause joined on that
 * shares it ("The plant opened in 2010 and will close", "De bouw begint in maart en moet in 2028 klaar zijn").
 */
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';
import { verbFormAt } from './triggers.js';

/** Words a subject that names no one may have before its clause's verb ("the new plant", "de bouw van de brug"). */
const NOUN_SUBJECT_REACH = 6;
/** Words between the subject and its clause's main verb: an auxiliary or two and an adverb ("did not actually prevent"). */
const VERB_GROUP_REACH = 3;

/**
 * The words from `from` to the clause's first verb, when they open with a determiner, are few and hold no comma,
 * time or preposition other than a name's link ("a lot of these lenders"); undefined otherwise (a fronted time or
 * adverb before the verb, "Volgend jaar begint de bouw", is no subject). With `verb`, the clause's main verb, the
 * first verb must be it or an auxiliary close before it; without, the first verb (a participle's form too) must come
 * before `to`.
 */
export function nounSubjectAt(text: string, tokens: readonly Token[], from: number, to: number, verb: number | undefined, cues: CompiledCues, inTime: (k: number) => boolean): string | undefined {
  const first = tokens[from];
  if (!first || !cues.determiners.has(first.lower) || cues.complementizers.matchAt(tokens, from) > 0) return undefined;
  const limit = verb ?? to;
  let end = from + 1;
  for (; end < limit; end++) {
    const form = verbFormAt(tokens, end, cues);
    // without the main verb, a participle's form may be it ("De bouw begint": "be-" and "-t" as in "betaalt")
    if (form === 'finite' || form === 'auxiliary' || (verb === undefined && form === 'participle')) break;
    // "of" may link a noun phrase ("a lot of these lenders"), no other preposition ("continue to"), and no dash
    const link = cues.prepositions.has(tokens[end].lower) && !cues.organisationLinks.matchAt(tokens, end);
    const words = /^\s+$/u.test(text.slice(tokens[end - 1].end, tokens[end].start));
    if (link || !words || inTime(end) || end - from >= NOUN_SUBJECT_REACH) return undefined;
  }
  if (verb === undefined ? end >= to : verb - end > VERB_GROUP_REACH) return undefined;
  return text.slice(first.start, tokens[end - 1].end);
}
