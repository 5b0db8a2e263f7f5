/**
 * Offsets: from the document date ("twee weken geleden", "drie dagen geleden", "over twee weken", "enkele jaren
 * geleden") or from the previous date in the text ("drie dagen later", "een jaar eerder", "de dag erna", "de volgende
 * dag", "het volgende jaar", "een week daarvoor"). The event-anchored ones are resolved against the document date first and carry a
 * pending shift that the shared refiner `anchorToPreviousDate` re-applies to the nearest preceding date; they also
 * carry `relation` ('after' / 'before') for linking events.
 * Hours and minutes are left to the duration parser: "twee uur geleden" names no day we could honestly pick.
 */
import { relativeToDocument, UNKNOWN_UNIT_VALUE, VAGUE_COUNT_RANGE, withEventShift, type Resolution } from '../../../../temporal/common/index.js';
import type { CalendarUnit } from '../../../../time/units.js';
import { unitsAway, windowValue } from '../../../../time/window.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { OFFSET_DIRECTIONS, PARTS_OF_DAY, UNITS } from '../../words.js';
import { alternation, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { isVagueQuantity, NUMBER, parseNumber, VAGUE_NUMBER } from '../numbers.js';
import { candidate, resolved } from '../resolve.js';

/**
 * "de volgende dag", "het jaar daarop", "de week erna": one unit after (or before) the previous date in the text.
 * "de volgende week" is read as "the following week" (the narrative's), unlike "volgende week" (the document's).
 */
const FOLLOWING_UNITS: Readonly<Record<string, CalendarUnit>> = {
  dag: 'day', ochtend: 'day', morgen: 'day', middag: 'day', avond: 'day', nacht: 'day', week: 'week', maand: 'month', jaar: 'year',
};

/** Plural unit nouns of a day or longer ("dagen", "jaren"). */
const PLURAL_UNITS = ['dagen', 'etmalen', 'weken', 'maanden', 'kwartalen', 'jaren', 'decennia', 'decenniën'];

export const relativeOffsetParser: TemporalParser = {
  name: 'relative-offset',
  trigger: { words: [...Object.keys(UNITS), ...Object.keys(FOLLOWING_UNITS)] },
  pattern: compile(
    `${WORD_START}(?:` +
      `(?<over>over${GAP})?(?<count>${NUMBER}|${VAGUE_NUMBER}|paar)${GAP}(?<unit>${alternation(Object.keys(UNITS))})` +
      `(?:${GAP}(?<dir>${alternation(Object.keys(OFFSET_DIRECTIONS))}))?` +
      // "maanden geleden", "jaren later": plural units without a number, as vague as "enkele"
      `|(?<bareUnit>${alternation(PLURAL_UNITS)})${GAP}(?<bareDir>${alternation(Object.keys(OFFSET_DIRECTIONS))})` +
      `|(?:de|het)${GAP}(?<theUnit>${alternation(Object.keys(FOLLOWING_UNITS))})${GAP}(?<theDir>erna|daarna|daarop|ervoor|daarvoor)` +
      `|(?:de|het)${GAP}(?<next>volgende|daaropvolgende|voorgaande)${GAP}(?<nextUnit>${alternation(Object.keys(FOLLOWING_UNITS))})` +
      `)${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    let unit: CalendarUnit;
    let amount: number | undefined;
    let direction: { sign: 1 | -1; anchor: 'document' | 'event' };
    let part: string | undefined;
    if (g.theUnit || g.nextUnit) {
      const noun = normalize(g.theUnit ?? g.nextUnit);
      unit = FOLLOWING_UNITS[noun];
      part = PARTS_OF_DAY[noun];
      amount = 1;
      const word = normalize(g.theDir ?? g.next);
      direction = { sign: /^(?:ervoor|daarvoor|voorgaande)$/.test(word) ? -1 : 1, anchor: 'event' };
    } else if (g.bareUnit) {
      unit = lookup(UNITS, g.bareUnit)! as CalendarUnit;
      amount = undefined;
      direction = OFFSET_DIRECTIONS[normalize(g.bareDir)];
    } else {
      if (!g.over && !g.dir) return null; // a plain duration
      if (g.over && g.dir) return null;
      // "binnen vijf dagen terug zijn": "terug" is the verb's ("be back"), the length a stretch from now
      if (normalize(g.dir ?? '') === 'terug' && /(?:^|[^\p{L}])binnen\s+$/iu.test(context.text.slice(Math.max(0, start - 8), start))) return null;
      const nlUnit = lookup(UNITS, g.unit)!;
      if (nlUnit === 'hour' || nlUnit === 'minute') return null;
      unit = nlUnit;
      amount = isVagueQuantity(g.count) || normalize(g.count) === 'paar' ? undefined : parseNumber(g.count);
      if (amount !== undefined && !Number.isInteger(amount)) return null;
      direction = g.over ? { sign: 1, anchor: 'document' } : OFFSET_DIRECTIONS[normalize(g.dir)];
    }
    const relation = direction.anchor === 'event' ? (direction.sign > 0 ? 'after' : 'before') : undefined;
    if (amount === undefined) {
      // "enkele maanden later": two to nine units after the previous date in the text (the refiner places it);
      // "in de maanden daarna" may be the first of them too
      if (direction.anchor === 'event') {
        const near = g.bareUnit && /^(?:daarna|erna|nadien|daarop)$/.test(normalize(g.bareDir)) ? 1 : VAGUE_COUNT_RANGE[0];
        const undated = candidate(context, start, end, { type: 'DATE', value: UNKNOWN_UNIT_VALUE[unit], anchor: 'event', relation });
        return withEventShift(undated, { unit, amount: direction.sign * near, upTo: direction.sign * VAGUE_COUNT_RANGE[1] });
      }
      return resolved(context, start, end, 'DATE', vagueOffset(context.referenceSpan, unit, direction.sign));
    }
    const resolution = relativeToDocument(context, unit, direction.sign * amount);
    // "de volgende ochtend" is a part of a day: a TIME whose value keeps the part after the re-anchored day
    const valueSuffix = part ? `T${part}` : undefined;
    const result = resolved(context, start, end, part ? 'TIME' : 'DATE', { ...resolution, value: resolution.value + (valueSuffix ?? '') }, relation);
    if (direction.anchor !== 'event') return result;
    return withEventShift(result, { unit, amount: direction.sign * amount, ...(valueSuffix ? { valueSuffix } : {}) });
  },
};

/** "enkele weken geleden": one unit somewhere two to nine units from the document date. */
function vagueOffset(span: { start: number; end: number }, unit: CalendarUnit, sign: 1 | -1): Resolution {
  const window = unitsAway(span, unit, sign * VAGUE_COUNT_RANGE[0], sign * VAGUE_COUNT_RANGE[1]);
  return { value: windowValue(window), window, anchor: 'document' };
}
