/**
 * A weekday joined with the week or the day of the month that fixes it: "dinsdag vorige week", "vorige week
 * dinsdag", "volgende week op vrijdag", "vrijdag van volgende week", "deze week vrijdag" (the weekday inside that
 * week: both orders give the same day), and "maandag de 22e", "vrijdag de vijftiende" (the month, near the document
 * date, in which the 22nd is a Monday; the tense picks between the one before and the one after).
 * "op" stays outside the expression where it opens it (a TIMEX3 signal).
 */
import { dayOfMonthOnWeekday, weekdayOfRelativeWeek } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { windowValue } from '../../../../time/window.js';
import { FULL_MONTH_NAMES, PARTS_OF_DAY, RELATIVE_DETERMINERS, WEEKDAYS } from '../../words.js';
import { alternation, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { DAY_ORDINAL_WORD, parseOrdinal } from '../numbers.js';
import { candidate, resolved, tenseAround } from '../resolve.js';
import { nameBeforeWeekday } from './weekday.js';

/** Determiners of a week relative to the document's ("vorige week", "deze week", "komende week"). */
const WEEK_DETERMINERS = ['deze', 'vorige', 'afgelopen', 'voorbije', 'volgende', 'komende', 'aanstaande'];
/**
 * Words that may follow "vrijdag de 15e"; any other word makes the ordinal count a noun ("zondag de eerste keer",
 * "zaterdag de 2e ronde").
 */
const AFTER_DAY_OF_MONTH = /^(?:[ \t]+(?:om|en|of|tot|in|op|toen|als|met|na|voor|hij|zij|ze|het|de|een|was|is|zal|zullen|werd|wordt|dat|die|maar|nog|al|terug|weer|er|we|wij|ik)(?![\p{L}])|[ \t]*(?:[^\p{L}\d \t]|$))/iu;
const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS))})(?:${alternation(Object.keys(PARTS_OF_DAY))})?`;

export const weekdayDateParser: TemporalParser = {
  name: 'weekday-date',
  trigger: { words: Object.keys(WEEKDAYS) },
  pattern: compile(
    `${WORD_START}(?:` +
      `(?<day1>${WEEKDAY})(?:${GAP}van)?${GAP}(?<det1>${alternation(WEEK_DETERMINERS)})${GAP}week` +
      `|(?<det2>${alternation(WEEK_DETERMINERS)})${GAP}week${GAP}(?:op${GAP})?(?<day2>${WEEKDAY})` +
      `|(?<day3>${alternation(Object.keys(WEEKDAYS))}),?${GAP}de${GAP}(?<ordinal>\\d{1,2}(?:e|ste|de)|${DAY_ORDINAL_WORD})(?!${GAP}(?:van${GAP})?${alternation(FULL_MONTH_NAMES)})` +
      `)${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const dayWord = g.day1 ?? g.day2 ?? g.day3;
    // "Goede Vrijdag vorige week": a capitalised weekday after a name is part of that name
    if (nameBeforeWeekday(context.text, start + match[0].indexOf(dayWord), dayWord)) return null;
    const name = normalize(dayWord);
    const weekdayWord = Object.keys(WEEKDAYS).find((w) => name.startsWith(w))!;
    const weekday = WEEKDAYS[weekdayWord];
    if (g.ordinal) {
      if (!AFTER_DAY_OF_MONTH.test(context.text.slice(end, end + 12))) return null;
      const day = parseOrdinal(g.ordinal);
      const tense = tenseAround(context, start, end);
      const resolution = day === undefined ? null : dayOfMonthOnWeekday(context, day, weekday, tense ?? 'nearest');
      return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
    }
    const offset = lookup(RELATIVE_DETERMINERS, g.det1 ?? g.det2) ?? 0;
    const resolution = weekdayOfRelativeWeek(context, weekday, offset);
    const part = PARTS_OF_DAY[name.slice(weekdayWord.length)];
    if (!part) return resolved(context, start, end, 'DATE', resolution);
    return candidate(context, start, end, { type: 'TIME', value: `${windowValue(resolution.window!)}T${part}`, window: resolution.window, anchor: 'document' });
  },
};
