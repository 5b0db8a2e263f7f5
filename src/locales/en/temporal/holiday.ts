/**
 * Holidays and named days: "Christmas", "Christmas Eve 2019", "Easter Sunday 2018", "Thanksgiving of next year",
 * "last Christmas", "Memorial Day", "Eid al-Fitr", "Ramadan" (the whole month). The days come from the shared rules
 * (Easter, n-th weekday, Islamic calendar); the year from a year after the name, a relative year ("next year"), a
 * determiner before it ("next Easter"), or else the sentence's tense (the nearest occurrence when it has none).
 * Holiday names are capitalised: a lower-case one counts only after a preposition of time ("on thanksgiving").
 * A name that modifies another noun ("Christmas tree", "Easter Island") is no date.
 */
import { alternation, holidayWeekend, lookup, resolveHoliday, triggerReach, wordPattern, candidate, type HolidayChoice } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { HOLIDAY_CUES, HOLIDAY_DETERMINERS, HOLIDAY_MODIFIED_NOUNS, HOLIDAYS, NATIONAL_DAYS } from '../holidays.js';
import { directionOf, tenseAt } from './shared.js';

/** The most telling word of a name (letters only). */
const pieceOf = (name: string) => name.split(/[^a-z]+/).sort((a, b) => b.length - a.length)[0];
/** The most telling word of each name: every match holds one. */
const PIECES = [...new Set(Object.keys(HOLIDAYS).map(pieceOf))];
/** Names as a pattern, a straight or a typographic apostrophe alike. */
const NAME = alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]");
const YEAR_WORDS: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1, 'the previous': -1, 'the following': 1 };
const DETERMINER = `(?:(${alternation(Object.keys(HOLIDAY_DETERMINERS))})\\s+)?`;
const YEAR_AFTER = `(?:,?\\s+(?:of\\s+)?(\\d{4})(?!\\d|,\\d)|\\s+(?:of\\s+)?(${alternation(Object.keys(YEAR_WORDS))})\\s+year)?`;
/** "the Easter weekend", "Memorial Day weekend": the weekend the holiday names. */
const WEEKEND_AFTER = '(?:\\s+(weekend))?';

/** Each name split where its piece first starts a word: the words before the piece, and the piece on. */
function splitAtPiece(name: string): [string, string] {
  const piece = pieceOf(name);
  let at = name.indexOf(piece);
  while (at > 0 && /[a-z]/.test(name[at - 1])) at = name.indexOf(piece, at + 1);
  return [name.slice(0, at), name.slice(at)];
}
const SPLITS = Object.keys(HOLIDAYS).map(splitAtPiece);

const CUE_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(HOLIDAY_CUES)}\\s+$`, 'iu');
const MODIFIED_NOUN = new RegExp(`^\\s+${alternation(HOLIDAY_MODIFIED_NOUNS)}(?![\\p{L}])`, 'iu');
const NAME_WORD_AFTER = /^[ \t]+\p{Lu}\p{Ll}/u;
/** "Ukraine's Independence Day", "Indian Independence Day": another country's national day. */
const COUNTRY_BEFORE = /(?:['’]s|\b(?!(?:On|The|This|Last|Next|Since|Until|Before|After|By|For|During|Around|Over|US|American|America['’]s)\b)\p{Lu}[\p{L}.]*)\s+$/u;

export const holidayParser: TemporalParser = {
  name: 'holiday',
  trigger: {
    words: PIECES,
    // before the piece at most a determiner and the name's words before it; from it on, the rest of the name and a year
    ...triggerReach([[`${DETERMINER}${alternation(SPLITS.map(([before]) => before))}`, `${alternation(SPLITS.map(([, from]) => from))}${WEEKEND_AFTER}${YEAR_AFTER}`]]),
  },
  pattern: wordPattern(`${DETERMINER}(${NAME})${WEEKEND_AFTER}${YEAR_AFTER}`),
  extract(match, context) {
    const [, determiner, name, weekend, year, yearWord] = match;
    const key = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    const rule = HOLIDAYS[key];
    if (!rule) return null;
    const start = match.index;
    const end = start + match[0].length;
    const before = context.text.slice(Math.max(0, start - 24), start);
    if (!determiner && !year && !yearWord) {
      // "christmas" in lower case, without "on", "over" ... before it, is some other use
      if (!/^\p{Lu}/u.test(name) && !CUE_BEFORE.test(before)) return null;
      const after = context.text.slice(end, end + 16);
      if (MODIFIED_NOUN.test(after)) return null;
      // "Easter Seals", "Christmas Island", "Halloween Kills": a capitalised word after the name makes a longer proper
      // name, unless a word of time before it says a day is meant ("On Christmas Pope Francis spoke")
      if (NAME_WORD_AFTER.test(after) && !CUE_BEFORE.test(before)) return null;
    }
    if (NATIONAL_DAYS.includes(key) && !determiner && COUNTRY_BEFORE.test(before)) return null;
    let choice: HolidayChoice;
    const relative = determiner ? lookup(HOLIDAY_DETERMINERS, determiner) : undefined;
    if (year) choice = { year: Number(year) };
    else if (yearWord) choice = { yearOffset: lookup(YEAR_WORDS, yearWord)! };
    else if (relative === 'this') choice = { yearOffset: 0 };
    else if (relative) choice = { direction: relative };
    else choice = { direction: directionOf(tenseAt(context, start, end), 'nearest') };
    const resolution = resolveHoliday(context, rule, choice);
    const named = resolution && weekend ? holidayWeekend(resolution) : resolution;
    return named ? candidate(match, 'DATE', named) : null;
  },
};
