/**
 * Durations: "26 jaar", "drie maanden", "ruim een jaar", "tientallen jaren", "een paar dagen", "een half uur",
 * "anderhalf jaar", "een kwartier", "jarenlang". A vague quantity becomes X ("enkele dagen" → PXD).
 * A bound or approximation before it becomes the TIMEX3 mod ("ruim" MORE_THAN, "bijna" LESS_THAN, "zo'n" APPROX).
 * Values are spelled by the shared `durationValue` (decades and centuries in years: "twee decennia" is P20Y).
 */
import { durationValue } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { DURATION_MODIFIERS, UNIT_LONG_ADVERBS, UNITS, type NlUnit } from '../../words.js';
import { alternation, compile, GAP, normalize, WORD_END, WORD_START } from '../pattern.js';
import { isVagueQuantity, NUMBER, parseNumber, VAGUE_NUMBER } from '../numbers.js';
import { candidate } from '../resolve.js';

/** Half of a unit, written in the next smaller unit where TIMEX3 prefers it: "een half uur" is PT30M. */
function halfValue(count: number, unit: NlUnit): string {
  if (unit === 'hour') return `PT${count * 60}M`;
  if (unit === 'year') return `P${count * 12}M`;
  if (unit === 'day') return `PT${count * 24}H`;
  if (unit === 'century') return `P${count * 100}Y`;
  return durationValue(count, unit);
}

export const durationParser: TemporalParser = {
  name: 'duration',
  // "jarenlang" starts with "jaren"
  trigger: { words: [...Object.keys(UNITS), 'kwartier'] },
  pattern: compile(
    `${WORD_START}(?:(?<mod>${alternation(Object.keys(DURATION_MODIFIERS))})${GAP})?` +
      `(?:(?<half>(?:een${GAP})?(?:half|halve)|anderhalf|anderhalve)${GAP}(?<halfUnit>uur|dag|week|jaar|maand|eeuw)` +
      `|(?<quarters>(?:een|drie|\\d)${GAP})?kwartier` +
      `|(?<count>${NUMBER}|${VAGUE_NUMBER})${GAP}(?<unit>${alternation(Object.keys(UNITS))})` +
      `|(?<long>${alternation(Object.keys(UNIT_LONG_ADVERBS))}))${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const mod = g.mod ? DURATION_MODIFIERS[normalize(g.mod)] : undefined;
    let value: string;
    if (g.half) {
      const unit = UNITS[normalize(g.halfUnit)];
      value = halfValue(/^ander/i.test(g.half) ? 1.5 : 0.5, unit);
    } else if (g.long) {
      value = durationValue(undefined, UNIT_LONG_ADVERBS[normalize(g.long)]);
    } else if (match[0].toLowerCase().endsWith('kwartier')) {
      const n = g.quarters ? (parseNumber(g.quarters) ?? 1) : 1;
      value = `PT${15 * n}M`;
    } else {
      const unit = UNITS[normalize(g.unit)];
      const count = isVagueQuantity(g.count) ? undefined : parseNumber(g.count);
      if (count === 0) return null;
      value = durationValue(count, unit);
    }
    return candidate(context, start, end, { type: 'DURATION', value, anchor: 'none', ...(mod ? { mod } : {}) });
  },
};
