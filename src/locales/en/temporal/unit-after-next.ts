/**
 * The unit after the next one: "the week after next", "the month after the next", "the year after next", "the
 * weekend after next" (two units from the document's, the weekend of the week after next).
 */
import { candidate, relativeToDocument, weekendOfWeek, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import type { CalendarUnit } from '../../../time/units.js';

const UNITS: Readonly<Record<string, CalendarUnit | 'weekend'>> = { week: 'week', month: 'month', year: 'year', weekend: 'weekend', quarter: 'quarter' };

export const unitAfterNext: TemporalParser = {
  name: 'unit-after-next',
  trigger: { words: Object.keys(UNITS) },
  pattern: wordPattern('the\\s+(week|month|year|weekend|quarter)\\s+after\\s+(?:the\\s+)?next(?!\\s+(?:to|one|time|step|meeting)\\b)'),
  extract(match, context) {
    const unit = UNITS[match[1].toLowerCase()];
    return candidate(match, 'DATE', unit === 'weekend' ? weekendOfWeek(context, 2) : relativeToDocument(context, unit, 2));
  },
};
