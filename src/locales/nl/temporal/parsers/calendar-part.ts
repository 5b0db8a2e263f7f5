/**
 * Named parts of a year: seasons ("de zomer van 2019", "in de winter van 2019", "zomer 2020"), quarters
 * ("het derde kwartaal", "Q3 2020", "het eerste kwartaal van vorig jaar"), "(in) de zomer" (by tense, else the nearest
 * one), and halves ("de eerste helft van 2020",
 * "de tweede helft van het jaar"). Without a year the document's year applies ("het derde kwartaal").
 * Winter belongs to the year of its December: "de winter van 2019" is 2019-12..2020-02 (TIMEX3 2019-WI).
 */
import { partOfRelativeYear, yearlyUnit, type Resolution } from '../../../../temporal/common/index.js';
import { dayNumber } from '../../../../time/calendar.js';
import { seasonSpan, unitSpan, unitValue, type CalendarUnit, type DaySpan } from '../../../../time/units.js';
import { exactUnit } from '../../../../time/window.js';
import type { ParseContext, TemporalParser } from '../../../../temporal/contract.js';
import { RELATIVE_DETERMINERS, SEASON_WORDS } from '../../words.js';
import { alternation, compile, GAP, lookup, WORD_END, WORD_START } from '../pattern.js';
import { ORDINAL, parseOrdinal } from '../numbers.js';
import { resolved, tenseAround } from '../resolve.js';

/** "van 2019", "2019", "van dit jaar", "van vorig jaar", "van het jaar". */
const OF_YEAR =
  `(?:${GAP}(?:van${GAP})?(?<year>\\d{4})${WORD_END}|${GAP}van${GAP}(?<det>${alternation([...Object.keys(RELATIVE_DETERMINERS), 'het'])})${GAP}jaar${WORD_END})`;

export const calendarPartParser: TemporalParser = {
  name: 'calendar-part',
  trigger: { words: [...Object.keys(SEASON_WORDS), 'kwartaal', 'helft', 'jaarhelft', 'halfjaar', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'h3', 'h4', 'k1', 'k2', 'k3', 'k4'] },
  pattern: compile(
    `${WORD_START}(?:(?:` +
      `(?:(?:de|het)${GAP})?(?<season>${alternation(Object.keys(SEASON_WORDS))})${WORD_END}` +
      `|(?:het${GAP})?(?<quarter>${ORDINAL})${GAP}kwartaal${WORD_END}` +
      `|(?:de${GAP})?(?<half>eerste|tweede|1e|2e)${GAP}(?:helft|jaarhelft|halfjaar)${WORD_END}` +
      `)(?:${OF_YEAR})?` +
      `|(?<q>[QHK][1-4])(?:(?:${GAP}|['’-])?(?<qYear>\\d{4})|${GAP}(?:van${GAP})?(?<qDet>${alternation(Object.keys(RELATIVE_DETERMINERS))})${GAP}jaar)?${WORD_END}` +
      `|(?<yearFirst>\\d{4})(?:${GAP}|[-/])?(?<qAfter>[QHK][1-4])${WORD_END}` +
      `|(?<detFirst>${alternation(Object.keys(RELATIVE_DETERMINERS))})${GAP}jaar${GAP}(?:het${GAP})?(?<quarterAfter>eerste|tweede|derde|vierde|laatste|1e|2e|3e|4e)${GAP}kwartaal${WORD_END}` +
      `)`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    let unit: CalendarUnit;
    let inYear: (year: number) => DaySpan;
    if (g.season) {
      const season = lookup(SEASON_WORDS, g.season)!;
      if (!g.year && !g.det) {
        // "(in) de zomer": the summer the tense points to, else the one nearest the document date; "zomer" with no
        // article ("een warme zomer") names no particular season.
        if (!/^(?:de|het)\s/i.test(match[0])) return null;
        const tense = tenseAround(context, start, end);
        const resolution = yearlyUnit(context, 'season', (y) => seasonSpan(y, season), tense ?? 'nearest');
        return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
      }
      unit = 'season';
      inYear = (y) => seasonSpan(y, season);
    } else if (g.q || g.qAfter) {
      const code = g.q ?? g.qAfter;
      const letter = code[0];
      const index = Number(code[1]);
      // "q3" in lower case is more often a code than a quarter; "H3" is no half
      if (letter !== letter.toUpperCase() || (letter === 'H' && index > 2)) return null;
      const year = g.qYear ?? g.yearFirst;
      // "K3" and "H2" alone are as often a band or hydrogen: a year, "dit jaar", or "kwartaal" in the sentence makes them parts of a year
      if (letter !== 'Q' && !year && !g.qDet && !(letter === 'K' && /kwartaal/i.test(sentenceAround(context.text, start)))) return null;
      const quarter = letter !== 'H';
      unit = quarter ? 'quarter' : 'half';
      inYear = (y) => unitSpan(unit, dayNumber(y, quarter ? 3 * index - 2 : 6 * index - 5, 1));
      return finish(context, start, end, unit, inYear, year, g.qDet);
    } else if (g.quarterAfter) {
      const index = /^laatste$/i.test(g.quarterAfter) ? 4 : parseOrdinal(g.quarterAfter);
      if (!index || index > 4) return null;
      unit = 'quarter';
      inYear = (y) => unitSpan('quarter', dayNumber(y, 3 * index - 2, 1));
      return finish(context, start, end, unit, inYear, undefined, g.detFirst);
    } else if (g.quarter) {
      const index = parseOrdinal(g.quarter);
      if (!index || index > 4) return null;
      unit = 'quarter';
      inYear = (y) => unitSpan('quarter', dayNumber(y, 3 * index - 2, 1));
    } else {
      const index = /^(?:eerste|1e)$/i.test(g.half) ? 1 : 2;
      unit = 'half';
      inYear = (y) => unitSpan('half', dayNumber(y, 6 * index - 5, 1));
      // "de eerste helft" alone is a match half, not a calendar half: it needs a year
      if (!g.year && !g.det && !/jaarhelft|halfjaar/i.test(match[0])) return null;
    }
    return finish(context, start, end, unit, inYear, g.year, g.det);
  },
};

function finish(
  context: ParseContext,
  start: number,
  end: number,
  unit: CalendarUnit,
  inYear: (year: number) => DaySpan,
  year: string | undefined,
  det: string | undefined,
) {
  let resolution: Resolution;
  if (year) {
    resolution = absoluteUnitAt(unit, inYear(Number(year)).start);
  } else {
    const offset = det && det.toLowerCase() !== 'het' ? lookup(RELATIVE_DETERMINERS, det)! : 0;
    resolution = partOfRelativeYear(context, unit, inYear, offset);
  }
  return resolved(context, start, end, 'DATE', resolution);
}

/** The absolute resolution of the unit holding day `n` (a winter starting in December 2019 is 2019-WI). */
function absoluteUnitAt(unit: CalendarUnit, n: number): Resolution {
  return { value: unitValue(unit, n), window: exactUnit(unit, n), anchor: 'absolute' };
}

/** The sentence around an offset (up to 200 characters either side), for context words. */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at);
  const after = text.slice(at, at + 200);
  return before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1) + after.split(/[.!?](?:\s|$)|\n/)[0];
}
