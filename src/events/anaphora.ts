/**
 * Words that point back to a name given before: a person's subject pronoun ("hij", "she") is the person named last;
 * a definite noun for an organisation ("the company", "het bedrijf") is the organisation the article has named most,
 * and a subject pronoun for one ("it intends to") the organisation named last; a definite noun for a kind of place
 * ("the country", "de gemeente") is the place of that kind named last. One person however named is one actor.
 */
import type { CompiledCues, PlaceKind } from './compiled-cues.js';
import { countryOfDemonym } from './demonyms.js';
import type { EntityMemory } from './entities.js';
import { newMention, type Mention } from './mention.js';
import { copyToken, type Token } from './tokens.js';

/** Who and what the article has named so far, in reading order; grows sentence by sentence. */
export interface Discourse {
  /** Index of the sentence being read. */
  sentence: number;
  /** How many names have been noted: the order of the next. */
  noted: number;
  person?: Named;
  organisation?: Named;
  /** How often each organisation has been named: "the company" is the one the article is about. */
  readonly organisationCounts: Map<string, number>;
  /** The first organisation named with each set of initials ("GM" for "General Motors"), for an acronym to find it. */
  readonly organisationsByInitials: Map<string, string>;
  readonly places: Map<PlaceKind, Named>;
  /** The last organisation described but not named ("the energy company"): a later "the company" is that one. */
  description?: Named;
  /** Person → the organisation they speak for ("Sanne de Bruin van de NS", "Dana Perino, the White House Press Secretary"). */
  readonly affiliations: Map<string, string>;
}

interface Named {
  name: string;
  sentence: number;
  /** Reading order among all names noted. */
  order: number;
}

/** Sentences back a person's pronoun may point ("He fought ..." after "Steve Jobs ..." two sentences before). */
const PERSON_REACH = 3;
/** Sentences back an organisation's pronoun may point: "it" is the organisation of this sentence or one just before. */
const PRONOUN_REACH = 2;
/** Words an organisation or place noun may have before it after the article ("the US car manufacturer"). */
const MAX_MODIFIERS = 2;

export function newDiscourse(): Discourse {
  return { sentence: -1, noted: 0, organisationCounts: new Map(), organisationsByInitials: new Map(), places: new Map(), affiliations: new Map() };
}

type Anaphor = { start: number; end: number } & (
  | { kind: 'person' | 'ambiguous-person' | 'organisation-pronoun' | 'speaker-organisation' | 'description' | 'government' }
  /** `noun`: the noun's words, lower case ("airline"): an organisation with it in its name is the one meant. */
  | { kind: 'organisation'; noun?: readonly string[] }
  | { kind: 'place'; place: PlaceKind }
);

/**
 * The sentence's mentions with those of its words that point back added, in text order; notes what the sentence
 * names for the sentences after it. Call once per sentence, in order.
 */
export function resolveAnaphora(text: string, tokens: readonly Token[], mentions: readonly Mention[], cues: CompiledCues, memory: EntityMemory, quoted = false): Mention[] {
  const discourse = memory.discourse;
  discourse.sentence++;
  const anaphors = findAnaphors(text, tokens, mentions, cues, quoted);
  const demonyms = demonymCountries(tokens, cues);
  const out: Mention[] = [];
  let next = 0;
  let nextDemonym = 0;
  // "the Japanese Nikkei ... hit the country": a demonym names its country for what points back after it
  const noteDemonymsBefore = (position: number) => {
    for (; nextDemonym < demonyms.length && demonyms[nextDemonym].index < position; nextDemonym++) {
      discourse.places.set('country', { name: demonyms[nextDemonym].country, sentence: discourse.sentence, order: discourse.noted++ });
    }
  };
  const resolveBefore = (position: number) => {
    while (next < anaphors.length && anaphors[next].start < position) {
      noteDemonymsBefore(anaphors[next].start);
      resolveInto(out, anaphors[next++], discourse, memory);
    }
    noteDemonymsBefore(position);
  };
  let previous: Mention | undefined;
  for (const mention of mentions) {
    resolveBefore(mention.phraseStart);
    out.push(mention);
    note(text, mention, tokens, discourse, cues, memory);
    if (previous) affiliate(previous, mention, tokens, discourse, cues, memory);
    previous = mention;
  }
  resolveBefore(tokens.length);
  return out;
}

function resolveInto(out: Mention[], anaphor: Anaphor, discourse: Discourse, memory: EntityMemory): void {
  if (anaphor.kind === 'description') {
    discourse.description = { name: '', sentence: discourse.sentence, order: discourse.noted++ };
    return;
  }
  const name = antecedent(anaphor, discourse, memory);
  if (name === undefined) return;
  const role = anaphor.kind === 'place' ? 'place' : 'actor';
  // "the government" is its country acting: who and where
  out.push(newMention(name, role, anaphor.kind === 'government', anaphor.start, anaphor.end, false, true));
  if (anaphor.kind === 'person' || anaphor.kind === 'ambiguous-person') discourse.person = { name, sentence: discourse.sentence, order: discourse.noted++ };
}

function antecedent(anaphor: Anaphor, discourse: Discourse, memory: EntityMemory): string | undefined {
  const within = (named: Named | undefined, reach: number) => (named && discourse.sentence - named.sentence <= reach ? named.name : undefined);
  switch (anaphor.kind) {
    case 'person':
      return within(discourse.person, PERSON_REACH);
    case 'ambiguous-person': {
      // "Vakbond FNV is kritisch. Zij vreest ...": after an organisation, "zij" may be it
      const { person, organisation } = discourse;
      if (organisation && person && organisation.order > person.order) return undefined;
      return within(person, PERSON_REACH);
    }
    case 'organisation-pronoun':
      return within(discourse.organisation, PRONOUN_REACH);
    case 'speaker-organisation': {
      // a speaker's "we" is the organisation they were given with, or, for one given with an office
      // ("Spokeswoman Sandy Angers"), the organisation the article is about; a resident's "we" is no organisation
      const speaker = within(discourse.person, PERSON_REACH);
      if (!speaker) return undefined;
      const affiliation = discourse.affiliations.get(speaker);
      if (affiliation) return affiliation;
      return [...memory.roles.values()].includes(speaker) ? antecedent({ ...anaphor, kind: 'organisation' }, discourse, memory) : undefined;
    }
    case 'organisation': {
      // "The energy company said ... The company denied": the one described last, which has no name
      if (discourse.description && (!discourse.organisation || discourse.description.order > discourse.organisation.order)) return undefined;
      // "The airline" after "China Eastern Airlines" and "Airbus": the one whose name says what it is
      const named = anaphor.noun && [...discourse.organisationCounts.keys()].filter((name) => namesKind(name, anaphor.noun!));
      const candidates = named && named.length > 0 ? named : [...discourse.organisationCounts.keys()];
      let best: string | undefined;
      let most = 0;
      // the most named; of equals, the one named first (what the article is about)
      for (const name of candidates) {
        const count = discourse.organisationCounts.get(name)!;
        if (count > most) {
          best = name;
          most = count;
        }
      }
      return best;
    }
    case 'place':
      return discourse.places.get(anaphor.place)?.name;
    case 'government':
      return discourse.places.get('country')?.name;
  }
}

/** Does an organisation's name hold the noun for its kind ("China Eastern Airlines" the airline, "Deutsche Bank" the bank)? */
function namesKind(name: string, noun: readonly string[]): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const last = noun[noun.length - 1];
  return words.some((word) => word === last || word === `${last}s`);
}

/** The demonyms of the sentence that stand for a country of the gazetteer, in text order. */
function demonymCountries(tokens: readonly Token[], cues: CompiledCues): { index: number; country: string }[] {
  const found: { index: number; country: string }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const country = tokens[k].capitalised ? countryOfDemonym(tokens[k], cues) : undefined;
    if (country && cues.anaphora.placeKinds.get(country.toLowerCase()) === 'country') found.push({ index: k, country });
  }
  return found;
}

/** Remember a mention as the last of its kind. */
function note(text: string, mention: Mention, tokens: readonly Token[], discourse: Discourse, cues: CompiledCues, memory: EntityMemory): void {
  const named = { name: mention.name, sentence: discourse.sentence, order: discourse.noted++ };
  if (mention.role === 'place' || mention.place) {
    const kind = cues.anaphora.placeKinds.get(mention.name.toLowerCase());
    if (kind) discourse.places.set(kind, named);
    return;
  }
  if (mention.role !== 'actor') return;
  if (memory.people.has(mention.name)) {
    if (standsAsSubject(text, tokens, mention, cues)) discourse.person = named;
    return;
  }
  // an office standing for a person ("de wethouder") is that person; a name with a number is a product ("A380")
  if (mention.resolved || mention.anaphor || /\d/.test(mention.name)) return;
  const key = organisationKey(mention.name, discourse);
  discourse.organisation = { name: key, sentence: named.sentence, order: named.order };
  const count = discourse.organisationCounts.get(key);
  discourse.organisationCounts.set(key, (count ?? 0) + 1);
  if (count === undefined) {
    const initials = nameShape(key).initials;
    if (!discourse.organisationsByInitials.has(initials)) discourse.organisationsByInitials.set(initials, key);
  }
}

/**
 * Does a person's name stand where a subject or a speaker does: opening the sentence or a phrase set off by
 * punctuation, after an office, a form of address, a reporting verb closing a quotation or "volgens" / "according to"? Not after another
 * verb or a preposition ("Intel added Digital Rights", "a spokesman for Force Ouvrière"): "he" means the subject.
 */
function standsAsSubject(text: string, tokens: readonly Token[], mention: Mention, cues: CompiledCues): boolean {
  const start = mention.phraseStart;
  const before = tokens[start - 1];
  if (!before || /[,;:“”"'(—–-]/.test(text.slice(before.end, tokens[start].start))) return true;
  if (before.capitalised || cues.determiners.has(before.lower) || cues.connectors.matchAt(tokens, start - 1) > 0) return true;
  // an office of one or more words right before the name ("Chief executive Thomas Enders said")
  for (let k = Math.max(0, start - 3); k < start; k++) if (cues.roleNouns.matchAt(tokens, k, start) === start - k) return true;
  if (cues.raw.personTitles.includes(before.lower)) return true;
  if (cues.attribution.find(tokens, Math.max(0, start - 2), start) !== undefined) return true;
  // '..." said Angers', '..., zegt Jansen': a reporting verb right after a quotation or a comma ("added Digital Rights" is no speech)
  const verb = cues.reporting.find(tokens, Math.max(0, start - 2), start);
  const previous = verb && tokens[verb.index - 1];
  return verb !== undefined && (!previous || /[,“”"']/.test(text.slice(previous.end, tokens[verb.index].start)));
}

/** Words that may stand between a person and the organisation they are given with ("van de", ", a spokesman for"). */
const AFFILIATION_REACH = 6;

/**
 * A person and an organisation side by side ("Sanne de Bruin van de NS", "Dana Perino, the White House Press
 * Secretary", "Boeing spokeswoman Sandy Angers"): the person speaks for it. Only words that are no verb between.
 */
function affiliate(first: Mention, second: Mention, tokens: readonly Token[], discourse: Discourse, cues: CompiledCues, memory: EntityMemory): void {
  const isPerson = (m: Mention) => m.role === 'actor' && memory.people.has(m.name) && !m.anaphor;
  const isOrganisation = (m: Mention) => m.role === 'actor' && !memory.people.has(m.name) && !m.anaphor && !m.resolved && !m.place;
  const [person, organisation] = isPerson(first) && isOrganisation(second) ? [first, second] : isOrganisation(first) && isPerson(second) ? [second, first] : [];
  if (!person || !organisation || discourse.affiliations.has(person.name)) return;
  const from = first.phraseEnd;
  const to = second.phraseStart;
  if (to - from > AFFILIATION_REACH) return;
  for (let k = from; k < to; k++) {
    const lower = tokens[k].lower;
    if (cues.reporting.matchAt(tokens, k) > 0 || cues.auxiliaries.has(lower) || cues.coordinators.matchAt(tokens, k) > 0) return;
  }
  discourse.affiliations.set(person.name, organisation.name);
}

/** An acronym and the name it abbreviates count as one organisation, under the one named first: "GM" is "General Motors". */
function organisationKey(name: string, discourse: Discourse): string {
  const own = nameShape(name);
  // an acronym is the first organisation named with those initials; a name, the acronym of its initials named before
  if (own.acronym) return discourse.organisationsByInitials.get(name) ?? name;
  return discourse.organisationCounts.has(own.initials) && nameShape(own.initials).acronym ? own.initials : name;
}

/** A name's initials ("GM" for "General Motors") and whether it is an acronym itself, worked out once per name. */
interface NameShape {
  initials: string;
  acronym: boolean;
}
const nameShapes = new Map<string, NameShape>();
/** Names whose shape is remembered at most (a bound on memory over a long corpus). */
const MAX_NAME_SHAPES = 20_000;
function nameShape(name: string): NameShape {
  let shape = nameShapes.get(name);
  if (!shape) {
    shape = { initials: name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join(''), acronym: /^\p{Lu}{2,}$/u.test(name) };
    if (nameShapes.size < MAX_NAME_SHAPES) nameShapes.set(name, shape);
  }
  return shape;
}

/**
 * Is token `k` inside a quotation: after an opening quote mark in its sentence that is not closed before it, or,
 * with none before it, before a closing one (the quotation opened in an earlier sentence)?
 */
function quotedAt(text: string, tokens: readonly Token[], k: number): boolean {
  let open = false;
  let seen = false;
  for (let c = tokens[0].start - 1; c < tokens[k].start; c++) {
    const ch = text[c];
    if (ch === '“' || ch === '„' || ch === '«') (open = true), (seen = true);
    else if (ch === '”' || ch === '»') (open = false), (seen = true);
    else if (ch === '"') (open = !open), (seen = true);
  }
  if (seen) return open;
  const tail = text.slice(tokens[k].end, tokens[tokens.length - 1].end + 2);
  return /[”»]/.test(tail) && !/[“„«]/.test(tail);
}

/** Words of the sentence, outside its mentions, that point back, in text order. */
function findAnaphors(text: string, tokens: readonly Token[], mentions: readonly Mention[], cues: CompiledCues, quoted: boolean): Anaphor[] {
  // words inside a mention are no anaphor; its leading article may open one ("the company's" before a name)
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let k = m.phraseStart; k < m.phraseEnd; k++) if (!(k === m.phraseStart && cues.determiners.has(tokens[k].lower))) covered[k] = 1;
  // the first unnamed definite noun phrase ("The U.S. space agency"): a later "it" may be that
  let firstDescription = 0;
  while (firstDescription < tokens.length - 1 && !(cues.anaphora.definiteArticles.holds(tokens[firstDescription]) && !covered[firstDescription] && !tokens[firstDescription + 1].capitalised)) firstDescription++;
  const found: Anaphor[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (covered[k]) continue;
    const token = tokens[k];
    if (cues.speakerPronouns.holds(token)) {
      // "The state attorney general said he would appeal": after the saying of an unnamed subject the pronoun is
      // that subject, not the person named before
      if (saidByDescription(tokens, k, firstDescription, mentions, cues)) continue;
      // inside a quotation "hij" is someone the speaker talks about, not the speaker
      if (!pluralVerbBeside(tokens, k, cues) && !quoted && !quotedAt(text, tokens, k)) found.push({ kind: cues.anaphora.ambiguousPersonPronouns.holds(token) ? 'ambiguous-person' : 'person', start: k, end: k + 1 });
      continue;
    }
    if (cues.anaphora.quotedOrganisationPronouns.holds(token) && (quoted || quotedAt(text, tokens, k))) {
      found.push({ kind: 'speaker-organisation', start: k, end: k + 1 });
      continue;
    }
    if (cues.anaphora.organisationPronouns.holds(token)) {
      // "It could part ways", "Fiat announced that it intends": opening the sentence, or after a name in it; "The
      // space agency said it supported" points to the unnamed agency
      const opens = k === 0 || (k === 1 && cues.connectors.matchAt(tokens, 0) === 1);
      const namedBefore = mentions.some((m) => m.phraseEnd <= k && m.role === 'actor');
      const describedBefore = firstDescription < k - 1;
      if ((opens || (namedBefore && !describedBefore)) && actsAsSubject(tokens, k, cues)) found.push({ kind: 'organisation-pronoun', start: k, end: k + 1 });
      continue;
    }
    const noun = definiteNoun(text, tokens, k, cues);
    if (noun) {
      // "Ford Motors Co., the automobile manufacturing firm,": a description set beside a name describes that name
      const apposition = k > 0 && mentions.some((m) => m.phraseEnd === k && m.role === 'actor') && /^\.?\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
      if (!(apposition && noun.kind === 'description')) found.push(noun);
      k = noun.end - 1;
    }
  }
  return found;
}

/**
 * Does the pronoun at `k` open what an unnamed subject said ("The state attorney general said [that] he ..."): a
 * reporting verb right before it (or before "that"), a definite description opening the sentence as its subject, and
 * no name or pronoun acting before the verb?
 */
function saidByDescription(tokens: readonly Token[], k: number, firstDescription: number, mentions: readonly Mention[], cues: CompiledCues): boolean {
  const verb = k > 1 && cues.complementizers.matchAt(tokens, k - 1) > 0 ? k - 2 : k - 1;
  if (verb < 1 || firstDescription !== 0 || cues.reporting.matchAt(tokens, verb) === 0) return false;
  for (let j = 1; j < verb; j++) if (cues.speakerPronouns.holds(tokens[j])) return false;
  return !mentions.some((m) => m.role === 'actor' && m.phraseEnd <= verb);
}

/** "Ze vertrekken", "zeiden ze": a pronoun beside a plural verb is "they", not "she". */
function pluralVerbBeside(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  const ending = cues.raw.speakerPronouns.pluralEnding;
  const plural = (t: Token | undefined) =>
    t !== undefined && !t.capitalised && t.lower.endsWith(ending!) && !cues.prepositions.has(t.lower) && !cues.stopwords.has(t.lower) && !cues.determiners.has(t.lower);
  return ending !== undefined && (plural(tokens[k + 1]) || plural(tokens[k - 1]));
}

/**
 * Does a pronoun for an organisation stand as a subject that acts: before a verb ("it intends", "it had lost", "it
 * is considering", "it could part ways"), not before a copula's complement or a passive ("It is the biggest", "It
 * was a milestone", "it is expected that") or an impersonal verb ("it seems")?
 */
function actsAsSubject(tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  let j = k + 1;
  if (tokens[j] && cues.connectors.matchAt(tokens, j) === 1) j++;
  const verb = tokens[j];
  if (!verb || verb.capitalised || cues.anaphora.impersonalVerbs.has(verb.lower)) return false;
  const ing = cues.raw.participleEnding ?? '';
  const progressive = (t: Token | undefined) => t !== undefined && ing !== '' && t.lower.length > ing.length + 2 && t.lower.endsWith(ing);
  // "it could part ways", "it would axe 10,000 jobs": a modal before a verb of its own acts; "it could be that",
  // "it may seem" and a hedge that is no modal ("it reportedly") do not
  if (cues.speculation.matchAt(tokens, j) > 0) {
    const after = tokens[j + 1];
    const impersonal = (t: Token) => cues.anaphora.impersonalVerbs.has(t.lower) || cues.anaphora.impersonalVerbs.has(`${t.lower}s`);
    if (!cues.auxiliaries.has(verb.lower) || !after || impersonal(after) || cues.tense.bePresent.has(after.lower) || cues.tense.bePast.has(after.lower)) return false;
    if (after.lower === 'be' || after.lower === 'have') return progressive(tokens[j + 2]) || (after.lower === 'have' && tokens[j + 2] !== undefined && /ed$/.test(tokens[j + 2].lower));
    return !after.capitalised && !cues.stopwords.has(after.lower) && !cues.determiners.has(after.lower) && !cues.prepositions.has(after.lower);
  }
  if (cues.auxiliaries.has(verb.lower)) {
    const after = tokens[j + 1];
    // "it is considering", "it has been struggling": a form of "be" acts only before a verb in -ing
    if (after && (after.lower === 'be' || after.lower === 'been')) return progressive(tokens[j + 2]);
    if (BE.has(verb.lower)) return progressive(after);
    return after !== undefined && !cues.determiners.has(after.lower);
  }
  if (cues.stopwords.has(verb.lower) || cues.prepositions.has(verb.lower)) return false;
  // a finite verb of its own: "it sells", "it posted"
  return /(?:[^s]s|ed)$/.test(verb.lower);
}
const BE = new Set(['is', 'was', 'are', 'were']);

/**
 * A definite noun for an organisation or a kind of place at `k`, after its article and at most two modifiers ("the
 * company", "the US car manufacturer", "de gemeente"); not one that a name follows ("the company Apple", "de
 * gemeente Utrecht": the name is there) nor one that is a modifier itself ("the bank chief", "the company's move" is
 * the company).
 */
function definiteNoun(text: string, tokens: readonly Token[], k: number, cues: CompiledCues): Anaphor | undefined {
  const { anaphora } = cues;
  if (!anaphora.definiteArticles.holds(tokens[k])) return undefined;
  // "the government" alone, not "the government of Indonesia" nor "the government bonds"... a name or "of" after it names another
  const noun = tokens[k + 1];
  if (noun && anaphora.governmentNouns.has(noun.lower.endsWith("'s") ? noun.lower.slice(0, -2) : noun.lower)) {
    const after = tokens[k + 2];
    const named = after !== undefined && (after.capitalised || cues.nounLinks.has(after.lower)) && !/[,;:]/.test(text.slice(noun.end, after.start));
    return named ? undefined : { kind: 'government', start: k, end: k + 2 };
  }
  let described = false;
  for (let j = k + 1; j <= k + 1 + MAX_MODIFIERS && j < tokens.length; j++) {
    const match = matchNoun(tokens, j, cues);
    if (match) {
      const end = j + match.length;
      const after = tokens[end];
      const possessive = tokens[end - 1].lower.endsWith("'s");
      if (after && !possessive && (after.capitalised || cues.roleNouns.matchAt(tokens, end) > 0 || anaphora.organisationNouns.matchAt(tokens, end) > 0)) return undefined;
      // "the company, Fiat": a name in apposition names it
      if (after && text.slice(tokens[end - 1].end, after.start).trim() === ',' && after.capitalised) return undefined;
      if (described) return match.place ? undefined : { kind: 'description', start: k, end };
      return match.place ? { kind: 'place', place: match.place, start: k, end } : { kind: 'organisation', start: k, end, noun: tokens.slice(j, end).map((t) => t.lower.replace(/'s$/, '')) };
    }
    // modifiers: a capitalised place or demonym ("the US car manufacturer", "the Italian company"); "the energy
    // company" is another, unnamed one
    if (!tokens[j].capitalised) described = true;
    if (cues.stopwords.has(tokens[j].lower) || cues.prepositions.has(tokens[j].lower)) return undefined;
  }
  return undefined;
}

/** An organisation or place noun at `j`, its possessive ending ("company's") let through. */
function matchNoun(tokens: readonly Token[], j: number, cues: CompiledCues): { length: number; place?: PlaceKind } | undefined {
  const end = Math.min(tokens.length, j + 3);
  let possessive = false;
  for (let k = j; k < end && !possessive; k++) possessive = tokens[k].lower.endsWith("'s");
  // the three words as they are (most often), or a copy with their possessive endings let through
  const plain = possessive ? tokens.slice(j, end).map((t) => (t.lower.endsWith("'s") ? copyToken(t, t.lower.slice(0, -2)) : t)) : tokens;
  const at = possessive ? 0 : j;
  const organisation = cues.anaphora.organisationNouns.matchAt(plain, at, possessive ? plain.length : end);
  if (organisation) return { length: organisation };
  const place = cues.anaphora.placeNouns.matchAt(plain, at, possessive ? plain.length : end) === 1 ? cues.anaphora.placeNounKinds.get(plain[at].lower) : undefined;
  return place ? { length: 1, place } : undefined;
}
