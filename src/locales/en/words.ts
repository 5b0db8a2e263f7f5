/**
 * English word lists for temporal tagging, all in one place. Keys are lower case; multiword keys use single spaces.
 */
import type { DurationUnit } from '../../temporal/common/values.js';
import type { Season } from '../../time/units.js';
import type { RangeWords } from '../../temporal/refiners/range-join.js';
import type { SinceWords } from '../../temporal/refiners/period-since.js';

/** Month names and abbreviations → month number. "May" and "March" are also ordinary words: see `AMBIGUOUS_MONTHS`. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Month words that are also common verbs, names or short words: taken as months only with a date-like neighbour. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'dec', 'sep', 'oct', 'nov', 'aug', 'feb', 'apr']);

/** Weekday names and abbreviations → ISO weekday (Monday 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
/** Only full weekday names stand alone; abbreviations count only inside a written date ("Mon, 9 Aug"). */
export const FULL_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Cardinal number words. Compounds ("twenty-five", "twenty five") are assembled by `numberValue`. */
export const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  single: 1, hundred: 100, 'a hundred': 100, 'one hundred': 100, dozen: 12, 'a dozen': 12, 'half a': 0.5, 'a half': 0.5,
};
/** Tens that combine with a unit word ("twenty-five"). */
export const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Unit words that follow a ten. */
export const DIGIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Ordinal words → number (days of the month, quarters, weeks, centuries). */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22,
  'twenty second': 22, 'twenty-third': 23, 'twenty third': 23, 'twenty-fourth': 24, 'twenty-fifth': 25,
  'twenty-sixth': 26, 'twenty-seventh': 27, 'twenty-eighth': 28, 'twenty-ninth': 29, thirtieth: 30,
  'thirty-first': 31, 'thirty first': 31, final: -1, last: -1,
};

/** Ordinals of the tens; with `ORDINALS` up to "nineteenth" they compose every ordinal to 99 (temporal/numbers.ts). */
export const TEN_ORDINALS: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};

/** Vague amounts: "several years" is an unknown number of years. */
export const VAGUE_AMOUNTS = ['several', 'many', 'a few', 'few', 'some', 'a couple of', 'a number of', 'countless'];

/** Duration unit words, singular and plural, → unit. */
export const UNITS: Record<string, DurationUnit> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', night: 'day', nights: 'day',
  week: 'week', weeks: 'week', fortnight: 'week', fortnights: 'week', weekend: 'weekend', weekends: 'weekend',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
};
/** A fortnight is two weeks. */
export const UNIT_SCALE: Record<string, number> = { fortnight: 2, fortnights: 2 };

/** Adjectives that may stand between an amount and its unit ("six straight days", "five trading days"). */
export const UNIT_ADJECTIVES = ['straight', 'consecutive', 'successive', 'trading', 'business', 'working', 'full', 'more', 'long', 'whole', 'calendar', 'additional', 'further', 'extra'];

/** Words before a duration that make it approximate or bounded → TIMEX3 mod. */
export const DURATION_MODS: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX', nearly: 'LESS_THAN',
  almost: 'LESS_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', 'under': 'LESS_THAN', 'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS', over: 'MORE_THAN', 'more than': 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE', 'just over': 'MORE_THAN', 'just under': 'LESS_THAN', 'well over': 'MORE_THAN',
};

/** Calendar units that "this/last/next" can pick out. */
export const CALENDAR_UNITS: Record<string, 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'weekend'> = {
  week: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century', weekend: 'weekend',
};

/** Words that pick a unit relative to the document date → offset. */
export const RELATIVE_WORDS: Record<string, number> = {
  this: 0, current: 0, 'this coming': 1, 'this past': -1, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1,
};

/** Seasons → TIMEX3 season code. */
export const SEASONS: Record<string, Season> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

/** Parts of a day → TIMEX3 time-of-day code. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI',
};

/** Part-of-unit modifiers → TIMEX3 mod. */
export const PART_MODS: Record<string, string> = {
  early: 'START', 'the beginning of': 'START', 'the start of': 'START', 'the very beginning of': 'START',
  'the very start of': 'START', 'the early part of': 'START', 'the first part of': 'START', 'the dawn of': 'START',
  mid: 'MID', 'the middle of': 'MID', 'the mid': 'MID', 'the midst of': 'MID',
  late: 'END', 'the end of': 'END', 'the very end of': 'END', 'the close of': 'END', 'the latter part of': 'END',
  'the last part of': 'END', 'the tail end of': 'END', 'the turn of': 'END',
};

/** Words that name a thing counted by a preceding number, so the number is no year ("2008 people"). */
export const COUNTED_NOUNS = [
  'people', 'persons', 'residents', 'workers', 'employees', 'jobs', 'troops', 'soldiers', 'votes', 'voters', 'units',
  'cars', 'vehicles', 'homes', 'houses', 'tons', 'tonnes', 'km', 'kilometres', 'kilometers', 'miles', 'metres',
  'meters', 'feet', 'ft', 'kg', 'pounds', 'dollars', 'euros', 'shares', 'points', 'percent', 'per', 'students',
  'children', 'deaths', 'cases', 'copies', 'members', 'delegates', 'seats', 'acres', 'hectares', 'barrels',
  'passengers', 'flights', 'patients', 'victims', 'times', 'users', 'customers', 'stores', 'plants', 'aircraft',
  'planes', 'ships', 'sq', 'square', 'cubic', 'mph', 'kph', 'hp', 'rpm', 'degrees', 'calories', 'words', 'pages',
];

/** Words that introduce a number that is a label, not a year ("Room 2020", "Flight 2008"). */
export const LABEL_WORDS = [
  'room', 'flight', 'route', 'no', 'number', 'page', 'pages', 'article', 'section', 'chapter', 'model', 'version',
  'windows', 'highway', 'interstate', 'bus', 'apartment', 'suite', 'unit', 'platform', 'gate', 'code', 'pin', 'item',
  'box', 'lot', 'exit', 'mile', 'step', 'level', 'episode', 'issue', 'vol', 'volume', 'rule', 'resolution', 'bill',
  'act', 'ward', 'district', 'precinct', 'row', 'seat', 'table', 'figure', 'fig', 'paragraph', 'street', 'st',
  'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'po',
];

/**
 * Words right before a short date in digits ("4/22", "3-7") that make it a date: prepositions of time (English
 * scores never follow "on"), weekdays.
 */
export const SHORT_DATE_CUES = [
  'on', 'by', 'until', 'till', 'since', 'from', 'through', 'thru', 'before', 'after', 'dated', 'due', 'starting',
  'effective', 'as of', ...Object.keys(WEEKDAYS),
];
/** Words before a pair of numbers that make it a score, a label or an amount, no date ("won 3-1", "version 3.2"). */
export const NOT_A_DATE_BEFORE = [
  'won', 'win', 'wins', 'winning', 'lost', 'lose', 'loses', 'beat', 'beats', 'defeated', 'led', 'lead', 'leads', 'leading',
  'trailed', 'trailing', 'trail', 'score', 'scored', 'scores', 'record', 'tied', 'vote', 'votes', 'voted', 'margin', 'ratio',
  'split', 'at', 'ios', 'android', 'macos', 'firmware', 'release', 'update', 'v', 'psalm', 'verse', 'john', 'tel', 'phone', 'call',
];
/** Words after a pair of numbers that make it a score, a fraction or an amount ("a 3-1 win", "a 2/3 majority"). */
export const NOT_A_DATE_AFTER = [
  'win', 'wins', 'victory', 'defeat', 'loss', 'lead', 'margin', 'majority', 'vote', 'decision', 'split', 'ratio', 'draw',
  'tie', 'record', 'am', 'pm', 'a.m', 'p.m', 'hours', 'hrs', 'million', 'billion', 'thousand', 'mln', 'bn', 'of the', 'of a',
  'cup', 'cups', 'inch', 'inches', 'mile', 'pound', 'lb', 'lbs', 'oz', 'teaspoon', 'tablespoon', 'stars', 'rating',
];

/** Prepositions before "the 15th" that make it a day of the month ("on the 15th", "until the twentieth"). */
export const ORDINAL_DAY_PREPOSITIONS = ['on', 'by', 'until', 'till', 'since', 'from', 'for', 'before', 'after', 'through', 'around', 'as of'];
/**
 * Words that may follow a bare ordinal day ("on the 15th, the council", "by the 20th it was"): a noun after it makes
 * it a rank ("the 27th floor", "the second reason"), and nouns are an open class, so only these words and punctuation.
 */
export const ORDINAL_DAY_FOLLOWERS = [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'that', 'his', 'her', 'its', 'their',
  'our', 'and', 'or', 'but', 'when', 'at', 'in', 'to', 'with', 'as', 'if', 'is', 'was', 'will', 'would', 'should', 'could',
  'can', 'may', 'might', 'must', 'has', 'had', 'have', 'be', 'been', 'are', 'were', 'again', 'already', 'too', 'instead',
  'then', 'last', 'next', 'back', 'only', 'at the latest', 'because', 'after', 'before', 'until', 'or so',
];

/** Prepositions after which a bare number is surely a year. */
export const YEAR_PREPOSITIONS = ['in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'year', 'circa', 'around', 'through', 'throughout', 'early', 'late', 'mid', 'fiscal', 'spring', 'summer', 'autumn', 'fall', 'winter'];

/**
 * Tense cues, nearest to an expression decides which occurrence of "Friday" or "August" is meant.
 * Future first: "is expected to" is future although "expected" ends in -ed.
 */
export const FUTURE_CUES = [
  'will', "'ll", 'shall', 'going to', 'is to', 'are to', 'was to', 'to be held', 'to be', 'to take place', 'wants',
  'want to', 'seeks', 'seeking', 'intends to', 'should', 'may', 'might', 'must', 'plans to', 'plan to', 'planned', 'planning', 'expected',
  'expects', 'expect', 'scheduled', 'intends', 'intend', 'would', 'set to', 'aims', 'hopes',
  'until', 'await', 'awaits', 'awaiting', 'promised', 'promises', 'vowed to', 'forecast to', 'projected to', 'likely to', 'poised to', 'slated',
];
/**
 * Commitments point what follows them ahead ("has decided to close the pool in May": next May), and are the past
 * of what comes before them ("In May the council agreed to sell").
 */
export const COMMITMENT_CUES = [
  'decided to', 'decides to', 'agreed to', 'agrees to', 'voted to', 'votes to', 'pledged to', 'pledges to', 'committed to',
  'offered to', 'offers to', 'threatened to', 'threatens to', 'prepared to', 'prepares to', 'resolved to',
];
export const PAST_CUES = [
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'began', 'took', 'made', 'gave', 'won', 'lost', 'met',
  'held', 'left', 'saw', 'became', 'fell', 'rose', 'paid', 'sold', 'bought', 'ran', 'got', 'found',
  'led', 'fled', 'spoke', 'wrote', 'broke', 'chose', 'drove', 'flew', 'grew', 'knew',
  'threw', 'struck', 'stood', 'sent', 'spent', 'built', 'felt', 'kept', 'meant', 'brought', 'thought', 'fought',
  'caught', 'taught', 'sought', 'ago',
];
/**
 * Weak cues decide only in a sentence without any other cue: words that lean to a time without being a tense
 * ("the coming weeks", "earlier") and past forms that are also the present ("will cut jobs in May"). "until" stays
 * a strong future cue: news puts a date after it mostly when announcing ("markets remain closed until Friday"). A
 * starting point with no tense of its own is ahead too ("the bridge closes from Monday", "starting Friday").
 */
/**
 * A plan told in the past ("was due to take effect on September 1", "were scheduled to meet on March 3"): its date
 * may lie on either side of the article's, so it points to no side and the nearest occurrence is read.
 */
export const PROSPECTIVE_PAST_CUES = [
  'was due to', 'were due to', 'was scheduled to', 'were scheduled to', 'was scheduled for', 'were scheduled for',
  'was set to', 'were set to', 'was expected to', 'were expected to', 'was supposed to', 'were supposed to',
  'was slated to', 'were slated to', 'was planned for', 'were planned for',
];
export const WEAK_FUTURE_CUES = ['next', 'coming', 'upcoming', 'forthcoming', 'deadline', 'due', 'from', 'starting', 'beginning', 'effective'];
export const WEAK_PAST_CUES = ['last', 'earlier', 'previously', 'hit', 'cut', 'put', 'set', 'shut', 'quit'];
export const PRESENT_CUES = ['is', 'are', 'am', 'says', 'say', 'now', 'currently', 'today', 'has', 'have', 'has been', 'have been'];
/** Words ending in -ed that are no past tense. */
export const NOT_PAST_ED = ['need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'hundred', 'united', 'proceed', 'exceed', 'succeed', 'breed', 'greed', 'deed', 'weed', 'reed', 'indeed', 'wed'];

/** Sets: adverbs of frequency → unit. */
export const FREQUENCY_ADVERBS: Record<string, DurationUnit> = {
  hourly: 'hour', daily: 'day', nightly: 'day', weekly: 'week', fortnightly: 'week', monthly: 'month',
  quarterly: 'quarter', annually: 'year', yearly: 'year', 'bi-annually': 'half', biannually: 'half',
};
/** How many times per unit ("twice a year"). */
export const TIMES: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/**
 * Words that make two dates one range ("from next Friday to Oct 1st 2020", "between 22 January and now"; a dash
 * always joins), and what bare day numbers in a range look like ("from 4 to 22 this month", "the 3rd to the 7th").
 * Ranges of months or years stay two dates, as TIMEX3 and MEANTIME annotate them ("between April and June").
 */
export const RANGE_WORDS: RangeWords = {
  openings: ['from', 'between'],
  joiners: ['to', 'until', 'till', 'through', 'thru'],
  pairedJoiners: ['and'],
  monthLinks: ['of'],
  dayNumber: '(?:the\\s{1,3})?(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?',
  notDayAfter: ['am', 'pm', 'a.m.', 'p.m.', 'hours', 'hrs', 'percent', '%', 'degrees', "o'clock", 'years', 'times', 'points', 'minutes'],
  joinCoarseEnds: false,
};

/** "since March", "ever since 2015", "since the storm in March". */
export const SINCE_WORDS: SinceWords = {
  signals: ['since'],
  phraseOpenings: ['the', 'a', 'an', 'his', 'her', 'its', 'their'],
  phraseLinks: ['in', 'of', 'on'],
};

/**
 * Words around an amount of time counted from a date ("two days after Christmas", "two weeks from Friday"): which
 * way it counts, what makes the amount a length instead ("for two weeks from Friday"), and what makes the date a
 * range's start ("three days from Monday to Wednesday").
 */
export const OFFSET_FROM_ANCHOR_WORDS = {
  forward: ['after', 'from', 'following', 'counting from', 'starting from'],
  backward: ['before', 'prior to', 'ahead of', 'preceding'],
  lengthBefore: ['for', 'lasting', 'lasts', 'lasted', 'last', 'during', 'over', 'another', 'period of', 'spell of', 'the next', 'the past', 'the first', 'the last'],
  rangeAfter: ['to', 'until', 'till', 'through', 'thru'],
  nowIdiomAfter: ['on'],
} as const;
