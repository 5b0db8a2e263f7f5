/**
 * Dutch word lists for temporal expressions, in one place. Parsers build their patterns from these lists, so adding
 * a word here is enough to teach every parser that uses the list. All keys are lower case.
 */
import type { DurationUnit } from '../../temporal/common/values.js';
import type { Season } from '../../time/units.js';
import type { RangeWords } from '../../temporal/refiners/range-join.js';
import type { SinceWords } from '../../temporal/refiners/period-since.js';

/** Month names and the usual abbreviations (with or without a full stop in the text). */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2, febr: 2,
  maart: 3, mrt: 3, maa: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  augustus: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, october: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Full month names only: a bare abbreviation ("aug", "dec") is too ambiguous without a day or year next to it. */
export const FULL_MONTH_NAMES: readonly string[] = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** ISO weekday numbers (Monday 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
};

/** Weekday abbreviations, taken only right before a date ("za. 14 maart", "ma 3/2", "woens, 22e van jan"). */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  ma: 1, maa: 1, maan: 1, di: 2, din: 2, dins: 2, wo: 3, woe: 3, woens: 3, do: 4, don: 4, dond: 4, vr: 5, vrij: 5,
  za: 6, zat: 6, zo: 7, zon: 7,
};

/**
 * Words right before a short date in digits ("22-4", "7/11") that make it a date: a preposition of time, a weekday.
 * "op" is not among them for a date with a hyphen: "kwam op 2-1" is a score.
 */
export const SHORT_DATE_CUES: readonly string[] = [
  'op', 'per', 'vanaf', 'sinds', 'sedert', 'tot', 't/m', 'tot en met', 'voor', 'vóór', 'na', 'tussen', 'van', 'rond',
  'omstreeks', 'uiterlijk', 'tegen', 'gedateerd', 'datum', 'd.d.', 'dd', 'dag', ...Object.keys(WEEKDAYS),
];
/** Of the cues, those that never come before a score: a date with a hyphen after them is one ("vanaf 2-1"). */
export const STRONG_SHORT_DATE_CUES: readonly string[] = SHORT_DATE_CUES.filter((w) => !['op', 'voor', 'na', 'tussen', 'van', 'rond', 'tegen'].includes(w));

/**
 * Words before a number pair that make it a score, a label or an amount, no date: "won met 3-1", "versie 3.2",
 * "artikel 12-3", "€ 12,50", "de stand 2-1".
 */
export const NOT_A_DATE_BEFORE: readonly string[] = [
  'won', 'wint', 'winnen', 'verloor', 'verliest', 'versloeg', 'verslaat', 'met', 'stand', 'eindstand', 'ruststand',
  'tussenstand', 'uitslag', 'score', 'gelijkspel', 'zege', 'nederlaag', 'overwinning',
  'versie', 'release', 'update', 'ios', 'android', 'windows', 'macos', 'artikel', 'art.', 'art', 'lid', 'nummer', 'nr.', 'nr', 'no.',
  'pagina', 'blz.', 'blz', 'p.', 'pp.', 'hoofdstuk', 'paragraaf', 'bijlage', 'tabel', 'figuur', 'psalm', 'vers', 'zaak',
  'dossier', 'kenmerk', 'telefoon', 'tel.', 'tel', 'lijn', 'bus', 'route', 'kamer', 'zaal', 'postbus', 'code', 'ratio',
  'verhouding', 'maat', 'maten', 'schaal', 'huisnummer', 'stemmen', 'stemden', 'stemming', 'om',
];
/** Words after a number pair that make it a score, a fraction or an amount: "3-1 overwinning", "2/3 meerderheid". */
export const NOT_A_DATE_AFTER: readonly string[] = [
  'uur', 'u', 'h', 'procent', 'meerderheid', 'deel', 'delen', 'overwinning', 'zege', 'nederlaag', 'winst', 'voorsprong',
  'achterstand', 'stand', 'gelijk', 'verlies', 'stemmen', 'liter', 'kilo', 'km', 'meter', 'euro', 'dollar', 'van de', 'van het',
  'minuut', 'minuten', 'seconden', 'punten', 'sets', 'zetels', 'gewonnen', 'verloren', 'geëindigd', 'uitslag', 'score',
  'miljoen', 'miljard', 'duizend', 'mln', 'mld',
];

/** Prepositions before "de 15e" that make it a day of the month ("op de 15e", "vanaf de twintigste"). */
export const ORDINAL_DAY_PREPOSITIONS: readonly string[] = [
  'op', 'voor', 'vóór', 'tot', 'tot en met', 't/m', 'vanaf', 'sinds', 'na', 'rond', 'tegen', 'uiterlijk', 'per', 'omstreeks',
];
/**
 * Words that may follow a bare ordinal day ("op de 15e terug", "vanaf de 20ste is het"): a noun after it makes it a
 * rank ("de 12e plaats", "voor de tweede keer"), and nouns are an open class, so only these words and punctuation.
 */
export const ORDINAL_DAY_FOLLOWERS: readonly string[] = [
  'terug', 'weer', 'al', 'nog', 'ook', 'pas', 'weg', 'niet', 'wel', 'dan', 'daarna', 'opnieuw', 'definitief', 'officieel',
  'om', 'in', 'op', 'tot', 'bij', 'met', 'aan', 'naar', 'over', 'tijdens', 'zonder', 'uit', 'en', 'of', 'maar', 'want',
  'dat', 'als', 'is', 'was', 'wordt', 'werd', 'zijn', 'waren', 'worden', 'werden', 'gaat', 'ging', 'gaan', 'gingen',
  'komt', 'kwam', 'komen', 'zal', 'zullen', 'zou', 'zouden', 'moet', 'moeten', 'moest', 'kan', 'kunnen', 'kon', 'heeft',
  'hebben', 'had', 'hadden', 'wil', 'willen', 'wilde', 'mag', 'mogen', 'begint', 'begon', 'start', 'startte', 'vertrekt',
  'vertrok', 'stemt', 'stemde', 'beslist', 'besliste', 'hij', 'zij', 'ze', 'we', 'wij', 'ik', 'je', 'u', 'er', 'het', 'de',
  'een', 'die', 'deze',
];

/** Nouns that an ordinal ranks ("de 12e plaats", "de derde keer"): after a fronted "Op de 12e" no verb but a rank. */
export const RANKED_NOUNS: readonly string[] = [
  'plaats', 'plek', 'keer', 'maal', 'ronde', 'speelronde', 'dag', 'week', 'maand', 'eeuw', 'jaar', 'etappe', 'klas',
  'verdieping', 'etage', 'editie', 'druk', 'helft', 'set', 'game', 'positie', 'poging', 'kwartaal', 'minuut', 'man',
  'lid', 'speler', 'divisie', 'graad', 'generatie', 'termijn', 'zitting', 'beurt', 'rij', 'wedstrijd', 'kamer',
  'verjaardag', 'partij', 'kandidaat', 'prijs', 'fase', 'lijn', 'golf', 'reden', 'stap', 'deel', 'zet', 'treffer',
];

/** Adverbial "on <weekday>s" forms: "'s maandags". */
export const WEEKDAY_ADVERBS: Readonly<Record<string, number>> = {
  maandags: 1, dinsdags: 2, woensdags: 3, donderdags: 4, vrijdags: 5, zaterdags: 6, zondags: 7,
};

/** TIMEX3 parts of the day. "morgen" as a part of the day only appears glued to a day word ("zondagmorgen"). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  ochtend: 'MO', morgen: 'MO', voormiddag: 'MO', middag: 'AF', namiddag: 'AF', avond: 'EV', nacht: 'NI',
};

/** "'s ochtends", "'s avonds" ... */
export const PART_OF_DAY_ADVERBS: Readonly<Record<string, string>> = {
  ochtends: 'MO', morgens: 'MO', middags: 'AF', avonds: 'EV', nachts: 'NI',
};

/** Days relative to the document date; the part of the day is set for "vanavond", "gisteravond" ... */
export const RELATIVE_DAYS: Readonly<Record<string, { offset: number; part?: string }>> = {
  vandaag: { offset: 0 },
  heden: { offset: 0 },
  gisteren: { offset: -1 },
  eergisteren: { offset: -2 },
  morgen: { offset: 1 },
  overmorgen: { offset: 2 },
  vanochtend: { offset: 0, part: 'MO' },
  vanmorgen: { offset: 0, part: 'MO' },
  vanmiddag: { offset: 0, part: 'AF' },
  vanavond: { offset: 0, part: 'EV' },
  vannacht: { offset: 0, part: 'NI' },
  gisterochtend: { offset: -1, part: 'MO' },
  gistermorgen: { offset: -1, part: 'MO' },
  gistermiddag: { offset: -1, part: 'AF' },
  gisteravond: { offset: -1, part: 'EV' },
  gisternacht: { offset: -1, part: 'NI' },
  morgenochtend: { offset: 1, part: 'MO' },
  morgenvroeg: { offset: 1, part: 'MO' },
  morgenmiddag: { offset: 1, part: 'AF' },
  morgenavond: { offset: 1, part: 'EV' },
  morgennacht: { offset: 1, part: 'NI' },
};

/** Written-out cardinal numbers. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  een: 1, één: 1, eén: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18,
  negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80,
  negentig: 90, honderd: 100, duizend: 1000,
};

/** Vague quantities: the number becomes X in a duration value ("enkele dagen" → PXD). */
export const VAGUE_QUANTITIES: readonly string[] = [
  'een paar', 'een aantal', 'enkele', 'meerdere', 'verscheidene', 'diverse', 'tientallen', 'honderden', 'duizenden', 'vele', 'heel wat',
];

/**
 * Ordinals of 1-19 and of the tens ("het derde kwartaal", "de twintigste eeuw"); the compounds ("eenentwintigste")
 * are composed in temporal/numbers.ts.
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10,
  elfde: 11, twaalfde: 12, dertiende: 13, veertiende: 14, vijftiende: 15, zestiende: 16, zeventiende: 17,
  achttiende: 18, negentiende: 19, twintigste: 20, dertigste: 30, veertigste: 40, vijftigste: 50, zestigste: 60,
  zeventigste: 70, tachtigste: 80, negentigste: 90,
};

/** Decade words: "de jaren negentig". */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};

export type NlUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Unit nouns, singular and plural. */
export const UNITS: Readonly<Record<string, NlUnit>> = {
  minuut: 'minute', minuten: 'minute',
  uur: 'hour', uren: 'hour',
  dag: 'day', dagen: 'day', etmaal: 'day', etmalen: 'day',
  week: 'week', weken: 'week',
  maand: 'month', maanden: 'month',
  kwartaal: 'quarter', kwartalen: 'quarter',
  jaar: 'year', jaren: 'year',
  decennium: 'decade', decennia: 'decade', decenniën: 'decade',
  eeuw: 'century', eeuwen: 'century',
};

/**
 * Units a duration may be counted in, with how many of the unit one of them is: the unit nouns, and after a number
 * also the abbreviations ("3 min", "123,45 sec", "3u", "3 u"), seconds, a quarter of an hour ("drie kwartier" is
 * PT0.75H), nights and working days (counted as days, as "two nights" is in English) and weekends (TIMEX3 WE).
 * "u" counts only after digits (the parser checks): after a word it is the pronoun ("dank u", "zoals u weet").
 */
export const DURATION_UNITS: Readonly<Record<string, readonly [DurationUnit, number]>> = {
  ...Object.fromEntries(Object.entries(UNITS).map(([word, unit]) => [word, [unit, 1] as const])),
  seconde: ['second', 1], seconden: ['second', 1], sec: ['second', 1],
  min: ['minute', 1], u: ['hour', 1], kwartier: ['hour', 0.25],
  nacht: ['day', 1], nachten: ['day', 1], werkdag: ['day', 1], werkdagen: ['day', 1], etmaal: ['day', 1],
  weekend: ['weekend', 1], weekenden: ['weekend', 1], weekends: ['weekend', 1],
};

/** Words that make a unit whole: "de hele dag", "de gehele week", "het volle jaar" are one unit (P1D, P1W, P1Y). */
export const WHOLE_WORDS: readonly string[] = ['hele', 'gehele', 'volle', 'volledige', 'complete'];

/**
 * Words before a counted stretch that tie it to the document date (or to "vandaag", "morgen" after it), and which
 * side of that day the stretch lies on: "de afgelopen drie dagen" (past), "de komende twee weken" (next).
 */
export const STRETCH_SIDES: Readonly<Record<string, 'past' | 'next'>> = {
  afgelopen: 'past', voorbije: 'past', laatste: 'past', vorige: 'past',
  komende: 'next', volgende: 'next', aankomende: 'next', eerstvolgende: 'next', eerstkomende: 'next',
};

/** "-lang" adverbs: "jarenlang" is a duration of several years. */
export const UNIT_LONG_ADVERBS: Readonly<Record<string, NlUnit>> = {
  minutenlang: 'minute', urenlang: 'hour', dagenlang: 'day', wekenlang: 'week', maandenlang: 'month', jarenlang: 'year',
  decennialang: 'decade', eeuwenlang: 'century',
};

/** Seasons (meteorological, as TIMEX3 names them). */
export const SEASON_WORDS: Readonly<Record<string, Season>> = {
  lente: 'SP', voorjaar: 'SP', zomer: 'SU', herfst: 'FA', najaar: 'FA', winter: 'WI',
};

/** Determiners that pick a unit relative to the document date: "vorige week", "dit jaar", "komende maand". */
export const RELATIVE_DETERMINERS: Readonly<Record<string, number>> = {
  deze: 0, dit: 0, huidige: 0,
  vorige: -1, vorig: -1, afgelopen: -1, voorbije: -1, voorbij: -1, jongstleden: -1, 'het afgelopen': -1, 'de afgelopen': -1,
  'het voorbije': -1, 'de voorbije': -1, 'het vorige': -1,
  volgende: 1, volgend: 1, komende: 1, komend: 1, aanstaande: 1, 'de komende': 1, 'het komende': 1,
};

/** Modifiers of part of a unit: "begin augustus", "medio 2021", "eind 2019". */
export const PART_MODIFIERS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  begin: 'START', 'het begin van': 'START', 'begin van': 'START',
  medio: 'MID', half: 'MID', halverwege: 'MID', midden: 'MID', 'het midden van': 'MID',
  eind: 'END', einde: 'END', 'het einde van': 'END',
  'het eind van': 'END', 'eind van': 'END', 'einde van': 'END', ultimo: 'END',
};

/** Vague references to the past, present and future. */
export const PAST_REF_WORDS: readonly string[] = [
  'onlangs', 'recent', 'recentelijk', 'kortgeleden', 'kort geleden', 'de laatste tijd', 'in de laatste tijd',
  'in het verleden', 'vroeger', 'destijds',
];
export const PRESENT_REF_WORDS: readonly string[] = [
  'nu', 'momenteel', 'op dit moment', 'op het moment', 'tegenwoordig', 'thans', 'inmiddels', 'op dit ogenblik',
  'vandaag de dag', 'heden ten dage', 'nog steeds',
];
export const FUTURE_REF_WORDS: readonly string[] = [
  'binnenkort', 'straks', 'in de toekomst', 'in de nabije toekomst', 'op termijn', 'op korte termijn', 'op lange termijn',
  'spoedig', 'weldra',
];

/** Approximation and bound modifiers before a duration ("ruim een jaar", "bijna twee weken"). */
export const DURATION_MODIFIERS: Readonly<Record<string, string>> = {
  ruim: 'MORE_THAN', 'meer dan': 'MORE_THAN', 'langer dan': 'MORE_THAN', 'ruim een': 'MORE_THAN',
  bijna: 'LESS_THAN', 'minder dan': 'LESS_THAN', 'korter dan': 'LESS_THAN', 'nog geen': 'LESS_THAN', 'nog niet eens': 'LESS_THAN',
  // "nog een uur", "nog twee weken": more of it, no bound (an empty mod)
  nog: '',
  ongeveer: 'APPROX', circa: 'APPROX', 'ca.': 'APPROX', 'zo\'n': 'APPROX', rond: 'APPROX', 'om en nabij': 'APPROX',
  pakweg: 'APPROX', zowat: 'APPROX', 'ten minste': 'EQUAL_OR_MORE', minstens: 'EQUAL_OR_MORE', minimaal: 'EQUAL_OR_MORE',
  maximaal: 'EQUAL_OR_LESS', hooguit: 'EQUAL_OR_LESS', hoogstens: 'EQUAL_OR_LESS', 'ten hoogste': 'EQUAL_OR_LESS',
};

/**
 * Words that put a sentence in the future ("hij gaat maandag", "zal", "wil", "morgen begint"). Adjectives such as
 * "volgende" or "vorige" are left out: they date their own noun ("de volgende week"), not the sentence.
 */
/**
 * Commitments, as participles and present forms, point what follows them ahead ("heeft besloten het bad in mei te
 * sluiten": next May) and are the past of what comes before them ("heeft in mei besloten"). The simple past
 * ("besloot in mei") is left out, read both ways, and so are words that are also nouns or adverbs ("het besluit van
 * 3 mei", "beslist niet").
 */
export const COMMITMENT_CUES: readonly string[] = [
  'besloten', 'afgesproken', 'spreekt af', 'beloofd', 'belooft', 'toegezegd', 'zegt toe', 'ingestemd met',
  'stemt in met', 'aangekondigd', 'overeengekomen',
];
/**
 * "heeft" and "hebben" are the perfect's past only beside a participle in their clause ("heeft besloten", "aangekondigd
 * hebben"); alone they are the present of having ("heeft tot 1 juni de tijd", "heeft een deadline van 1 juni").
 */
export const PERFECT_AUXILIARIES: readonly string[] = ['heeft', 'hebben', 'hebt', 'heb'];
/** A participle opens with "ge", after a particle too ("aangekondigd"), or with an unstressed prefix ("besloten"). */
export const PARTICIPLE_OPENINGS = { afterParticle: ['ge'], bare: ['be', 'her', 'ont', 'ver', 'er'] } as const;
export const FUTURE_CUES: readonly string[] = [
  'gaat', 'gaan', 'ga', 'zal', 'zullen', 'zult', 'zou', 'zouden', 'wil', 'willen', 'wilt', 'plant', 'plannen',
  'verwacht', 'verwachten', 'morgen', 'overmorgen', 'binnenkort', 'straks', 'gepland', 'van plan',
];

/**
 * Weak cues decide only in a clause without any other cue: a starting point or deadline with no tense of its own
 * is ahead ("sluit vanaf maandag", "uiterlijk vrijdag"), while "was vanaf maandag dicht" stays past.
 */
export const WEAK_FUTURE_CUES: readonly string[] = ['vanaf', 'uiterlijk', 'tot en met', 'tot'];

/** Verb forms that put a sentence in the past ("hij zei maandag", "heeft", "was"). */
export const PAST_CUES: readonly string[] = [
  'zei', 'zeiden', 'had', 'hadden', 'was', 'waren', 'werd', 'werden', 'kwam', 'kwamen', 'ging',
  'gingen', 'vond', 'vonden', 'stond', 'stonden', 'bleek', 'bleken', 'meldde', 'meldden', 'kondigde', 'kondigden',
  'verklaarde', 'verklaarden', 'liet', 'lieten', 'sprak', 'spraken', 'overleed', 'won', 'wonnen', 'verloor', 'begon',
  'begonnen', 'maakte', 'maakten', 'eindigde', 'vertelde', 'vertelden', 'schreef', 'schreven', 'gisteren', 'geleden',
  'trok', 'trokken', 'gaf', 'gaven', 'nam', 'namen', 'hield', 'hielden',
  // frequent finite past forms in news reports: they are never nouns, so they are safe cues
  'riep', 'riepen', 'vroeg', 'vroegen', 'deed', 'deden', 'zag', 'zagen', 'kreeg', 'kregen', 'bracht', 'brachten',
  'kon', 'konden', 'moest', 'moesten', 'wilde', 'wilden', 'mocht', 'mochten', 'liep', 'liepen', 'viel', 'vielen',
  'sloot', 'sloten', 'vertrok', 'vertrokken', 'stierf', 'stierven', 'vluchtte', 'vluchtten', 'besloot', 'besloten',
  'beloofde', 'beloofden', 'waarschuwde', 'waarschuwden', 'eiste', 'eisten', 'erkende', 'erkenden', 'ontkende',
  'ontkenden', 'noemde', 'noemden', 'reageerde', 'reageerden', 'verscheen', 'verschenen', 'braken', 'brak', 'bezocht',
  'ontmoette', 'ontmoetten', 'arriveerde', 'arriveerden', 'opende', 'openden', 'stemde', 'stemden', 'demonstreerden',
  'protesteerden', 'raakte', 'raakten', 'bleef', 'bleven', 'lag', 'lagen', 'zat', 'zaten',
];

/** Signals that tie an expression to another event: "daarna", "vlak na zijn toespraak", "kort daarvoor". */
export const EVENT_RELATION_WORDS: Readonly<Record<string, 'after' | 'before' | 'during'>> = {
  daarna: 'after', nadien: 'after', vervolgens: 'after', erna: 'after', daaropvolgend: 'after', later: 'after',
  daarvoor: 'before', ervoor: 'before', voordien: 'before', eerder: 'before', tevoren: 'before', vooraf: 'before',
  toen: 'during', tegelijkertijd: 'during', intussen: 'during', ondertussen: 'during', 'op dat moment': 'during',
};

/** Determiners and possessives that open the noun phrase of an event after "na" / "tijdens" ("na zijn toespraak"). */
export const EVENT_NOUN_DETERMINERS: readonly string[] = ['de', 'het', 'zijn', 'haar', 'hun', 'die', 'dat', 'deze', 'dit', 'een'];

/**
 * Words that open a subject ("Toen de politie kwam", "Toen hij aankwam"): after them "toen" is the conjunction
 * "when"; before a verb ("Toen lag het verkeer stil") it is the adverb "then", which ties its clause to the event
 * told before.
 */
export const SUBJECT_OPENERS: readonly string[] = [
  'de', 'het', 'een', 'die', 'dat', 'deze', 'dit', 'zijn', 'haar', 'hun', 'mijn', 'ons', 'onze',
  'hij', 'zij', 'ze', 'we', 'wij', 'ik', 'jij', 'je', 'u', 'er', 'men', 'alle', 'veel',
];

/** Nouns of time that make "na een kwartier" a span of time, not an event ("na zijn toespraak"). */
export const TIME_NOUNS: readonly string[] = [
  'kwartier', 'tijdje', 'poos', 'periode', 'moment', 'ogenblik', 'tijd', 'weekend', 'nacht', 'ochtend', 'middag', 'avond',
  'morgen', 'seconde', 'seconden', 'jaartje', 'maandje', 'weekje', 'dagje',
];

/** Nouns that count things, not years: "1500 demonstranten", "2020 mensen". Used to reject bare year-like numbers. */
export const COUNTED_NOUNS: readonly string[] = [
  'mensen', 'personen', 'demonstranten', 'euro', 'dollar', 'doden', 'gewonden', 'kilometer', 'km', 'meter', 'procent',
  'stemmen', 'huizen', 'woningen', 'inwoners', 'deelnemers', 'soldaten', 'militairen', 'agenten', 'leden', 'banen',
  'keer', 'stuks', 'man', 'kinderen', 'gemeenten', 'bedrijven', 'studenten', 'patiënten', 'besmettingen',
];

/** Words after an amount of time that say which way it counts, and from what: "twee weken geleden", "drie dagen later". */
export const OFFSET_DIRECTIONS: Readonly<Record<string, { sign: 1 | -1; anchor: 'document' | 'event' }>> = {
  geleden: { sign: -1, anchor: 'document' },
  terug: { sign: -1, anchor: 'document' },
  later: { sign: 1, anchor: 'event' },
  daarna: { sign: 1, anchor: 'event' },
  erna: { sign: 1, anchor: 'event' },
  nadien: { sign: 1, anchor: 'event' },
  daarop: { sign: 1, anchor: 'event' },
  eerder: { sign: -1, anchor: 'event' },
  daarvoor: { sign: -1, anchor: 'event' },
  ervoor: { sign: -1, anchor: 'event' },
  voordien: { sign: -1, anchor: 'event' },
};

/**
 * Words that make two dates one range ("van 1 maart tot 15 april", "tussen 22 jan en nu", "3 t/m 7 mei"; a dash
 * always joins), and what bare day numbers in a range look like ("van 4 tot 22", "de 4e tot de 8e van september").
 */
export const RANGE_WORDS: RangeWords = {
  openings: ['van', 'vanaf', 'tussen'],
  joiners: ['tot en met', 't/m', 'tot', 'tot aan'],
  pairedJoiners: ['en'],
  monthLinks: ['van', 'in'],
  dayNumber: '(?:de\\s{1,3})?(?:0?[1-9]|[12]\\d|3[01])(?:ste|de|e)?',
  notDayAfter: ['uur', 'u', 'procent', '%', 'graden', 'jaar', 'keer', 'punten', 'minuten', 'seconden'],
  joinCoarseEnds: true,
};

/** "sinds maart", "sedert 2015", "al sinds vorig jaar", "sinds de zware beving bij Huizinge in augustus 2012". */
export const SINCE_WORDS: SinceWords = {
  signals: ['sinds', 'sedert', 'al sinds'],
  phraseOpenings: ['de', 'het', 'een', 'zijn', 'haar', 'hun'],
  phraseLinks: ['in', 'van', 'op'],
};

/**
 * Words around an amount of time counted from a date ("drie dagen na vandaag", "vier dagen voor Kerstmis"): which
 * way it counts, what makes the amount a length instead ("voor drie dagen vanaf maandag"), and what makes the date
 * a range's start ("twee dagen na maandag tot woensdag").
 */
export const OFFSET_FROM_ANCHOR_WORDS = {
  forward: ['na', 'vanaf', 'gerekend vanaf', 'te rekenen vanaf', 'later dan', 'volgend op', 'na afloop van'],
  backward: ['voor', 'vóór', 'eerder dan', 'voorafgaand aan', 'gerekend terug vanaf'],
  lengthBefore: ['voor', 'gedurende', 'nog', 'duurt', 'duurde', 'periode van', 'termijn van'],
  rangeAfter: ['tot', 'tot en met', 't/m', 'tot aan'],
  nowIdiomAfter: [],
} as const;
