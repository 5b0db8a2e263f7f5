/** Dates in digits: "9-8-2020", "09/08/2020", "9.8.2020" (day first, as Dutch writes them) and ISO "2020-08-09", "2020-08". */
import { dayNumber, isValidDay } from '../../../../time/calendar.js';
import { exactUnit } from '../../../../time/window.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { compile, WORD_END, WORD_START } from '../pattern.js';
import { dateCandidate } from '../resolve.js';

export const numericDateParser: TemporalParser = {
  name: 'numeric-date',
  trigger: { digits: true, before: 8, after: 16 },
  pattern: compile(
    `${WORD_START}(?:(?<day>\\d{1,2})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<year>\\d{4})` +
      `|(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})(?:-(?<isoDay>\\d{2}))?)${WORD_END}(?![-/.]\\d)`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const year = Number(g.year ?? g.isoYear);
    const month = Number(g.month ?? g.isoMonth);
    const end = match.index + match[0].length;
    if (g.isoYear && g.isoDay === undefined) {
      if (month < 1 || month > 12) return null;
      return dateCandidate(context, match.index, end, exactUnit('month', dayNumber(year, month, 1)), 'absolute');
    }
    const day = Number(g.day ?? g.isoDay);
    if (!isValidDay(year, month, day)) return null;
    return dateCandidate(context, match.index, end, exactUnit('day', dayNumber(year, month, day)), 'absolute');
  },
};
