/**
 * Offsets: from the document date ("twee weken geleden", "drie dagen geleden", "over twee weken", "enkele jaren
 * geleden") or from the previous date in the text ("drie dagen later", "een jaar eerder", "de dag erna", "de volgende
 * dag", "het volgende jaar", "een week daarvoor"). The event-anchored ones are resolved against the document date first and carry a
 * pending shift that the shared refiner `anchorToPreviousDate` re-applies to the nearest preceding date; they also
 * carry `relation` ('after' / 'before') for linking events.
 * Hours and minutes are left to the duration parser: "twee uur geleden" names no day we could honestly pick.
 * Decision (day or unit): days and weeks land on a day ("over twee weken" is the day fourteen days on, as the
 * English parsers and MEANTIME's "a week ago" have it), months and longer on their unit ("een maand geleden" is
 * last month, "twee jaar geleden" that year: TIMEX3 keeps the unit named). Counted otherwise than in one unit they
 * land on their finest part: "1 maand en 21 dagen geleden", "over 2 jaar en 21 dagen", "over vier werkdagen",
 * "twee zondagen vanaf nu", "twee maandagen later".
 */
import {
  countedFromDocument, countUnit, relativeToDocument, UNKNOWN_UNIT_VALUE, VAGUE_COUNT_RANGE, withEventShift, type DayCount, type DayOffset, type Resolution,
} from '../../../../temporal/common/index.js';
import type { CalendarUnit } from '../../../../time/units.js';
import { unitsAway, windowValue } from '../../../../time/window.js';
import type { ParseContext, TemporalParser, TimexCandidate } from '../../../../temporal/contract.js';
import { NUMBER_WORDS, OFFSET_DIRECTIONS, PARTS_OF_DAY, UNITS, WEEKDAYS } from '../../words.js';
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

/** Words after an amount that count it from now: "twee weken vanaf nu", "drie dagen van nu af". */
const FROM_NOW: readonly string[] = ['vanaf nu', 'van nu af', 'van nu af aan'];
/** Working days: "over vier werkdagen". */
const WORKING_DAYS: readonly string[] = ['werkdag', 'werkdagen'];
/** Plural weekdays ("twee zondagen vanaf nu") and the weekday each counts. */
const WEEKDAY_PLURALS: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(WEEKDAYS).map(([w, n]) => [`${w}en`, n]));
const DIRECTIONS = [...Object.keys(OFFSET_DIRECTIONS), ...FROM_NOW];
/**
 * The later parts of a compound amount: ", 1 maand en 21 dagen". Their numbers are digits or small number words: a
 * short pattern keeps the whole one quick to compile.
 */
const SMALL_NUMBER = `(?:\\d{1,4}|${alternation(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w] <= 12))})`;
/** One part of an amount, to read a compound one part by part. */
const PART_OF_AMOUNT = new RegExp(`(${NUMBER})${GAP}(${alternation([...Object.keys(UNITS), ...WORKING_DAYS])})`, 'giu');
const MORE_PARTS = `(?<more>(?:,?${GAP}(?:en${GAP})?${SMALL_NUMBER}${GAP}${alternation(Object.keys(UNITS))}){1,2})`;

/** Words after "over twee dagen" that count it from a date named next ("vanaf morgen", "na Kerstmis"). */
const COUNTED_FROM = new RegExp(`^${GAP}(?:vanaf|na|gerekend${GAP}vanaf)${GAP}`, 'iu');

/** "terug" closing a match after "over": the verb's particle ("ik ga over twee weken terug"). */
const TRAILING_TERUG = new RegExp(`${GAP}terug$`, 'iu');

/** Plural unit nouns of a day or longer ("dagen", "jaren"). */
const PLURAL_UNITS = ['dagen', 'etmalen', 'weken', 'maanden', 'kwartalen', 'jaren', 'decennia', 'decenniën'];

export const relativeOffsetParser: TemporalParser = {
  name: 'relative-offset',
  trigger: { words: [...Object.keys(UNITS), ...Object.keys(FOLLOWING_UNITS), ...WORKING_DAYS, ...Object.keys(WEEKDAYS)] },
  pattern: compile(
    `${WORD_START}(?:` +
      `(?<over>over${GAP})?(?<count>${NUMBER}|${VAGUE_NUMBER}|paar)${GAP}(?:` +
      `(?<unit>${alternation([...Object.keys(UNITS), ...WORKING_DAYS])})${MORE_PARTS}?(?:${GAP}(?<dir>${alternation(DIRECTIONS)}))?` +
      // "twee zondagen vanaf nu", "twee maandagen later": the nth such weekday from now or from the previous date
      `|(?<weekdays>${alternation(Object.keys(WEEKDAY_PLURALS))})${GAP}(?<wdir>${alternation(DIRECTIONS)})` +
      `)` +
      // "maanden geleden", "jaren later": plural units without a number, as vague as "enkele"
      `|(?<bareUnit>${alternation(PLURAL_UNITS)})${GAP}(?<bareDir>${alternation(Object.keys(OFFSET_DIRECTIONS))})` +
      `|(?:de|het)${GAP}(?<theUnit>${alternation(Object.keys(FOLLOWING_UNITS))})${GAP}(?<theDir>erna|daarna|daarop|ervoor|daarvoor)` +
      `|(?:de|het)${GAP}(?<next>volgende|daaropvolgende|voorgaande)${GAP}(?<nextUnit>${alternation(Object.keys(FOLLOWING_UNITS))})` +
      // "volgende dag" without its article is still the day after the one told ("volgende week" is the document's)
      `|(?<next2>volgende|daaropvolgende)${GAP}(?<nextDay>dag)` +
      `)${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    let start = match.index;
    let end = start + match[0].length;
    let unit: CalendarUnit;
    let amount: number | undefined;
    let direction: { sign: 1 | -1; anchor: 'document' | 'event' };
    let part: string | undefined;
    if (g.weekdays || g.more || (g.unit && WORKING_DAYS.includes(normalize(g.unit)))) return counted(match, context);
    if (g.theUnit || g.nextUnit || g.nextDay) {
      const noun = normalize(g.theUnit ?? g.nextUnit ?? g.nextDay);
      unit = FOLLOWING_UNITS[noun];
      part = PARTS_OF_DAY[noun];
      amount = 1;
      const word = normalize(g.theDir ?? g.next ?? g.next2);
      direction = { sign: /^(?:ervoor|daarvoor|voorgaande)$/.test(word) ? -1 : 1, anchor: 'event' };
    } else if (g.bareUnit) {
      unit = lookup(UNITS, g.bareUnit)! as CalendarUnit;
      amount = undefined;
      direction = directionOf(g.bareDir);
    } else {
      if (!g.over && !g.dir) return null; // a plain duration
      // "over twee dagen vanaf morgen": the amount counts from the date after it (the offset-from-anchor refiner)
      if (g.over && !g.dir && COUNTED_FROM.test(context.text.slice(end, end + 24))) return null;
      // "over twee weken terug": "terug" belongs to the verb ("ga ... terug"), not to the amount; in "over twee weken
      // vanaf nu" "over" adds nothing
      if (g.over && g.dir) {
        if (FROM_NOW.includes(normalize(g.dir))) start += g.over.length;
        else if (normalize(g.dir) === 'terug') end = start + match[0].search(TRAILING_TERUG);
        else return null;
      }
      // "binnen vijf dagen terug zijn": "terug" is the verb's ("be back"), the length a stretch from now
      if (normalize(g.dir ?? '') === 'terug' && /(?:^|[^\p{L}])binnen\s+$/iu.test(context.text.slice(Math.max(0, start - 8), start))) return null;
      const nlUnit = lookup(UNITS, g.unit)!;
      if (nlUnit === 'hour' || nlUnit === 'minute') return null;
      unit = nlUnit;
      amount = isVagueQuantity(g.count) || normalize(g.count) === 'paar' ? undefined : parseNumber(g.count);
      if (amount !== undefined && !Number.isInteger(amount)) return null;
      direction = g.over ? { sign: 1, anchor: 'document' } : directionOf(g.dir);
      // a week counted from a day lands on a day: "over twee weken" is fourteen days on
      if (unit === 'week' && amount !== undefined) [unit, amount] = ['day', 7 * amount];
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

/** Which way and from what an amount counts, by the word after it ("geleden", "later", "vanaf nu"). */
function directionOf(word: string): { sign: 1 | -1; anchor: 'document' | 'event' } {
  return lookup(OFFSET_DIRECTIONS, word) ?? { sign: 1, anchor: 'document' };
}

/**
 * A compound amount, working days or weekdays, from now or from the previous date: "1 maand en 21 dagen geleden",
 * "over 2 jaar en 21 dagen", "2 jaar, 21 dagen later", "over vier werkdagen", "twee zondagen vanaf nu".
 */
function counted(match: RegExpExecArray, context: ParseContext): TimexCandidate | null {
  const g = match.groups!;
  let start = match.index;
  let end = start + match[0].length;
  let word: string | undefined = g.wdir ?? g.dir;
  if (!g.over && !word) return null; // "2 jaar en 3 maanden": a duration
  if (g.over && word) {
    if (FROM_NOW.includes(normalize(word))) start += g.over.length; // "over twee zondagen vanaf nu": "over" adds nothing
    else if (normalize(word) === 'terug') [word, end] = [undefined, start + match[0].search(TRAILING_TERUG)];
    else return null;
  }
  const direction = word === undefined ? { sign: 1 as const, anchor: 'document' as const } : directionOf(word);
  let count: DayCount;
  if (g.weekdays) {
    const n = parseNumber(g.count);
    if (!n || !Number.isInteger(n)) return null;
    count = { kind: 'weekdays', weekday: WEEKDAY_PLURALS[normalize(g.weekdays)], count: direction.sign * n };
  } else {
    const offset: DayOffset = {};
    const parts = `${g.count} ${g.unit}${g.more ?? ''}`;
    const part = new RegExp(PART_OF_AMOUNT);
    let working: number | undefined;
    for (let p = part.exec(parts); p; p = part.exec(parts)) {
      const n = parseNumber(p[1]);
      const noun = normalize(p[2]);
      if (n === undefined || !Number.isInteger(n)) return null;
      if (WORKING_DAYS.includes(noun)) {
        working = n;
        continue;
      }
      const key = ({ day: 'days', week: 'weeks', month: 'months', year: 'years' } as const)[lookup(UNITS, noun) as 'day'];
      if (!key) return null; // hours, quarters, decades: no compound of those here
      offset[key] = (offset[key] ?? 0) + n;
    }
    if (working !== undefined) {
      if (Object.keys(offset).length) return null;
      count = { kind: 'working-days', days: direction.sign * working };
    } else count = { kind: 'offset', offset, sign: direction.sign };
  }
  const relation = direction.anchor === 'event' ? (direction.sign > 0 ? 'after' : 'before') : undefined;
  const result = resolved(context, start, end, 'DATE', countedFromDocument(context, count), relation);
  if (direction.anchor !== 'event') return result;
  return withEventShift(result, { unit: countUnit(count), amount: 0, count });
}

/** "enkele weken geleden": one unit somewhere two to nine units from the document date. */
function vagueOffset(span: { start: number; end: number }, unit: CalendarUnit, sign: 1 | -1): Resolution {
  const window = unitsAway(span, unit, sign * VAGUE_COUNT_RANGE[0], sign * VAGUE_COUNT_RANGE[1]);
  return { value: windowValue(window), window, anchor: 'document' };
}
