/**
 * The nth weekday of a month: "the first Friday of July", "the second Monday of next month", "the last Monday in
 * April", "the third Wednesday of last month", "the first Tuesday in November 2020", and alone "third Tuesday" (of
 * the document's month). A month that has no such day ("the fifth Sunday" of a month with four) gives nothing.
 * Alone, the phrase must not count something else: "his first Sunday in charge", "every second Tuesday" (a set), "the
 * second Sunday in a row", "the first Monday after the break" name no day here; "last Friday" is the weekday parser's.
 */
import { absoluteUnit, candidate, monthWithoutYear, nthWeekdayInMonths, relativeToDocument, wordPattern, type Resolution } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { RELATIVE_WORDS, WEEKDAYS } from '../words.js';
import { MONTH, WEEKDAY, directionOf, monthNumber, tenseAt } from './shared.js';
import { nameBeforeWeekday } from './weekday.js';

/** Which one of the month's weekdays: the first to the fifth, or the last. */
const NTH: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, last: -1, final: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5,
};
/** Words before a bare "third Tuesday" that make it no day of the document's month ("every second Tuesday"). */
const NOT_A_DAY_BEFORE = /(?:^|[^\p{L}])(?:every|each|his|her|its|their|my|our|your|a|one)\s{1,3}(?:the\s{1,3})?$/iu;
/** Words after a bare one that count something else ("the second Sunday in a row", "... after the vote"). */
const NOT_A_DAY_AFTER = /^[ \t]{1,3}(?:in[ \t]+a[ \t]+row|running|straight|after|since|before|of|in|that|when|since)(?![\p{L}])/iu;

export const nthWeekdayParser: TemporalParser = {
  name: 'nth-weekday',
  trigger: { words: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
  pattern: wordPattern(
    `(?:the\\s+)?(${Object.keys(NTH).join('|')})\\s+(${WEEKDAY})` +
      `(?:\\s+(?:of|in)\\s+(?:(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?|(?:the\\s+)?(?:(this|next|last|previous|past|coming|following)\\s+)?(month)))?`,
  ),
  extract(match, context) {
    const [, nthWord, name, monthWord, year, relative, monthNoun] = match;
    const at = match.index + match[0].length - match[0].slice(match[0].indexOf(nthWord) + nthWord.length).trimStart().length;
    if (nameBeforeWeekday(context.text, at)) return null;
    const nth = NTH[nthWord.toLowerCase()];
    const weekday = WEEKDAYS[name.toLowerCase()];
    const end = match.index + match[0].length;
    let month: Resolution | null;
    if (monthWord) {
      const number = monthNumber(monthWord);
      month = year ? absoluteUnit('month', Number(year), number) : monthWithoutYear(context, number, directionOf(tenseAt(context, match.index, end), 'nearest'));
    } else if (monthNoun) {
      month = relativeToDocument(context, 'month', relative ? (RELATIVE_WORDS[relative.toLowerCase()] ?? 0) : 0);
    } else {
      // alone: "third Tuesday" of the document's month, a weekday written as a name
      if (nth < 0 || !/^\p{Lu}/u.test(name)) return null;
      if (NOT_A_DAY_BEFORE.test(context.text.slice(Math.max(0, match.index - 14), match.index))) return null;
      if (NOT_A_DAY_AFTER.test(context.text.slice(end, end + 16))) return null;
      month = relativeToDocument(context, 'month', 0);
    }
    const resolution = month ? nthWeekdayInMonths(month, weekday, nth) : null;
    // "... of July." : the sentence's full stop is no abbreviation dot
    const to = !year && match[0].endsWith('.') ? match[0].length - 1 : match[0].length;
    return resolution ? candidate(match, 'DATE', resolution, { to }) : null;
  },
};
