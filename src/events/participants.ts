/**
 * The participants stage: a clause's actors and places from the sentence's mentions, and the speaker of what was said.
 */
import type { EventAttribution } from '../types.js';
import type { Clause, Complement } from './clauses.js';
import type { CompiledCues } from './compiled-cues.js';
import { hasPronounSpeaker, namesOf } from './entities.js';
import type { SentenceContext } from './sentence-context.js';
import type { Token } from './tokens.js';

/** Who takes part in a clause's event and where it happens. */
export interface ClauseParticipants {
  actors: string[];
  places: string[];
}

/**
 * The actors and places of a clause of a sentence: its own names; a relative clause's antecedent; the sentence's
 * first actor for a content or a clause joined on without its own subject; the person a speaker pronoun stands for;
 * and for a saying split from its content, the sentence's people and places on both.
 */
export function clauseParticipants(context: SentenceContext, clause: Clause): ClauseParticipants {
  const { article, tokens, cues, mentions } = context;
  const clauseMentions = mentions.filter((m) => m.phraseStart >= clause.from && m.phraseStart < clause.to);
  let actors = namesOf(clauseMentions, 'actor');
  // a relative clause is about its antecedent ("Aurora-1, which has been in orbit since 2012")
  if (clause.role === 'relative') actors = namesOf(mentions.filter((m) => m.phraseEnd === clause.from), 'actor');
  // "X said that ..." and "X rejected it and left": the clause's actor is the sentence's; "..., but the government
  // overturned it" has a subject of its own, no actor, and inherits nobody
  const ownSubject = clause.role === 'coordinate' && clause.from > 0 && opensNounPhrase(tokens[clause.from], cues);
  if (actors.length === 0 && (clause.role === 'content' || clause.role === 'coordinate') && !ownSubject) actors = namesOf(mentions, 'actor').slice(0, 1);
  // "zei ze tegen RTV Oost", "He said the airport had waited": the speaker is the person named just before
  if (context.person && clause.role !== 'content' && clause.role !== 'relative' && hasPronounSpeaker(article.text, tokens, clause.from, clause.to, cues)) {
    actors = [context.person, ...actors.filter((name) => name !== context.person)];
  }
  // a saying and its content split apart share the sentence's people and places: who said it takes part in what was
  // said ("Airbus said it will contribute"), and where it was said is where it happens, unless the clause names others
  const splitSaying = clause.role === 'frame' || clause.role === 'content';
  if (splitSaying) actors = [...new Set([...actors, ...namesOf(mentions, 'actor')])];
  const places = splitSaying ? [...new Set([...namesOf(clauseMentions, 'place'), ...namesOf(mentions, 'place')])] : namesOf(clauseMentions, 'place');
  return { actors, places };
}

/**
 * The frame a content was told in: its reporting verb (with a separable particle: "liet ... weten"), and its speaker,
 * the frame's first actor, or the person a speaker pronoun stands for ("zei ze").
 */
export function attributionOf(context: SentenceContext, complement: Complement): EventAttribution {
  const { tokens, article, cues } = context;
  const verb = tokens[complement.verb];
  const frameFrom = complement.frameFrom ?? 0;
  const frameTo = complement.frameTo ?? complement.start;
  const speaker =
    namesOf(context.mentions.filter((m) => m.phraseStart >= frameFrom && m.phraseStart < frameTo), 'actor')[0] ??
    (context.person && hasPronounSpeaker(article.text, tokens, frameFrom, frameTo, cues) ? context.person : undefined);
  const attribution: EventAttribution = speaker ? { speaker, verb: { start: verb.start, end: verb.end, text: verb.text } } : { verb: { start: verb.start, end: verb.end, text: verb.text } };
  return attribution;
}

/** Does an article or a quantity stand here, opening a subject of its own ("but the government ...")? */
export function opensNounPhrase(token: Token | undefined, cues: CompiledCues): boolean {
  return token !== undefined && (cues.determiners.has(token.lower) || cues.quantifiers.has(token.lower));
}
