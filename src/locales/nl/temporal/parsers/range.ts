/**
 * Ranges: "van 10 tot 12 augustus", "10 t/m 12 augustus 2020", "tussen 3 en 12 september", "van 10 augustus tot
 * 2 september", "2019-2020",
 * "van 2019 tot 2021", "tussen 2010 en 2015", "van januari tot maart", "tussen mei en juli 2021", "van november 2020 tot
 * februari", "van maandag tot en met vrijdag".
 *
 * A range is one DATE whose value is an ISO 8601 interval of the two ends' values (`2020-08-10/2020-08-12`) and whose
 * window runs from the first end's earliest day to the second end's latest. The window is `exact` when both ends
 * are known exactly (the stretch is exactly those days); otherwise `period` (a stretch somewhere in the window).
 * "van ... tot" (until) and "tot en met" (through) are both read as inclusive: Dutch news uses them alike for days.
 */
import { absoluteDay, absoluteUnit, monthRangeEnds, type Resolution } from '../../../../temporal/common/index.js';
import { parseDay } from '../../../../time/calendar.js';
import { windowFromSpan } from '../../../../time/window.js';
import type { CalendarUnit } from '../../../../time/units.js';
import type { ParseContext, TemporalParser } from '../../../../temporal/contract.js';
import { COUNTED_NOUNS, WEEKDAYS } from '../../words.js';
import { alternation, compile, GAP, WORD_END, WORD_START } from '../pattern.js';
import { candidate, nearestWeekday, tenseAround, weekdayWindow } from '../resolve.js';
import { yearlessDay, yearlessMonth } from '../yearless.js';
import { MONTH, monthNumber } from './absolute-date.js';
import { FULL_MONTH_NAMES } from '../../words.js';

const UNTIL = `(?:tot${GAP}en${GAP}met|t/m|tot|[-–])`;
const WEEKDAY = alternation(Object.keys(WEEKDAYS));
const FULL_MONTH = alternation(FULL_MONTH_NAMES);

export const rangeParser: TemporalParser = {
  name: 'range',
  // every match holds a digit run, except "van januari tot maart" and "van maandag tot vrijdag"
  trigger: { digits: true, words: [...FULL_MONTH_NAMES, ...Object.keys(WEEKDAYS)], before: 16 },
  pattern: compile(
    `${WORD_START}(?:` +
      `(?:(?<van>van)${GAP})?(?<d1>\\d{1,2})(?:${GAP})?${UNTIL}(?:${GAP})?(?<d2>\\d{1,2})${GAP}(?<month>${MONTH})(?:${GAP}(?<year>\\d{4})${WORD_END})?` +
      `|(?:van|tussen)${GAP}(?<f1>\\d{1,2})${GAP}(?<fMonth1>${MONTH})(?:${GAP}(?<fYear1>\\d{4}))?${GAP}(?:${UNTIL}|en)${GAP}` +
      `(?<f2>\\d{1,2})${GAP}(?<fMonth2>${MONTH})(?:${GAP}(?<fYear2>\\d{4})${WORD_END})?` +
      `|tussen${GAP}(?<b1>\\d{1,2})${GAP}en${GAP}(?<b2>\\d{1,2})${GAP}(?<bMonth>${MONTH})(?:${GAP}(?<bYear>\\d{4})${WORD_END})?` +
      `|(?<y1>1\\d{3}|20\\d{2})(?:[-–/]|${GAP}[-–]${GAP})(?<y2>1\\d{3}|20\\d{2})${WORD_END}(?!${GAP}${alternation(COUNTED_NOUNS)}${WORD_END})` +
      `|(?:van|tussen)${GAP}(?<v1>1\\d{3}|20\\d{2})${GAP}(?:${UNTIL}|en)${GAP}(?<v2>1\\d{3}|20\\d{2})${WORD_END}` +
      `|(?:van|tussen)${GAP}(?<m1>${FULL_MONTH})${WORD_END}(?:${GAP}(?<mYear1>\\d{4})${WORD_END})?${GAP}(?:${UNTIL}|en)${GAP}(?<m2>${FULL_MONTH})${WORD_END}(?:${GAP}(?<mYear>\\d{4})${WORD_END})?` +
      `|van${GAP}(?<w1>${WEEKDAY})${GAP}(?:${UNTIL})${GAP}(?<w2>${WEEKDAY})${WORD_END}` +
      `)`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    let end = start + match[0].length;
    let first: Resolution | null;
    let last: Resolution | null;
    let unit: CalendarUnit;
    if (g.f1) {
      // "van 10 augustus tot 2 september (2020)": a year written once belongs to both ends
      const [m1, m2] = [monthNumber(g.fMonth1), monthNumber(g.fMonth2)];
      // ("van 30 december tot 2 januari 2021" crosses a new year: the first end is in the year before)
      const y2 = g.fYear2 ?? g.fYear1;
      const y1 = g.fYear1 ?? (y2 && m1 > m2 ? String(Number(y2) - 1) : y2);
      if (!y2 && match[0].endsWith('.')) end -= 1;
      first = y1 ? absoluteDay(Number(y1), m1, Number(g.f1)) : yearlessDay(context, m1, Number(g.f1), start, end);
      last = y2 ? absoluteDay(Number(y2), m2, Number(g.f2)) : yearlessDay(context, m2, Number(g.f2), start, end);
      unit = 'day';
    } else if (g.d1 || g.b1) {
      const month = monthNumber(g.month ?? g.bMonth);
      const year = g.year ?? g.bYear;
      const [a, b] = [Number(g.d1 ?? g.b1), Number(g.d2 ?? g.b2)];
      if (!year && match[0].endsWith('.')) end -= 1;
      first = year ? absoluteDay(Number(year), month, a) : yearlessDay(context, month, a, start, end);
      last = year ? absoluteDay(Number(year), month, b) : yearlessDay(context, month, b, start, end);
      unit = 'day';
    } else if (g.y1 || g.v1) {
      const [a, b] = [Number(g.y1 ?? g.v1), Number(g.y2 ?? g.v2)];
      if (b <= a || b - a > 200) return null;
      first = absoluteUnit('year', a);
      last = absoluteUnit('year', b);
      unit = 'year';
    } else if (g.m1) {
      const year = (text: string | undefined) => (text === undefined ? undefined : Number(text));
      const ends = monthRangeEnds({ month: monthNumber(g.m1), year: year(g.mYear1) }, { month: monthNumber(g.m2), year: year(g.mYear) }, (month) =>
        yearlessMonth(context, month, start, end),
      );
      [first, last] = ends ?? [null, null];
      unit = 'month';
    } else {
      return weekdayRange(context, start, end, WEEKDAYS[g.w1.toLowerCase()], WEEKDAYS[g.w2.toLowerCase()]);
    }
    if (!first?.window || !last?.window) return null;
    if (first.window.earliest > last.window.latest) return null;
    const exact = first.window.certainty === 'exact' && last.window.certainty === 'exact';
    const window = windowFromSpan(
      { start: parseDay(first.window.earliest), end: parseDay(last.window.latest) },
      unit,
      exact ? 'exact' : 'period',
    );
    const anchor = first.anchor === 'absolute' && last.anchor === 'absolute' ? 'absolute' : 'document';
    return candidate(context, start, end, { type: 'DATE', value: `${first.value}/${last.value}`, window, anchor });
  },
};

/** "van maandag tot en met vrijdag": the first day as a weekday in the sentence's tense, the last the next such day. */
function weekdayRange(context: ParseContext, start: number, end: number, from: number, to: number) {
  const firstWindow = weekdayWindow(context.referenceSpan, from, tenseAround(context.text, start, end));
  const a = parseDay(firstWindow.earliest);
  const b = nearestWeekday(parseDay(firstWindow.latest), to, 'future');
  const exact = firstWindow.certainty === 'exact';
  const window = windowFromSpan({ start: a, end: b }, 'day', exact ? 'exact' : 'period');
  const lastValue = exact ? window.latest : 'XXXX-XX-XX';
  const value = exact ? `${window.earliest}/${lastValue}` : 'XXXX-WXX-' + from + '/XXXX-WXX-' + to;
  return candidate(context, start, end, { type: 'DATE', value, window, anchor: 'document' });
}
