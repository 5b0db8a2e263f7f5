/**
 * Offsets counted otherwise than in one unit, from now or from the previous date: compound amounts ("2 years 1
 * month 21 days ago", "1 month and 21 days ago", "in 2 years and 21 days", "2 years 21 days later"), working days
 * ("in four business days", "three working days later") and weekdays ("two Sundays from now", "two Mondays later").
 * They land on their finest part: a day, or a month or year when no days are counted. "later" and "earlier" count
 * from the previous date in the text (the shared refiner), else from the document date.
 */
import {
  candidate, countedFromDocument, countUnit, withEventShift, wordPattern, type DayCount, type DayOffset,
} from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { UNITS, WEEKDAYS } from '../words.js';
import { NUMBER, UNIT, WEEKDAY, numberValue } from './shared.js';

/** Which way and from what: a named group per branch (`name`). */
const tail = (name: string) => `(?<${name}>ago|later|earlier|from\\s+now(?!\\s+on(?![\\p{L}]))|hence)`;
const PART = `(?:${NUMBER})\\s+(?:${UNIT})`;
const PART_OF_TEXT = new RegExp(`(${NUMBER})\\s+(${UNIT})`, 'giu');
/** Words before "in <amount>" that make it a stretch up to now: a superlative or a first ("the most in ..."). */
const STRETCH_BEFORE = /(?:^|[^\p{L}])(?:[\p{L}]{2,}est|most|least|first|only|time|times|once|twice)(?:[ \t]+[\p{L}]+){0,3}[ \t]+$/iu;
const OFFSET_KEYS: Readonly<Record<string, keyof DayOffset>> = { day: 'days', week: 'weeks', month: 'months', year: 'years' };

export const countedOffset: TemporalParser = {
  name: 'counted-offset',
  trigger: { words: ['day', 'week', 'month', 'year', 'yr', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
  pattern: wordPattern(
    // one amount first, read once: then more parts, working days, or a weekday
    `(?:(?<lead>in|within)\\s+)?(?<count>${NUMBER})\\s+(?:` +
      `(?<unit>${UNIT})(?<more>(?:,?\\s+(?:and\\s+)?${PART}){1,2})(?:\\s+${tail('tail')})?` +
      `|(?:business|working)\\s+(?<business>days?)(?:\\s+${tail('businessTail')})?` +
      `|(?<weekdayName>${WEEKDAY})s?\\s+${tail('weekdayTail')}` +
      `)`,
  ),
  extract(match, context) {
    const { lead, count: amount, unit, more, tail, business, businessTail, weekdayName, weekdayTail } = match.groups!;
    const way = (tail ?? businessTail ?? weekdayTail)?.toLowerCase().replace(/\s+/g, ' ');
    const inLead = lead;
    if (inLead && weekdayName) return null;
    const end = match.index + match[0].length;
    if (!way && !inLead) return null; // "2 years 1 month": a duration
    if (way && inLead) return null;
    // "the biggest gain in four business days", "the first time in 2 years and 3 months": a stretch up to now
    if (inLead && STRETCH_BEFORE.test(context.text.slice(Math.max(0, match.index - 40), match.index))) return null;
    if (inLead && inLead.toLowerCase() === 'within') return null; // a stretch up to that day, another parser's
    const sign: 1 | -1 = way === 'ago' || way === 'earlier' ? -1 : 1;
    const fromEvent = way === 'later' || way === 'earlier';
    let count: DayCount;
    if (weekdayName) {
      const n = numberValue(amount);
      if (!n || !Number.isInteger(n)) return null;
      count = { kind: 'weekdays', weekday: WEEKDAYS[weekdayName.toLowerCase()], count: sign * n };
    } else if (business) {
      const n = numberValue(amount);
      if (!n || !Number.isInteger(n)) return null;
      count = { kind: 'working-days', days: sign * n };
    } else {
      const offset: DayOffset = {};
      PART_OF_TEXT.lastIndex = 0;
      const parts = `${amount} ${unit}${more}`;
      for (let p = PART_OF_TEXT.exec(parts); p; p = PART_OF_TEXT.exec(parts)) {
        const n = numberValue(p[1]);
        const key = OFFSET_KEYS[UNITS[p[2].toLowerCase()]];
        if (n === undefined || !Number.isInteger(n) || !key) return null;
        offset[key] = (offset[key] ?? 0) + n;
      }
      count = { kind: 'offset', offset, sign };
    }
    // "in" stays outside the expression, a TIMEX3 signal
    const from = inLead ? match[0].length - match[0].slice(inLead.length).trimStart().length : 0;
    const relation = fromEvent ? (sign > 0 ? 'after' : 'before') : undefined;
    const result = candidate(match, 'DATE', countedFromDocument(context, count), { from, relation });
    return fromEvent ? withEventShift(result, { unit: countUnit(count), amount: 0, count }) : result;
  },
};
