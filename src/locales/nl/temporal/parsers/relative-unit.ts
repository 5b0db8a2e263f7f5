/**
 * Calendar units relative to the document date: "deze week", "vorige maand", "volgend jaar", "dit weekend",
 * "afgelopen zomer", "vorige eeuw", and "eerder dit jaar" / "later deze maand" (a period inside the unit).
 * Against a month-only document date "deze week" is one ISO week among those touching the month (certainty within).
 */
import { partOfCurrentUnit } from '../../../../temporal/common/index.js';
import { civilDay, parseDay } from '../../../../time/calendar.js';
import { isoWeek, seasonSpan, unitSpan, type CalendarUnit, type Season } from '../../../../time/units.js';
import { relativeUnit, windowFromSpan } from '../../../../time/window.js';
import type { ParseContext, TemporalParser } from '../../../../temporal/contract.js';
import { RELATIVE_DETERMINERS, SEASON_WORDS } from '../../words.js';
import { alternation, compile, GAP, normalize, WORD_END, WORD_START } from '../pattern.js';
import { candidate, dateCandidate } from '../resolve.js';
import type { DateWindow } from '../../../../types.js';

const UNIT_NOUNS: Readonly<Record<string, CalendarUnit | 'weekend'>> = {
  week: 'week', maand: 'month', jaar: 'year', kwartaal: 'quarter', eeuw: 'century', decennium: 'decade',
  halfjaar: 'half', weekend: 'weekend',
};

export const relativeUnitParser: TemporalParser = {
  name: 'relative-unit',
  trigger: { words: [...Object.keys(UNIT_NOUNS), ...Object.keys(SEASON_WORDS)] },
  pattern: compile(
    `${WORD_START}(?:(?<within>eerder|later)${GAP})?(?<det>${alternation(Object.keys(RELATIVE_DETERMINERS))})${GAP}` +
      `(?<unit>${alternation([...Object.keys(UNIT_NOUNS), ...Object.keys(SEASON_WORDS)])})${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const offset = RELATIVE_DETERMINERS[normalize(g.det)];
    const noun = normalize(g.unit);
    const season = SEASON_WORDS[noun];
    if (season) return dateCandidate(context, start, end, seasonWindow(context, season, offset), 'document');
    const unit = UNIT_NOUNS[noun];
    // "het afgelopen decennium", "het komende decennium": the ten years before or after the article, a stretch (the
    // stretch parser's), not the calendar decade; "het vorige decennium" stays the calendar one
    if (unit === 'decade' && !g.within && /(?:afgelopen|voorbije|komende|aankomende)$/i.test(normalize(g.det))) return null;
    if (unit === 'weekend') return weekendCandidate(context, start, end, offset);
    const window = relativeUnit(context.referenceSpan, unit, offset);
    if (!g.within || offset !== 0) return dateCandidate(context, start, end, window, 'document');
    // "eerder dit jaar": from the unit's start up to the day before the document date; "later dit jaar": from it to
    // the unit's end.
    const earlier = g.within.toLowerCase() === 'eerder';
    const period = partOfCurrentUnit(context, unit, earlier ? 'before' : 'after');
    if (!period) return dateCandidate(context, start, end, window, 'document');
    return candidate(context, start, end, {
      type: 'DATE', value: earlier ? 'PAST_REF' : 'FUTURE_REF', window: period, anchor: 'document',
    });
  },
};

/**
 * "afgelopen zomer": the last such season that had ended before the document date; "komende zomer": the next one to
 * start after it; "deze zomer": the one of the document's year (a winter: the one running at or after the date).
 */
function seasonWindow(context: ParseContext, season: Season, offset: number): DateWindow {
  const span = context.referenceSpan;
  const pick = (n: number): { start: number; end: number } => {
    const year = civilDay(n).year;
    const around = [year - 2, year - 1, year, year + 1].map((y) => seasonSpan(y, season));
    if (offset < 0) return around.filter((s) => s.end < n).at(-1)!;
    if (offset > 0) return around.find((s) => s.start > n)!;
    return season === 'WI' ? around.find((s) => s.end >= n)! : seasonSpan(year, season);
  };
  const first = pick(span.start);
  const last = pick(span.end);
  return windowFromSpan({ start: first.start, end: last.end }, 'season', first.start === last.start ? 'exact' : 'within');
}

/** "dit weekend": Saturday and Sunday of the document's ISO week; value `2020-W33-WE`. */
function weekendCandidate(context: ParseContext, start: number, end: number, offset: number) {
  const weeks = relativeUnit(context.referenceSpan, 'week', offset);
  const firstSaturday = parseDay(weeks.earliest) + 5;
  const lastSunday = parseDay(weeks.latest);
  const single = lastSunday - firstSaturday === 1;
  const window = windowFromSpan({ start: firstSaturday, end: lastSunday }, 'day', single ? 'exact' : 'within');
  const a = isoWeek(firstSaturday);
  const b = isoWeek(lastSunday);
  const year = a.year === b.year ? String(a.year) : 'XXXX';
  const week = single ? String(a.week).padStart(2, '0') : 'XX';
  return candidate(context, start, end, { type: 'DATE', value: `${year}-W${week}-WE`, window, anchor: 'document' });
}
