/**
 * Counted stretches from the document date or from a day named after them: "(de) afgelopen twee jaar", "(de)
 * komende drie dagen", "de laatste 2 decennia", "4 weken in de toekomst", "binnen 5 dagen", "binnen de aankomende 5
 * jaar 1 maand en 12 dagen", "minder dan 2 weken vanaf vandaag", "minder dan 3 dagen na morgen"; and the open ends
 * "meer dan 2 weken voor vandaag" (a date, mod BEFORE) and "meer dan 2 weken na vandaag" (mod AFTER).
 *
 * A stretch is a DURATION whose window holds its days (shared `stretchFrom`, which says whether the day it counts
 * from is in: "afgelopen" and "komende" leave today out, "binnen" and "vanaf vandaag" count it as the first day).
 * Decades are counted as ten years each: "de afgelopen twee decennia" in 2016 reaches back to 1996, as a reader
 * takes it, not the whole decades 1990-2009; "het komende decennium" is the ten years ahead (P10Y), not the 2020s. "binnen" stays outside the expression, a TIMEX3 signal.
 *
 * Not from the document date: a stretch "van" something ("de laatste drie dagen van zijn leven"), "de volgende
 * drie dagen" told in the past (the narrative's following days), "binnen twee dagen" told in the past or "na" an
 * event ("binnen twee dagen na de aanslag"): these stay plain durations, without a window.
 */
import { compoundDurationValue, openEndFrom, stretchFrom, type DurationPart, type StretchSide } from '../../../../temporal/common/index.js';
import type { TemporalParser, TimexCandidate } from '../../../../temporal/contract.js';
import type { DaySpan } from '../../../../time/units.js';
import type { DateWindow } from '../../../../types.js';
import { DURATION_UNITS, RELATIVE_DAYS, STRETCH_SIDES } from '../../words.js';
import { DURATION_PARTS, readToldLengths } from '../duration-parts.js';
import { alternation, compile, GAP, normalize, WORD_END, WORD_START } from '../pattern.js';
import { candidate, resolved, tenseAround } from '../resolve.js';

/** Days a bound can count from: "vandaag", "morgen", "gisteren" ... and "nu". */
const DAYS: Readonly<Record<string, number>> = {
  nu: 0,
  ...Object.fromEntries(Object.entries(RELATIVE_DAYS).filter(([, day]) => !day.part).map(([word, day]) => [word, day.offset])),
};

/** "minder dan", "meer dan" ... before a length counted from a day: which side of it, and whether a date. */
const BOUNDS: Readonly<Record<string, 'less' | 'more'>> = {
  'minder dan': 'less', 'korter dan': 'less', 'nog geen': 'less', binnen: 'less',
  'meer dan': 'more', 'langer dan': 'more', ruim: 'more',
};

/** Words after which a counted stretch belongs to something else: "de laatste drie dagen van zijn leven". */
const OWNED_AFTER = /^[ \t]*(?:van|voor|na|nadat|voordat|sinds)(?![\p{L}])/iu;

/** How many units a vague count ("de afgelopen enkele dagen") is drawn as: a few, its start vague. */
const FEW = 3;

export const stretchParser: TemporalParser = {
  name: 'stretch',
  trigger: { words: [...Object.keys(DURATION_UNITS), 'half'] },
  // one copy of the length with what may stand before and after it: the pattern stays small enough to compile fast
  pattern: compile(
    `${WORD_START}(?:(?:(?:de|het)${GAP})?(?<decadeSide>afgelopen|voorbije|komende|aankomende)${GAP}decennium${WORD_END}|` +
      `(?:(?<within>binnen${GAP}(?:(?:de|het)${GAP}(?:komende|aankomende|volgende|eerstvolgende)${GAP})?)` +
      `|(?:(?:de|het)${GAP})?(?<side>${alternation(Object.keys(STRETCH_SIDES))})${GAP}` +
      `|(?<bound>${alternation(Object.keys(BOUNDS))})${GAP})?` +
      `(?<parts>${DURATION_PARTS})` +
      `(?:${GAP}?(?<rel>na|voor|vóór|vanaf)${GAP}(?<day>${alternation(Object.keys(DAYS))})${WORD_END}` +
      `|${GAP}?in${GAP}(?<future>de${GAP}toekomst|het${GAP}verleden)${WORD_END})?)`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const text = context.text;
    if (g.decadeSide) {
      // "het komende decennium": the ten years after the article, as "de komende tien jaar"
      const end = start + match[0].length;
      const side = STRETCH_SIDES[normalize(g.decadeSide)];
      return { ...candidate(context, start, end, { type: 'DURATION', value: 'P10Y', anchor: 'document' }), window: stretchFrom(context.referenceSpan, [{ amount: 1, unit: 'decade' }], side)! };
    }
    const partsAt = match.indices!.groups!.parts![0];
    const lengths = readToldLengths(g.parts);
    if (!lengths.length) return null;
    const lead = !!(g.within || g.side || g.bound);
    // a list after the lead word: the stretch is its first length ("de afgelopen twee jaar, drie maanden ...");
    // a tail ("na vandaag", "in de toekomst") belongs to the one length before it, only a space between
    const length = lead ? lengths[0] : lengths[lengths.length - 1];
    const rest = g.parts.slice(length.end);
    const tailed = !!(g.day || g.future) && lengths.length === 1 && rest !== '' && rest.trim() === '';
    if (!lead && !tailed) return null;
    const { parts } = length;
    const lengthEnd = partsAt + length.end;
    const end = tailed ? start + match[0].length : lengthEnd;
    const dayWord = tailed ? g.day : undefined;
    const future = tailed ? g.future : undefined;
    const value = compoundDurationValue(parts);
    const duration = (from: number, window: DateWindow | null, mod?: string): TimexCandidate => ({
      ...candidate(context, from, end, { type: 'DURATION', value, anchor: window ? 'document' : 'none' }),
      ...(window ? { window } : {}),
      ...(mod ? { mod } : {}),
    });
    const fromToday = dayWord && /^(?:vandaag|nu)$/i.test(dayWord) && /^(?:vanaf|na)$/i.test(g.rel);
    if (g.within) {
      if (dayWord && !fromToday) return null;
      // the expression starts after "binnen", a signal; "binnen twee dagen na de aanslag", or told of the past:
      // within two days of some event, not of today
      const from = start + g.within.length - g.within.slice('binnen'.length).trimStart().length;
      if (!dayWord && (tenseAround(context, start, end) === 'past' || OWNED_AFTER.test(text.slice(end)))) return duration(from, null);
      return duration(from, stretchFrom(context.referenceSpan, parts, 'from'));
    }
    if (g.side) {
      const side = STRETCH_SIDES[normalize(g.side)];
      const following = /^(?:volgende|eerstvolgende)$/i.test(g.side) && tenseAround(context, start, end) === 'past';
      if (following || OWNED_AFTER.test(text.slice(end))) return duration(start, null);
      return duration(start, sideWindow(context.referenceSpan, parts, side));
    }
    if (future) {
      if (g.bound) return null;
      return duration(start, stretchFrom(context.referenceSpan, parts, /toekomst$/i.test(future) ? 'next' : 'past'));
    }
    // "minder dan 2 weken vanaf vandaag", "meer dan 2 weken voor vandaag"; a bare "2 weken na vandaag" is arithmetic
    if (!g.bound || !dayWord) return null;
    const offset = DAYS[normalize(dayWord)];
    const day = { start: context.referenceSpan.start + offset, end: context.referenceSpan.end + offset };
    const before = /^v[oó]{2}r$/i.test(g.rel);
    if (BOUNDS[normalize(g.bound)] === 'less') return duration(start, stretchFrom(day, parts, before ? 'upTo' : 'from'), 'LESS_THAN');
    const date = openEndFrom(day, parts, before);
    return date && resolved(context, start, end, 'DATE', date);
  },
};

/** "de afgelopen drie jaar": the shared stretch; a vague count ("de afgelopen enkele dagen") is drawn as a few. */
function sideWindow(reference: DaySpan, parts: readonly DurationPart[], side: StretchSide): DateWindow | null {
  if (parts.length === 1 && parts[0].amount === undefined) {
    const window = stretchFrom(reference, [{ amount: FEW, unit: parts[0].unit }], side);
    return window && { ...window, ...(side === 'past' ? { vagueStart: true } : { vagueEnd: true }) };
  }
  return stretchFrom(reference, parts, side);
}
