/**
 * Clock times: "10:30", "3 p.m.", "at 6:40 p.m.", "8 o'clock", "0800 UTC", "14:48 UTC", "noon", "midnight", optionally tied to a
 * day: "16:00 UTC today", "12:00 UTC Monday", "3 p.m. on Friday". The day defaults to the document date.
 */
import { candidate, daysFromDocument, hourInPartOfDay, weekdayNear, withEventShift, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { padNumber } from '../../../time/calendar.js';
import { WEEKDAYS } from '../words.js';
import { WEEKDAY, clockDigits, directionOf, tenseAt } from './shared.js';

const ZONE = '(?:UTC|GMT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|IST|JST|AEST|ET|PT)';
/** "a.m.", "am", "p.m": a final dot belongs to the time only when the letters were dotted ("9am." ends a sentence). */
const MERIDIEM = '([ap])(?:\\.\\s?m\\b\\.?|\\s?m\\b)';
const DAY_TAIL = `(?:,?\\s+(?:on\\s+)?(today|tonight|yesterday|tomorrow|${WEEKDAY}))?`;

export const timeOfDay: TemporalParser = {
  name: 'time-of-day',
  // digits only of a clock: "9:30", "9 pm", "10 o'clock", "2300 hours"
  trigger: { digits: true, digitRun: clockDigits, words: ['noon', 'midday', 'midnight'], before: 8, after: 40 },
  pattern: wordPattern(
    `(?:([01]?\\d|2[0-3])[:.]([0-5]\\d)(?:\\s*${MERIDIEM})?|(1[0-2]|0?[1-9])(?:\\s*${MERIDIEM}|\\s*o['’]clock)|([01]\\d|2[0-3])([0-5]\\d)(?=\\s*(?:UTC|GMT|hours|hrs))|(noon|midday|midnight))(?:\\s*(${ZONE})(?![\\p{L}]))?${DAY_TAIL}`,
  ),
  extract(match, context) {
    const [, h1, m1, ap1, h2, ap2, h3, m3, named, zone, dayWord] = match;
    let hours: number;
    let minutes = 0;
    if (h1 !== undefined) {
      // "3.45" without a meridiem is a decimal number, not a time.
      if (match[0][h1.length] === '.' && !ap1 && !zone) return null;
      [hours, minutes] = [Number(h1), Number(m1)];
    } else if (h2 !== undefined) hours = Number(h2);
    else if (h3 !== undefined) [hours, minutes] = [Number(h3), Number(m3)];
    else hours = named.toLowerCase() === 'midnight' ? 0 : 12;
    const meridiem = (ap1 ?? ap2)?.toLowerCase();
    if (meridiem) {
      if (hours > 12 || hours === 0) return null;
      hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
    }
    const end = match.index + match[0].length;
    let day;
    const word = dayWord?.toLowerCase();
    if (!word || word === 'today' || word === 'tonight') day = daysFromDocument(context, 0);
    else if (word === 'yesterday') day = daysFromDocument(context, -1);
    else if (word === 'tomorrow') day = daysFromDocument(context, 1);
    else day = weekdayNear(context, WEEKDAYS[word], directionOf(tenseAt(context, match.index, end), 'past'));
    // "9:30 tonight", "8 o'clock tonight": an evening hour
    if (!meridiem && word === 'tonight') hours = hourInPartOfDay(hours, 'EV');
    const utc = zone && /^(?:UTC|GMT|Z)$/i.test(zone) ? 'Z' : '';
    const value = `${day.value}T${padNumber(hours, 2)}:${padNumber(minutes, 2)}${utc}`;
    const window = day.window ? { ...day.window, granularity: 'minute' as const } : undefined;
    const result = candidate(match, 'TIME', { value, window, anchor: day.anchor });
    // A clock time without a day belongs to the day being narrated: the latest date before it, else the document's.
    return word ? result : withEventShift(result, { unit: 'day', amount: 0, valueSuffix: value.slice(day.value.length), documentFallback: true });
  },
};
