/**
 * Ranges written compactly, whose ends no parser finds on its own: "van 10 tot 12 augustus", "10 t/m 12 augustus
 * 2020", "3-7 mei", "tussen 3 en 12 september", "van 3 tot 12 van sept", and years joined by a dash ("2019-2020").
 * Ranges of two dates each found by a parser ("van 10 augustus tot 2 september", "van 2019 tot 2021", "tussen mei en
 * juli 2021", "van maandag tot vrijdag", "van 1-3-2021 tot vandaag") are joined by the shared range refiner.
 *
 * A range is one DATE whose value is an ISO 8601 interval of the two ends' values (`2020-08-10/2020-08-12`) and whose
 * window runs from the first end's earliest day to the second end's latest. The window is `exact` when both ends
 * are known exactly (the stretch is exactly those days); otherwise `period` (a stretch somewhere in the window).
 * "van ... tot" (until) and "tot en met" (through) are both read as inclusive: Dutch news uses them alike for days.
 */
import { absoluteDay, absoluteUnit, type Resolution } from '../../../../temporal/common/index.js';
import { parseDay } from '../../../../time/calendar.js';
import { windowFromSpan } from '../../../../time/window.js';
import type { CalendarUnit } from '../../../../time/units.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { COUNTED_NOUNS } from '../../words.js';
import { alternation, compile, GAP, WORD_END, WORD_START } from '../pattern.js';
import { candidate } from '../resolve.js';
import { yearlessDay } from '../yearless.js';
import { MONTH, monthNumber } from './absolute-date.js';

const UNTIL = `(?:tot${GAP}en${GAP}met|t/m|tot|[-–])`;

export const rangeParser: TemporalParser = {
  name: 'range',
  // every match holds a digit run
  trigger: { digits: true, before: 16 },
  pattern: compile(
    `${WORD_START}(?:` +
      `(?:(?<van>van)${GAP})?(?<d1>\\d{1,2})(?:${GAP})?${UNTIL}(?:${GAP})?(?<d2>\\d{1,2})${GAP}(?:van${GAP})?(?<month>${MONTH})(?:,?${GAP}(?<year>\\d{4})${WORD_END})?` +
      `|tussen${GAP}(?<b1>\\d{1,2})${GAP}en${GAP}(?<b2>\\d{1,2})${GAP}(?:van${GAP})?(?<bMonth>${MONTH})(?:,?${GAP}(?<bYear>\\d{4})${WORD_END})?` +
      `|(?<y1>1\\d{3}|20\\d{2})(?:[-–/]|${GAP}[-–]${GAP})(?<y2>1\\d{3}|20\\d{2})${WORD_END}(?!${GAP}${alternation(COUNTED_NOUNS)}${WORD_END})` +
      `)`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    let end = start + match[0].length;
    let first: Resolution | null;
    let last: Resolution | null;
    let unit: CalendarUnit;
    if (g.d1 || g.b1) {
      const month = monthNumber(g.month ?? g.bMonth);
      const year = g.year ?? g.bYear;
      const [a, b] = [Number(g.d1 ?? g.b1), Number(g.d2 ?? g.b2)];
      if (!year && match[0].endsWith('.')) end -= 1;
      first = year ? absoluteDay(Number(year), month, a) : yearlessDay(context, month, a, start, end);
      last = year ? absoluteDay(Number(year), month, b) : yearlessDay(context, month, b, start, end);
      unit = 'day';
    } else {
      const [a, b] = [Number(g.y1), Number(g.y2)];
      if (b <= a || b - a > 200) return null;
      first = absoluteUnit('year', a);
      last = absoluteUnit('year', b);
      unit = 'year';
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
    const timex = candidate(context, start, end, { type: 'DATE', value: `${first.value}/${last.value}`, window, anchor });
    return first.impliedCycle ? { ...timex, impliedCycle: first.impliedCycle } : timex;
  },
};
