/**
 * Calendar units relative to the document date: "this week", "last month", "next year", "this weekend", "the end of
 * last year", "earlier this week", "the current quarter", "the last quarter", "the beginning of the year". "the past
 * year" names a stretch of time up to now: a TIMEX3 DURATION of one unit.
 */
import { candidate, durationValue, relativeToDocument, triggerReach, unanchored, weekdayNear, withMod, wordPattern } from '../../../temporal/common/index.js';
import type { ParseContext, TemporalParser, TimexCandidate } from '../../../temporal/contract.js';
import type { DateWindow } from '../../../types.js';
import { relativeUnit, spanOfWindow, windowFromSpan, windowValue } from '../../../time/window.js';
import { CALENDAR_UNITS, RELATIVE_WORDS } from '../words.js';
import { MONTH, PART_PREFIX, directionOf, partMod, tenseAt } from './shared.js';

const UNITS = Object.keys(CALENDAR_UNITS).join('|');
/** What goes before the unit word (the trigger), and the unit word with what follows it. */
const LEAD = `${PART_PREFIX}(?:(earlier|later)\\s+)?(the\\s+)?(?:(this\\s+past|this\\s+coming|this|last|next|past|previous|coming|current|following)\\s+)?`;
const TAIL = `(${UNITS})(?:['’]s)?`;
const MONTH_OR_YEAR_AFTER = new RegExp(`^\\s+of\\s+(?:${MONTH}|\\d{4})`, 'iu');

function theWeekend(match: RegExpExecArray, context: ParseContext): TimexCandidate {
  const end = match.index + match[0].length;
  const saturday = weekdayNear(context, 6, directionOf(tenseAt(context, match.index, end), 'past'));
  const span = spanOfWindow(saturday.window!);
  const exact = span.start === span.end;
  const window = exact ? windowFromSpan({ start: span.start, end: span.start + 1 }, 'day', 'exact') : windowFromSpan({ start: span.start, end: span.end + 1 }, 'week', 'within');
  const value = `${windowValue(windowFromSpan({ start: span.start, end: span.end }, 'week', exact ? 'exact' : 'within'))}-WE`;
  return candidate(match, 'DATE', { value, window, anchor: 'document' });
}

/** The part of the current unit before (`earlier`) or after the document date: one day somewhere in it. */
function partBeside(unit: DateWindow, context: ParseContext, earlier: boolean): DateWindow {
  const span = spanOfWindow(unit);
  const reference = context.referenceSpan;
  const part = earlier ? { start: span.start, end: Math.min(span.end, reference.end) } : { start: Math.max(span.start, reference.start), end: span.end };
  return part.start <= part.end ? windowFromSpan(part, 'day', part.start === part.end ? 'exact' : 'within') : unit;
}

export const relativeUnitParser: TemporalParser = {
  name: 'relative-unit',
  trigger: { words: ['week', 'month', 'quarter', 'year', 'decade', 'century'], ...triggerReach([[LEAD, TAIL]]) },
  pattern: wordPattern(LEAD + TAIL),
  extract(match, context) {
    const [, prefix, earlierLater, article, relative, unitWord] = match;
    // "the weekend" alone: the last one in a past sentence, the coming one in a future sentence.
    if (!relative && !prefix && !earlierLater && article && unitWord.toLowerCase() === 'weekend') return theWeekend(match, context);
    // A unit with only an article counts after a part-of prefix: "the beginning of the year" is this year's.
    if (!relative && !(prefix && article)) return null;
    const rel = relative?.toLowerCase().replace(/\s+/g, ' ') ?? 'this';
    const unit = CALENDAR_UNITS[unitWord.toLowerCase()];
    const to = /['’]s$/.test(match[0]) ? match[0].length - 2 : match[0].length;
    // "the past decade", "the coming decade": the ten years before or after the article, a stretch (the stretch
    // parser's), not the calendar decade; "last decade", "next decade" without "the" stay the calendar ones
    if (article && !prefix && !earlierLater && unit === 'decade' && /^(?:past|last|next|coming)$/.test(rel)) return null;
    if (article && !prefix && !earlierLater) {
      // "the past year": a stretch reaching back from now, not a calendar unit ("the last year" is the previous one).
      if (rel === 'past') {
        return unanchored(match, 'DURATION', durationValue(1, unit === 'weekend' ? 'day' : unit), undefined, { to });
      }
      // "the following year", "the previous month": anchored to another date; left to the event-relative parser.
      if (rel === 'following' || rel === 'previous' || rel === 'next') return null;
    }
    // "the last week of March" is the week-of-month parser's job.
    if (MONTH_OR_YEAR_AFTER.test(context.text.slice(match.index + to, match.index + to + 16))) return null;
    const offset = RELATIVE_WORDS[rel];
    if (offset === undefined) return null;
    if (unit === 'weekend') {
      const week = relativeUnit(context.referenceSpan, 'week', offset);
      const span = spanOfWindow(week);
      const window = week.certainty === 'exact' ? windowFromSpan({ start: span.end - 1, end: span.end }, 'day', 'exact') : windowFromSpan(span, 'week', 'within');
      const base = relativeToDocument(context, 'week', offset);
      return candidate(match, 'DATE', { ...base, value: `${base.value}-WE`, window }, { to });
    }
    const resolution = withMod(relativeToDocument(context, unit, offset), partMod(prefix));
    // "earlier this week": one day of this week up to the article's; "later this month": from it to the month's end
    if (earlierLater && offset === 0 && !prefix && resolution.window) resolution.window = partBeside(resolution.window, context, earlierLater.toLowerCase() === 'earlier');
    return candidate(match, 'DATE', resolution, { to });
  },
};
