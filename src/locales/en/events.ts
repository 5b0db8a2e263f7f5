/** English event cues: what makes a clause reported, planned, conditional, speculative or negated; who and where. */
import { cityNames, countryNames, regionNames } from '../gazetteer.js';
import type { EventCues } from '../types.js';

export const events: EventCues = {
  commentaryOpenings: [
    'it is remarkable', 'it is notable', 'it is striking', 'it is unclear', 'it is not clear', 'it is still unclear',
    'it remains unclear', 'it remains to be seen', 'it is not yet clear', 'it is still not clear', 'it is not yet known', 'it is not known', 'it is unknown', 'it is worth noting',
    'notably', 'remarkably', 'the question is', 'what is clear is',
  ],
  commentaryPredicates: [
    'is unclear', 'is not clear', 'is still unclear', 'remains unclear', 'is not known', 'is unknown', 'remains to be seen',
    'is an open question', 'is not yet clear', 'is anyone\'s guess',
  ],
  commentaryQuestionWords: ['what', 'how', 'why', 'when', 'whether', 'who', 'which'],
  reporting: [
    'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'claimed', 'claims', 'reported', 'reports',
    'announced', 'announces', 'confirmed', 'confirms', 'added', 'adds', 'explained', 'explains', 'warned', 'warns',
    'insisted', 'insists', 'acknowledged', 'acknowledges', 'wrote', 'writes', 'noted', 'notes', 'argued', 'argues',
    'declared', 'declares', 'revealed', 'reveals',
  ],
  attribution: ['according to', 'reportedly'],
  addressing: { prepositions: ['to'], verbs: ['told', 'tells', 'tell'] },
  speakerPronouns: {
    words: ['he', 'she'],
    objects: ['him', 'her'],
    stanceVerbs: ['expects', 'expected', 'fears', 'feared', 'hopes', 'hoped', 'believes', 'believed', 'thinks', 'thought', 'forecast', 'forecasts'],
  },
  anaphora: {
    definiteArticles: ['the'],
    organisationNouns: [
      'company', 'firm', 'automaker', 'auto maker', 'carmaker', 'car maker', 'car company', 'auto company', 'airline',
      'carrier', 'manufacturer', 'airframer', 'planemaker', 'plane maker', 'corporation', 'group', 'retailer', 'chain',
      'bank', 'lender', 'insurer', 'conglomerate',
    ],
    placeNouns: { country: ['country', 'nation'], region: ['state', 'province', 'region'], town: ['city', 'town', 'village'] },
    organisationPronouns: ['it'],
    ambiguousPersonPronouns: [],
    quotedOrganisationPronouns: ['we', 'our'],
    governmentNouns: ['government'],
    impersonalVerbs: ['seems', 'seemed', 'appears', 'appeared', 'emerged', 'remains', 'remained', 'means', 'meant', 'follows', 'comes', 'came', 'happened', 'takes', 'took', 'rained'],
  },
  announcement: [
    'announced', 'announces', 'announce', 'declared', 'unveiled', 'unveils', 'pledged', 'pledges', 'promised',
    'promises', 'vowed', 'vows', 'threatened', 'threatens', 'decided', 'decides', 'plans', 'planned', 'intends',
    'agreed', 'agrees',
  ],
  decisions: ['decided', 'decides', 'agreed', 'agrees'],
  agreementNouns: ['contract', 'contracts', 'agreement', 'agreements', 'deal', 'deals', 'accord'],
  sayingParticiples: ['saying', 'adding', 'claiming', 'stating', 'noting', 'insisting', 'arguing', 'explaining', 'warning'],
  planStates: ['plans', 'planned', 'intends'],
  complementizers: ['that'],
  infinitiveMarker: 'to',
  subjectPronouns: ['i', 'we', 'you', 'he', 'she', 'it', 'they'],
  negation: [
    'not', "n't", 'never', 'no', 'none', 'nothing', 'nobody', 'neither', 'nor', 'denied', 'denies', 'deny', 'denying',
    'refused', 'refuses', 'cannot',
    // what failed to happen did not happen ("failed to pass the Senate")
    'failed to', 'fails to', 'fail to',
  ],
  phraseNegations: ['not', 'no'],
  exclusionVerbs: [
    'rule out', 'rules out', 'ruled out', 'ruling out', 'rule … out', 'rules … out', 'ruled … out', 'exclude', 'excludes', 'excluded',
  ],
  // before a progressive: "would cease looking at specific designs", "would stop selling the device"
  ceasing: { verbs: ['stop', 'stops', 'stopped', 'stopping', 'cease', 'ceases', 'ceased', 'ceasing', 'quit', 'quits', 'quitting', 'give up', 'gives up', 'gave up', 'given up'], links: [] },
  planNouns: ['plans', 'plan'],
  reducedClauses: ['to be', 'expected to', 'scheduled for', 'scheduled to', 'due to', 'set to', 'slated for', 'slated to', 'planned for'],
  contentNouns: {
    nouns: [
      'complaint', 'complaints', 'claim', 'claims', 'allegation', 'allegations', 'report', 'reports', 'news', 'warning',
      'warnings', 'assumption', 'belief', 'promise', 'promises', 'pledge',
    ],
    hedging: [
      'worry', 'worries', 'fear', 'fears', 'concern', 'concerns', 'hope', 'hopes', 'expectation', 'expectations',
      'speculation', 'rumour', 'rumours', 'rumor', 'rumors', 'suspicion', 'suspicions', 'doubt', 'doubts', 'possibility', 'risk', 'chance',
    ],
    // only before a subject: "the question whether to sell" tells no event of its own
    questions: ['whether'],
    links: ['over', 'about'],
  },
  eventAdjunctOpeners: ['after', 'following'],
  // not "due to", "because of": they name a thing as readily ("can be run due to a new Apple technology")
  causeOpeners: ['in response to', 'amid', 'amidst', 'despite', 'in spite of', 'in the wake of'],
  // "can" tells what is possible, not what happened ("The aircraft can fly 9,420 miles": MEANTIME marks it
  // possible, as Dutch "kan" is here); "fears" as a noun ("fears of a recession") is the news, not a hedge of it:
  // see falseCues
  speculation: [
    'can', 'might', 'may', 'could', 'would', 'possibly', 'perhaps', 'maybe', 'likely', 'unlikely', 'probably', 'apparently',
    'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'tends to', 'tend to', 'expects to', 'expect to', 'allegedly', 'speculated', 'suspected', 'potentially',
    'fear', 'fears', 'feared', 'predict', 'predicts', 'predicted', 'expect that', 'expects that', 'expected that',
    'expected to', 'anticipated to', 'predicted to', 'forecast to', 'projected to', 'estimated to', 'must have',
    // a frame of fearing or forecasting hedges what it frames ("fearing that many firms will be insolvent")
    'fearing', 'forecast that', 'forecasts that',
  ],
  // "better than analysts had predicted": what was expected, no guess
  comparisonWords: ['than'],
  falseCues: [
    'not only', 'not just', 'not least', 'not seen since', 'not seen in', 'would like',
    // "Not including special items, the firm lost $5.9 billion": a leaving out, as "excluding", no denial
    'not including', 'not counting', 'not to mention',
    // a deadline, no denial: "no later than September 1"
    'no later than', 'not later than', 'no earlier than', 'not earlier than',
    // a bound or a praise, no denial: "dropped by no less than 10 percent", "an emblem like no other"
    'no less than', 'no fewer than', 'no more than', 'like no other', 'none other than',
    // a comparison, no condition: "a double increase if compared to last year"
    'if compared', 'when compared',
    // the noun: "on fears of a recession", "alleviating fears about the economy"
    'fears of', 'fear of', 'fears about', 'fear about', 'fears over', 'fear over',
  ],
  consequenceOpenings: ['otherwise'],
  // "as" only outside the phrases of cutExceptions ("such as", "as well as"); "than" is left out: "more than 200
  // homes will be lost" is no inner clause
  scopeClosers: [
    'which', 'who', 'whom', 'whose', 'where', 'when', 'whenever', 'though', 'although', 'even though', 'because',
    'since', 'soon after', 'after', 'before', 'while', 'whereas', 'until', 'till', 'as', 'as soon as', 'so that', 'whether',
  ],
  scopeRelatives: ['whose', 'whom'],
  complementVerbs: [
    'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'expect', 'expects', 'expected', 'hope', 'hopes',
    'hoped', 'fear', 'fears', 'feared', 'predict', 'predicts', 'predicted', 'forecast', 'forecasts', 'estimate',
    'estimates', 'estimated', 'suggest', 'suggests', 'suggested', 'admit', 'admits', 'admitted', 'recommend',
    'recommends', 'recommended', 'insist', 'envisioned', 'know', 'knows', 'knew', 'hinted', 'indicated', 'indicates',
    'doubt', 'doubts', 'deny', 'denies', 'denied', 'likely', 'unlikely', 'possible', 'probable', 'bear in mind',
    'keep in mind', 'means', 'meant', 'show', 'shows', 'showed', 'found', 'ensure', 'ensured',
    // a participle frame tells its content as a verb does ("..., fearing that many firms will be insolvent")
    'saying', 'claiming', 'warning', 'fearing', 'hoping', 'expecting', 'meaning', 'adding', 'noting', 'arguing',
    'stating', 'insisting', 'announcing', 'predicting',
  ],
  alternativeOpenings: ['or'],
  conditions: ['if', 'unless', 'provided that', 'providing that', 'in case', 'as long as', 'on condition that'],
  future: [
    // "due to" alone is a cause ("due to the turmoil"): only with a verb is it a schedule
    'will', "'ll", 'shall', 'plans to', 'plan to', 'planning to', 'intends to', 'intend to', 'is going to',
    'are going to', 'is to', 'are to', 'scheduled', 'set to', 'due to be', 'due to begin', 'due to start', 'due to open',
    'due to take', 'due to arrive', 'due to close', 'due to end', 'due to resume', 'aims to', 'wants to', 'want to',
    // what must or still has to happen is ahead ("must have" is a guess, among the speculation cues)
    'slated', 'poised to', 'committed to', 'must', 'has yet to', 'have yet to', 'still has to', 'still have to', 'still needs to', 'still need to',
  ],
  futureTime: ['tomorrow', 'upcoming', 'soon', 'forthcoming', 'tonight'],
  relations: [
    { words: 'the day after', type: 'after', takesObject: false, objectOptional: true, days: 1 },
    { words: 'the next day', type: 'after', takesObject: false, days: 1 },
    { words: 'a day later', type: 'after', takesObject: false, days: 1 },
    { words: 'the following day', type: 'after', takesObject: false, days: 1 },
    { words: 'the day before', type: 'before', takesObject: false, objectOptional: true, days: -1 },
    { words: 'shortly after', type: 'after', takesObject: true },
    { words: 'soon after', type: 'after', takesObject: true },
    { words: 'right after', type: 'after', takesObject: true },
    { words: 'immediately after', type: 'after', takesObject: true },
    { words: 'following', type: 'after', takesObject: true },
    { words: 'afterwards', type: 'after', takesObject: false },
    { words: 'afterward', type: 'after', takesObject: false },
    { words: 'later', type: 'after', takesObject: false },
    // "until then" is up to the event told before, not after it
    { words: 'until then', type: 'before', takesObject: false, until: true },
    { words: 'till then', type: 'before', takesObject: false, until: true },
    { words: 'until that time', type: 'before', takesObject: false, until: true },
    { words: 'then', type: 'after', takesObject: false },
    { words: 'since then', type: 'after', takesObject: false, since: true },
    { words: 'ever since', type: 'after', takesObject: false, since: true },
    { words: 'since that time', type: 'after', takesObject: false, since: true },
    { words: 'shortly before', type: 'before', takesObject: true },
    { words: 'just before', type: 'before', takesObject: true },
    { words: 'earlier', type: 'before', takesObject: false },
    { words: 'during', type: 'during', takesObject: true },
    { words: 'meanwhile', type: 'during', takesObject: false },
    { words: 'in the meantime', type: 'during', takesObject: false },
    { words: 'in that period', type: 'during', takesObject: false, period: true },
    { words: 'during that period', type: 'during', takesObject: false, period: true },
    { words: 'during that time', type: 'during', takesObject: false, period: true },
  ],
  speechNouns: ['speech', 'statement', 'address', 'announcement', 'remarks', 'interview', 'press conference', 'briefing', 'keynote', 'testimony'],
  coordinators: ['and', 'but', 'while', 'whereas'],
  connectors: ['and', 'but', 'also', 'so', 'yet', 'still', 'however', 'moreover', 'meanwhile', 'then'],
  // with quantities that open a noun phrase as an article does ("hundreds of residents", "another winter")
  determiners: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'another', 'several', 'dozens', 'hundreds', 'thousands', 'millions'],
  quantifiers: ['many', 'few', 'most', 'some', 'all', 'both', 'much'],
  relativePronouns: ['which', 'who'],
  presentSingularEnding: 's',
  timeClauseOpeners: ['when', 'whenever', 'before', 'after', 'until', 'till', 'once', 'as soon as', 'so that'],
  adverbsAfterConjunction: ['instead', 'also', 'then', 'later', 'still', 'now', 'rather', 'subsequently'],
  deniedSubjects: ['no', 'none', 'nobody', 'nothing', 'neither'],
  comparatives: [
    'more', 'less', 'fewer', 'better', 'greater', 'bigger', 'larger', 'smaller', 'higher', 'lower', 'worse', 'stronger', 'weaker',
    'cheaper', 'dearer', 'faster', 'slower', 'busier', 'quieter', 'warmer', 'colder', 'wetter', 'drier', 'longer', 'shorter',
  ],
  boundComparatives: ['more', 'less', 'fewer', 'later', 'earlier', 'sooner', 'longer', 'no'],
  linkingAdverbs: ['however'],
  orderingOpeners: { after: ['after'], before: ['before'] },
  clauseOpeners: ['when', 'whenever', 'after', 'before', 'because', 'although', 'though', 'while', 'whereas', 'since', 'as', 'if', 'unless', 'until', 'once', 'where', 'so that'],
  notClauseParticiples: [
    'including', 'according', 'regarding', 'concerning', 'following', 'during', 'excluding', 'starting', 'beginning',
    'morning', 'evening', 'thing', 'nothing', 'something', 'anything', 'everything', 'building', 'ceiling', 'king',
    'ring', 'spring', 'string', 'wing', 'sibling', 'pending', 'notwithstanding', 'outstanding', 'interesting',
  ],
  titleCuts: ['which', 'who', 'because', 'while', 'although', 'whereas', 'since', 'so that', 'after', 'as'],
  cutExceptions: ['such as', 'as well as', 'as part of', 'as much as', 'as many as', 'as a result', 'the same as'],
  // countries, regions and cities come from the gazetteer; here the parts of the world and seas it does not hold
  places: [
    'America', 'Britain', 'U.K.', 'Holland', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Middle East',
    'Far East', 'Scandinavia', 'Siberia', 'Atlantic', 'Pacific', 'North Sea', 'Baltic Sea', 'Mediterranean', 'Arctic',
    'Antarctica', 'Persian Gulf', 'Gaza Strip', 'West Bank',
  ],
  gazetteer: { countries: countryNames.en, regions: regionNames, towns: cityNames },
  organisations: [
    'NATO', 'EU', 'European Union', 'European Commission', 'European Parliament', 'UN', 'United Nations', 'Kremlin',
    'White House', 'Congress', 'Senate', 'Parliament', 'Pentagon', 'IMF', 'WHO', 'World Bank', 'Federal Reserve',
    'Fed', 'Bank of England', 'ECB', 'FBI', 'CIA', 'NASA', 'Apple', 'Boeing', 'Airbus', 'Google', 'Microsoft',
    'General Motors', 'GM', 'Ford', 'Toyota', 'Reuters', 'BBC', 'Met Office', 'Treasury', 'Downing Street', 'Supreme Court',
  ],
  sites: ['White House', 'Kremlin', 'Pentagon', 'Downing Street', 'EU', 'European Union'],
  // English names its buildings with the noun after the name ("Everett Factory"): see placeNameEndings
  facilityNouns: [],
  groupNouns: [
    'army', 'government', 'president', 'prime minister', 'minister', 'parliament', 'opposition', 'police',
    'authorities', 'states', 'troops', 'forces', 'embassy', 'delegation', 'officials', 'regulators', 'military',
  ],
  roleNouns: [
    'president', 'vice president', 'vice-president', 'prime minister', 'minister', 'chancellor', 'king', 'queen', 'crown prince', 'prince', 'princess', 'mayor', 'correspondent', 'spokesman',
    'spokeswoman', 'spokesperson', 'ceo', 'chief executive', 'chief executive officer', 'chief operating officer', 'chief financial officer', 'chairman', 'director', 'leader', 'secretary', 'governor',
    'senator', 'professor', 'researcher', 'resident', 'analyst', 'lawyer', 'judge', 'official', 'councillor', 'councilor',
    'councilwoman', 'councilman', 'commissioner', 'chairwoman', 'chair', 'inspector', 'sheriff', 'prosecutor', 'mp', 'mep',
  ],
  demonymEndings: ['ian', 'ean', 'ese', 'ish', 'ican'],
  notNames: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'according', 'shortly', 'local', 'former',
    'soon', 'afterwards', 'later', 'earlier', 'yesterday', 'today', 'tomorrow', 'tonight', 'last', 'next', 'this',
    'since', 'during', 'after', 'before', 'in', 'on', 'at', 'by', 'for', 'until', 'when', 'then', 'now', 'also', 'but',
    'and', 'or', 'what', 'who', 'how', 'why', 'while', 'still', 'yet', 'however', 'meanwhile', 'there', 'here', 'it',
    'its', 'mr', 'mrs', 'ms', 'dr', 'i', 'christmas', 'easter', 'spring', 'summer', 'autumn', 'winter', 'early', 'late',
    'mid', 'some', 'many', 'several', 'most', 'all', 'both', 'each', 'every', 'such', 'once', 'if', 'as', 'we', 'they',
    'he', 'she', 'you', 'our', 'their', 'his', 'her', 'despite', 'although', 'though', 'because', 'with', 'without',
    // time zones after a clock time ("14:58 UTC", "3 p.m. EST")
    'utc', 'gmt', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'cest',
  ],
  auxiliaries: ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should'],
  courseNouns: ['course', 'run-up', 'duration'],
  participleAsides: {
    endings: ['ed'],
    irregular: [
      'built', 'born', 'held', 'made', 'won', 'shown', 'seen', 'taken', 'given', 'chosen', 'begun', 'sold', 'bought', 'found',
      'brought', 'led', 'laid', 'paid', 'sent', 'spent', 'written', 'known', 'grown', 'drawn', 'shut', 'set', 'put', 'cut',
      'frozen', 'stolen', 'broken', 'spoken', 'hit', 'struck', 'rebuilt', 'withdrawn', 'overturned',
    ],
    auxiliary: ['was', 'were'],
  },
  personTitles: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady'],
  nameParticles: ['de', 'van', 'von', 'der', 'al', 'el', 'bin', 'ben', 'la', 'le', 'du', 'da', 'dos', 'di', 'del', 'van der', 'van den', 'von der', 'de la'],
  placePrepositions: ['in', 'at', 'near', 'from', 'to', 'between', 'across', 'outside', 'inside', 'along', 'towards', 'into'],
  // "Park", "Lane" and "Hill" are surnames too ("Ellen Park"): left out
  sinceWords: ['since'],
  dateModifiers: { links: [], possessives: ["'s", '’s'] },
  baselineWords: ['down from', 'up from', 'compared with', 'compared to', 'versus', 'increase from', 'decrease from', 'rise from', 'fall from', 'drop from'],
  baselineChanges: { words: ['increase', 'decrease', 'rise', 'fall', 'drop', 'gain', 'loss', 'decline', 'up', 'down'], links: ['from'] },
  superlatives: ['-est', 'first', 'most', 'best', 'worst', 'least', 'fewest'],
  rangeOpenings: ['from', 'between'],
  rangeJoiners: ['to', 'until', 'till', 'through', 'thru', 'and'],
  rangeContinuation: { conjunctions: ['and'], untilWords: ['until', 'till', 'through'] },
  durationJoiners: ['for'],
  lastingVerbs: ['take', 'takes', 'took', 'last', 'lasts', 'lasted', 'run', 'runs', 'ran'],
  nounLinks: ['of'],
  afterWords: ['after', 'later than'],
  withinWords: ['within'],
  deadlineWords: ['by', 'no later than', 'not later than'],
  deadlineNouns: { nouns: ['deadline', 'deadlines', 'cut-off date', 'due date'], links: ['of', 'on'] },
  beforeWords: ['before', 'earlier than'],
  placeNameEndings: [
    'street', 'road', 'avenue', 'boulevard', 'square', 'bridge', 'river', 'harbour', 'harbor', 'airport', 'station',
    'county', 'province', 'island', 'islands', 'valley', 'bay', 'coast', 'canal', 'motorway', 'highway', 'ocean', 'sea',
    'strait', 'mountains',
    // buildings and facilities are where things happen ("the Moscone West Convention Center", "Everett Factory")
    'center', 'centre', 'factory', 'plant', 'stadium', 'arena', 'hospital', 'museum', 'terminal', 'prison',
  ],
  // "Bank" is left out: "the West Bank" is a place
  organisationNameOpenings: ['air'],
  placeAdjectiveEndings: ['-based'],
  organisationLinks: ['of', 'of the', 'for', 'for the'],
  organisationNameEndings: [
    'group', 'inc', 'ltd', 'plc', 'corp', 'corporation', 'company', 'council', 'university', 'association', 'union',
    'party', 'agency', 'institute', 'foundation', 'ministry', 'department', 'airlines', 'airways', 'holdings',
    'bank', 'conference', 'committee', 'commission', 'court', 'board', 'authority', 'office', 'llc', 'force', 'workers',
  ],
  occasionNameEndings: ['show', 'conference', 'games', 'olympics', 'summit', 'expo', 'festival', 'championship', 'championships', 'cup'],
  organisationLegalForms: ['inc', 'inc.', 'ltd', 'plc', 'corp', 'co', 'llc', 'n.v.', 'nv', 'ag', 'sa', 'gmbh', 'corporation', 'company'],
  placeNameOpenings: ['river', 'lake', 'mount', 'cape', 'gulf', 'port', 'fort', 'isle'],
  indefiniteArticles: ['a', 'an'],
  participleEnding: 'ing',
  prepositions: ['to', 'in', 'on', 'at', 'by', 'since', 'until', 'till', 'during', 'from', 'before', 'after', 'for', 'around', 'of', 'over', 'within', 'starting', 'beginning', 'effective', 'between'],
  particles: [],
  tense: {
    future: ['will', "'ll", "won't", 'shall', 'going to', 'about to', 'is to', 'are to'],
    // not "due to": "is due to the weather" is a cause
    futureAfterBe: ['expected to', 'set to', 'scheduled to', 'slated to', 'poised to', 'likely to', 'unlikely to'],
    // "can" is what is possible now ("The aircraft can fly 9,420 miles"): a present, in presentForms
    modals: ['may', 'might', 'could', 'would', 'should', 'must', "couldn't", "wouldn't", "shouldn't", "mustn't", 'ought'],
    perfect: { present: ['has', 'have', "'ve", "hasn't", "haven't"], past: ['had', "'d", "hadn't"] },
    be: { present: ['is', 'are', 'am', "'re", "isn't", "aren't"], past: ['was', 'were', "wasn't", "weren't"] },
    presentForms: ['can', "can't", 'cannot', 'says', 'say', 'believe', 'think', 'expect', 'seem', 'appear', 'argue', 'insist', 'does', "doesn't", 'do', "don't", 'remains', 'seems', 'appears', 'needs', 'wants', 'expects', 'plans', 'hopes', 'believes', 'thinks', 'means', 'includes', 'continues', 'faces', 'owns', 'holds', 'comes', 'goes', 'gives', 'pays', 'seeks', 'operates', 'employs', 'requires', 'provides', 'produces'],
    pastForms: [
      'did', "didn't", 'said', 'told', 'went', 'came', 'began', 'took', 'made', 'gave', 'won', 'lost', 'met', 'held', 'left',
      'saw', 'became', 'fell', 'rose', 'paid', 'sold', 'bought', 'ran', 'got', 'found', 'led', 'fled', 'spoke', 'wrote',
      'broke', 'chose', 'drove', 'flew', 'grew', 'knew', 'threw', 'struck', 'stood', 'sent', 'spent', 'built', 'felt',
      'kept', 'meant', 'brought', 'thought', 'fought', 'caught', 'taught', 'sought', 'hit', 'cut', 'shut', 'quit',
      'unveiled', 'overtook', 'withdrew', 'undertook', 'forecast', 'sank', 'swept', 'slid', 'sprang', 'shook', 'stole',
      'rang', 'sang', 'wore', 'tore', 'swore', 'bore', 'hung', 'dug', 'lay', 'lent', 'bent', 'dealt', 'heard', 'understood',
    ],
    pastEndings: ['ed'],
    notPast: [
      'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'united', 'proceed', 'exceed', 'succeed', 'breed',
      'greed', 'deed', 'weed', 'reed', 'indeed', 'wed', 'based', 'related', 'limited',
      'skilled', 'talented', 'interested', 'concerned', 'supposed', 'used', 'so-called', 'naked', 'wicked', 'sacred',
    ],
    participles: {
      irregular: [
        'been', 'done', 'gone', 'had', 'said', 'told', 'made', 'paid', 'sold', 'bought', 'won', 'lost', 'held', 'left',
        'met', 'led', 'fled', 'sent', 'spent', 'built', 'felt', 'kept', 'meant', 'brought', 'thought', 'fought', 'caught',
        'taught', 'sought', 'found', 'got', 'stood', 'hit', 'cut', 'shut', 'put', 'set', 'quit', 'run', 'come', 'become',
        'begun', 'struck', 'hung', 'dug', 'lent', 'dealt', 'heard', 'understood', 'withdrawn', 'overtaken', 'forecast',
      ],
      prefixes: [],
      endings: ['ed', 'en'],
    },
    notParticiples: ['children', 'women', 'men', 'often', 'even', 'seven', 'eleven', 'open', 'citizen', 'citizens', 'garden', 'kitchen', 'token', 'dozen', 'heaven', 'oxygen', 'hundred', 'need', 'seed', 'speed', 'feed', 'bed', 'red'],
    progressiveEnding: 'ing',
    progressivePhrases: [],
    auxiliaryReach: 3,
    frontedOpenings: [
      'although', 'though', 'even though', 'if', 'unless', 'when', 'whenever', 'while', 'whilst', 'because', 'as', 'since',
      'after', 'before', 'once', 'until', 'despite', 'in spite of', 'given', 'however', 'meanwhile',
    ],
    timeAdverbs: {
      earlier: ['earlier', 'previously', 'formerly', 'recently'],
      byNow: ['by now', 'so far', 'to date', 'thus far', 'up to now', 'until now'],
      still: ['still', 'currently', 'at present', 'presently', 'now', 'right now', 'at the moment', 'nowadays'],
    },
  },
};
