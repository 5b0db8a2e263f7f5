/** A locale's event cues compiled once into whole-word matchers. */
import { getLocale } from '../locales/index.js';
import type { EventCues, RelationCue, TenseCues } from '../locales/types.js';
import { CueGroup, CueList, CueUnion, WordSet } from './tokens.js';

export interface CompiledCues {
  readonly raw: EventCues;
  /** The one look-up of a word shared by the language's lists and sets (and the facts kept per word). */
  readonly words: CueGroup;
  readonly stopwords: WordSet;
  readonly sentenceOpeners: ReadonlySet<string>;
  readonly commentaryOpenings: CueList;
  readonly commentaryPredicates: CueList;
  readonly commentaryQuestionWords: CueList;
  readonly reporting: CueList;
  readonly attribution: CueList;
  readonly addressingPrepositions: ReadonlySet<string>;
  readonly addressingVerbs: ReadonlySet<string>;
  readonly speakerPronouns: WordSet;
  /** Pronouns that open a clause as its subject ("said it would ..."). */
  readonly subjectPronouns: ReadonlySet<string>;
  readonly speakerObjects: ReadonlySet<string>;
  readonly stanceVerbs: CueList;
  readonly announcement: CueList;
  /** Announcement verbs that tell a decision taken (see `EventCues.decisions`). */
  readonly decisions: CueList;
  /** Announcement verbs that tell a state of mind, not an act (see `EventCues.planStates`). */
  readonly planStates: CueList;
  /** Announcement verbs whose particle may stand apart (see `EventCues.separatedParticleAnnouncements`); undefined: any. */
  readonly separatedParticleAnnouncements: CueList | undefined;
  /** Nouns of an agreement concluded whose infinitive tells what was agreed (see `EventCues.agreementNouns`). */
  readonly agreementNouns: CueList;
  /** Verbs of expecting that hedge with an infinitive after them (see `EventCues.hedgingInfinitiveVerbs`). */
  readonly hedgingInfinitiveVerbs: CueList;
  /** Participles of saying opening a clause split off (see `EventCues.sayingParticiples`). */
  readonly sayingParticiples: CueList;
  readonly complementizers: CueList;
  readonly negation: CueList;
  /** Verbs of excluding whose denial leaves the event possible (see `EventCues.exclusionVerbs`). */
  readonly exclusionVerbs: CueList;
  /** Negation words that may deny one phrase added on (see `EventCues.phraseNegations`). */
  readonly phraseNegations: ReadonlySet<string>;
  /** Verbs of ceasing, and the words after one that open what ceases (see `EventCues.ceasing`). */
  readonly ceasingVerbs: CueList;
  readonly ceasingLinks: ReadonlySet<string>;
  /** Openings of a reduced clause on the noun before (see `EventCues.reducedClauses`). */
  readonly reducedClauses: CueList;
  /** Future cue words that are also nouns (see `EventCues.planNouns`). */
  readonly planNouns: ReadonlySet<string>;
  readonly speculation: CueList;
  /** Nouns whose "that" clause is an event of its own (see `EventCues.contentNouns`), and those that hedge it. */
  readonly contentNouns: ReadonlySet<string>;
  readonly hedgingContentNouns: ReadonlySet<string>;
  readonly contentQuestions: ReadonlySet<string>;
  readonly contentLinks: ReadonlySet<string>;
  /** Prepositions whose dated noun phrase is an event of its own (see `EventCues.eventAdjunctOpeners`). */
  readonly eventAdjunctOpeners: CueList;
  /** Prepositions whose noun phrase names a cause, a fact of its own (see `EventCues.causeOpeners`). */
  readonly causeOpeners: CueList;
  /** Words opening a comparison's second term ("than"): a verb of expecting after one is no guess. */
  readonly comparisonWords: ReadonlySet<string>;
  readonly alternativeOpenings: CueList;
  readonly falseCues: CueList;
  readonly consequenceOpenings: CueList;
  readonly scopeClosers: CueList;
  readonly complementVerbs: CueList;
  readonly scopeRelatives: ReadonlySet<string>;
  readonly conditions: CueList;
  readonly future: CueList;
  readonly futureTime: CueList;
  readonly relations: CueList;
  readonly relationByPhrase: ReadonlyMap<string, RelationCue>;
  readonly speechNouns: CueList;
  readonly coordinators: CueList;
  readonly connectors: CueList;
  readonly determiners: WordSet;
  readonly titleCuts: CueList;
  /** Subordinating conjunctions that open a clause of its own (see `EventCues.clauseOpeners`). */
  readonly clauseOpeners: CueList;
  /** Conjunctions whose clause shares its host's plan (see `EventCues.timeClauseOpeners`). */
  readonly timeClauseOpeners: CueList;
  /** Adverbs between a conjunction and its clause's verb (see `EventCues.adverbsAfterConjunction`). */
  readonly adverbsAfterConjunction: ReadonlySet<string>;
  /** Adverbs joining a clause after a comma (see `EventCues.linkingAdverbs`). */
  readonly linkingAdverbs: ReadonlySet<string>;
  /** Words opening a denied subject (see `EventCues.deniedSubjects`). */
  readonly deniedSubjects: ReadonlySet<string>;
  /** Comparatives a praise opens with after a denying word (see `EventCues.comparatives`). */
  readonly comparatives: ReadonlySet<string>;
  /** Comparatives that make a bound before `than` (see `EventCues.boundComparatives`). */
  readonly boundComparatives: ReadonlySet<string>;
  readonly cutExceptions: CueList;
  /** Places wherever they stand: the locale's own list and countries. */
  readonly places: CueList;
  /** The spellings `places` matches, for writing a found place as listed. */
  readonly placeNames: readonly string[];
  /** Regions and towns of the gazetteer: places unless the article makes them a person or a longer name ("Henderson", "Mobile"). */
  readonly towns: CueList;
  readonly townNames: readonly string[];
  readonly organisations: CueList;
  /** Organisations, places, towns and offices together: could a name of any of them start at a token? */
  readonly nameStarts: CueUnion;
  /** Organisations that are also where they sit ("the White House"), lower case. */
  readonly sites: ReadonlySet<string>;
  readonly facilityNouns: CueList;
  /** Words that point back to a name (see `EventCues.anaphora`); place kinds by lower-case place name. */
  readonly anaphora: {
    readonly definiteArticles: WordSet;
    readonly organisationNouns: CueList;
    readonly placeNouns: CueList;
    readonly placeNounKinds: ReadonlyMap<string, PlaceKind>;
    readonly organisationPronouns: WordSet;
    readonly ambiguousPersonPronouns: WordSet;
    readonly quotedOrganisationPronouns: WordSet;
    readonly impersonalVerbs: ReadonlySet<string>;
    readonly governmentNouns: ReadonlySet<string>;
    readonly placeKinds: ReadonlyMap<string, PlaceKind>;
  };
  readonly groupNouns: CueList;
  readonly roleNouns: CueList;
  readonly notNames: WordSet;
  readonly indefiniteArticles: ReadonlySet<string>;
  readonly nameParticles: CueList;
  readonly placePrepositions: ReadonlySet<string>;
  /** Last words that make a name a place ("street"), and endings of one-word compounds ("plein"), lower case. */
  readonly placeNameWords: ReadonlySet<string>;
  readonly placeNameSuffixes: readonly string[];
  readonly organisationLinks: CueList;
  readonly organisationNameWords: ReadonlySet<string>;
  readonly organisationLegalForms: ReadonlySet<string>;
  readonly occasionNameEndings: ReadonlySet<string>;
  readonly organisationNameSuffixes: readonly string[];
  /** First words that make a name a place ("river", "lake"), lower case. */
  readonly placeNameOpenings: ReadonlySet<string>;
  readonly organisationNameOpenings: ReadonlySet<string>;
  readonly placeAdjectiveSuffixes: readonly string[];
  readonly quantifiers: WordSet;
  readonly relativePronouns: WordSet;
  readonly sinceWords: ReadonlySet<string>;
  /** Superlative words ("worst") and endings ("est"), lower case. */
  readonly superlativeWords: ReadonlySet<string>;
  readonly baselines: CueList;
  /** Change words and the links after them that open a baseline (see `EventCues.baselineChanges`). */
  readonly baselineChangeWords: ReadonlySet<string>;
  readonly baselineChangeLinks: ReadonlySet<string>;
  /** Words after a noun that make a date its modifier ("het akkoord van 1991"), lower case. */
  readonly dateModifierLinks: ReadonlySet<string>;
  /** Possessive endings that make a date a modifier of the noun after it ("Monday's closing price"). */
  readonly datePossessives: readonly string[];
  readonly superlativeSuffixes: readonly string[];
  readonly rangeOpenings: ReadonlySet<string>;
  readonly rangeJoiners: WordSet;
  readonly rangeConjunctions: ReadonlySet<string>;
  readonly rangeUntilWords: readonly string[];
  readonly durationJoiners: ReadonlySet<string>;
  readonly lastingVerbs: ReadonlySet<string>;
  readonly nounLinks: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly measureNouns: ReadonlySet<string>;
  readonly courseNouns: WordSet;
  readonly afterWords: ReadonlySet<string>;
  readonly withinWords: ReadonlySet<string>;
  readonly deadlineWords: readonly string[];
  readonly beforeWords: ReadonlySet<string>;
  /** The after, before and deadline signals of several words, each as its words ("niet later dan"). */
  readonly boundSignalPhrases: readonly (readonly string[])[];
  readonly beforeDayWords: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly prepositions: WordSet;
  readonly conditionSubjects: ReadonlySet<string>;
  readonly tense: CompiledTense;
}

/** A language's tense cues as look-ups (see {@link TenseCues}). */
export interface CompiledTense {
  readonly future: CueList;
  readonly futureAfterBe: CueList;
  readonly modals: WordSet;
  readonly perfectPresent: WordSet;
  readonly perfectPast: WordSet;
  readonly bePresent: WordSet;
  readonly bePast: WordSet;
  readonly presentForms: WordSet;
  readonly pastForms: WordSet;
  readonly pastEndings: readonly string[];
  readonly notPast: ReadonlySet<string>;
  readonly irregularParticiples: ReadonlySet<string>;
  readonly participlePrefixes: readonly string[];
  readonly participleEndings: readonly string[];
  readonly notParticiples: ReadonlySet<string>;
  readonly notParticipleEndings: readonly string[];
  /** The language's separable particles (`uit`, `aan`), which stand before a participle's prefix ("uitgesloten"). */
  readonly separableParticles: readonly string[];
  readonly progressiveEnding: string | undefined;
  readonly progressivePhrases: CueList;
  readonly auxiliaryReach: number;
  readonly frontedOpenings: CueList;
  /** The time adverbs of {@link TenseCues.timeAdverbs}. */
  readonly earlierAdverbs: CueList;
  readonly byNowAdverbs: CueList;
  readonly stillAdverbs: CueList;
}

/** What kind of place a name or a noun is: "the country" points back to a country. */
export type PlaceKind = 'country' | 'region' | 'town';

const cache = new Map<string, CompiledCues>();

/** Compiled cues of a language (cached). */
export function cuesFor(language: string): CompiledCues {
  const locale = getLocale(language);
  let compiled = cache.get(locale.code);
  if (compiled) return compiled;
  const raw = locale.events;
  // one first-word look-up shared by all lists of the language
  const group = new CueGroup();
  const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
  // the sets the stages ask about most, each word's answers for all of them found by the group's one look-up
  const wordSet = (words: readonly string[]) => new WordSet(words.map((w) => w.toLowerCase()), group);
  // a list of whole words and endings, the endings written with a leading hyphen ("street", "-plein")
  const wordsOf = (list: readonly string[]) => lowerSet(list.filter((e) => !e.startsWith('-')));
  const suffixesOf = (list: readonly string[]) => list.filter((e) => e.startsWith('-')).map((e) => e.slice(1).toLowerCase());
  // regions are as often part of a longer name as towns are ("Tata Steel", "Victoria Beckham"): they match as towns do
  const placeNames = [...raw.places, ...raw.gazetteer.countries];
  const townNames = [...raw.gazetteer.regions, ...raw.gazetteer.towns];
  const kinds = { country: raw.gazetteer.countries, region: raw.gazetteer.regions, town: raw.gazetteer.towns };
  const placeKinds = new Map<string, PlaceKind>();
  const placeNounKinds = new Map<string, PlaceKind>();
  for (const kind of ['town', 'region', 'country'] as const) {
    for (const name of kinds[kind]) placeKinds.set(name.toLowerCase(), kind);
    for (const noun of raw.anaphora.placeNouns[kind]) placeNounKinds.set(noun.toLowerCase(), kind);
  }
  const lists: Omit<CompiledCues, 'nameStarts'> = {
    raw,
    words: group,
    stopwords: wordSet(locale.text.stopwords),
    sentenceOpeners: lowerSet(locale.text.sentenceOpeners),
    commentaryOpenings: new CueList(raw.commentaryOpenings, group),
    commentaryPredicates: new CueList(raw.commentaryPredicates, group),
    commentaryQuestionWords: new CueList(raw.commentaryQuestionWords, group),
    reporting: new CueList(raw.reporting, group),
    attribution: new CueList(raw.attribution, group),
    baselines: new CueList(raw.baselineWords ?? [], group),
    baselineChangeWords: lowerSet(raw.baselineChanges?.words ?? []),
    baselineChangeLinks: lowerSet(raw.baselineChanges?.links ?? []),
    dateModifierLinks: lowerSet(raw.dateModifiers?.links ?? []),
    datePossessives: raw.dateModifiers?.possessives ?? [],
    announcement: new CueList(raw.announcement, group),
    decisions: new CueList(raw.decisions ?? [], group),
    planStates: new CueList(raw.planStates ?? [], group),
    separatedParticleAnnouncements: raw.separatedParticleAnnouncements ? new CueList(raw.separatedParticleAnnouncements, group) : undefined,
    agreementNouns: new CueList(raw.agreementNouns ?? [], group),
    hedgingInfinitiveVerbs: new CueList(raw.hedgingInfinitiveVerbs ?? [], group),
    sayingParticiples: new CueList(raw.sayingParticiples ?? [], group),
    complementizers: new CueList(raw.complementizers, group),
    negation: new CueList(raw.negation, group),
    exclusionVerbs: new CueList(raw.exclusionVerbs ?? [], group),
    phraseNegations: lowerSet(raw.phraseNegations ?? []),
    ceasingVerbs: new CueList(raw.ceasing?.verbs ?? [], group),
    ceasingLinks: lowerSet(raw.ceasing?.links ?? []),
    reducedClauses: new CueList(raw.reducedClauses ?? [], group),
    planNouns: lowerSet(raw.planNouns ?? []),
    speculation: new CueList(raw.speculation, group),
    contentNouns: lowerSet([...(raw.contentNouns?.nouns ?? []), ...(raw.contentNouns?.hedging ?? [])]),
    hedgingContentNouns: lowerSet(raw.contentNouns?.hedging ?? []),
    contentQuestions: lowerSet(raw.contentNouns?.questions ?? []),
    contentLinks: lowerSet(raw.contentNouns?.links ?? []),
    eventAdjunctOpeners: new CueList(raw.eventAdjunctOpeners ?? [], group),
    causeOpeners: new CueList(raw.causeOpeners ?? [], group),
    comparisonWords: lowerSet(raw.comparisonWords ?? []),
    alternativeOpenings: new CueList(raw.alternativeOpenings, group),
    falseCues: new CueList(raw.falseCues, group),
    consequenceOpenings: new CueList(raw.consequenceOpenings, group),
    scopeClosers: new CueList(raw.scopeClosers, group),
    complementVerbs: new CueList(raw.complementVerbs, group),
    scopeRelatives: lowerSet(raw.scopeRelatives),
    conditions: new CueList(raw.conditions, group),
    future: new CueList(raw.future, group),
    futureTime: new CueList(raw.futureTime, group),
    relations: new CueList(raw.relations.map((r) => r.words), group),
    addressingPrepositions: lowerSet(raw.addressing.prepositions),
    addressingVerbs: lowerSet(raw.addressing.verbs),
    speakerPronouns: wordSet(raw.speakerPronouns.words),
    subjectPronouns: lowerSet(raw.subjectPronouns ?? []),
    speakerObjects: lowerSet(raw.speakerPronouns.objects),
    stanceVerbs: new CueList(raw.speakerPronouns.stanceVerbs, group),
    relationByPhrase: new Map(raw.relations.map((r) => [r.words.toLowerCase(), r])),
    speechNouns: new CueList(raw.speechNouns, group),
    coordinators: new CueList(raw.coordinators, group),
    connectors: new CueList(raw.connectors, group),
    determiners: wordSet(raw.determiners),
    titleCuts: new CueList(raw.titleCuts, group),
    clauseOpeners: new CueList(raw.clauseOpeners ?? [], group),
    timeClauseOpeners: new CueList(raw.timeClauseOpeners ?? [], group),
    adverbsAfterConjunction: lowerSet(raw.adverbsAfterConjunction ?? []),
    linkingAdverbs: lowerSet(raw.linkingAdverbs ?? []),
    deniedSubjects: lowerSet(raw.deniedSubjects ?? []),
    comparatives: lowerSet(raw.comparatives ?? []),
    boundComparatives: lowerSet(raw.boundComparatives ?? []),
    cutExceptions: new CueList(raw.cutExceptions, group),
    places: new CueList(placeNames, group),
    placeNames,
    towns: new CueList(townNames, group),
    townNames,
    organisations: new CueList(raw.organisations, group),
    sites: new Set(raw.sites.map((site) => site.toLowerCase())),
    facilityNouns: new CueList(raw.facilityNouns, group),
    anaphora: {
      definiteArticles: wordSet(raw.anaphora.definiteArticles),
      organisationNouns: new CueList(raw.anaphora.organisationNouns, group),
      placeNouns: new CueList([...placeNounKinds.keys()], group),
      placeNounKinds,
      organisationPronouns: wordSet(raw.anaphora.organisationPronouns),
      ambiguousPersonPronouns: wordSet(raw.anaphora.ambiguousPersonPronouns),
      quotedOrganisationPronouns: wordSet(raw.anaphora.quotedOrganisationPronouns),
      impersonalVerbs: lowerSet(raw.anaphora.impersonalVerbs),
      governmentNouns: lowerSet(raw.anaphora.governmentNouns),
      placeKinds,
    },
    groupNouns: new CueList(raw.groupNouns, group),
    roleNouns: new CueList(raw.roleNouns, group),
    notNames: wordSet(raw.notNames),
    indefiniteArticles: lowerSet(raw.indefiniteArticles),
    nameParticles: new CueList(raw.nameParticles, group),
    placePrepositions: lowerSet(raw.placePrepositions),
    placeNameWords: wordsOf(raw.placeNameEndings),
    placeNameSuffixes: suffixesOf(raw.placeNameEndings),
    placeNameOpenings: lowerSet(raw.placeNameOpenings),
    organisationNameOpenings: lowerSet(raw.organisationNameOpenings),
    placeAdjectiveSuffixes: suffixesOf(raw.placeAdjectiveEndings),
    organisationNameWords: wordsOf(raw.organisationNameEndings),
    organisationLegalForms: lowerSet(raw.organisationLegalForms),
    occasionNameEndings: lowerSet(raw.occasionNameEndings),
    organisationLinks: new CueList(raw.organisationLinks, group),
    organisationNameSuffixes: suffixesOf(raw.organisationNameEndings),
    quantifiers: wordSet(raw.quantifiers),
    relativePronouns: wordSet(raw.relativePronouns),
    sinceWords: lowerSet(raw.sinceWords),
    superlativeWords: wordsOf(raw.superlatives),
    superlativeSuffixes: suffixesOf(raw.superlatives),
    rangeOpenings: lowerSet(raw.rangeOpenings),
    rangeJoiners: wordSet(raw.rangeJoiners),
    rangeConjunctions: lowerSet(raw.rangeContinuation.conjunctions),
    rangeUntilWords: raw.rangeContinuation.untilWords.map((w) => w.toLowerCase()),
    durationJoiners: lowerSet(raw.durationJoiners),
    lastingVerbs: lowerSet(raw.lastingVerbs),
    nounLinks: lowerSet(raw.nounLinks),
    auxiliaries: lowerSet(raw.auxiliaries ?? []),
    measureNouns: lowerSet(raw.measureNouns ?? []),
    courseNouns: wordSet(raw.courseNouns ?? []),
    afterWords: lowerSet(raw.afterWords),
    withinWords: lowerSet(raw.withinWords),
    deadlineWords: raw.deadlineWords.map((w) => w.toLowerCase()),
    beforeWords: lowerSet(raw.beforeWords),
    boundSignalPhrases: [...raw.afterWords, ...raw.beforeWords, ...raw.deadlineWords].map((w) => w.toLowerCase().split(/\s+/)).filter((words) => words.length > 1),
    beforeDayWords: lowerSet(raw.beforeDayWords ?? []),
    particles: lowerSet(raw.particles),
    prepositions: wordSet(raw.prepositions),
    conditionSubjects: lowerSet(raw.ambiguousCondition?.subjects ?? []),
    tense: compileTense(raw.tense, raw.particles, lowerSet, wordSet, group),
  };
  compiled = { ...lists, nameStarts: new CueUnion([lists.organisations, lists.places, lists.towns, lists.roleNouns]) };
  cache.set(locale.code, compiled);
  return compiled;
}

function compileTense(raw: TenseCues, particles: readonly string[], lowerSet: (words: readonly string[]) => Set<string>, wordSet: (words: readonly string[]) => WordSet, group: CueGroup): CompiledTense {
  return {
    future: new CueList(raw.future, group),
    futureAfterBe: new CueList(raw.futureAfterBe, group),
    modals: wordSet(raw.modals),
    perfectPresent: wordSet(raw.perfect.present),
    perfectPast: wordSet(raw.perfect.past),
    bePresent: wordSet(raw.be.present),
    bePast: wordSet(raw.be.past),
    presentForms: wordSet(raw.presentForms),
    pastForms: wordSet(raw.pastForms),
    pastEndings: raw.pastEndings.map((e) => e.toLowerCase()),
    notPast: lowerSet(raw.notPast),
    irregularParticiples: lowerSet(raw.participles.irregular),
    participlePrefixes: raw.participles.prefixes.map((p) => p.toLowerCase()),
    participleEndings: raw.participles.endings.map((e) => e.toLowerCase()),
    notParticiples: lowerSet(raw.notParticiples.filter((w) => !w.startsWith('-'))),
    separableParticles: particles.map((p) => p.toLowerCase()),
    notParticipleEndings: raw.notParticiples.filter((w) => w.startsWith('-')).map((w) => w.slice(1).toLowerCase()),
    progressiveEnding: raw.progressiveEnding?.toLowerCase(),
    frontedOpenings: new CueList(raw.frontedOpenings, group),
    progressivePhrases: new CueList(raw.progressivePhrases, group),
    auxiliaryReach: raw.auxiliaryReach,
    earlierAdverbs: new CueList(raw.timeAdverbs.earlier, group),
    byNowAdverbs: new CueList(raw.timeAdverbs.byNow, group),
    stillAdverbs: new CueList(raw.timeAdverbs.still, group),
  };
}
