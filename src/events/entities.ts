/**
 * Actors and places by capitalisation and the locale's cue lists. Known organisations are actors ("het Kremlin" →
 * `Kremlin`); known places are places, unless they are the subject ("Rusland zegt ..."); a demonym before a group
 * noun is an actor ("het Wit-Russische leger"); other capitalised runs are names of people or bodies.
 * An office introduced before a name ("de Wit-Russische president Loekasjenko") later stands for that name.
 */
import { newDiscourse, resolveAnaphora, type Discourse } from './anaphora.js';
import { newMention, type Mention } from './mention.js';
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';

export type { Mention } from './mention.js';

/** What the article has taught so far; grows sentence by sentence. */
export interface EntityMemory {
  /** Capitalised words seen somewhere other than a sentence start: surely names. */
  readonly knownNames: Set<string>;
  /** Last word of a multi-word name → the full name ("Godfroid" → "David Jan Godfroid"). */
  readonly fullNames: Map<string, string>;
  /** Office (lower case) → the name it was given to. */
  readonly roles: Map<string, string>;
  /**
   * Name words the article also uses on their own, with no name word beside them ("Poetin zegt", "met Loekasjenko"):
   * two of these side by side are two names ("heeft Poetin Loekasjenko gebeld"), not one. Empty without cues.
   */
  readonly standalone: Set<string>;
  /** Two name words side by side, written so more than once ("Steve Jobs"): one name even where both stand alone too. */
  readonly pairs: Set<string>;
  /** Names known to be people: given with an office ("Minister Kuipers") or written as a person's name ("Dave Lees"). */
  readonly people: Set<string>;
  /** Who and what was named last, for the words that point back ("hij", "the company", "de gemeente"). */
  readonly discourse: Discourse;
}


/**
 * Memory seeded with every capitalised word that appears after the first word of a sentence or (given the text) of a
 * quotation, and (with the language's cues) with the name words that stand alone and the words that open two or
 * more sentences: a word that opens several sentences, is no function word of the language and is never written in
 * lower case in the article ("Poetin heeft ... Poetin wil ...") is a name.
 */
export function newEntityMemory(sentences: readonly (readonly Token[])[], cues?: CompiledCues, text?: string): EntityMemory {
  const knownNames = new Set<string>();
  const standalone = new Set<string>();
  const seenPairs = new Set<string>();
  const pairs = new Set<string>();
  const openers = new Map<string, number>();
  for (const tokens of sentences) {
    for (let i = 1; i < tokens.length; i++) if (tokens[i].capitalised && !(text && opensQuotation(text, tokens[i]))) knownNames.add(tokens[i].text);
    if (!cues) continue;
    const first = tokens[0];
    // an opener followed by a lower-case word: "Poetin heeft", not "Storm Alma"; nor a participle before what it
    // governs ("Speaking to the press", "Following a large fall")
    if (first && tokens[1] && !tokens[1].capitalised && isNameWord(first, cues) && !participleOpening(tokens, cues)) openers.set(first.text, (openers.get(first.text) ?? 0) + 1);
    let previousIsName = false;
    for (let i = 0; i < tokens.length; i++) {
      const isName = isNameWord(tokens[i], cues);
      if (isName && !previousIsName && !(tokens[i + 1] && isNameWord(tokens[i + 1], cues))) standalone.add(tokens[i].text);
      if (isName && previousIsName) {
        const pair = `${tokens[i - 1].text} ${tokens[i].text}`;
        if (seenPairs.has(pair)) pairs.add(pair);
        seenPairs.add(pair);
      }
      previousIsName = isName;
    }
  }
  // a word the article also writes in lower case is a common word ("Reizigers ... de reizigers"); only words that
  // open two or more sentences are looked for, so most articles need no second pass
  const repeated = new Map<string, string>();
  for (const [word, count] of openers) if (count >= 2) repeated.set(word.toLowerCase(), word);
  if (repeated.size > 0) {
    for (const tokens of sentences) for (const token of tokens) if (!token.capitalised) repeated.delete(token.lower);
    for (const word of repeated.values()) knownNames.add(word);
  }
  return { knownNames, fullNames: new Map(), roles: new Map(), standalone, pairs, people: new Set(), discourse: newDiscourse() };
}

const UPPER_FIRST = /^\p{Lu}/u;

/** Does the sentence open with a participle before no verb ("Speaking to", "Following this"), unlike "Beijing has"? */
function participleOpening(tokens: readonly Token[], cues: CompiledCues): boolean {
  const ending = cues.raw.participleEnding;
  const [first, second] = tokens;
  if (!ending || !first || !second || first.lower.length <= ending.length + 3 || !first.lower.endsWith(ending)) return false;
  return !cues.auxiliaries.has(second.lower) && !isVerbCue(tokens, 1, cues);
}

/** Lower-case spelling → the list's own spelling, built once per list. */
const spellings = new WeakMap<readonly string[], Map<string, string>>();

function canonical(list: readonly string[], tokens: readonly Token[], i: number, length: number): string {
  let byLower = spellings.get(list);
  if (!byLower) {
    byLower = new Map();
    for (const entry of list) {
      // keyed like tokens are compared: lower-case words joined by single spaces
      const key = entry.toLowerCase().replace(/’/g, "'").split(/\s+/).join(' ');
      if (!byLower.has(key)) byLower.set(key, entry);
    }
    spellings.set(list, byLower);
  }
  // one word (most names) needs no joining
  if (length === 1 && i < tokens.length) return byLower.get(tokens[i].lower) ?? tokens[i].text;
  const written = tokens.slice(i, i + length).map((t) => t.lower).join(' ');
  return byLower.get(written) ?? tokens.slice(i, i + length).map((t) => t.text).join(' ');
}

/**
 * A cue match counts for a name only when a capitalised cue meets a capitalised word, and an acronym an acronym:
 * "It" is no "IT", "Who" no "WHO".
 */
function caseFits(list: readonly string[], tokens: readonly Token[], i: number, length: number): boolean {
  const entry = canonical(list, tokens, i, length);
  if (length === 1 && ACRONYM.test(entry)) return tokens[i].text === entry;
  return !UPPER_FIRST.test(entry) || tokens[i].capitalised;
}
const ACRONYM = /^\p{Lu}{2,}$/u;

/** A word list as a set, made once per list (a list scan per hyphenated word adds up). */
const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
function setOf(list: readonly string[]): ReadonlySet<string> {
  let set = sets.get(list);
  if (!set) {
    set = new Set(list);
    sets.set(list, set);
  }
  return set;
}

function isNameWord(token: Token, cues: CompiledCues): boolean {
  if (!token.capitalised || cues.stopwords.holds(token) || cues.notNames.holds(token) || cues.determiners.holds(token)) return false;
  // a contraction of a function word ("We're", "It's") is no name
  const apostrophe = token.lower.indexOf("'");
  return apostrophe < 0 || !cues.stopwords.has(token.lower.slice(0, apostrophe)) && !cues.notNames.has(token.lower.slice(0, apostrophe));
}

/** Only spaces (and the dot of an initial) may stand between the words of one name: "J. Whitfield", not "Conference (WWDC". */
function joinsName(text: string, left: Token, right: Token): boolean {
  // "J. Whitfield", "S&P", "Procter & Gamble"
  for (let i = left.end; i < right.start; i++) if (text[i] !== '.' && text[i] !== '&' && !/\s/.test(text[i])) return false;
  return true;
}

/** A possessive ending is not part of the name: "Apple's" → "Apple". */
function withoutPossessive(name: string): string {
  return name.endsWith("'s") || name.endsWith('’s') ? name.slice(0, -2) : name;
}

function isDemonym(token: Token, cues: CompiledCues): boolean {
  if (!token.capitalised) return false;
  const endings = cues.raw.demonymEndings;
  for (let e = 0; e < endings.length; e++) if (token.lower.length > endings[e].length + 2 && token.lower.endsWith(endings[e])) return true;
  return false;
}

/** Find the mentions in one sentence's tokens, learning names and offices as it goes. */
export function findMentions(text: string, tokens: readonly Token[], cues: CompiledCues, memory: EntityMemory, quoted = false): Mention[] {
  const mentions: Mention[] = [];
  let pendingRole: string | undefined;
  // "the Prime Minister of Singapore, Mr. Lee Hsien Loong": an office whose holder is named after a comma
  let appositionRole: string | undefined;
  /** "Fritz Henderson, the Chief Executive Officer of ...": the person named right before a comma and an office. */
  const personBeforeComma = (i: number) => {
    const start = phraseStartOf(i);
    const previous = mentions[mentions.length - 1];
    if (!previous || previous.phraseEnd !== start || start === 0 || !memory.people.has(previous.name)) return undefined;
    return text.slice(tokens[start - 1].end, tokens[start].start).trim() === ',' ? previous.name : undefined;
  };
  /** Is the name at `i` set off by a comma, a form of address between ("..., Mr. Lee Hsien Loong")? */
  const afterComma = (i: number) => {
    let k = i;
    while (k > 0 && setOf(cues.raw.personTitles).has(tokens[k - 1].lower)) k--;
    return k > 0 && tokens[k].commaBefore;
  };
  const roleFor = (i: number) => {
    if (pendingRole) return pendingRole;
    if (appositionRole && afterComma(i)) {
      const role = appositionRole;
      appositionRole = undefined;
      return role;
    }
    return undefined;
  };
  const phraseStartOf = (i: number) => {
    let start = i;
    while (start > 0 && cues.determiners.has(tokens[start - 1].lower) && start > i - 2) start--;
    return start;
  };
  const push = (name: string, role: Mention['role'], start: number, end: number, resolved = false, place?: true) =>
    mentions.push(newMention(name, role, place === true, phraseStartOf(start), end, resolved, false));
  /** "the United States Government", "US Government's": a place's government is the place acting. */
  const pushGovernment = (start: number, end: number) => push(withoutPossessive(text.slice(tokens[start].start, tokens[end - 1].end).replace(/\s+/g, ' ')), 'actor', start, end, false, true);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    // most words are lower case and start no listed name or office: nothing below can begin at them
    if (!token.capitalised && !cues.nameStarts.mayStartAt(token) && !token.text.includes('-')) {
      i++;
      continue;
    }
    const org = cues.organisations.matchAt(tokens, i);
    if (org && caseFits(cues.raw.organisations, tokens, i, org)) {
      const name = canonical(cues.raw.organisations, tokens, i, org);
      // "at the White House", "in the EU": a seat after a place preposition is where, not who
      const site = cues.sites.has(name.toLowerCase());
      const where = site && placeAfter(tokens, phraseStartOf(i), cues);
      const legalEnd = legalFormEnd(text, tokens, i + org, cues);
      // "Apple Corps", "Apple Computer": name words after a known name make a longer name of another organisation,
      // unless a name runs into it ("William Clay Ford Jr.")
      const longer = !site && legalEnd === i + org && !(i > 0 && isNameWord(tokens[i - 1], cues) && joinsName(text, tokens[i - 1], token)) ? longerNameEnd(text, tokens, i + org, cues) : legalEnd;
      if (longer > legalEnd) {
        push(withoutPossessive(text.slice(tokens[i].start, tokens[longer - 1].end).replace(/\s+/g, ' ')), 'actor', i, longer);
        i = longer;
        continue;
      }
      const end = legalEnd;
      // a seat that acts ("The White House said", "The EU made the decision") is who and where, as a town that acts
      push(name, where ? 'place' : 'actor', i, end, false, site && !where ? true : undefined);
      i = end;
      continue;
    }
    const place = pendingRole ? 0 : placeAt(tokens, i, cues, memory);
    if (place && caseFits(cues.placeNames, tokens, i, place) && !opensOrganisation(text, tokens, i, place, cues, memory)) {
      const end = i + place + placeWordAfter(text, tokens, i + place, cues);
      if (isGovernmentNoun(text, tokens, end, cues)) pushGovernment(i, end + 1);
      else push(end > i + place ? text.slice(tokens[i].start, tokens[end - 1].end) : canonical(cues.placeNames, tokens, i, place), 'place', i, end);
      i = end + (isGovernmentNoun(text, tokens, end, cues) ? 1 : 0);
      continue;
    }
    const town = pendingRole ? 0 : townAt(text, tokens, i, cues, memory);
    if (town && !opensOrganisation(text, tokens, i, town, cues, memory)) {
      const end = i + town;
      if (isGovernmentNoun(text, tokens, end, cues)) pushGovernment(i, end + 1);
      else push(canonical(cues.townNames, tokens, i, town), 'place', i, end);
      i = end + (isGovernmentNoun(text, tokens, end, cues) ? 1 : 0);
      continue;
    }
    // "NAVO-tanks": a compound whose first part is a known organisation
    const dash = token.text.indexOf('-');
    if (dash > 0) {
      const head = token.text.slice(0, dash);
      const known = setOf(cues.raw.organisations).has(head) ? head : undefined;
      // "GroenLinks-raadslid Sanne Bakker": an office compound before a name is that office
      const office = token.text.slice(token.text.lastIndexOf('-') + 1).toLowerCase();
      const next = tokens[i + 1];
      if (setOf(cues.raw.roleNouns).has(office) && next && isNameWord(next, cues)) {
        if (known) push(known, 'actor', i, i + 1);
        pendingRole = office;
        i++;
        continue;
      }
      if (known) {
        push(known, 'actor', i, i + 1);
        i++;
        continue;
      }
    }
    if (isDemonym(token, cues)) {
      const group = cues.groupNouns.matchAt(tokens, i + 1);
      if (group) {
        const office = tokens.slice(i + 1, i + 1 + group).map((t) => t.lower).join(' ');
        const after = tokens[i + 1 + group];
        const holder = personBeforeComma(i);
        if (holder) {
          memory.roles.set(office, holder);
        } else if (after && isNameWord(after, cues)) {
          pendingRole = office;
        } else if (memory.roles.has(office) && cues.roleNouns.has(office)) {
          push(memory.roles.get(office)!, 'actor', i, i + 1 + group, true);
        } else if (cues.anaphora.governmentNouns.has(office)) {
          pushGovernment(i, i + 1 + group);
        } else {
          push(tokens.slice(i, i + 1 + group).map((t) => t.text).join(' '), 'actor', i, i + 1 + group);
        }
        i += 1 + group;
        continue;
      }
    }
    // a demonym adjective before a common noun ("de Wit-Russische grens") names nobody; after an article the word
    // after it is that noun even where it could be a verb ("het Russische besluit")
    const following = tokens[i + 1];
    const attributive = i > 0 && cues.determiners.has(tokens[i - 1].lower);
    if (isDemonym(token, cues) && following && !following.capitalised && (attributive || !isVerbCue(tokens, i + 1, cues))) {
      i++;
      continue;
    }
    const role = cues.roleNouns.matchAt(tokens, i);
    if (role) {
      const office = tokens.slice(i, i + role).map((t) => t.lower).join(' ');
      const after = tokens[i + role];
      const holder = personBeforeComma(i);
      if (holder) {
        memory.roles.set(office, holder);
      } else if (after && isNameWord(after, cues) && !cues.places.matchAt(tokens, i + role)) {
        pendingRole = office;
      } else if (after && cues.nounLinks.has(after.lower) && !memory.roles.has(office)) {
        appositionRole = office;
      } else if (memory.roles.has(office) && (i === 0 || cues.determiners.has(tokens[i - 1].lower))) {
        push(memory.roles.get(office)!, 'actor', i, i + role, true);
      }
      i += role;
      continue;
    }
    // a capitalised particle opening a name: "Dhr. Van Loon"; so is a capitalised article inside a sentence
    // ("zorginstelling De Linde", "in The Hague")
    const article = i > 0 && token.capitalised && cues.determiners.has(token.lower) && !cues.indefiniteArticles.has(token.lower) && !opensQuotation(text, token);
    const openingParticle = article ? 1 : token.capitalised && !cues.determiners.has(token.lower) ? cues.nameParticles.matchAt(tokens, i) : 0;
    if (openingParticle && tokens[i + openingParticle] && isNameWord(tokens[i + openingParticle], cues)) {
      const end = nameEnd(text, tokens, i + openingParticle, cues);
      push(nameFrom(text, tokens, i, end, memory, roleFor(i), cues), isPlaceName(tokens, i, end, cues) ? 'place' : 'actor', i, end);
      pendingRole = undefined;
      i = end;
      continue;
    }
    if (isNameWord(token, cues)) {
      // "Jan van Dijk zei": a particle and a name word after it continue the name as a name word would
      const particle = tokens[i + 1] && !tokens[i + 1].capitalised ? cues.nameParticles.matchAt(tokens, i + 1) : 0;
      const nextIsName = tokens[i + 1 + particle] !== undefined && isNameWord(tokens[i + 1 + particle], cues) && joinsName(text, tokens[i + particle], tokens[i + 1 + particle]);
      // a quotation opens a sentence of its own: 'said, “People will ...'
      const sentenceInitial = i === 0 || opensQuotation(text, token);
      const described =
        (i > 0 && cues.indefiniteArticles.has(tokens[i - 1].lower)) ||
        (i > 1 && cues.indefiniteArticles.has(tokens[i - 2].lower) && !tokens[i - 1].capitalised);
      const end = nameEnd(text, tokens, i, cues, memory);
      // an unknown word opening a sentence is a name only with more of the name after it ("Totaling US$180 billion",
      // "Additionally, Ford said" open with none)
      if ((sentenceInitial && !memory.knownNames.has(token.text) && (!nextIsName || end === i + 1)) || described) {
        i++;
        continue;
      }
      const place = isPlaceName(tokens, i, end, cues);
      const name = nameFrom(text, tokens, i, end, memory, place ? undefined : roleFor(i), cues);
      // "the Craiova-based car maker": where it is based is a place
      const based = place ? cues.placeAdjectiveSuffixes.find((suffix) => name.toLowerCase().endsWith(`-${suffix}`)) : undefined;
      push(based ? name.slice(0, -based.length - 1) : name, place ? 'place' : 'actor', i, end);
      pendingRole = undefined;
      i = end;
      continue;
    }
    i++;
  }
  const named = withoutOccasions(text, tokens, mentions, cues);
  return markAddressees(promoteSubjects(resolveAnaphora(text, tokens, named, cues, memory, quoted), tokens, cues), tokens, cues);
}

/**
 * The mentions less the names of occasions ("the Paris Air Show", "Apple's Worldwide Developers Conference (WWDC)"):
 * an occasion neither acts nor is a place, and its acronym in brackets right after it is the same occasion.
 */
function withoutOccasions(text: string, tokens: readonly Token[], mentions: Mention[], cues: CompiledCues): Mention[] {
  if (cues.occasionNameEndings.size === 0) return mentions;
  const isOccasion = (m: Mention) => {
    const last = tokens[m.phraseEnd - 1];
    return m.role === 'actor' && !m.resolved && last.capitalised && m.phraseEnd - m.phraseStart > 1 && cues.occasionNameEndings.has(last.lower);
  };
  const kept: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k];
    if (!isOccasion(mention)) {
      kept.push(mention);
      continue;
    }
    const next = mentions[k + 1];
    const bracketed = next && next.phraseStart === mention.phraseEnd && /^\s*\(\s*$/.test(text.slice(tokens[mention.phraseEnd - 1].end, tokens[next.phraseStart].start));
    if (bracketed && ACRONYM.test(next.name)) k++;
  }
  return kept;
}

/**
 * Tokens back from an addressing preposition a reporting verb may stand: "zei ze gisteren tegen", but not "added
 * audio recording abilities to its Macintosh", where the verb's object comes between.
 */
const ADDRESS_REACH = 3;

/** An actor right after "told", or after "tegen" / "to" following a reporting verb, is spoken to, not acting. */
function markAddressees(mentions: Mention[], tokens: readonly Token[], cues: CompiledCues): Mention[] {
  return mentions.map((mention) => {
    const before = tokens[mention.phraseStart - 1];
    if (mention.role !== 'actor' || !before) return mention;
    const byVerb = cues.addressingVerbs.has(before.lower);
    const at = mention.phraseStart - 1;
    const byPreposition = cues.addressingPrepositions.has(before.lower) && cues.reporting.find(tokens, Math.max(0, at - ADDRESS_REACH), at) !== undefined;
    return byVerb || byPreposition ? newMention(mention.name, 'addressee', mention.place, mention.phraseStart, mention.phraseEnd, mention.resolved, mention.anaphor) : mention;
  });
}

/** Is token `k` a government noun joined to the name before it ("United States Government", "Romanian government")? */
function isGovernmentNoun(text: string, tokens: readonly Token[], k: number, cues: CompiledCues): boolean {
  return k > 0 && tokens[k] !== undefined && cues.anaphora.governmentNouns.has(tokens[k].lower) && joinsName(text, tokens[k - 1], tokens[k]);
}

/** 1 where a capitalised word for a kind of place carries a place's name on ("the Atlantic Ocean", "North Sea"), else 0. */
function placeWordAfter(text: string, tokens: readonly Token[], k: number, cues: CompiledCues): number {
  const next = tokens[k];
  return next && next.capitalised && cues.placeNameWords.has(next.lower) && joinsName(text, tokens[k - 1], next) ? 1 : 0;
}

/** Name words a legal form may close after a known organisation ("Ford Motor Co."). */
const LEGAL_FORM_REACH = 2;

/**
 * End (exclusive) of a known organisation's mention ending at `end`: past a legal form and the name words before it
 * ("Apple Inc.", "Ford Motors Co."), so that "Apple Inc." is "Apple" and no "Inc" of its own; `end` where none follows.
 */
function legalFormEnd(text: string, tokens: readonly Token[], end: number, cues: CompiledCues): number {
  for (let k = end; k < end + 1 + LEGAL_FORM_REACH && k < tokens.length; k++) {
    if (!joinsName(text, tokens[k - 1], tokens[k]) || !tokens[k].capitalised) return end;
    if (cues.organisationLegalForms.has(tokens[k].lower)) return k + 1;
    if (!isNameWord(tokens[k], cues) || cues.places.matchAt(tokens, k) > 0 || cues.organisations.matchAt(tokens, k) > 0) return end;
  }
  return end;
}

/**
 * End (exclusive) of the name words that carry a known organisation's name on into another's ("Apple Corps", "Apple
 * Computer"); `end` where none follows, or another listed name, a place or an office comes next ("Apple CEO Steve
 * Jobs", "Ford Europe"), or the run goes on past two words or into an office. A legal form after them is
 * `legalFormEnd`'s ("Apple Computer Inc." is Apple).
 */
function longerNameEnd(text: string, tokens: readonly Token[], end: number, cues: CompiledCues): number {
  let k = end;
  while (k < tokens.length && k < end + LEGAL_FORM_REACH && joinsName(text, tokens[k - 1], tokens[k]) && PERSON_WORD.test(tokens[k].text)) {
    if (!isNameWord(tokens[k], cues) || cues.organisations.matchAt(tokens, k) || cues.places.matchAt(tokens, k) || cues.roleNouns.matchAt(tokens, k)) break;
    k++;
  }
  // a run that goes on, or opens an office ("Senate Majority Leader Harry Reid"), is some other kind of name
  const next = tokens[k];
  const goesOn = next && joinsName(text, tokens[k - 1], next) && (isNameWord(next, cues) || cues.roleNouns.matchAt(tokens, k) > 0);
  return goesOn ? end : k;
}

/** End (exclusive) of a name starting at `i`: name words, with particles between them ("Sanne de Bruin"). */
function nameEnd(text: string, tokens: readonly Token[], i: number, cues: CompiledCues, memory?: EntityMemory): number {
  let end = i + 1;
  for (;;) {
    const next = tokens[end];
    if (next && !joinsName(text, tokens[end - 1], next)) return end;
    // two one-word names the article also uses on their own: "Poetin Loekasjenko" is Poetin and Loekasjenko
    if (next && end === i + 1 && memory?.standalone.has(tokens[i].text) && memory.standalone.has(next.text) && !memory.pairs.has(`${tokens[i].text} ${next.text}`)) return end;
    // "Chrysler LLC Jim Press": after an organisation's last word, a person's name is a name of its own
    if (next && endsAs(tokens[end - 1], cues.organisationNameWords, cues.organisationNameSuffixes) && PERSON_WORD.test(next.text) && tokens[end + 1] && PERSON_WORD.test(tokens[end + 1].text)) return end;
    // "Air Canada": an opening word carries the name on over a place
    if (next && end === i + 1 && cues.organisationNameOpenings.has(tokens[i].lower) && isNameWord(next, cues)) {
      end++;
      continue;
    }
    if (next && isNameWord(next, cues) && !cues.organisations.matchAt(tokens, end) && !cues.places.matchAt(tokens, end) && !cues.roleNouns.matchAt(tokens, end)) {
      end++;
      continue;
    }
    // "Bank of England", "Centraal Bureau voor de Statistiek": an organisation's last word and a link carry it on;
    // a place after a longer name is where it is ("Deutsche Bank of Germany")
    const link = next && !next.capitalised && endsAs(tokens[end - 1], cues.organisationNameWords, cues.organisationNameSuffixes) ? cues.organisationLinks.matchAt(tokens, end) : 0;
    const linked = tokens[end + link];
    if (link && linked && isNameWord(linked, cues) && !cues.organisations.matchAt(tokens, end + link) && (end === i + 1 || !cues.places.matchAt(tokens, end + link))) {
      end += link + 1;
      continue;
    }
    const particle = next && !next.capitalised ? cues.nameParticles.matchAt(tokens, end) : 0;
    const after = tokens[end + particle];
    const beyond = tokens[end + particle + 1];
    // "Sanne de Bruin", but not "Van Loon van de Vereniging Dijkbewoners": the particle takes one last word only
    const lastWord = !beyond || !isNameWord(beyond, cues);
    if (particle && after && lastWord && isNameWord(after, cues) && !cues.organisations.matchAt(tokens, end + particle)) {
      end += particle + 1;
      continue;
    }
    return end;
  }
}

/** The name as written ("J. Whitfield"), completed from an earlier full mention, remembered for later. */
function nameFrom(text: string, tokens: readonly Token[], i: number, end: number, memory: EntityMemory, pendingRole: string | undefined, cues: CompiledCues): string {
  let name = withoutPossessive(text.slice(tokens[i].start, tokens[end - 1].end).replace(/\s+/g, ' '));
  if (end - i === 1 && memory.fullNames.has(name)) name = memory.fullNames.get(name)!;
  // "zegt De Bruin" after "Sanne de Bruin": a surname with its particle is the full name given before
  else if (end - i > 1 && cues.nameParticles.matchAt(tokens, i, end - 1) === end - 1 - i) {
    const full = memory.fullNames.get(withoutPossessive(tokens[end - 1].text));
    if (full && full.toLowerCase().endsWith(name.toLowerCase())) return full;
  }
  if (end - i > 1) {
    // later mentions by surname ("Godfroid") or, less often, by first name ("Steve") mean the full name
    memory.fullNames.set(withoutPossessive(tokens[end - 1].text), name);
    // first names only for person-like names of two or three words ("Steve Jobs"), not "World Wide Developers Conference"
    const personLike = end - i <= 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text);
    if (personLike && !memory.fullNames.has(tokens[i].text)) memory.fullNames.set(tokens[i].text, name);
  }
  if (pendingRole) memory.roles.set(pendingRole, name);
  // "Mr MacFarlane", "Ms Doyle": a form of address makes a person of a one-word name too
  const addressed = i > 0 && setOf(cues.raw.personTitles).has(tokens[i - 1].lower);
  if (pendingRole || addressed || looksLikePerson(tokens, i, end, cues)) memory.people.add(name);
  return name;
}

/**
 * Is the name `[from, end)` written as a person's: two or three capitalised words, name particles between
 * ("Marieke de Wit", "Dave Lees", "Dhr. Van Loon"), not opening or ending as an organisation or a place ("North
 * Somerset Council", "Port Aven", "Elm Street")?
 */
function looksLikePerson(tokens: readonly Token[], from: number, end: number, cues: CompiledCues): boolean {
  if (end - from < 2 || end - from > 4 || !PERSON_WORD.test(tokens[from].text) || !PERSON_WORD.test(tokens[end - 1].text)) return false;
  if (cues.placeNameOpenings.has(tokens[from].lower)) return false;
  let words = 0;
  for (let k = from; k < end; k++) {
    if (PERSON_WORD.test(tokens[k].text) && cues.nameParticles.matchAt(tokens, k) === 0) words++;
    else if (cues.nameParticles.matchAt(tokens, k) === 0) return false;
    if (cues.organisations.matchAt(tokens, k) > 0 || cues.places.matchAt(tokens, k) > 0) return false;
  }
  const last = tokens[end - 1];
  return words <= 3 && !endsAs(last, cues.organisationNameWords, cues.organisationNameSuffixes) && !endsAs(last, cues.placeNameWords, cues.placeNameSuffixes);
}
const PERSON_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Length of a listed place at `i`, or 0 where a person's name the article has given starts there: "Jackson" after
 * "Mr Jackson"; but "United States" stays a place after "United Auto Workers" made "United" a first name.
 */
function placeAt(tokens: readonly Token[], i: number, cues: CompiledCues, memory: EntityMemory): number {
  const length = cues.places.matchAt(tokens, i);
  if (!length || !knownPerson(tokens[i], memory)) return length;
  const full = memory.fullNames.get(tokens[i].text) ?? tokens[i].text;
  const written = tokens.slice(i, i + length).map((t) => t.text).join(' ');
  return length > 1 && !full.startsWith(written) ? length : 0;
}

/** Is the word a person's name the article has given, or part of one ("Henderson" after "Fritz Henderson")? */
function knownPerson(token: Token, memory: EntityMemory): boolean {
  const full = memory.fullNames.get(token.text);
  return memory.people.has(token.text) || (full !== undefined && memory.people.has(full));
}

/**
 * Length of a gazetteer town at `i`, or 0 where the article makes it something else: a person's name ("Fritz
 * Henderson ... Henderson said", "Mr Jackson"), a longer name ("Paris Air Show", "Mobile World Congress"), or a
 * sentence's first word the article never writes as a name elsewhere ("Mobile phones", "Best of all").
 */
function townAt(text: string, tokens: readonly Token[], i: number, cues: CompiledCues, memory: EntityMemory): number {
  const length = cues.towns.matchAt(tokens, i);
  if (!length || !caseFits(cues.townNames, tokens, i, length)) return 0;
  const token = tokens[i];
  // "Van der Laan", "De Vries": a capitalised particle opens a person's name
  if (length === 1 && cues.nameParticles.matchAt(tokens, i) > 0) return 0;
  if (knownPerson(token, memory)) return 0;
  // ... unless a verb follows that a place can be the subject of ("Washington said", "Utrecht besloot")
  const verbNext = isVerbCue(tokens, i + length, cues) || (tokens[i + length] !== undefined && cues.auxiliaries.has(tokens[i + length].lower));
  // "London's FTSE 100": a possessive makes a name of a sentence's first word
  const possessive = /^['’]s\b/u.test(text.slice(tokens[i + length - 1].end, tokens[i + length - 1].end + 3));
  if ((i === 0 || opensQuotation(text, token)) && !memory.knownNames.has(token.text) && !verbNext && !possessive) return 0;
  const before = tokens[i - 1];
  if (before && setOf(cues.raw.personTitles).has(before.lower)) return 0;
  const last = tokens[i + length - 1];
  const next = tokens[i + length];
  if (next && joinsName(text, last, next) && isNameWord(next, cues) && !cues.places.matchAt(tokens, i + length) && !cues.towns.matchAt(tokens, i + length)) return 0;
  return length;
}

/**
 * Does the place at `i` open an organisation's or an occasion's name ("Singapore Airlines", "China Eastern Airlines",
 * "Noordzee Jazz Festival")?
 */
function opensOrganisation(text: string, tokens: readonly Token[], i: number, length: number, cues: CompiledCues, memory: EntityMemory): boolean {
  const next = tokens[i + length];
  if (!next || !joinsName(text, tokens[i + length - 1], next) || !isNameWord(next, cues)) return false;
  const end = nameEnd(text, tokens, i + length, cues, memory);
  return endsAs(tokens[end - 1], cues.organisationNameWords, cues.organisationNameSuffixes) || cues.occasionNameEndings.has(tokens[end - 1].lower);
}

/** Is a name starting at `i` right after a noun for a building or facility ("het zwembad De Kuil")? */
function afterFacilityNoun(tokens: readonly Token[], i: number, cues: CompiledCues): boolean {
  for (let length = 1; length <= 2 && length <= i; length++) {
    if (!tokens[i - length].capitalised && cues.facilityNouns.matchAt(tokens, i - length, i) === length) return true;
  }
  return false;
}

/** Is an unknown name at `i` governed by a place preposition ("in Culemborg", "tussen Tiel en Zaltbommel")? */
function placeAfter(tokens: readonly Token[], i: number, cues: CompiledCues): boolean {
  let k = i - 1;
  // "tussen Tiel en Zaltbommel": look back over a coordinated name
  if (k >= 1 && ['en', 'and', 'of', 'or'].includes(tokens[k].lower) && tokens[k - 1].capitalised) {
    k -= 2;
    while (k >= 0 && tokens[k].capitalised) k--;
  }
  return k >= 0 && cues.placePrepositions.has(tokens[k].lower);
}

/** Does the token open a quotation ('“People', '"We')? A quote mark glued to a word's start opens, one glued to its end closes. */
function opensQuotation(text: string, token: Token): boolean {
  const c = text.charCodeAt(token.start - 1);
  return c === 0x201c || c === 0x2018 || c === 0xab || c === 0x201e || c === 34 || (c === 39 && !/\p{L}/u.test(text.charAt(token.start - 2)));
}

/** Is a name's last word one of `words`, or does it end in one of `suffixes` ("Elm Street", "Stadhuisplein")? */
function endsAs(last: Token, words: ReadonlySet<string>, suffixes: readonly string[]): boolean {
  if (words.has(last.lower)) return true;
  return suffixes.some((suffix) => last.lower.length > suffix.length && last.lower.endsWith(suffix));
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Is the name `[from, end)` a place: after a place preposition or by its first or last word, and no organisation? */
function isPlaceName(tokens: readonly Token[], from: number, end: number, cues: CompiledCues): boolean {
  const last = tokens[end - 1];
  if (endsAs(last, cues.organisationNameWords, cues.organisationNameSuffixes)) return false;
  // "the Moscone West center", "Heathrow airport": a lower-case word for a facility or a kind of place after the name
  const after = tokens[end];
  return (
    placeAfter(tokens, from, cues) ||
    (after !== undefined && !after.capitalised && cues.placeNameWords.has(after.lower) && !cues.organisationNameWords.has(after.lower)) ||
    endsAs(last, NO_WORDS, cues.placeAdjectiveSuffixes) ||
    afterFacilityNoun(tokens, from, cues) ||
    endsAs(last, cues.placeNameWords, cues.placeNameSuffixes) ||
    (end - from > 1 && cues.placeNameOpenings.has(tokens[from].lower))
  );
}

function isVerbCue(tokens: readonly Token[], i: number, cues: CompiledCues): boolean {
  return [cues.reporting, cues.speculation, cues.future, cues.negation, cues.announcement].some((list) => list.matchAt(tokens, i) > 0);
}

/** A place that is the subject ("Rusland zegt", "Volgens Polen", "Rusland kan niet") acts: make it an actor. */
function promoteSubjects(mentions: Mention[], tokens: readonly Token[], cues: CompiledCues): Mention[] {
  let first = 0;
  while (first < tokens.length && (cues.connectors.matchAt(tokens, first) > 0 || cues.determiners.has(tokens[first].lower))) first++;
  return mentions.map((mention, index) => {
    if (mention.role !== 'place') return mention;
    const start = mention.phraseStart;
    // "Dan zal Wit-Rusland sterven": after a fronted verb (verb-second), the subject comes right after it
    const afterFrontedVerb = start === first + 1 && tokens[first] !== undefined && !tokens[first].capitalised;
    const atStart = index === 0 && (start <= first || afterFrontedVerb);
    const attributed = start > 0 && cues.attribution.find(tokens, Math.max(0, start - 2), start) !== undefined;
    const next = mention.phraseEnd;
    // "Rusland kan", but not "het museum in Enschede gaat": a place after its preposition is no subject
    const verbAfter = isVerbCue(tokens, next, cues) && !placeAfter(tokens, start, cues);
    // "The US automobile manufacturer Ford": a place before the nouns of a name it qualifies does not act
    return (atStart && !qualifiesName(tokens, next, cues)) || attributed || verbAfter ? newMention(mention.name, 'actor', true, mention.phraseStart, mention.phraseEnd, mention.resolved, mention.anaphor) : mention;
  });
}

/** Do one to three lower-case content words after `from` lead to a name ("US [automobile manufacturer] Ford")? */
function qualifiesName(tokens: readonly Token[], from: number, cues: CompiledCues): boolean {
  let k = from;
  while (k < tokens.length && k - from < 3 && !tokens[k].capitalised && !cues.stopwords.has(tokens[k].lower) && !isVerbCue(tokens, k, cues)) k++;
  return k > from && k < tokens.length && isNameWord(tokens[k], cues);
}

/**
 * Does a pronoun for one person stand right beside a reporting or stance verb in `[from, to)` ("zei ze", "Hij zei",
 * "he said", "Ze verwacht"), or after an attribution ("volgens hem", "according to her,")? Then the speaker is
 * someone named before.
 */
export function hasPronounSpeaker(text: string, tokens: readonly Token[], from: number, to: number, cues: CompiledCues): boolean {
  for (const cue of cues.attribution.findAll(tokens, from, to)) {
    const pronoun = tokens[cue.index + cue.length];
    if (!pronoun || cue.index + cue.length >= to || !cues.speakerObjects.has(pronoun.lower)) continue;
    // "volgens haar moeder" is someone else: a pronoun that may be possessive must stand alone
    const after = tokens[cue.index + cue.length + 1];
    if (!cues.determiners.has(pronoun.lower) || !after || cues.stopwords.has(after.lower) || /,/.test(text.slice(pronoun.end, after.start))) return true;
  }
  const plural = cues.raw.speakerPronouns.pluralEnding;
  for (const verb of [...cues.reporting.findAll(tokens, from, to), ...cues.stanceVerbs.findAll(tokens, from, to)]) {
    if (plural && tokens[verb.index].lower.endsWith(plural)) continue;
    const before = tokens[verb.index - 1];
    if (before && verb.index - 1 >= from && cues.speakerPronouns.has(before.lower)) return true;
    // "zei ze": after the verb only where the subject follows a fronted verb; "said he had" opens what was said
    const after = tokens[verb.index + verb.length];
    if (cues.raw.verbSecond && after && verb.index + verb.length < to && cues.speakerPronouns.has(after.lower)) return true;
  }
  return false;
}

/**
 * The speaker a later "zei ze" / "he said" may mean: a person named before a reporting verb ("Julien Talavan, a
 * spokesman for Force Ouvrière, said"), after it where the subject may follow the verb ("zegt Jansen", '...," said
 * the secretary of Unite, Tony Woodley'), or right after "volgens" / "according to"; in a sentence that reports no
 * one's words, a person given with an office ("Wethouder Daan Verhoef verdedigde het besluit").
 */
export function speakerOf(text: string, tokens: readonly Token[], mentions: readonly Mention[], cues: CompiledCues, memory: EntityMemory): string | undefined {
  const people = mentions.filter((m) => m.role === 'actor' && memory.people.has(m.name));
  if (people.length === 0) return undefined;
  // a person given with an office is one wherever the sentence names them ("Wethouder Daan Verhoef verdedigde ...")
  if (cues.reporting.find(tokens) === undefined && cues.attribution.find(tokens) === undefined) {
    const offices = new Set(memory.roles.values());
    return people.find((m) => offices.has(m.name))?.name;
  }
  for (const cue of cues.attribution.findAll(tokens)) {
    const named = people.find((m) => m.phraseStart >= cue.index + cue.length && m.phraseStart <= cue.index + cue.length + 1);
    if (named) return named.name;
  }
  for (const verb of cues.reporting.findAll(tokens)) {
    const before = people.find((m) => m.phraseEnd <= verb.index);
    if (before) return before.name;
    const after = people.find((m) => m.phraseStart >= verb.index + verb.length);
    const previous = tokens[verb.index - 1];
    const inverted = cues.raw.verbSecond || (previous !== undefined && /[,"”’]/u.test(text.slice(previous.end, tokens[verb.index].start)));
    if (after && inverted) return after.name;
  }
  return undefined;
}

/** Does the sentence open with an actor that is no person ("Vakbond FNV is kritisch")? A later "zij" may be it. */
export function opensWithNonPerson(mentions: readonly Mention[], memory: EntityMemory): boolean {
  const first = mentions[0];
  return first !== undefined && first.role === 'actor' && first.phraseStart <= 1 && !memory.people.has(first.name);
}

/** Distinct names of one role, in order of first mention. */
export function namesOf(mentions: readonly Mention[], role: Mention['role']): string[] {
  // one array, no set, for the few names of a clause; a set keeps a long list linear
  const names: string[] = [];
  let seen: Set<string> | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.role !== role && !(role === 'place' && m.place)) continue;
    if (seen === undefined && names.length >= FEW_NAMES) seen = new Set(names);
    if (seen === undefined ? names.includes(m.name) : seen.has(m.name)) continue;
    names.push(m.name);
    seen?.add(m.name);
  }
  return names;
}

/** Names a list is searched for a repeat before a set is kept instead. */
const FEW_NAMES = 8;
