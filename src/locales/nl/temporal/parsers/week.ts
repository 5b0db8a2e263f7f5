/**
 * Weeks by number or place: "week 12", "wk 12", "week 12 van 2021" (ISO weeks, of the document's year unless one is
 * written); "de eerste week van 2021", "de laatste week van maart", "de derde week van deze maand", "volgend jaar de
 * derde week" (a week belongs to the month that holds its Thursday, as ISO weeks to years); "de week van 16
 * september", "de week die op 4 februari begint" (the ISO week that holds the day). A numbered week of something
 * else ("week 12 van de competitie", "speelronde") is no calendar week.
 */
import { absoluteDay, absoluteUnit, isoWeekOfYear, relativeToDocument, weekHolding, weekOfUnit, type Resolution } from '../../../../temporal/common/index.js';
import { civilDay } from '../../../../time/calendar.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { RELATIVE_DETERMINERS } from '../../words.js';
import { parseOrdinal } from '../numbers.js';
import { alternation, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { resolved } from '../resolve.js';
import { yearlessDay, yearlessMonth } from '../yearless.js';
import { MONTH, monthNumber } from './absolute-date.js';

const ORDINAL = '(?:eerste|tweede|derde|vierde|vijfde|laatste|1e|2e|3e|4e|5e|1ste|2de|3de|4de|5de)';
const DETERMINER = alternation([...Object.keys(RELATIVE_DETERMINERS), 'de', 'het']);

export const weekParser: TemporalParser = {
  name: 'week',
  trigger: { words: ['week', 'wk'] },
  pattern: compile(
    `${WORD_START}(?:` +
      `(?:week|wk\\.?)${GAP}(?<number>\\d{1,2})(?!\\p{N}|[.,:]\\d)(?:${GAP}(?:van${GAP})?(?<numberYear>\\d{4})(?!\\p{N}))?` +
      `|(?:de${GAP})?(?<ordinal>${ORDINAL})${GAP}week${GAP}(?:van|in)${GAP}(?:` +
        `(?<month>${MONTH})(?:${GAP}(?<monthYear>\\d{4})(?!\\p{N}))?|(?<year>\\d{4})(?!\\p{N})|(?<det>${DETERMINER})${GAP}(?<unit>maand|jaar))` +
      `|(?<yearDet>${alternation(Object.keys(RELATIVE_DETERMINERS))})${GAP}jaar${GAP}(?:de${GAP})?(?<ordinalAfter>${ORDINAL})${GAP}week` +
      `|de${GAP}week${GAP}(?:van${GAP}|die${GAP}(?:op${GAP})?)(?<day>\\d{1,2})(?:e|ste|de)?${GAP}(?<dayMonth>${MONTH})(?:${GAP}(?<dayYear>\\d{4})(?!\\p{N}))?(?<verb>${GAP}(?:begint|start|aanvangt|ingaat))?` +
      `)${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    let end = start + match[0].length;
    const after = context.text.slice(end, end + 24);
    let resolution: Resolution | null = null;
    if (g.number) {
      // "week 12 van de competitie", "week 3 van het proces": a week of something else, not of the calendar
      if (!g.numberYear && /^[ \t]+van[ \t]+(?:de|het|deze|dit)[ \t]+(?!jaar\b)/iu.test(after)) return null;
      const year = g.numberYear ? Number(g.numberYear) : civilDay(context.referenceSpan.start).year;
      if (!g.numberYear && civilDay(context.referenceSpan.end).year !== year) return null;
      resolution = isoWeekOfYear(year, Number(g.number));
      if (resolution && !g.numberYear) resolution = { ...resolution, anchor: 'document' };
    } else if (g.ordinal || g.ordinalAfter) {
      const word = normalize(g.ordinal ?? g.ordinalAfter);
      const index = word === 'laatste' ? -1 : parseOrdinal(word);
      if (!index) return null;
      let unit: 'month' | 'year';
      let whole: Resolution | null;
      if (g.month) {
        unit = 'month';
        if (!g.monthYear && match[0].endsWith('.')) end -= 1;
        whole = g.monthYear ? absoluteUnit('month', Number(g.monthYear), monthNumber(g.month)) : yearlessMonth(context, monthNumber(g.month), start, end);
      } else if (g.year) {
        unit = 'year';
        whole = absoluteUnit('year', Number(g.year));
      } else {
        unit = g.unit ? (normalize(g.unit) === 'maand' ? 'month' : 'year') : 'year';
        const det = normalize(g.det ?? g.yearDet);
        whole = relativeToDocument(context, unit, det === 'de' || det === 'het' ? 0 : RELATIVE_DETERMINERS[det] ?? 0);
      }
      resolution = whole?.window ? weekOfUnit(whole.window, unit, index, whole.anchor) : null;
    } else {
      // "de week die op 4 februari ..." needs its verb; "de week van 16 september" none
      if (/\bdie\b/i.test(match[0]) !== Boolean(g.verb)) return null;
      if (!g.dayYear && !g.verb && match[0].endsWith('.')) end -= 1;
      const month = monthNumber(g.dayMonth);
      const day = g.dayYear ? absoluteDay(Number(g.dayYear), month, Number(g.day)) : yearlessDay(context, month, Number(g.day), start, end);
      resolution = day && weekHolding(day);
    }
    return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
  },
};
