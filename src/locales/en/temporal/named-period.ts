/**
 * Named periods: "the week after next" (two weeks on), "the year after next", "the weekend after the next", "the
 * rest of the week" (from the document date to the unit's end), and fiscal years: "fiscal year 2015", "FY2015",
 * "fiscal 2015", "the 2015 fiscal year" (value FY2015; the organisation's own months unknown, so a year-long stretch
 * ending somewhere in 2015).
 */
import { candidate, fiscalYear, relativeToDocument, restOfUnit, triggerReach, unitFromDocument, wordPattern, type Resolution } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { isoWeek, type CalendarUnit } from '../../../time/units.js';
import { spanOfWindow, windowFromSpan } from '../../../time/window.js';

const UNITS: Readonly<Record<string, CalendarUnit>> = { week: 'week', month: 'month', year: 'year', quarter: 'quarter' };

export const namedPeriod: TemporalParser = {
  name: 'named-period',
  trigger: {
    words: ['week', 'month', 'year', 'quarter', 'rest', 'fiscal', 'financial', 'fy'],
    // the alternatives split at a trigger word each holds (a unit, or "fiscal", "financial", "FY")
    ...triggerReach([
      ['the\\s+', '(week|weekend|month|year|quarter)\\s+after\\s+(?:the\\s+)?next'],
      ['(?:the\\s+)?rest\\s+(?:of\\s+)?(?:(?:the|this|current|the\\s+current|my|our|his|her|their)\\s+)?', '(week|month|year)'],
      ['(?:the\\s+)?', "(?:(?:fiscal|financial)(?:\\s+year)?|FY)\\s*['’]?(\\d{4}|\\d{2})(?!\\d|,\\d)(?:[-/](\\d{2}|\\d{4})(?!\\d))?"],
      ['the\\s+(\\d{4})\\s+', '(?:fiscal|financial)\\s+year'],
    ]),
  },
  pattern: wordPattern(
    `the\\s+(week|weekend|month|year|quarter)\\s+after\\s+(?:the\\s+)?next` +
      `|(?:the\\s+)?rest\\s+(?:of\\s+)?(?:(?:the|this|current|the\\s+current|my|our|his|her|their)\\s+)?(week|month|year)` +
      `|(?:(?:the\\s+)?(?:fiscal|financial)(?:\\s+year)?|FY)\\s*['’]?(\\d{4}|\\d{2})(?!\\d|,\\d)(?:[-/](\\d{2}|\\d{4})(?!\\d))?` +
      `|the\\s+(\\d{4})\\s+(?:fiscal|financial)\\s+year`,
  ),
  extract(match, context) {
    const [, twoUnit, restUnit, fiscal, fiscalEnd, fiscalBefore] = match;
    let resolution: Resolution | null;
    if (twoUnit) {
      const word = twoUnit.toLowerCase();
      if (word === 'weekend') {
        const week = relativeToDocument(context, 'week', 2);
        const span = spanOfWindow(week.window!);
        const exact = week.window!.certainty === 'exact';
        const window = exact ? windowFromSpan({ start: span.end - 1, end: span.end }, 'day', 'exact') : windowFromSpan(span, 'week', 'within');
        const { year, week: n } = isoWeek(span.start);
        return candidate(match, 'DATE', { value: exact ? `${year}-W${String(n).padStart(2, '0')}-WE` : `${week.value}-WE`, window, anchor: 'document' });
      }
      resolution = unitFromDocument(context, UNITS[word], 2);
    } else if (restUnit) {
      resolution = restOfUnit(context, UNITS[restUnit.toLowerCase()]);
    } else {
      // "FY2015", "fiscal 2014-15" (the year it ends in names it), "FY'15"
      const first = fiscal ?? fiscalBefore;
      const expand = (digits: string, base: number) => (digits.length === 2 ? Math.floor(base / 100) * 100 + Number(digits) : Number(digits));
      const firstYear = expand(first, context.reference.year);
      const lastYear = fiscalEnd ? expand(fiscalEnd, firstYear) : firstYear;
      if (fiscalEnd && lastYear !== firstYear + 1) return null;
      // "FY" needs capitals, and a bare "financial 15" is no year
      if (/^fy/i.test(match[0]) && !/^FY/.test(match[0])) return null;
      if (first.length === 2 && !/^FY|['’]/.test(match[0])) return null;
      resolution = fiscalYear(lastYear);
    }
    return resolution ? candidate(match, 'DATE', resolution) : null;
  },
};
