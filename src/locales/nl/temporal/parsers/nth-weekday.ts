/**
 * The nth weekday of a month: "de eerste vrijdag van juli", "de tweede maandag van de volgende maand", "de laatste
 * maandag in april", "de derde dinsdag van september 2021", and alone "de tweede zondag" (of the document's month).
 * A month that has no such day ("de vijfde zondag" of a month with four) gives nothing.
 * Alone, the phrase must not count something else: "zijn eerste zondag als trainer", "elke tweede dinsdag" (a set),
 * "de tweede zondag op rij", "de eerste maandag na de vakantie", "de eerste zondag van de advent" name no day here.
 */
import { absoluteUnit, nthWeekdayInMonths, relativeToDocument, type Resolution } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { FULL_MONTH_NAMES, MONTHS, RELATIVE_DETERMINERS, WEEKDAYS } from '../../words.js';
import { alternation, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { resolved } from '../resolve.js';
import { yearlessMonth } from '../yearless.js';
import { nameBeforeWeekday } from './weekday.js';

/** Which one of the month's weekdays: the first to the fifth, or the last. */
const NTH: Readonly<Record<string, number>> = {
  eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, laatste: -1,
  '1e': 1, '1ste': 1, '2e': 2, '2de': 2, '3e': 3, '3de': 3, '4e': 4, '4de': 4, '5e': 5, '5de': 5,
};
const MONTH_DETERMINERS = ['deze', 'dit', 'vorige', 'afgelopen', 'volgende', 'komende', 'aanstaande'];
/** Words before a bare "tweede zondag" that make it no day of the document's month ("elke tweede zondag"). */
const NOT_A_DAY_BEFORE = /(?:^|[^\p{L}])(?:elke|iedere|ieder|zijn|haar|hun|z'n|mijn|onze|jouw|uw|hun|een)\s{1,3}$/iu;
/** Words after a bare one that count something else ("de tweede zondag op rij", "... na de verkiezingen"). */
const NOT_A_DAY_AFTER = /^[ \t]{1,3}(?:op[ \t]+rij|achter[ \t]+elkaar|na|sinds|voor|van|in|nadat|waarop|dat|die)(?![\p{L}])/iu;

export const nthWeekdayParser: TemporalParser = {
  name: 'nth-weekday',
  trigger: { words: Object.keys(WEEKDAYS) },
  pattern: compile(
    `${WORD_START}(?:de${GAP})?(?<nth>${alternation(Object.keys(NTH))})${GAP}(?<weekday>${alternation(Object.keys(WEEKDAYS))})` +
      `(?:${GAP}(?:van|in)${GAP}(?:` +
      `(?<month>${alternation(FULL_MONTH_NAMES)})(?:${GAP}(?<year>\\d{4}))?` +
      `|(?:(?:de|het)${GAP})?(?:(?<det>${alternation(MONTH_DETERMINERS)})${GAP})?maand` +
      `))?${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const weekdayAt = start + match[0].toLowerCase().indexOf(normalize(g.weekday), match[0].indexOf(g.nth) + g.nth.length);
    if (nameBeforeWeekday(context.text, weekdayAt, g.weekday)) return null;
    const nth = NTH[normalize(g.nth)];
    const weekday = WEEKDAYS[normalize(g.weekday)];
    let month: Resolution | null;
    if (g.month) {
      const number = MONTHS[normalize(g.month)];
      month = g.year ? absoluteUnit('month', Number(g.year), number) : yearlessMonth(context, number, start, end);
    } else if (/maand$/i.test(match[0])) {
      month = relativeToDocument(context, 'month', g.det ? (lookup(RELATIVE_DETERMINERS, g.det) ?? 0) : 0);
    } else {
      // alone: "de tweede zondag" of the document's month; "laatste zondag" alone is the weekday parser's
      if (nth < 0 || NOT_A_DAY_BEFORE.test(context.text.slice(Math.max(0, start - 12), start))) return null;
      if (NOT_A_DAY_AFTER.test(context.text.slice(end, end + 16))) return null;
      month = relativeToDocument(context, 'month', 0);
    }
    const resolution = month ? nthWeekdayInMonths(month, weekday, nth) : null;
    return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
  },
};
