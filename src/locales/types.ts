/**
 * A language is one folder under `src/locales/` exporting a {@link Locale}. Word lists live in the folder's
 * `words.ts`; parsers in its `temporal/` folder; event cues in its `events.ts`.
 */
import type { TemporalLocale } from '../temporal/contract.js';

/** Words that steer sentence segmentation and language detection. */
export interface TextRules {
  /** Abbreviations after which a full stop does not end a sentence ("dhr", "bijv", "Mr", "e.g"), without the dot. */
  readonly abbreviations: readonly string[];
  /** Frequent function words, for telling languages apart. */
  readonly stopwords: readonly string[];
  /** The language's ISO 639-3 code, as letter-trigram statistics (franc) name it: `nld`, `eng`. */
  readonly iso6393: string;
  /**
   * Words that open a sentence and are capitalised nowhere else but in names ("De", "Het", "The", "She"), lower
   * case. After a lower-case word and before another, one of them shows where a headline glued to the first
   * sentence ends: "Ziekenhuizen gaan fuseren De ziekenhuizen ...".
   */
  readonly sentenceOpeners: readonly string[];
  /**
   * Prepositions and adverbs that open a sentence with a fronted phrase ("Vanaf 1 april betalen ...", "Volgens de
   * politie ..."), lower case. Like `sentenceOpeners` they show where a glued headline ends, but they are no subject.
   * Only for languages whose headlines are in sentence case: a title-case headline capitalises them too ("Fined Over
   * Spills In 2021").
   */
  readonly frontedOpeners?: readonly string[];
}

/** A word sequence that signals an ordering relative to an earlier event ("daarna", "vlak na zijn toespraak"). */
export interface RelationCue {
  /** Lower-case words, space separated: `vlak na`, `the day after`. */
  readonly words: string;
  readonly type: 'after' | 'before' | 'during';
  /** The cue governs a noun phrase naming the earlier event ("na zijn toespraak"); `daarna` does not. */
  readonly takesObject: boolean;
  /** The cue may govern a noun phrase but need not ("the day after" / "the day after the storm"). */
  readonly objectOptional?: boolean;
  /** Whole days after (or before, when negative) the earlier event: `the day after` is 1. Absent: not a fixed distance. */
  readonly days?: number;
  /** The cue points back to a period ("in die periode", "during that time"), not to any earlier event. */
  readonly period?: boolean;
  /** The event lasts from the earlier one up to the article's date ("sindsdien", "since then"). */
  readonly since?: boolean;
  /** The event lasts up to the earlier one ("tot die tijd", "until then"). */
  readonly until?: boolean;
}

/**
 * Cue words that decide an event's kind, actors, places and relations. Every list is lower case; multi-word cues
 * are space separated and matched word by word. Matching is by whole words, so lists stay plain data.
 */
export interface EventCues {
  /** Sentence openings that make a sentence commentary, not an event: `het is opmerkelijk dat`. */
  readonly commentaryOpenings: readonly string[];
  /** Predicates that make a `wat ...`/`what ...` clause commentary: `is nog onduidelijk`. */
  readonly commentaryPredicates: readonly string[];
  /** Words opening an indirect question that a commentary predicate comments on: `wat`, `hoe`, `what`. */
  readonly commentaryQuestionWords: readonly string[];
  /** Reporting verbs in every form used: `zegt`, `zei`, `gezegd`, `said`, `told`. */
  readonly reporting: readonly string[];
  /** Frames naming the source before it: `volgens`, `according to`. */
  readonly attribution: readonly string[];
  /**
   * Who is spoken to is no actor: a preposition after a reporting verb (`tegen`, `to`: "zei ze tegen RTV Oost") and
   * reporting verbs whose object is the listener (`told`: "told the BBC").
   */
  readonly addressing: { readonly prepositions: readonly string[]; readonly verbs: readonly string[] };
  /**
   * Pronouns that stand for one person right beside a reporting verb ("zei ze", "he said"): the speaker is the
   * person last named. `pluralEnding`: a verb ending so is plural ("zeiden ze"), and its pronoun no one person.
   * `objects`: the forms after an attribution ("volgens hem", "according to her").
   */
  readonly speakerPronouns: {
    readonly words: readonly string[];
    readonly pluralEnding?: string;
    readonly objects: readonly string[];
    /** Verbs of a stance that, like reporting verbs, take the person as subject: "ze verwacht dat", "he fears". */
    readonly stanceVerbs: readonly string[];
  };
  /**
   * Words that point back to someone or something named before: the article's definite articles, nouns for an
   * organisation ("the company", "het bedrijf") and for a kind of place ("the country", "de gemeente"), and
   * pronouns for an organisation as subject ("it intends to ..."). A person's pronouns are `speakerPronouns.words`.
   */
  readonly anaphora: {
    readonly definiteArticles: readonly string[];
    readonly organisationNouns: readonly string[];
    readonly placeNouns: { readonly country: readonly string[]; readonly region: readonly string[]; readonly town: readonly string[] };
    readonly organisationPronouns: readonly string[];
    /** Person pronouns that may also be an organisation or many ("zij", "ze"): a person's only where no organisation was named since. */
    readonly ambiguousPersonPronouns: readonly string[];
    /** A speaker's "we" inside a quotation: the organisation they speak for ("“We want to know what happened”"). */
    readonly quotedOrganisationPronouns: readonly string[];
    /** Verbs after an organisation pronoun that make it no one ("it seems", "it emerged"). */
    readonly impersonalVerbs: readonly string[];
    /**
     * Nouns for a country's government, lower case: after a place or demonym ("the Romanian government", "de
     * Belgische regering") the country acting, a place that acts; alone after the article ("the government") the
     * country named last.
     */
    readonly governmentNouns: readonly string[];
  };
  /** Announcement verbs that take a plan as complement: `kondigde aan`, `announced`, `plans`. */
  readonly announcement: readonly string[];
  /**
   * Announcement verbs that tell a decision taken: `decided`, `agreed`; `besloot`. One told in the past is the event,
   * what it decided told in its title ("Het college besloot het zwembad te sluiten": occurred, dated by its tense);
   * one just taken and undated ("Cerberus has agreed to take on the costs", "heeft besloten ... te sluiten") is done,
   * and what it decided is ahead: two records, the decision and the plan. A time of the plan's own also parts them.
   */
  readonly decisions?: readonly string[];
  /**
   * Announcement verbs whose separable particle may stand apart, before their plan ("kondigde het leger aan morgen
   * een oefening te beginnen"); after any other (`beloofde`, `besloot`) a particle word is a preposition ("beloofde
   * het zwembad aan de Kanaalweg te sluiten"). Left out: every announcement verb may take one.
   */
  readonly separatedParticleAnnouncements?: readonly string[];
  /**
   * Nouns of an agreement concluded whose infinitive tells what was agreed: `contract`, `agreement`; `contract`,
   * `overeenkomst`. "AirTanker has signed a 27-year contract to supply 14 tankers": the signing is done and the
   * supplying ahead, two records, as for an announced plan (only in the present perfect: "had signed a contract to
   * purchase" in a past story may be carried out by now).
   */
  readonly agreementNouns?: readonly string[];
  /**
   * Participles of saying that open a clause split off after a comma ("..., saying that it plans to fire 3,000
   * employees"): that clause is a saying, and its content a record of its own when it tells a kind of its own.
   */
  readonly sayingParticiples?: readonly string[];
  /** A word opening a purpose clause before its infinitive's marker ("om ... te"), where the language has one. */
  readonly purposeOpener?: string;
  /**
   * Announcement verbs that tell a state of mind, not an act: `plans`, `intends`; `is van plan`. "It plans to cut two
   * plants" is one record, the plan; an act of announcing ("announced plans to", "kondigde aan ... te") was done on
   * its day and what it announced is planned: two records.
   */
  readonly planStates?: readonly string[];
  /** Words that start a complement clause after a reporting or announcement verb: `dat`, `that`. */
  readonly complementizers: readonly string[];
  /** The infinitive marker of a plan complement: `te`, `to`. */
  readonly infinitiveMarker: string;
  /**
   * Pronouns that open a clause as its subject: after a reporting verb with the "that" left out they open what was
   * said ("said it would cut 13,000 jobs").
   */
  readonly subjectPronouns?: readonly string[];
  readonly negation: readonly string[];
  /**
   * Verbs of excluding whose denial leaves the event possible: `not rule out`, `niet uitsluiten` ("sluit een staking
   * niet uit" is a possible strike, not a denied one). A split verb is written with `…`: `sluit … uit`.
   */
  readonly exclusionVerbs?: readonly string[];
  /**
   * Negation words that may deny one phrase rather than an event (`not`, `no`; `niet`, `geen`): after a comma or a
   * conjunction, with no verb of their own, they deny only the phrase they add ("long-awaited but not a big
   * surprise", "years, not months"). Words that count occasions (`never`, `nooit`) are left out: "but never in June"
   * denies the event itself.
   */
  readonly phraseNegations?: readonly string[];
  /**
   * Verbs of ceasing (`stop`, `cease`; `stoppen`, `ophouden`): right before a progressive or one of `links` (`met`)
   * they deny what ceases as a negation does ("would cease looking at specific designs", "stopt met de verkoop": the
   * looking and the selling no longer happen). With an object ("they stopped the market") the stopping is the event.
   */
  readonly ceasing?: { readonly verbs: readonly string[]; readonly links: readonly string[] };
  /**
   * Openings of a reduced clause after a comma that tells a plan or an expectation of the noun before it (", to be
   * released in mid-2011", ", expected to increase to 57% by the end of this year", ", gepland voor 2027"): with a
   * time of its own it is an event of its own, and its time does not date the clause it hangs on.
   */
  readonly reducedClauses?: readonly string[];
  /**
   * Future cue words that are also nouns (`plans`, `plan`): after a verb or a preposition, past a few adjectives, they
   * tell of a plan ("asked them to make new tentative plans to save Japan") without making the clause's event one.
   */
  readonly planNouns?: readonly string[];
  /**
   * Phrases that hold a cue word and are no cue: `not only`, `niet alleen` (no denial), `would like` (no guess), `not
   * seen since` (the scope of a comparison, as "the highest since"). Their words are left out of every kind cue.
   */
  readonly falseCues: readonly string[];
  /**
   * Words that open a clause inside another (`which`, `when`, `than`, `so that`; `die`, `toen`, `dan`): a negation,
   * modal or future in it tells of that clause's own event, not of the one it hangs on ("Shares fell after the bank
   * could not pay" occurred). The inner clause runs to the next comma or the end; one that leads its sentence ("When
   * the plant closes, ...") to its comma. `complementVerbs`: verbs besides the reporting and announcement ones whose
   * `that`/`dat` clause is their content and so keeps its cues ("think that", "verwacht dat"); after any other word
   * it is a clause on a noun ("worries that", "het plan dat").
   */
  readonly scopeClosers: readonly string[];
  /** Relative pronouns among `scopeClosers` besides `relativePronouns`: `whose`, `whom`; `wiens`, `waarvan`. */
  readonly scopeRelatives: readonly string[];
  readonly complementVerbs: readonly string[];
  /**
   * Sentence openings that make a clause the consequence of a condition told before it: `dan` ("Dan zal
   * Wit-Rusland sterven": if there are new elections), `anders`, `otherwise`.
   */
  readonly consequenceOpenings: readonly string[];
  /**
   * Nouns of saying or fearing whose "that" clause tells what was claimed or feared ("on worries that the government
   * will nationalize the banks", "in response to complaints that it had not taken measures", "de vrees dat de
   * fabriek sluit"): the clause is an event of its own, someone's words with a kind of their own, not part of the
   * clause the noun stands in. Those of `hedging` make what they frame a guess (worries, fears, hopes, speculation).
   */
  readonly contentNouns?: {
    readonly nouns: readonly string[];
    readonly hedging: readonly string[];
    /** Words that open a question as a noun's content, a guess whatever the noun ("worries over whether GM will be able to ..."). */
    readonly questions?: readonly string[];
    /** Prepositions a question may hang on its noun by (`over`, `about`). */
    readonly links?: readonly string[];
  };
  /**
   * Prepositions that place their noun phrase's event before the clause's (`after`, `following`, `na`): with a time
   * of its own that the clause's tense rules out, the noun phrase is an event of its own ("will cut 30,000 jobs after
   * a US$1.6 billion loss last year": the loss, last year, happened), and its time is no longer lost.
   */
  readonly eventAdjunctOpeners?: readonly string[];
  /**
   * Prepositions whose noun phrase names what the clause's event answers or goes on despite (`in response to`,
   * `amid`, `despite`; `vanwege`, `ondanks`): a fact of its own, a record beside its clause that the clause's plan or
   * guess does not reach ("will give owners a free case in response to mounting concerns": the concerns are there).
   */
  readonly causeOpeners?: readonly string[];
  /** Modal and hedging words: `kan`, `zou`, `mogelijk`, `might`, `could`. */
  readonly speculation: readonly string[];
  /**
   * Verbs of expecting or hoping that hedge only with an infinitive after them in their clause, where the language
   * parts the two ("Het bedrijf verwacht dit jaar 300 banen te schrappen"; not "De opening was lang verwacht").
   */
  readonly hedgingInfinitiveVerbs?: readonly string[];
  /**
   * Words that open the second term of a comparison (`than`, `dan`): a verb of expecting shortly after one tells what
   * had been expected, no guess ("better than analysts had predicted", "hoger dan verwacht").
   */
  readonly comparisonWords?: readonly string[];
  /** Sentence-initial words that offer an alternative and so make it speculative: `of`, `or`. */
  readonly alternativeOpenings: readonly string[];
  /** Conditional conjunctions that always make a condition: `indien`, `tenzij`, `if`, `unless`. */
  readonly conditions: readonly string[];
  /** Ambiguous conditional conjunction (`als` is also "as"), a condition only when a subject follows. */
  readonly ambiguousCondition?: { readonly word: string; readonly subjects: readonly string[] };
  /** Future auxiliaries and plan verbs: `zal`, `gaat`, `will`, `plans to`. */
  readonly future: readonly string[];
  /** Words that place an expression in the future: `morgen`, `volgende`, `tomorrow`, `next`. */
  readonly futureTime: readonly string[];
  readonly relations: readonly RelationCue[];
  /** Nouns naming a speech act (`toespraak`, `speech`): a relation cue governing one points to the last reported event. */
  readonly speechNouns: readonly string[];
  /** Conjunctions that, after a comma, join two clauses that may each be an event: `en`, `maar`, `and`, `but`. */
  readonly coordinators: readonly string[];
  /** Sentence-initial connectors dropped from titles: `en`, `maar`, `and`. */
  readonly connectors: readonly string[];
  /** Articles and possessives: `de`, `het`, `zijn`, `the`, `his`. */
  readonly determiners: readonly string[];
  /** Quantities that open a subject like an article but may also stand alone ("veel gezinnen", "het kost veel"). */
  readonly quantifiers: readonly string[];
  /**
   * Nouns of quantity that take the counted noun without a preposition (Dutch "het aantal parkeerplaatsen", "een
   * groep ondernemers"), lower case: a subject moved to the front takes that noun along.
   */
  readonly measureNouns?: readonly string[];
  /**
   * Nouns of a time's course that stand between a preposition and its time, lower case: they go with the time out
   * of a title ("in de loop van [volgend jaar]", "in the course of [2024]").
   */
  readonly courseNouns?: readonly string[];
  /**
   * A past participle after a comma that opens an aside on the noun before it ("A review, announced in 2019, is
   * due ..."): its time dates the noun's own event, not the sentence. Participles end in one of `endings` or are
   * among `irregular`; the aside's title puts `auxiliary` (singular, plural) between noun and participle ("A review
   * was announced"). Absent where such participles cannot be told from other verbs.
   */
  readonly participleAsides?: { readonly endings: readonly string[]; readonly irregular: readonly string[]; readonly auxiliary: readonly [string, string] };
  /**
   * Relative pronouns that open a clause after a comma: `which`, `who`; `die`, `dat` (one that is also a
   * complementizer opens a relative clause only between commas).
   */
  readonly relativePronouns: readonly string[];
  /**
   * Subordinating conjunctions that open a clause with an event of its own when a verb follows ("when the plane
   * made its maiden flight", "nadat de raad had ingestemd"): `when`, `although`; `toen`, `nadat`. One that is also
   * a preposition ("after the vote", "na de stemming") opens a clause only before a subject and its verb.
   */
  readonly clauseOpeners?: readonly string[];
  /**
   * Clause openers among `clauseOpeners` that order their clause against the one it hangs on, with a stretch right
   * before them ("comes a day after Chrysler released", "kwam twee weken nadat de minister was afgetreden"): `after`
   * (the clause's event lies that stretch before its host's) and `before` (after it).
   */
  readonly orderingOpeners?: { readonly after: readonly string[]; readonly before: readonly string[] };
  /**
   * Conjunctions of time or purpose whose clause is placed by the clause it hangs on: under a plan it is part of the
   * plan ("will step down when the proceedings are finalized", "treedt af zodra de fusie rond is"): `when`, `until`;
   * `zodra`, `voordat`. A clause of reason or contrast ("as safety is our priority", "omdat") tells a fact of its own.
   */
  readonly timeClauseOpeners?: readonly string[];
  /**
   * Adverbs that may stand between a joining conjunction and its clause's verb ("but instead is aimed at", "maar
   * daarna gaat het zwembad open"): `instead`, `also`; `daarna`, `nu`.
   */
  readonly adverbsAfterConjunction?: readonly string[];
  /**
   * Adverbs that after a comma join a clause with a subject and verb of its own as a conjunction does ("..., however
   * no more will be forthcoming"): `however`.
   */
  readonly linkingAdverbs?: readonly string[];
  /** Words that deny the subject they open or are ("no more will be", "nobody came"; "geen enkele bank", "niemand"). */
  readonly deniedSubjects?: readonly string[];
  /**
   * Comparatives after which a denying word and a later "than" praise rather than deny ("There is no more important
   * task than stability", "Er is geen belangrijkere taak dan ..."): `more`, `better`; `meer`, `belangrijkere`.
   */
  readonly comparatives?: readonly string[];
  /**
   * Comparatives that, right before `than`, make a bound or an amount rather than a comparison with another time:
   * "no later than June 1", "more than two years ago" date their event; "higher than last year" does not.
   */
  readonly boundComparatives?: readonly string[];
  /**
   * Words in the progressive ending that open no clause after a comma, being prepositions or nouns: `including`,
   * `according`, `during`, `morning`.
   */
  readonly notClauseParticiples?: readonly string[];
  /**
   * The ending of a finite present singular right after its subject ("it arrives", "het zwembad gaat"): `s`, `t`.
   * Only right after a pronoun or a name is such a word taken for a verb (plural nouns end so too).
   */
  readonly presentSingularEnding?: string;
  /** Clause starters after which a title is cut: `die`, `omdat`, `vanwege`, `which`, `because`. */
  readonly titleCuts: readonly string[];
  /** Phrases holding a clause starter that open no clause: `such as`, `as well as`, `as a result`. */
  readonly cutExceptions: readonly string[];
  /**
   * Places the gazetteer does not hold, normalised spelling: parts of the world, seas, the language's own names for
   * foreign cities (`Londen`, `Den Haag`).
   */
  readonly places: readonly string[];
  /** Countries, regions and towns from data packages (`src/locales/gazetteer.ts`), for this language. */
  readonly gazetteer: Gazetteer;
  /** Organisations and institutions, normalised spelling (`NAVO`, `Kremlin`, `EU`). */
  readonly organisations: readonly string[];
  /**
   * Organisations that are also where they sit: a place after a place preposition ("at the White House", "in the
   * EU", "op Schiphol"), an actor where they act ("the White House said").
   */
  readonly sites: readonly string[];
  /**
   * Lower-case nouns for buildings and facilities that make the name right after them a place ("het zwembad De
   * Kuil", "the Moscone West center"): `zwembad`, `stadion`; `pool`, `stadium`.
   */
  readonly facilityNouns: readonly string[];
  /** Nouns for groups and offices that, after a demonym, name an actor (`Wit-Russische leger`): `leger`, `army`. */
  readonly groupNouns: readonly string[];
  /** Offices that may stand for a named person introduced earlier (`de president` → `Loekasjenko`). */
  readonly roleNouns: readonly string[];
  /** Endings of demonym adjectives: `ische`, `se`, `ian`, `ese`. */
  readonly demonymEndings: readonly string[];
  /** Capitalised words that are never names: month and weekday names, sentence-initial adverbs. */
  readonly notNames: readonly string[];
  /**
   * Finite auxiliaries. After a relative clause without commas that ends in its own time ("A wildfire that broke out
   * on Tuesday has destroyed ..."), one shows where the relative clause ends; where subordinate clauses end in their
   * verb (`verbFinalSubordinates`), one is a finite verb of `verbForms`.
   */
  readonly auxiliaries?: readonly string[];
  /** Forms of address before a person's name, lower case, no dot: `mr`, `ms`, `dhr`, `mevrouw` ("Ms Doyle said"). */
  readonly personTitles: readonly string[];
  /** Lower-case particles inside personal names (`van`, `de`, `van der`): "Sanne de Bruin", "Dhr. Van Loon". */
  readonly nameParticles: readonly string[];
  /** Prepositions after which an unknown name is a place ("in Culemborg", "near Port Aven"). */
  readonly placePrepositions: readonly string[];
  /**
   * Last words that make a name a place wherever it stands ("Elm Street", "Tower Bridge"), and endings that do so
   * for a compound written as one word, given with a leading hyphen (`-plein`: "Stadhuisplein", not "Plein").
   */
  readonly placeNameEndings: readonly string[];
  /**
   * Last words that make a name an organisation even after a place preposition ("shares in Harmon Group"), and
   * endings of one-word compounds with a leading hyphen (`-groep`: "Heijmansgroep").
   */
  readonly organisationNameEndings: readonly string[];
  /**
   * Legal forms written after a company's name ("Apple Inc.", "Ford Motor Co.", "Heijmans N.V."), lower case: after a
   * known organisation they are part of its mention, not a name of their own, and the name stays the known one.
   */
  readonly organisationLegalForms: readonly string[];
  /**
   * Last words of the names of occasions, lower case ("Paris Air Show", "Worldwide Developers Conference", "Olympische
   * Spelen"): an occasion is neither who acts nor where, so such a name (and its acronym in brackets) is no mention.
   */
  readonly occasionNameEndings: readonly string[];
  /**
   * Endings of capitalised compounds that say where something is based ("Craiova-based", "New York City-based"):
   * the place before the ending, given with a leading hyphen.
   */
  readonly placeAdjectiveEndings: readonly string[];
  /** First words that carry an organisation's name on over a place (`air`: "Air Canada", "Air China"), lower case. */
  readonly organisationNameOpenings: readonly string[];
  /**
   * Words after such a last word that carry the name on to more capitalised words: `of` ("Bank of England",
   * "Ministry of Defence"); `van`, `voor de` ("Raad van State", "Centraal Bureau voor de Statistiek").
   */
  readonly organisationLinks: readonly string[];
  /** First words that make a name a place ("River Wear", "Lake Geneva", "Mount Everest"). */
  readonly placeNameOpenings: readonly string[];
  /** Words opening the scope of a comparison after a superlative: `since`, `sinds` ("the highest since 2010"). */
  readonly sinceWords: readonly string[];
  /** Superlatives: words (`first`, `worst`; `eerst`, `meest`) and endings with a leading hyphen (`-est`, `-ste`). */
  readonly superlatives: readonly string[];
  /**
   * Words that open the baseline of a change or comparison ("down from 40,000 on Saturday", "compared with last
   * year", "vergeleken met vorig jaar"): a time after one tells the baseline's date, not the event's.
   */
  readonly baselineWords?: readonly string[];
  /**
   * A change told with its size before the baseline's opening word (`links`): "an increase of 54 points from March
   * 12", "up 3% from a year earlier". A change word (`words`), a number, then the link: the time after it is the
   * baseline's, not the event's.
   */
  readonly baselineChanges?: { readonly words: readonly string[]; readonly links: readonly string[] };
  /**
   * How a date names which thing is meant rather than when the clause's event happened: after a noun and one of
   * `links` ("het akkoord van 1991", "de wet uit 1998"), or before a noun with one of `possessives` after it
   * ("Monday's closing price"). A date between an article and a noun ("the 1991 settlement", "a June 1 deadline")
   * needs no list.
   */
  readonly dateModifiers?: { readonly links: readonly string[]; readonly possessives: readonly string[] };
  /** Words before the first of two dates that make them one range: `from` / `between`, `van` / `tussen`. */
  readonly rangeOpenings: readonly string[];
  /** Words between the two dates of such a range: `to`, `until`, `and`; `tot`, `tot en met`, `en`. */
  readonly rangeJoiners: readonly string[];
  /**
   * A range told by two verbs: a conjunction and the word before the end, with at most a few words (the second
   * verb) between them: `and` .. `until` ("begin next month and last until the end of September"); `en` .. `tot`.
   */
  readonly rangeContinuation: { readonly conjunctions: readonly string[]; readonly untilWords: readonly string[] };
  /** Words right before a date the event comes after (`after`; `na`) or before (`before`; `vóór`, not the ambiguous `voor`). */
  readonly afterWords: readonly string[];
  /** Words right before a date the event comes on or before, a deadline: `by`; `uiterlijk`, `uiterlijk in`. */
  readonly deadlineWords: readonly string[];
  /**
   * Nouns that make a date beside them a deadline: right after it ("a June 1 deadline") or before a link word and it
   * ("de deadline van 1 juni", "the deadline of June 1"): the event is due by that date, as after `by`.
   */
  readonly deadlineNouns?: { readonly nouns: readonly string[]; readonly links: readonly string[] };
  /** Words right before a duration the event falls within, counted from the article: `within`; `binnen`. */
  readonly withinWords: readonly string[];
  readonly beforeWords: readonly string[];
  /** Words between a start and how long it lasts, which make them one period: `for`; `voor`, `gedurende`. */
  readonly durationJoiners: readonly string[];
  /**
   * Verbs of lasting that, after a range conjunction, join a start and a length into one period: "start this autumn
   * and take about two years" (`take`, `last`); "begint in mei en duurt twee jaar" (`duurt`).
   */
  readonly lastingVerbs: readonly string[];
  /** Indefinite articles: a capitalised noun after them is a description, not a name ("een voormalige Sovjetrepubliek"). */
  readonly indefiniteArticles: readonly string[];
  /** Prepositions: one right before a removed temporal expression leaves a title with it (`in [de afgelopen dagen]`). */
  readonly prepositions: readonly string[];
  /** Separable verb particles that close a clause (`kondigde ... aan`). */
  readonly particles: readonly string[];
  /**
   * Third person singular present of an infinitive (`beginnen` → `begint`), for titles of announced plans.
   * Absent: titles keep the infinitive with its marker (`Army to hold elections`).
   */
  readonly presentSingular?: (infinitive: string) => string;
  /**
   * Subordinate clauses put their verb last (Dutch "dat vorig jaar verlies leed"): a relative clause's title keeps its
   * pronoun ("Tata Steel, dat verlies leed") rather than read as a main clause ("Aurora-1 has been in orbit").
   */
  readonly verbFinalSubordinates?: boolean;
  /**
   * With `verbFinalSubordinates`: what the verbs closing a relative clause without commas look like, so the main
   * clause's verb right after them shows where it ends ("De man [die in 2020 werd ontslagen] ontkende alles"). A
   * finite verb is one of `auxiliaries` or ends in a past ending (not after `ge`, which makes an adjective of a
   * participle: "gemaakte"); a participle has a prefix and an ending of its own; after a verb, a word with the
   * infinitive ending is an infinitive.
   */
  readonly verbForms?: {
    readonly pastEndings: readonly string[];
    readonly participlePrefixes: readonly string[];
    readonly participleEndings: readonly string[];
    readonly infinitiveEnding: string;
  };
  /**
   * Main clauses put their verb second (Dutch "Morgen reist hij"): when a fronted date is removed the title puts the
   * subject first again ("Hij reist"). Absent: the subject follows a fronted phrase already ("By 2010, prices had
   * doubled").
   */
  readonly verbSecond?: boolean;
  /**
   * With `verbSecond`: the subject a fronted verb takes when a "that" clause follows it at once ("Begin augustus
   * bleek dat ..." → "Het bleek dat ..."), lower case.
   */
  readonly impersonalSubject?: string;
  /** Words that mean "before" only right before a date with a day: `voor` ("voor 1 november"; "voor drie weken" is a length). */
  readonly beforeDayWords?: readonly string[];
  /** With `verbSecond`: endings of plural nouns, which may stand as a bare subject after a fronted verb ("betalen fietsers"). */
  readonly pluralNounEndings?: readonly string[];
  /**
   * Endings of nouns that end like an inflected adjective (Dutch "gemeente", "provincie" beside "nieuwe"): a title's
   * subject phrase ("de gemeente") ends there and takes no next word as its noun ("de gemeente extra geld ...").
   */
  readonly nounEndingsLikeAdjectives?: readonly string[];
  /**
   * A saying split from its content carries what was said in brief ("Loekasjenko beweert dat hij met hervormingen
   * begint", not "Loekasjenko beweert"). Left off for English for now: measured on MEANTIME English, whose scorer pairs
   * a gold event with the first record of its sentence whose title holds its trigger, the content's words in the
   * saying's title (which comes first) take the content's events from their record (AFTER-only 85.3 to 70.6%).
   */
  readonly sayingTitleBrief?: boolean;
  /** Prepositions that tie a noun phrase to the noun before it, as part of one subject: `van` ("het plafond van het kabinet"), `of`. */
  readonly nounLinks: readonly string[];
  /**
   * The ending of a participle that opens a phrase before the main clause (`ing`: "Speaking outside Downing Street,
   * he said ..."). Absent where such an ending also ends common nouns (Dutch "Regering").
   */
  readonly participleEnding?: string;
  /** The verb forms that tell a clause's tense and aspect, for dating an event its text gives no date (`tense.ts`). */
  readonly tense: TenseCues;
}

/**
 * The verb forms that tell a clause's tense and aspect, lower case. The first verb of a clause decides: what it is,
 * and for an auxiliary what follows it ("has announced" is a perfect, "has 500 staff" a present).
 */
export interface TenseCues {
  /** Auxiliaries and phrases of the future: `will`, `'ll`, `won't`, `going to`; `zal`, `zullen`. */
  readonly future: readonly string[];
  /**
   * Phrases after a present "be" that put what follows ahead of the article: `expected to`, `set to`, `likely to`
   * ("A new model is expected to be launched"); `van plan` ("De gemeente is van plan het bad te sluiten"). After a past
   * "be" ("was expected to") the clause stays past.
   */
  readonly futureAfterBe: readonly string[];
  /** Modals in the present: what may, can or must happen is ahead of the article (`may`, `could`, `kan`, `moet`). */
  readonly modals: readonly string[];
  /** Perfect auxiliaries, present (`has`, `have`; `heeft`, `hebben`, `is`, `zijn`) and past (`had`; `had`, `was`). */
  readonly perfect: { readonly present: readonly string[]; readonly past: readonly string[] };
  /** Forms of "be" (and the passive's `wordt`): present and past. Past ones make the clause past, whatever follows. */
  readonly be: { readonly present: readonly string[]; readonly past: readonly string[] };
  /** Present forms no rule finds (`says`, `does`, `zegt`): the clause is in the present. */
  readonly presentForms: readonly string[];
  /** Irregular past forms (`said`, `went`; `zei`, `ging`), contractions (`didn't`) included. */
  readonly pastForms: readonly string[];
  /** Endings of a regular past (`ed`; `de`, `te`, `den`, `ten`), on a word that follows no article or preposition. */
  readonly pastEndings: readonly string[];
  /** Words with such an ending that are no past (`need`, `united`; `gemeente`, `tweede`). */
  readonly notPast: readonly string[];
  /**
   * Past participles, after a perfect auxiliary: irregular ones (`been`, `done`), and the regular pattern: a prefix
   * (none in English; `ge`, `be`, `ver` ...) and an ending (`ed`, `en`; `d`, `t`, `en`).
   */
  readonly participles: { readonly irregular: readonly string[]; readonly prefixes: readonly string[]; readonly endings: readonly string[] };
  /**
   * Words that are no participle though they look like one (`gebied`, `bericht`; `children`), and endings of such
   * words with a leading hyphen (`-ingen`: "verkiezingen").
   */
  readonly notParticiples: readonly string[];
  /** Ending of the progressive after a present "be": `ing` ("is building"). */
  readonly progressiveEnding?: string;
  /** Phrases of the progressive: `aan het` ("is aan het bouwen"), `bezig`. */
  readonly progressivePhrases: readonly string[];
  /**
   * How many words after an auxiliary its participle or `-ing` form may be: a few in English ("has also been"), the
   * whole middle field in Dutch ("heeft de gemeente vorige week besloten"), where a comma or "dat" still ends it.
   */
  readonly auxiliaryReach: number;
  /**
   * Words that open a phrase set before the main clause and ended by a comma ("Although it can fly ..., the jet will
   * ...", "If no buyer is found, the plant will close"; "Hoewel ..., zal"): the clause's tense is its main clause's.
   * A participle opening ("Speaking to the press, he said", "Given the state of the economy, we will") does the same
   * without a list, when no auxiliary stands before the comma.
   */
  readonly frontedOpenings: readonly string[];
  /**
   * Adverbs that place an undated event where its tense alone does not (`tense.ts`, `timeAdverbOf`):
   * - `earlier`: before the time the text is telling of, so before the article's day even where the paragraph tells
   *   of that day ("earlier", "previously"; "eerder", "vroeger", "destijds");
   * - `byNow`: done by now, the article's day included ("by now", "so far"; "inmiddels", "tot nu toe"); not
   *   "meanwhile" / "intussen", which tie an event to the one told before (a relation);
   * - `still`: a state that holds at the article's date ("still", "currently"; "nog steeds", "momenteel"), read
   *   with a present or a clause whose tense no verb tells (a Dutch present such as "onderzoekt").
   * "already" / "al" is none: measured on MEANTIME, "has already received" lies before the article's day, as the
   * perfect alone says.
   */
  readonly timeAdverbs: { readonly earlier: readonly string[]; readonly byNow: readonly string[]; readonly still: readonly string[] };
}

/** A supported language. */
export interface Locale {
  /** BCP 47 code: `nl`, `en`. */
  readonly code: string;
  /** English name, for messages. */
  readonly name: string;
  readonly text: TextRules;
  readonly temporal: TemporalLocale;
  readonly events: EventCues;
}

/**
 * Names that make a capitalised name a place. Countries and regions are places wherever they stand; towns (many of
 * them also surnames or words: "Henderson", "Mobile", "Best") only where nothing says otherwise.
 */
export interface Gazetteer {
  readonly countries: readonly string[];
  readonly regions: readonly string[];
  readonly towns: readonly string[];
}
