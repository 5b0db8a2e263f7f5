/**
 * Holidays and named days: "Kerstmis 2020", "met Pasen", "1e kerstdag", "Pasen volgend jaar", "vorige Koningsdag",
 * "Prinsjesdag", "het Suikerfeest". The days come from the shared rules (Easter, n-th weekday, Islamic calendar);
 * the year from a year written after the name, a relative year ("volgend jaar"), a determiner before it ("komende
 * Pasen"), or else the sentence's tense (the nearest occurrence when it has none). Compounds ("kerstboom",
 * "paasei", "kerstpakket") are other words and never match, but for the weekends named after a holiday ("het
 * paasweekend").
 */
import { holidayWeekend, resolveHoliday, type HolidayChoice } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { HOLIDAY_CUES, HOLIDAY_DETERMINERS, HOLIDAY_WEEKENDS, HOLIDAYS, HOLIDAYS_NEEDING_CUE } from '../../holidays.js';
import { RELATIVE_DETERMINERS } from '../../words.js';
import { alternation, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { resolved, tenseAround } from '../resolve.js';

/** The most telling word of each name: every match holds one. */
const PIECES = [...new Set([...Object.keys(HOLIDAYS).map((name) => name.split(/[\s-]/).sort((a, b) => b.length - a.length)[0]), ...Object.keys(HOLIDAY_WEEKENDS)])];

export const holidayParser: TemporalParser = {
  name: 'holiday',
  trigger: { words: PIECES },
  pattern: compile(
    `${WORD_START}(?:(?<det>${alternation(Object.keys(HOLIDAY_DETERMINERS))})${GAP})?(?:(?<name>${alternation(Object.keys(HOLIDAYS))})|(?<weekend>${alternation(Object.keys(HOLIDAY_WEEKENDS))}))${WORD_END}` +
      `(?:${GAP}(?:van${GAP})?(?:(?<year>\\d{4})(?!\\p{N})|(?<rel>${alternation(Object.keys(RELATIVE_DETERMINERS))})${GAP}jaar${WORD_END}))?`,
  ),
  extract(match, context) {
    const g = match.groups!;
    // "het paasweekend": the weekend of Easter
    const name = g.weekend ? HOLIDAY_WEEKENDS[normalize(g.weekend)] : normalize(g.name);
    const rule = HOLIDAYS[name];
    if (!rule) return null;
    const start = match.index;
    const end = start + match[0].length;
    if (HOLIDAYS_NEEDING_CUE.includes(name) && !g.det && !g.year && !g.rel && !cueBefore(context.text, start)) return null;
    let choice: HolidayChoice;
    const det = g.det ? lookup(HOLIDAY_DETERMINERS, g.det) : undefined;
    if (g.year) choice = { year: Number(g.year) };
    else if (g.rel) choice = { yearOffset: lookup(RELATIVE_DETERMINERS, g.rel)! };
    else if (det === 'this') choice = { yearOffset: 0 };
    else if (det) choice = { direction: det };
    else choice = { direction: tenseAround(context, start, end) ?? 'nearest' };
    const resolution = resolveHoliday(context, rule, choice);
    const named = resolution && g.weekend ? holidayWeekend(resolution) : resolution;
    return named ? resolved(context, start, end, 'DATE', named) : null;
  },
};

const CUE_BEFORE = new RegExp(`${WORD_START}${alternation(HOLIDAY_CUES)}${GAP}$`, 'iu');

/** Is the name preceded by a preposition of time ("met Sinterklaas", "rond oud en nieuw")? */
function cueBefore(text: string, start: number): boolean {
  return CUE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}
