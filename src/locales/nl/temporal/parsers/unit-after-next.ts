/**
 * The unit after the next one: "de week na de volgende", "de maand na de volgende", "het jaar na het volgende",
 * "het weekend na het volgende" (two units from the document's, the weekend of the week after next).
 */
import { relativeToDocument, weekendOfWeek } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import type { CalendarUnit } from '../../../../time/units.js';
import { compile, GAP, normalize, WORD_END, WORD_START } from '../pattern.js';
import { resolved } from '../resolve.js';

const UNITS: Readonly<Record<string, CalendarUnit | 'weekend'>> = { week: 'week', maand: 'month', jaar: 'year', weekend: 'weekend', kwartaal: 'quarter' };

export const unitAfterNextParser: TemporalParser = {
  name: 'unit-after-next',
  trigger: { words: Object.keys(UNITS) },
  pattern: compile(`${WORD_START}(?:de|het)${GAP}(?<unit>week|maand|jaar|weekend|kwartaal)${GAP}na${GAP}(?:de|het)${GAP}volgende${WORD_END}`),
  extract(match, context) {
    const unit = UNITS[normalize(match.groups!.unit)];
    const resolution = unit === 'weekend' ? weekendOfWeek(context, 2) : relativeToDocument(context, unit, 2);
    return resolved(context, match.index, match.index + match[0].length, 'DATE', resolution);
  },
};
