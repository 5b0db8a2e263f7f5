/**
 * Part of a month or year: "begin augustus", "eind 2019", "medio 2021", "half juli", "halverwege 2020",
 * "eind vorig jaar", "begin deze maand", "het einde van het jaar", "eind jaren negentig".
 * The value is the whole unit's with TIMEX3 mod START, MID or END; the shared `withMod` narrows the window to the
 * named third of the unit when the unit itself is known exactly.
 */
import { absoluteUnit, relativeToDocument, withMod, type Resolution } from '../../../../temporal/common/index.js';
import type { CalendarUnit } from '../../../../time/units.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { PART_MODIFIERS, RELATIVE_DETERMINERS } from '../../words.js';
import { alternation, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { resolved } from '../resolve.js';
import { yearlessMonth } from '../yearless.js';
import { MONTH, monthNumber } from './absolute-date.js';
import { DECADE, decadeResolution } from './decade-century.js';

const UNIT_NOUNS: Readonly<Record<string, CalendarUnit>> = { week: 'week', maand: 'month', jaar: 'year', eeuw: 'century' };
/** "het jaar", "de maand": the document's own unit. */
const THE = ['het', 'de'];

export const partOfUnitParser: TemporalParser = {
  name: 'part-of-unit',
  trigger: { words: ['begin', 'medio', 'half', 'halverwege', 'midden', 'eind', 'ultimo'] },
  pattern: compile(
    `${WORD_START}(?<mod>${alternation(Object.keys(PART_MODIFIERS))})${GAP}(?:` +
      `(?<month>${MONTH})(?:${GAP}(?<monthYear>\\d{4})${WORD_END})?` +
      `|(?<year>\\d{4})${WORD_END}` +
      `|(?<det>${alternation([...Object.keys(RELATIVE_DETERMINERS), ...THE])})${GAP}(?<unit>${alternation(Object.keys(UNIT_NOUNS))})${WORD_END}` +
      `|(?:de${GAP})?(?<decade>${DECADE})` +
      `)`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    let end = start + match[0].length;
    const mod = lookup(PART_MODIFIERS, g.mod)!;
    // "half" alone before a year is rare and "half 2020" is mid-2020, but "half twee" is a clock time (not matched here).
    let resolution: Resolution | null;
    if (g.month) {
      if (!g.monthYear && match[0].endsWith('.')) end -= 1;
      const month = monthNumber(g.month);
      resolution = g.monthYear ? absoluteUnit('month', Number(g.monthYear), month) : yearlessMonth(context, month, start, end);
    } else if (g.year) {
      resolution = absoluteUnit('year', Number(g.year));
    } else if (g.unit) {
      const det = normalize(g.det);
      const offset = THE.includes(det) ? 0 : RELATIVE_DETERMINERS[det];
      // "einde van de maand" needs "van": the bare "eind het jaar" is not Dutch
      if (THE.includes(det) && !/van$/i.test(normalize(g.mod))) return null;
      resolution = relativeToDocument(context, UNIT_NOUNS[normalize(g.unit)], offset);
    } else {
      resolution = decadeResolution(context, match);
    }
    if (!resolution) return null;
    return resolved(context, start, end, 'DATE', withMod(resolution, mod));
  },
};
