/** Dutch event cues: what makes a clause reported, planned, conditional, speculative or negated; who and where. */
import { cityNames, countryNames, regionNames, villageNames } from '../gazetteer.js';
import type { EventCues } from '../types.js';

const IRREGULAR: Readonly<Record<string, string>> = {
  zijn: 'is', hebben: 'heeft', gaan: 'gaat', staan: 'staat', doen: 'doet', slaan: 'slaat', zien: 'ziet',
  komen: 'komt', kunnen: 'kan', willen: 'wil', zullen: 'zal', mogen: 'mag', worden: 'wordt',
};

/**
 * Dutch third person singular present from the infinitive: stem + t. The stem drops `-en`, undoubles a final
 * consonant (`beginnen` → `begin`), doubles the vowel of an open syllable (`maken` → `maak`, not an unstressed one:
 * `leveren` → `lever`), and writes v/z as f/s.
 */
function presentSingular(infinitive: string): string {
  const lower = infinitive.toLowerCase();
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (!lower.endsWith('en') || lower.length < 4) return infinitive;
  let stem = lower.slice(0, -2);
  const last = stem[stem.length - 1];
  if (stem.length > 2 && last === stem[stem.length - 2] && !'aeiou'.includes(last)) stem = stem.slice(0, -1);
  // not after an unstressed -er, -el, -en closing a longer stem (`leveren` → `levert`, `openen` → `opent`)
  else if (/[^aeiou][aeou][^aeiouy]$/.test(stem) && stem.length >= 3 && !/[aeiou].*[^aeiou]e[rln]$/.test(stem)) stem = stem.slice(0, -1) + stem[stem.length - 2] + last;
  stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
  return stem.endsWith('t') ? stem : `${stem}t`;
}

/**
 * Endings of a regular past. A plural "-den"/"-ten" is as often a present ("houden", "wachten", "melden") as a past
 * ("raakten"): only the plural endings no present has are listed, a stem no present plural spells so ("reageerden",
 * "betaalden", "woonden", "stuurden", "bouwden", "noemden", "werkten", "stopten", "volgden": the present writes
 * "reageren", "betalen", "bouwen", "werken").
 */
const PAST_ENDINGS: readonly string[] = ['de', 'te', 'eerden', 'aalden', 'oonden', 'uurden', 'wden', 'mden', 'kten', 'pten', 'gden'];

export const events: EventCues = {
  commentaryOpenings: [
    'het is opmerkelijk', 'het is opvallend', 'het is duidelijk', 'het is onduidelijk', 'het is niet duidelijk',
    'het is nog onduidelijk', 'het is nog niet duidelijk', 'het is de vraag', 'het is nog de vraag', 'het is onbekend', 'het is niet bekend',
    'het is nog niet bekend', 'het blijft onduidelijk', 'het valt op', 'opvallend is', 'opmerkelijk is', 'duidelijk is',
    'onduidelijk is', 'de vraag is',
  ],
  commentaryPredicates: [
    'is niet duidelijk', 'is nog niet duidelijk', 'is onduidelijk', 'is nog onduidelijk', 'is de vraag',
    'is nog de vraag', 'is onbekend', 'is nog onbekend', 'blijft onduidelijk', 'blijft de vraag', 'is niet bekend',
    'is nog niet bekend',
  ],
  commentaryQuestionWords: ['wat', 'hoe', 'waarom', 'wanneer', 'of', 'wie', 'welke'],
  reporting: [
    'zegt', 'zei', 'zeiden', 'zeggen', 'gezegd', 'beweert', 'beweerde', 'beweerden', 'beweren', 'verklaart',
    'verklaarde', 'verklaarden', 'verklaard', 'meldt', 'meldde', 'meldden', 'gemeld', 'stelt', 'stelde', 'stelden',
    'aldus', 'laat weten', 'liet weten', 'lieten weten', 'bevestigt', 'bevestigde', 'bevestigd', 'benadrukt',
    'benadrukte', 'schrijft', 'schreef', 'vertelt', 'vertelde', 'waarschuwt', 'waarschuwde', 'erkent', 'erkende',
    'kondigde', 'kondigt', 'kondigden', 'aangekondigd', 'maakte bekend', 'maakt bekend', 'bekendgemaakt',
    // split verbs: "Dat maakte de wethouder vrijdag bekend", "liet de minister weten"
    'maakte … bekend', 'maakt … bekend', 'maakten … bekend', 'liet … weten', 'laat … weten', 'lieten … weten',
    'deelde … mee', 'deelt … mee',
    // "noemde het plan een boete": a judgement spoken
    'noemt', 'noemde', 'noemden',
  ],
  attribution: ['volgens', 'naar verluidt', 'naar eigen zeggen'],
  addressing: { prepositions: ['tegen', 'aan'], verbs: [] },
  speakerPronouns: {
    words: ['hij', 'zij', 'ze'],
    pluralEnding: 'en',
    objects: ['hem', 'haar'],
    stanceVerbs: ['verwacht', 'verwachtte', 'vreest', 'vreesde', 'hoopt', 'hoopte', 'denkt', 'dacht', 'gelooft', 'geloofde'],
  },
  anaphora: {
    definiteArticles: ['de', 'het'],
    organisationNouns: [
      'bedrijf', 'onderneming', 'concern', 'fabrikant', 'maatschappij', 'luchtvaartmaatschappij', 'vervoerder', 'bank',
      'verzekeraar', 'winkelketen', 'keten',
    ],
    placeNouns: { country: ['land'], region: ['provincie', 'regio'], town: ['gemeente', 'stad', 'dorp', 'plaats'] },
    // "het" is ook een lidwoord en "zij" een meervoud: geen voornaamwoord voor een organisatie
    organisationPronouns: [],
    ambiguousPersonPronouns: ['zij', 'ze'],
    quotedOrganisationPronouns: ['we', 'wij', 'ons', 'onze'],
    impersonalVerbs: [],
    // "het kabinet" is the Dutch one whatever country was named last: left out
    governmentNouns: ['regering'],
  },
  announcement: [
    'kondigde', 'kondigt', 'kondigden', 'aangekondigd', 'maakte bekend', 'maakt bekend', 'liet weten', 'laat weten',
    'besloot', 'besluit', 'besloten', 'beloofde', 'belooft', 'dreigde', 'dreigt', 'is van plan', 'zijn van plan',
  ],
  decisions: ['besloot', 'besluit', 'besloten'],
  separatedParticleAnnouncements: ['kondigde', 'kondigt', 'kondigden'],
  agreementNouns: ['contract', 'contracten', 'overeenkomst', 'akkoord', 'deal'],
  purposeOpener: 'om',
  hedgingInfinitiveVerbs: ['verwacht', 'verwachten', 'verwachtte', 'verwachtten', 'hoopt', 'hopen', 'hoopte', 'hoopten'],
  sayingParticiples: ['zeggende', 'stellende'],
  planStates: ['is van plan', 'zijn van plan'],
  complementizers: ['dat'],
  infinitiveMarker: 'te',
  subjectPronouns: ['ik', 'we', 'wij', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'het', 'men'],
  negation: [
    'niet', 'geen', 'nooit', 'niets', 'niemand', 'nergens', 'ontkend', 'ontkent', 'ontkende', 'ontkenden', 'ontkennen',
    'weigert', 'weigerde', 'weigerden', 'geweigerd',
  ],
  phraseNegations: ['niet', 'geen'],
  exclusionVerbs: [
    'uitsluiten', 'uitsluit', 'uitgesloten', 'uit te sluiten', 'sluit … uit', 'sluiten … uit', 'sloot … uit', 'sloten … uit',
  ],
  // before "met": "De winkel stopt met de verkoop van vuurwerk", "houdt op met produceren"
  ceasing: { verbs: ['stop', 'stopt', 'stoppen', 'stopte', 'stopten', 'gestopt', 'houdt op', 'houden op', 'hield op', 'hielden op', 'ophouden', 'opgehouden'], links: ['met'] },
  reducedClauses: ['gepland voor', 'gepland in', 'gepland op', 'verwacht in', 'verwacht voor', 'voorzien voor', 'voorzien in'],
  contentNouns: {
    nouns: [
      'klacht', 'klachten', 'bewering', 'beweringen', 'bericht', 'berichten', 'nieuws', 'waarschuwing', 'veronderstelling',
      'overtuiging', 'belofte', 'toezegging',
    ],
    hedging: [
      'zorg', 'zorgen', 'vrees', 'angst', 'hoop', 'verwachting', 'verwachtingen', 'speculatie', 'speculaties', 'gerucht',
      'geruchten', 'vermoeden', 'twijfel', 'mogelijkheid', 'risico', 'kans', 'vraag',
    ],
    // "of" is "or" too: only before a subject is it a question ("twijfel of de fusie doorgaat", not "zorgen of twijfels")
    questions: ['of'],
    links: ['over'],
  },
  eventAdjunctOpeners: ['na'],
  // not "vanwege", "wegens": they name a thing as readily ("vanwege een nieuwe techniek")
  causeOpeners: ['als reactie op', 'naar aanleiding van', 'te midden van', 'ondanks'],
  speculation: [
    'kan', 'kunnen', 'kon', 'konden', 'zou', 'zouden', 'mogelijk', 'misschien', 'wellicht', 'waarschijnlijk',
    'vermoedelijk', 'mogelijkerwijs', 'eventueel', 'lijkt', 'lijken', 'leek', 'leken', 'schijnt', 'vermoedt',
    'vermoedde', 'speculeert', 'zou kunnen', 'naar verwachting', 'vrezen', 'vreest', 'vreesde', 'vreesden', 'verwachten',
    'verwacht dat', 'voorspellen', 'voorspelt', 'voorspelde',
  ],
  // "niet alleen ..., maar ook" denies nothing
  // "better than analysts had predicted": what was expected, no guess
  comparisonWords: ['dan'],
  // "de bonussen niet meegerekend": a leaving out, no denial
  // a bound or a praise, no denial: "daalde met niet minder dan 10 procent", "een symbool als geen ander"
  falseCues: ['niet alleen', 'niet enkel', 'niet slechts', 'niet meegerekend', 'niet inbegrepen', 'niet te vergeten', 'niet minder dan', 'niet later dan', 'niet eerder dan', 'als geen ander', 'zoals geen ander',
    // "stopt met ingang van morgen": as of tomorrow, no ceasing (see ceasing)
    'met ingang van'],
  consequenceOpenings: ['dan', 'anders'],
  // "dan" is left out: "meer dan 200 woningen" opens no inner clause
  scopeClosers: [
    'die', 'omdat', 'doordat', 'waardoor', 'terwijl', 'hoewel', 'ofschoon', 'zodat', 'waarbij', 'nadat', 'voordat',
    'toen', 'zodra', 'totdat', 'opdat', 'aangezien', 'waar', 'waarin', 'waarmee', 'waarop', 'want', 'wiens', 'wier', 'waarvan',
  ],
  scopeRelatives: ['wiens', 'wier', 'waarvan'],
  complementVerbs: [
    'denkt', 'dacht', 'denken', 'dachten', 'gelooft', 'geloofde', 'geloven', 'verwacht', 'verwachtte', 'verwachten',
    'hoopt', 'hoopte', 'hopen', 'vreest', 'vreesde', 'vrezen', 'voorspelt', 'voorspelde', 'voorspellen', 'weet', 'wist',
    'weten', 'vermoedt', 'vermoedde', 'schat', 'schatte', 'suggereert', 'suggereerde', 'adviseert', 'adviseerde',
    'eist', 'eiste', 'ontkent', 'ontkende', 'waarschijnlijk', 'mogelijk', 'onwaarschijnlijk', 'betekent', 'betekende',
    'toont aan', 'toonde aan', 'zorgt ervoor', 'zorgde ervoor',
  ],
  alternativeOpenings: ['of'],
  conditions: ['indien', 'mits', 'tenzij', 'op voorwaarde dat', 'in geval', 'ingeval', 'wanneer'],
  ambiguousCondition: {
    word: 'als',
    subjects: ['dat', 'het', 'de', 'hij', 'zij', 'ze', 'we', 'wij', 'u', 'je', 'jij', 'men', 'er', 'die', 'deze', 'dit', 'ik', 'zich'],
  },
  // "moet de fusie nog goedkeuren": what still has to happen is ahead
  future: ['zal', 'zullen', 'zult', 'gaat', 'gaan', 'van plan', 'is van plan', 'wil', 'willen', 'moet nog', 'moeten nog', 'moet … nog', 'moeten … nog', 'nog moet', 'nog moeten'],
  futureTime: ['morgen', 'overmorgen', 'komende', 'aanstaande', 'binnenkort', 'straks', 'spoedig'],
  relations: [
    { words: 'de dag erna', type: 'after', takesObject: false, days: 1 },
    { words: 'de dag na', type: 'after', takesObject: true, days: 1 },
    { words: 'een dag na', type: 'after', takesObject: true, days: 1 },
    { words: 'een dag later', type: 'after', takesObject: false, days: 1 },
    { words: 'de volgende dag', type: 'after', takesObject: false, days: 1 },
    { words: 'de dag ervoor', type: 'before', takesObject: false, days: -1 },
    { words: 'vlak na', type: 'after', takesObject: true },
    { words: 'kort na', type: 'after', takesObject: true },
    { words: 'direct na', type: 'after', takesObject: true },
    { words: 'meteen na', type: 'after', takesObject: true },
    { words: 'na afloop van', type: 'after', takesObject: true },
    { words: 'daarna', type: 'after', takesObject: false },
    { words: 'vervolgens', type: 'after', takesObject: false },
    { words: 'later', type: 'after', takesObject: false },
    { words: 'daarop', type: 'after', takesObject: false },
    { words: 'sindsdien', type: 'after', takesObject: false, since: true },
    { words: 'sinds die tijd', type: 'after', takesObject: false, since: true },
    { words: 'sinds dat moment', type: 'after', takesObject: false, since: true },
    { words: 'sinds', type: 'after', takesObject: true, since: true },
    { words: 'kort daarvoor', type: 'before', takesObject: false },
    { words: 'daarvoor', type: 'before', takesObject: false },
    // "tot die tijd": up to the event told before
    { words: 'tot die tijd', type: 'before', takesObject: false, until: true },
    { words: 'tot dan', type: 'before', takesObject: false, until: true },
    { words: 'tot dat moment', type: 'before', takesObject: false, until: true },
    { words: 'tot dan toe', type: 'before', takesObject: false, until: true },
    { words: 'vlak voor', type: 'before', takesObject: true },
    { words: 'kort voor', type: 'before', takesObject: true },
    { words: 'tijdens', type: 'during', takesObject: true },
    { words: 'intussen', type: 'during', takesObject: false },
    { words: 'ondertussen', type: 'during', takesObject: false },
    { words: 'in die periode', type: 'during', takesObject: false, period: true },
    { words: 'in die tijd', type: 'during', takesObject: false, period: true },
    { words: 'in de tussentijd', type: 'during', takesObject: false },
  ],
  speechNouns: ['toespraak', 'speech', 'verklaring', 'persconferentie', 'interview', 'aankondiging', 'uitspraak', 'uitspraken', 'rede', 'woorden', 'betoog', 'bericht'],
  coordinators: ['en', 'maar', 'terwijl'],
  connectors: ['en', 'maar', 'ook', 'of', 'dan', 'toch', 'dus', 'bovendien', 'daarnaast', 'wel'],
  // met hoeveelheden die een naamwoordgroep openen zoals een lidwoord ("honderden omwonenden")
  determiners: ['de', 'het', 'een', 'zijn', 'haar', 'hun', 'diens', 'deze', 'die', 'dit', 'dat', 'enkele', 'sommige', 'tientallen', 'honderden', 'duizenden', 'tienduizenden', 'miljoenen'],
  quantifiers: ['veel', 'vele', 'weinig', 'alle', 'beide', 'meer', 'minder'],
  measureNouns: ['aantal', 'groep', 'paar', 'reeks', 'serie', 'stel', 'handvol', 'rij', 'percentage', 'totaal'],
  // "dat" is also a complementizer: it opens a relative clause only between commas ("Tata Steel, dat ..., schrapt")
  relativePronouns: ['die', 'dat'],
  presentSingularEnding: 't',
  // "als" (as, if, when), "voor" and "tot" (prepositions) are left out: too often no clause of their own
  timeClauseOpeners: ['wanneer', 'voordat', 'nadat', 'totdat', 'zodra', 'zodat', 'waarna'],
  adverbsAfterConjunction: ['daarna', 'nu', 'later', 'dan', 'vervolgens', 'inmiddels', 'intussen'],
  deniedSubjects: ['geen', 'niemand', 'niets', 'geen van'],
  comparatives: [
    'meer', 'minder', 'beter', 'betere', 'groter', 'grotere', 'belangrijker', 'belangrijkere', 'hoger', 'hogere', 'erger', 'ergere', 'slechter', 'slechtere',
    'lager', 'lagere', 'kleiner', 'kleinere', 'sterker', 'zwakker', 'goedkoper', 'duurder', 'sneller', 'trager', 'drukker', 'rustiger',
    'warmer', 'kouder', 'natter', 'droger', 'langer', 'korter', 'vaker',
  ],
  boundComparatives: ['meer', 'minder', 'later', 'eerder', 'langer', 'niet'],
  linkingAdverbs: [],
  orderingOpeners: { after: ['nadat'], before: ['voordat'] },
  clauseOpeners: ['toen', 'nadat', 'voordat', 'omdat', 'hoewel', 'terwijl', 'sinds', 'zodat', 'waardoor', 'totdat', 'zodra', 'doordat', 'waarna'],
  titleCuts: ['die', 'omdat', 'vanwege', 'waardoor', 'terwijl', 'hoewel', 'zodat', 'waarbij', 'nadat', 'want'],
  cutExceptions: [],
  // landen, provincies en plaatsen komen uit de gazetteer; hier werelddelen, zeeën en de Nederlandse namen van
  // buitenlandse steden
  places: [
    'Amerika', 'Engeland', 'Groot-Brittannië', 'Europa', 'Oost-Europa', 'West-Europa', 'Azië', 'Afrika', 'Midden-Oosten',
    'Scandinavië', 'Siberië', 'Noordzee', 'Waddenzee', 'IJsselmeer', 'Markermeer', 'Oostzee', 'Middellandse Zee',
    'Atlantische Oceaan', 'Friesland', 'Brabant', 'Oost-Groningen', 'Westland', 'Randstad', 'Veluwe', 'Achterhoek', 'Twente',
    'Gazastrook', 'Westelijke Jordaanoever', 'Den Haag', 'Brussel', 'Londen', 'Parijs', 'Berlijn', 'Moskou', 'Kiev',
    'Warschau', 'Peking', 'Keulen', 'Aken', 'Luik', 'Rijsel', 'Bergen', 'Straatsburg', 'Wenen', 'Praag', 'Rome',
    'Lissabon', 'Kopenhagen', 'Athene', 'Boedapest', 'Boekarest', 'Kaapstad', 'Jeruzalem',
  ],
  gazetteer: { countries: countryNames.nl, regions: regionNames, towns: [...cityNames, ...villageNames] },
  organisations: [
    'NAVO', 'EU', 'Europese Unie', 'Europese Commissie', 'Europees Parlement', 'VN', 'Verenigde Naties', 'Kremlin',
    'Witte Huis', 'Tweede Kamer', 'Eerste Kamer', 'Kamer', 'kabinet', 'RIVM', 'KNMI', 'NS', 'ProRail', 'KLM', 'OM',
    'Openbaar Ministerie', 'DNB', 'CBS', 'NOS', 'ANP', 'ECB', 'IMF', 'WHO', 'Rijkswaterstaat', 'GGD', 'NCTV',
    'Raad van State', 'Hoge Raad', 'Gasunie', 'NAM', 'Staatstoezicht op de Mijnen', 'Shell',
    'Autoriteit Consument en Markt', 'ACM', 'Autoriteit Persoonsgegevens', 'AFM',
    'Nationale Politie', 'UWV', 'SVB', 'Belastingdienst', 'Algemene Rekenkamer', 'VNO-NCW',
  ],
  sites: ['Witte Huis', 'Kremlin', 'Pentagon', 'EU', 'Europese Unie', 'Schiphol'],
  facilityNouns: [
    'zwembad', 'stadion', 'sporthal', 'sportpark', 'ziekenhuis', 'museum', 'theater', 'schouwburg', 'bibliotheek',
    'school', 'gemeentehuis', 'stadhuis', 'station', 'luchthaven', 'vliegveld', 'fabriek', 'gevangenis', 'kazerne',
    'haven', 'winkelcentrum', 'park', 'bad', 'hal', 'centrum', 'kerk', 'moskee',
  ],
  groupNouns: [
    'leger', 'regering', 'overheid', 'president', 'premier', 'minister', 'parlement', 'oppositie', 'politie',
    'autoriteiten', 'staten', 'troepen', 'militairen', 'ambassade', 'delegatie', 'bondskanselier', 'koning',
    'kabinet', 'ministerie', 'justitie', 'rechtbank', 'gemeente', 'provincie', 'burgemeester',
  ],
  roleNouns: [
    'president', 'vicepresident', 'vice-president', 'premier', 'minister', 'bondskanselier', 'koning', 'koningin', 'kroonprins', 'kroonprinses', 'prins', 'prinses', 'burgemeester', 'correspondent', 'woordvoerder',
    'directeur', 'topman', 'voorzitter', 'leider', 'staatssecretaris', 'hoogleraar', 'onderzoeker', 'dijkgraaf',
    'gedeputeerde', 'wethouder', 'commissaris', 'inwoner', 'bewoner', 'advocaat', 'officier van justitie',
    'raadslid', 'kamerlid', 'projectleider', 'econoom', 'bestuursvoorzitter', 'fractievoorzitter', 'partijleider',
  ],
  demonymEndings: ['ische', 'isch', 'aanse', 'aans', 'iaanse', 'se', 'sche', 'ese', 'ees'],
  notNames: [
    // tijdzones na een kloktijd ("14.58 uur CET")
    'utc', 'gmt', 'cet', 'cest',
    'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november',
    'december', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'volgens', 'vlak',
    'kort', 'daarna', 'vervolgens', 'later', 'eerder', 'gisteren', 'vandaag', 'morgen', 'vanochtend', 'vanavond',
    'vorige', 'volgende', 'afgelopen', 'komende', 'sinds', 'tijdens', 'na', 'voor', 'bij', 'in', 'op', 'om', 'tot',
    'toen', 'nu', 'ook', 'maar', 'en', 'of', 'dan', 'wat', 'wie', 'hoe', 'waarom', 'wanneer', 'toch', 'zo', 'daar',
    'hier', 'er', 'al', 'nog', 'niet', 'geen', 'vlak', 'pas', 'eind', 'begin', 'half', 'medio', 'rond', 'rondom',
    'dhr', 'mevr', 'mw', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof', 'ds', 'ook', 'als', 'wij', 'we', 'zij', 'ze', 'hij', 'ik',
  ],
  courseNouns: ['loop', 'verloop', 'aanloop', 'duur'],
  personTitles: ['dhr', 'mevr', 'mw', 'mevrouw', 'meneer', 'mr', 'dr', 'drs', 'ir', 'ing', 'prof'],
  // Dutch ones, and those of names Dutch news often writes ("Ahmed el Idrissi", "Ursula von der Leyen")
  nameParticles: [
    'van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'van der', 'van den', 'van de', 'in het', "'t",
    'el', 'al', 'ben', 'bin', 'von', 'von der', 'da', 'dos', 'di', 'del', 'de la', 'du', 'le', 'la',
  ],
  placePrepositions: ['in', 'bij', 'naar', 'uit', 'tussen', 'nabij', 'rond', 'vanuit', 'richting', 'buiten', 'binnen'],
  sinceWords: ['sinds'],
  dateModifiers: { links: ['van', 'uit'], possessives: [] },
  baselineWords: ['vergeleken met', 'ten opzichte van', 'in vergelijking met'],
  superlatives: ['-ste', 'eerst', 'meest', 'best', 'minst'],
  rangeOpenings: ['van', 'vanaf', 'tussen'],
  rangeJoiners: ['tot', 'tot en met', 't/m', 'en'],
  rangeContinuation: { conjunctions: ['en'], untilWords: ['tot', 'tot en met', 't/m', 'tot in'] },
  durationJoiners: ['voor', 'gedurende'],
  lastingVerbs: ['duurt', 'duren', 'duurde', 'duurden', 'loopt', 'lopen', 'liep', 'liepen'],
  afterWords: ['na', 'later dan'],
  withinWords: ['binnen'],
  deadlineWords: ['uiterlijk', 'uiterlijk in', 'uiterlijk op', 'niet later dan', 'ten laatste', 'ten laatste in', 'ten laatste op'],
  deadlineNouns: { nouns: ['deadline', 'uiterste datum', 'einddatum'], links: ['van', 'op'] },
  beforeWords: ['vóór', 'eerder dan'],
  // compounds only, and none that end Dutch surnames ("Van Dijk", "Hoogendijk", "Van den Berg")
  // Dutch writes "de rivier de Maas" in lower case: no opening word makes a place
  occasionNameEndings: ['spelen', 'conferentie', 'top', 'festival', 'kampioenschap', 'kampioenschappen', 'beker'],
  organisationLegalForms: ['nv', 'n.v.', 'bv', 'b.v.', 'vof', 'v.o.f.', 'inc', 'ltd', 'plc', 'ag', 'sa', 'gmbh'],
  placeNameOpenings: [],
  organisationNameOpenings: ['air'],
  placeAdjectiveEndings: ['-gebaseerde'],
  organisationLinks: ['van', 'van de', 'voor', 'voor de'],
  organisationNameEndings: ['bureau', 'groep', 'bank', 'raad', 'universiteit', 'vereniging', 'bond', 'partij', 'stichting', 'ministerie', 'nv', 'bv', '-groep', '-bank'],
  // gebouwen en voorzieningen zijn plaatsen ("Sportfondsenbad", "Maasstadziekenhuis", "Abe Lenstra Stadion")
  placeNameEndings: ['station', 'plein', 'stadion', 'ziekenhuis', 'zwembad', '-bad', '-ziekenhuis', '-stadion', '-zwembad', '-sporthal', '-museum', '-theater', '-schouwburg', '-straat', '-plein', '-gracht', '-kade', '-singel', '-brug', '-laan', '-weg', '-haven', '-park', '-station', '-kanaal'],
  indefiniteArticles: ['een'],
  presentSingular,
  verbFinalSubordinates: true,
  // finite forms only: "zijn" and "hebben" are also a possessive and a plural noun's verb, left out
  auxiliaries: [
    'is', 'was', 'waren', 'wordt', 'werd', 'worden', 'werden', 'heeft', 'had', 'hadden', 'zal', 'zou', 'zullen', 'zouden',
    'kan', 'kon', 'konden', 'moet', 'moest', 'moesten', 'mag', 'mocht', 'wil', 'wilde', 'wilden', 'gaat', 'ging', 'gingen',
    'blijft', 'bleef', 'bleven',
  ],
  verbForms: {
    pastEndings: PAST_ENDINGS,
    participlePrefixes: ['ge', 'be', 'ver', 'ont', 'her', 'er'],
    participleEndings: ['d', 't', 'en'],
    infinitiveEnding: 'en',
  },
  verbSecond: true,
  impersonalSubject: 'het',
  pluralNounEndings: ['en', 's'],
  nounEndingsLikeAdjectives: ['ie', 'eente'],
  sayingTitleBrief: true,
  beforeDayWords: ['voor'],
  nounLinks: ['van'],
  prepositions: ['vóór', 'in', 'op', 'aan', 'bij', 'na', 'voor', 'sinds', 'tot', 'tijdens', 'vanaf', 'rond', 'om', 'per', 'met', 'tegen', 'uiterlijk', 'vanaf', 'van', 'binnen', 'tussen', 'over', 'door', 'uit', 'naar', 'onder', 'zonder', 'langs', 'via'],
  particles: ['aan', 'op', 'in', 'af', 'uit', 'mee', 'toe', 'voor', 'door', 'over', 'bij', 'terug', 'vast', 'bekend', 'neer', 'open', 'dicht'],
  tense: {
    future: ['zal', 'zullen', 'zult', 'gaat', 'gaan'],
    futureAfterBe: ['van plan', 'voornemens'],
    // "kan" is what is possible now ("We kunnen de veiligheid niet langer garanderen"): a present, in presentForms
    modals: ['moet', 'moeten', 'mag', 'mogen', 'wil', 'willen', 'zou', 'zouden'],
    // "is" and "zijn" make a perfect only with a participle ("is gesloten", "zijn vertrokken")
    perfect: { present: ['heeft', 'hebben', 'hebt', 'is', 'zijn'], past: ['had', 'hadden', 'was', 'waren'] },
    be: { present: ['is', 'zijn', 'wordt', 'worden', 'blijft', 'blijven'], past: ['was', 'waren', 'werd', 'werden', 'bleef', 'bleven'] },
    presentForms: ['kan', 'kunnen', 'kunt', 'zegt', 'heeft', 'hebben', 'staat', 'gaat', 'komt', 'ligt', 'houdt', 'blijft', 'lijkt', 'doet', 'neemt', 'geeft', 'krijgt', 'vindt', 'wil'],
    pastForms: [
      'was', 'waren', 'had', 'hadden', 'werd', 'werden', 'zei', 'zeiden', 'ging', 'gingen', 'kwam', 'kwamen', 'stond',
      'stonden', 'lag', 'lagen', 'zat', 'zaten', 'nam', 'namen', 'gaf', 'gaven', 'kreeg', 'kregen', 'bleef', 'bleven',
      'liet', 'lieten', 'hield', 'hielden', 'vond', 'vonden', 'viel', 'vielen', 'sprak', 'spraken', 'schreef', 'schreven',
      'bracht', 'brachten', 'dacht', 'dachten', 'zag', 'zagen', 'wist', 'wisten', 'trok', 'trokken', 'sloot', 'begon',
      'won', 'wonnen', 'verloor', 'koos', 'kozen', 'liep', 'liepen', 'riep', 'riepen', 'vloog', 'vlogen', 'stierf',
      'stierven', 'kon', 'konden', 'moest', 'moesten', 'mocht', 'mochten', 'wilde', 'wilden', 'besloot', 'verscheen',
      'sloeg', 'sloegen', 'droeg', 'droegen', 'ontstond', 'ontstonden', 'bood', 'boden', 'verdween', 'verdwenen', 'brak',
      'braken', 'schoot', 'schoten', 'reed', 'vertrok', 'vertrokken', 'ontving', 'ontvingen', 'deed', 'deden',
      'trad', 'traden', 'bleek', 'bleken', 'verliet', 'verlieten', 'vroeg', 'vroegen', 'hing', 'hingen', 'greep',
      'grepen', 'vocht', 'vochten', 'verving', 'vervingen', 'onderging', 'ontsloeg', 'ontsloegen', 'sprong', 'sprongen',
      'kocht', 'kochten', 'zocht', 'zochten', 'wees', 'steeg', 'stegen', 'daalde', 'zakte', 'groeide',
    ],
    pastEndings: PAST_ENDINGS,
    notPast: [
      // plural nouns ending as a plural past does ("ziekten", "markten", "recepten"), and participles used as nouns
      // ("de gedupeerden", "de aangeklaagden")
      'ziekten', 'markten', 'akten', 'inkten', 'dikten', 'concepten', 'recepten', 'bevoegden', 'onbevoegden', 'deugden',
      'gedupeerden', 'geïnteresseerden', 'gearresteerden', 'gedeporteerden', 'geleerden', 'afgestudeerden', 'genoemden',
      'gehuwden', 'getrouwden', 'aangeklaagden', 'ondervraagden', 'gevangenen',
      'gemeente', 'gemeenten', 'ruimte', 'hoogte', 'lengte', 'breedte', 'diepte', 'warmte', 'gedeelte', 'schade', 'vrede',
      'woede', 'rede', 'weide', 'ronde', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende',
      'tiende', 'honderdste', 'grote', 'goede', 'oude', 'harde', 'rode', 'dode', 'doden', 'brede', 'wijde', 'beide', 'beiden',
      'echte', 'lichte', 'vaste', 'zachte', 'korte', 'witte', 'zwarte', 'platte', 'natte', 'dikke', 'midden', 'steden',
      'leden', 'tijden', 'reden', 'zijden', 'kanten', 'punten', 'studenten', 'klanten', 'agenten', 'ouden', 'ten', 'eenheden',
      'plaatsen', 'ondanks', 'verte', 'gebieden', 'geleden', 'overleden', 'heden', 'beden', 'tegenstanders', 'maanden',
      'mede', 'hete', 'hoeveelheden', 'mogelijkheden', 'kosten', 'rechten', 'feiten', 'resultaten', 'staten', 'landen',
      'banden', 'handen', 'vrienden', 'honden', 'winden', 'wenden', 'minuten', 'procenten', 'gebouwen', 'soldaten',
      // present participles used as adjectives: "volgende", "komende"
      'volgende', 'komende', 'lopende', 'bestaande', 'dalende', 'stijgende', 'groeiende', 'toenemende', 'ontbrekende',
      'resterende', 'betreffende', 'voorgaande', 'voorafgaande', 'leidende', 'zittende', 'afgelopen',
    ],
    participles: {
      irregular: [
        'geweest', 'gehad', 'gedaan', 'gegaan', 'gekomen', 'gezien', 'gegeven', 'genomen', 'gebleven',
        // inseparable "onder-", "over-", "mis-", "vol-", "door-", "weer-", "achter-" take no "ge-": listed, as these
        // openings also start nouns and infinitives ("overheid", "onderzoeken")
        'onderzocht', 'ondertekend', 'onderhandeld', 'onderschat', 'ondersteund', 'onderbroken', 'ondernomen', 'onderschreven',
        'onderschept', 'onderkend', 'onderscheiden', 'overleden', 'overwogen', 'overtuigd', 'overschreden', 'overtroffen',
        'overvallen', 'overspoeld', 'overgeslagen', 'overlegd', 'overhandigd', 'overbrugd', 'overstroomd', 'mislukt',
        'misbruikt', 'misleid', 'voltooid', 'voltrokken', 'volbracht', 'doorzocht', 'doorbroken', 'doorgelicht',
        'weerlegd', 'weerstaan', 'achterhaald', 'achtervolgd',
      ],
      prefixes: ['ge', 'be', 'ver', 'ont', 'her', 'er'],
      endings: ['d', 't', 'en'],
    },
    notParticiples: [
      'geld', 'gebied', 'gebieden', 'bericht', 'berichten', 'gezicht', 'gewicht', 'verbod', 'verzet', 'beleid', 'gebied',
      'gesprekken', 'gevolgen', 'geleden', 'gemeenten', 'verschillen', 'gebouwen', 'getuigen', 'bedrijven', 'begroting',
      'verhalen', 'gegevens', 'geweld', 'gezin', 'gezinnen', 'gevaren', 'bestand', 'verband', 'verstand', 'gebruiken',
      'bewoners', 'erg', 'ervan', 'erin', 'erop', 'eraan', 'ertoe', 'eruit', 'erbij', 'erdoor', 'ernst', 'even', 'eten',
      // plural nouns: "verkiezingen", "gelegenheden", "verhoudingen", "bevoegdheden", "gebeurtenissen", "genootschappen"
      '-ingen', '-heden', '-nissen', '-schappen', '-eiten',
    ],
    progressivePhrases: ['aan het', 'bezig'],
    auxiliaryReach: 14,
    frontedOpenings: [
      'hoewel', 'ofschoon', 'als', 'indien', 'wanneer', 'tenzij', 'terwijl', 'omdat', 'doordat', 'aangezien', 'nadat',
      'voordat', 'sinds', 'zodra', 'totdat', 'ondanks', 'gezien', 'echter',
    ],
    timeAdverbs: {
      earlier: ['eerder', 'vroeger', 'destijds', 'voorheen', 'onlangs', 'recentelijk', 'kortgeleden'],
      byNow: ['inmiddels', 'tot nu toe', 'tot dusver', 'tot dusverre', 'tot op heden'],
      still: ['nog steeds', 'nog altijd', 'nog', 'momenteel', 'op dit moment', 'nu', 'thans', 'tegenwoordig', 'op het moment'],
    },
  },
};
