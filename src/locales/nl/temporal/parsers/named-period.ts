/**
 * Named periods relative to the document date or to the text: "afgelopen september" (the last September before the
 * document's month), "volgende juni", "volgend jaar juni", "de week na de volgende" (two weeks on), "het jaar na het
 * volgende", "de rest van de week" (from the document date to the unit's end), "het weekend" (by tense, else the
 * nearest one), "eerder in de week", "later in het jaar", "dezelfde week" / "datzelfde jaar" (the unit of the date
 * told before; the document's without one), and named years: "schooljaar 2020/2021" (1 August to 31 July),
 * "boekjaar 2022" (the calendar year, as Dutch law has it unless the statutes say otherwise), "boekjaar 2022/2023"
 * (a fiscal year ending in 2023, months unknown).
 */
import {
  absoluteUnit, fiscalYear, monthStretch, monthWithoutYear, partOfCurrentUnit, partOfRelativeYear, relativeToDocument, restOfUnit,
  unitFromDocument, withEventShift, type Resolution,
} from '../../../../temporal/common/index.js';
import { dayNumber, isoWeekday } from '../../../../time/calendar.js';
import { isoWeek, unitSpan, type CalendarUnit } from '../../../../time/units.js';
import { spanOfWindow, windowFromSpan } from '../../../../time/window.js';
import type { ParseContext, TemporalParser } from '../../../../temporal/contract.js';
import { FULL_MONTH_NAMES, MONTHS, RELATIVE_DETERMINERS } from '../../words.js';
import { alternation, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { candidate, resolved, tenseAround } from '../resolve.js';

const UNITS: Readonly<Record<string, CalendarUnit>> = { dag: 'day', week: 'week', maand: 'month', kwartaal: 'quarter', jaar: 'year' };
const SAME = ['dezelfde', 'datzelfde', 'diezelfde', 'hetzelfde'];
const PAST_OR_NEXT: Readonly<Record<string, -1 | 1>> = { afgelopen: -1, vorige: -1, voorbije: -1, komende: 1, volgende: 1, aanstaande: 1 };
const YEAR_DETERMINERS = ['dit', 'vorig', 'volgend', 'komend', 'afgelopen', 'het afgelopen', 'het komende', 'het vorige', 'het volgende'];

export const namedPeriodParser: TemporalParser = {
  name: 'named-period',
  trigger: {
    words: [...FULL_MONTH_NAMES, 'jaar', 'week', 'weekend', 'maand', 'kwartaal', 'rest', 'schooljaar', 'studiejaar', 'collegejaar', 'boekjaar'],
  },
  pattern: compile(
    `${WORD_START}(?:` +
      `(?<rel>${alternation(Object.keys(PAST_OR_NEXT))})${GAP}(?<month>${alternation(FULL_MONTH_NAMES)})` +
      `|(?<yearDet>${alternation(YEAR_DETERMINERS)})${GAP}jaar${GAP}(?:in${GAP})?(?<monthAfter>${alternation(FULL_MONTH_NAMES)})` +
      `|(?:de|het)${GAP}(?<twoUnit>week|weekend|maand|jaar)${GAP}(?<twoDir>na|voor)${GAP}(?:de|het)${GAP}(?<twoWord>volgende|vorige)` +
      `|(?:(?:de|het)${GAP})?rest${GAP}(?:van${GAP})?(?:(?:de|het|deze|dit|huidige|mijn|onze)${GAP})?(?<restUnit>week|maand|jaar)` +
      `|(?<side>eerder|later)${GAP}in${GAP}(?:de|het)${GAP}(?<sideUnit>week|maand|jaar)` +
      `|(?<same>${alternation(SAME)})${GAP}(?<sameUnit>${alternation(Object.keys(UNITS))})` +
      `|(?<theWeekend>het${GAP}weekend)(?!${GAP}(?:na|voor|van|daarop|erna|ervoor)${WORD_END})` +
      `|(?:het${GAP})?(?<named>schooljaar|studiejaar|collegejaar|boekjaar)${GAP}(?<y1>\\d{4})(?:[ \\t]?[/-][ \\t]?(?<y2>\\d{4}|\\d{2}))?(?!\\p{N})` +
      `)${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    let resolution: Resolution | null;
    if (g.month) {
      resolution = pastOrNextMonth(context, MONTHS[normalize(g.month)], PAST_OR_NEXT[normalize(g.rel)]);
    } else if (g.monthAfter) {
      const month = MONTHS[normalize(g.monthAfter)];
      resolution = partOfRelativeYear(context, 'month', (y) => unitSpan('month', dayNumber(y, month, 1)), lookup(RELATIVE_DETERMINERS, g.yearDet) ?? 0);
    } else if (g.twoUnit) {
      // "de week na de volgende" is two weeks on; "na de vorige" is the last one again, no phrase of news
      const sign = normalize(g.twoDir) === 'na' ? 1 : -1;
      if ((sign === 1) !== (normalize(g.twoWord) === 'volgende')) return null;
      const noun = normalize(g.twoUnit);
      if (noun === 'weekend') return weekend(context, start, end, 2 * sign);
      resolution = unitFromDocument(context, UNITS[noun], 2 * sign);
    } else if (g.theWeekend) {
      // "het weekend" alone: the one the tense points to, else the nearest (on a Monday the one just past)
      const tense = tenseAround(context, start, end);
      return nearestWeekend(context, start, end, tense);
    } else if (g.restUnit) {
      resolution = restOfUnit(context, UNITS[normalize(g.restUnit)]);
    } else if (g.side) {
      const earlier = normalize(g.side) === 'eerder';
      const window = partOfCurrentUnit(context, UNITS[normalize(g.sideUnit)], earlier ? 'before' : 'after');
      if (!window) return null;
      return candidate(context, start, end, { type: 'DATE', value: earlier ? 'PAST_REF' : 'FUTURE_REF', window, anchor: 'document' });
    } else if (g.same) {
      // the unit of the date told before (the refiner moves it there); the document's when none was
      const unit = UNITS[normalize(g.sameUnit)];
      return withEventShift(resolved(context, start, end, 'DATE', relativeToDocument(context, unit, 0)), { unit, amount: 0 });
    } else {
      resolution = namedYear(normalize(g.named), Number(g.y1), g.y2);
    }
    return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
  },
};

/** "afgelopen september": the latest September before the document's month; "volgende juni": the first after it. */
function pastOrNextMonth(context: ParseContext, month: number, direction: -1 | 1): Resolution | null {
  const { start, end } = context.referenceSpan;
  const referenceSpan =
    direction > 0
      ? { start: unitSpan('month', start).end + 1, end: unitSpan('month', end).end + 1 }
      : { start: unitSpan('month', start).start - 1, end: unitSpan('month', end).start - 1 };
  return monthWithoutYear({ ...context, referenceSpan }, month, direction > 0 ? 'future' : 'past');
}

/** "het weekend na het volgende": Saturday and Sunday of the week `offset` weeks on, value `2016-W47-WE`. */
function weekend(context: ParseContext, start: number, end: number, offset: number) {
  const week = relativeToDocument(context, 'week', offset);
  const span = spanOfWindow(week.window!);
  const exact = week.window!.certainty === 'exact';
  const window = exact ? windowFromSpan({ start: span.end - 1, end: span.end }, 'day', 'exact') : windowFromSpan(span, 'week', 'within');
  const { year, week: number } = isoWeek(span.start);
  const value = exact ? `${year}-W${String(number).padStart(2, '0')}-WE` : `${week.value}-WE`;
  return candidate(context, start, end, { type: 'DATE', value, window, anchor: 'document' });
}

/**
 * "het weekend": Saturday and Sunday of the weekend the tense points to (the last one begun by the document date, or
 * the first not yet over), else the nearest one: on Monday to Wednesday the one just past, from Thursday the coming one.
 */
function nearestWeekend(context: ParseContext, start: number, end: number, tense: 'past' | 'future' | undefined) {
  const offsetOf = (n: number): number => {
    const weekday = isoWeekday(n);
    if (weekday >= 6) return 0; // on the weekend itself, that weekend
    if (tense === 'past') return -1;
    if (tense === 'future') return 0;
    return weekday <= 3 ? -1 : 0;
  };
  return weekend(context, start, end, offsetOf(context.referenceSpan.start));
}

/** "schooljaar 2020/2021", "boekjaar 2022", "boekjaar 2022/23". */
function namedYear(name: string, first: number, second: string | undefined): Resolution | null {
  const last = second === undefined ? undefined : second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
  if (last !== undefined && last !== first + 1) return null;
  if (name === 'boekjaar') return last === undefined ? absoluteUnit('year', first) : fiscalYear(last);
  if (last === undefined) return null; // "schooljaar 2020" says not which one
  // school years run from 1 August to 31 July; academic years from 1 September to 31 August
  return name === 'schooljaar' ? monthStretch(first, 8, last, 7) : monthStretch(first, 9, last, 8);
}
