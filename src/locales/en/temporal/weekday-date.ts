/**
 * A weekday joined with the week or the day of the month that fixes it: "Tuesday of next week", "Friday last week",
 * "next week on Friday", "this week Friday" (the weekday inside that week, whichever order), and "Friday the 15th",
 * "Thursday the twenty-first" (the month, near the document date, in which the 15th is a Friday; the tense picks
 * between the one before and the one after). "on" stays outside the expression (a TIMEX3 signal).
 * "Black Friday next week" is a name with a week, not a Friday.
 */
import { candidate, dayOfMonthOnWeekday, weekdayOfRelativeWeek, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { DAY_PARTS, RELATIVE_WORDS, WEEKDAYS } from '../words.js';
import { DAY_NUMBER_WORD, DAY_ORDINAL_WORD, dayWordValue } from './numbers.js';
import { MONTH, WEEKDAY, directionOf, tenseAt } from './shared.js';
import { nameBeforeWeekday } from './weekday.js';

const WEEK_WORDS = '(this|next|last|past|previous|coming|the\\s+following|the\\s+previous|the\\s+coming|the\\s+past)';
const PARTS = Object.keys(DAY_PARTS).join('|');
/**
 * Words that may follow "Friday the 15th"; any other word makes the number count a noun ("Sunday, the fifteen
 * countries", "Tuesday the first Macs").
 */
const AFTER_DAY_OF_MONTH = /^(?:[ \t]+(?:at|and|or|to|in|on|when|as|with|from|for|until|till|through|after|before|he|she|it|they|we|i|was|were|will|would|is|are|that|which|but|the|a|an|this|next|last)(?![\p{L}])|[ \t]*(?:[^\p{L}\d \t]|$))/iu;

export const weekdayDate: TemporalParser = {
  name: 'weekday-date',
  trigger: { words: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
  pattern: wordPattern(
    `(${WEEKDAY})(?:\\s+(${PARTS}))?(?:\\s+of)?\\s+${WEEK_WORDS}\\s+week` +
      `|${WEEK_WORDS}\\s+week,?\\s+(?:on\\s+)?(${WEEKDAY})(?:\\s+(${PARTS}))?` +
      `|(${WEEKDAY}),?\\s+the\\s+(\\d{1,2}(?:st|nd|rd|th)?|${DAY_ORDINAL_WORD}|${DAY_NUMBER_WORD})(?!\\s+(?:of\\s+)?${MONTH}|[\\p{L}\\d])`,
  ),
  extract(match, context) {
    const [, day1, part1, week1, week2, day2, part2, day3, dayOfMonth] = match;
    const name = day1 ?? day2 ?? day3;
    const at = match.index + match[0].indexOf(name);
    if (nameBeforeWeekday(context.text, at)) return null;
    const weekday = WEEKDAYS[name.toLowerCase()];
    if (dayOfMonth) {
      if (!AFTER_DAY_OF_MONTH.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 12))) return null;
      const day = /^\d/.test(dayOfMonth) ? Number.parseInt(dayOfMonth, 10) : dayWordValue(dayOfMonth);
      const end = match.index + match[0].length;
      const resolution = day === undefined ? null : dayOfMonthOnWeekday(context, day, weekday, directionOf(tenseAt(context, match.index, end), 'nearest'));
      return resolution ? candidate(match, 'DATE', resolution) : null;
    }
    const relative = (week1 ?? week2).toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
    const offset = relative === 'following' ? 1 : (RELATIVE_WORDS[relative] ?? 0);
    const resolution = weekdayOfRelativeWeek(context, weekday, offset);
    const part = part1 ?? part2;
    if (part) return candidate(match, 'TIME', { ...resolution, value: `${resolution.value}T${DAY_PARTS[part.toLowerCase()]}` });
    return candidate(match, 'DATE', resolution);
  },
};
