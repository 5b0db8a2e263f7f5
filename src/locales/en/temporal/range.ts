/**
 * Ranges written compactly: "from 2009 to 2011", "between 2014 and 2016", "2008-2009", "1967-68", "from 10 to 12
 * August", "between 3 and 12 Sept", "August 10-12, 2020". A range of days is one DATE whose value is the interval of
 * its ends (`2020-08-10/2020-08-12`), its window the whole stretch. A range of years stays a DURATION in the named
 * unit, as MEANTIME annotates "from 2009 to 2011" (P2Y) over the whole stretch, with the window of the stretch.
 * Ranges whose ends a parser finds on its own ("from next Friday to Oct 1st 2020") are joined by the range refiner.
 */
import { absoluteDay, candidate, dayWithoutYear, durationValue, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { dayNumber } from '../../../time/calendar.js';
import { windowFromSpan, spanOfWindow } from '../../../time/window.js';
import { BEFORE } from './year.js';
import { MONTH, MONTH_WORDS, directionOf, fourDigits, monthNumber, tenseAt } from './shared.js';

const DAY = '([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const TO = '(?:\\s*[-–]\\s*|\\s+(?:to|and|until|till|through|thru)\\s+)';

export const rangeParser: TemporalParser = {
  name: 'range',
  // a range of years starts with four digits ("1990-2000"), a range of days names its month, a whole word
  trigger: { digits: true, digitRun: fourDigits, words: MONTH_WORDS, wholeWords: true, before: 32, after: 40 },
  pattern: wordPattern(
    [
      `(?:(from|between)\\s+)?(\\d{4})${TO}(\\d{4}|\\d{2})(?!\\d|[.,]\\d)`,
      `(?:(from|between)\\s+)?${DAY}${TO}${DAY}\\s+(${MONTH})(?:,?\\s+(\\d{4}))?`,
      `(?:(from|between)\\s+)?(${MONTH})\\s+${DAY}${TO}${DAY}(?:,?\\s+(\\d{4}))?`,
    ].join('|'),
  ),
  extract(match, context) {
    const g = match;
    const end = match.index + match[0].length;
    if (g[2]) {
      const [first, lastText] = [Number(g[2]), g[3]];
      const last = lastText.length === 2 ? Math.floor(first / 100) * 100 + Number(lastText) : Number(lastText);
      const joined = /^(?:from|between)/i.test(match[0]);
      // "1990 and 2000" without "from/between" is a list, and "2008-12" is no range of years.
      if (!joined && !/[-–]/.test(match[0])) return null;
      if (last <= first || last - first > 100 || first < 1000 || first > 2199 || (!joined && first < 1800)) return null;
      if (BEFORE.test(context.text.slice(Math.max(0, match.index - 14), match.index))) return null;
      const window = windowFromSpan({ start: dayNumber(first, 1, 1), end: dayNumber(last, 12, 31) }, 'year', 'exact');
      return candidate(match, 'DURATION', { value: durationValue(last - first, 'year'), window, anchor: 'absolute' });
    }
    const [dayA, dayB, monthWord, year] = g[5] ? [g[5], g[6], g[7], g[8]] : [g[11], g[12], g[10], g[13]];
    if (!/^\p{Lu}/u.test(monthWord)) return null;
    const month = monthNumber(monthWord);
    const [a, b] = [Number.parseInt(dayA, 10), Number.parseInt(dayB, 10)];
    if (b <= a) return null;
    const direction = directionOf(tenseAt(context, match.index, end), 'nearest');
    const first = year ? absoluteDay(Number(year), month, a) : dayWithoutYear(context, month, a, direction);
    const last = year ? absoluteDay(Number(year), month, b) : dayWithoutYear(context, month, b, direction);
    if (!first?.window || !last?.window) return null;
    const span = { start: spanOfWindow(first.window).start, end: spanOfWindow(last.window).end };
    const exact = first.window.certainty === 'exact';
    const window = windowFromSpan(span, 'day', exact ? 'exact' : 'period');
    // An abbreviation's dot at the end ("12 Sept.") ends the sentence as often as not: keep it out.
    const to = !year && match[0].endsWith('.') ? match[0].length - 1 : match[0].length;
    const value = exact ? `${first.value}/${last.value}` : `XXXX-${pad(month)}-${pad(a)}/XXXX-${pad(month)}-${pad(b)}`;
    const resolution = { value, window, anchor: year ? ('absolute' as const) : ('document' as const), ...(year ? {} : { impliedCycle: 'year' as const }) };
    return candidate(match, 'DATE', resolution, { to });
  },
};

const pad = (n: number) => String(n).padStart(2, '0');
