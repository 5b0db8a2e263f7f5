/**
 * Told lengths of several parts and counted stretches from the document date or a day named after them, as the
 * Dutch stretch parser reads them: "1 year 1 month 21 days" (P1Y1M21D), "2 days 1 month" (P1M2D), "2 years, 1 month
 * and 21 days ago" (a date), "(the) past 3 weeks", "next 2 days", "the last two decades", "4 weeks in the future",
 * "within 5 days", "within the next 3 years", "within the upcoming 5 years 1 month 12 days", "less than 2 weeks from
 * today", "less than 3 days after tomorrow"; and the open ends "more than 2 weeks before today" (a date, mod BEFORE)
 * and "more than 2 weeks after today" (mod AFTER).
 *
 * Windows by the shared `stretchFrom`: "the past N" and "the next N" leave the article's day out, "within N" and
 * "from today" count it as the first day; decades are ten years each ("the past 2 decades" in 2016 reaches back to
 * 1996, as a reader takes it); "the coming decade", "the next decade", "the past decade" are the ten years ahead or
 * behind (P10Y), not a calendar decade ("the 2020s"): news uses them for the years around now. "within" stays
 * outside the expression, a TIMEX3 signal. Not from the document date: "the past three days of the trial",
 * "within two days of the attack", "within a week" told in the past, "the following three days": plain durations
 * without a window (the duration parser's).
 */
import {
  alternation, compoundDurationValue, openEndFrom, shiftedByLength, stretchFrom, triggerReach, wordPattern, type DurationPart, type Resolution, type StretchSide,
} from '../../../temporal/common/index.js';
import type { ParseContext, TemporalParser, TimexCandidate } from '../../../temporal/contract.js';
import type { DaySpan } from '../../../time/units.js';
import type { DateWindow } from '../../../types.js';
import { UNITS, UNIT_SCALE, UNIT_ADJECTIVES } from '../words.js';
import { NUMBER, UNIT, numberValue, tenseAt, UNIT_WORDS } from './shared.js';

const ADJECTIVES = alternation(UNIT_ADJECTIVES);
/** A pair counts two ("a couple of days" P2D); "a few", "several" stay X, drawn as three where a window needs it. */
const COUNT = `(?:${NUMBER}|(?:a\\s+)?couple(?:\\s+of)?|a\\s+few|few|several|some)`;
/** One counted part: "3 days", "3day", "three more weeks", "an hour and a half". */
const PART = `${COUNT}(?:\\s+|-|(?<=\\d))(?:(?:${ADJECTIVES})\\s+)?${UNIT}(?![\\p{L}])(?:\\s+and\\s+(?:a\\s+)?half)?`;
const JOIN = `(?:,?\\s+and\\s+|,\\s*|\\s+)`;
/** Up to three parts, one copy of the count in a bounded repeat; a join after the last may be read too. */
const PARTS = `(?:${PART}${JOIN}?){1,3}`;
const PART_READER = new RegExp(
  `(?<count>${COUNT})(?:\\s+|-|(?<=\\d))(?:(?:${ADJECTIVES})\\s+)?(?<unit>${UNIT})(?![\\p{L}])(?<half>\\s+and\\s+(?:a\\s+)?half)?`,
  'giu',
);

/** Side words before a counted stretch: "the past three days", "next 2 days". */
const SIDES: Readonly<Record<string, StretchSide>> = { past: 'past', last: 'past', previous: 'past', next: 'next', coming: 'next', upcoming: 'next' };
/** Days a bound can count from. */
const DAYS: Readonly<Record<string, number>> = { today: 0, now: 0, tomorrow: 1, yesterday: -1 };
const BOUNDS: Readonly<Record<string, 'less' | 'more'>> = { 'less than': 'less', 'fewer than': 'less', under: 'less', 'more than': 'more', over: 'more' };
/** After a stretch, words that tie it to something else: "the past three days of the trial", "within two days of it". */
const OWNED_AFTER = /^[ \t]*(?:of|before|after|since|following)(?![\p{L}])/iu;
const FEW = 3;

interface Length {
  parts: DurationPart[];
  start: number;
  end: number;
}

/** The told lengths in a matched run of parts (see the Dutch `readToldLengths` for the joining rules). */
function readLengths(text: string): Length[] {
  const lengths: Length[] = [];
  let current: Length | undefined;
  let previous: { digits: boolean; joins: boolean } | undefined;
  PART_READER.lastIndex = 0;
  for (let m = PART_READER.exec(text); m; m = PART_READER.exec(text)) {
    const countText = m.groups!.count.toLowerCase().replace(/\s+/g, ' ');
    const unitWord = m.groups!.unit.toLowerCase();
    const unit = UNITS[unitWord];
    const pair = /couple/.test(countText);
    const vague = !pair && /^(?:a few|few|several|some)$/.test(countText);
    let amount = pair ? 2 : vague ? undefined : numberValue(countText);
    if (!vague && amount === undefined) break;
    if (amount !== undefined) amount = (amount + (m.groups!.half ? 0.5 : 0)) * (UNIT_SCALE[unitWord] ?? 1);
    if (amount === 0) break;
    const digits = /^\d/.test(countText);
    const part = { amount, unit };
    const joiner = current ? text.slice(current.end, m.index) : '';
    const joins =
      current !== undefined && previous!.joins && amount !== undefined && !current.parts.some((p) => p.unit === unit) && (!/,/.test(joiner) || (previous!.digits && digits));
    if (joins) {
      current!.parts.push(part);
      current!.end = m.index + m[0].length;
    } else {
      current = { parts: [part], start: m.index, end: m.index + m[0].length };
      lengths.push(current);
    }
    previous = { digits, joins: amount !== undefined && Number.isInteger(amount) && !pair };
  }
  return lengths;
}

/** What may follow the told parts: a day counted from, "in the future", "ago". */
const SUFFIX =
  `(?:\\s*(?<rel>from|after|before)\\s+(?<day>${alternation(Object.keys(DAYS))})(?![\\p{L}])` +
  `|\\s*in\\s+the\\s+(?<future>future|past)(?![\\p{L}])` +
  `|\\s*(?<ago>ago|from\\s+now|hence)(?![\\p{L}]))?`;
const LEAD = `(?:(?<within>within\\s+(?:the\\s+(?:next|coming|upcoming)\\s+)?)|(?:the\\s+)?(?<side>${alternation(Object.keys(SIDES))})\\s+|(?<bound>${alternation(Object.keys(BOUNDS))})\\s+)?`;
/**
 * The reach of the trigger, from the pattern's alternatives split at the first unit word (every part ends in one
 * standing whole). What follows it (more parts, the suffix) may read past the default reach after it; the next
 * part's unit word opens a zone of its own that the first one's joins, so each part counts only up to its own unit.
 */
const REACH = triggerReach([
  ['the\\s+(?:past|last|next|coming)\\s+', 'decade(?![\\p{L}-])'],
  [`${LEAD}${COUNT}(?:\\s+|-|(?<=\\d))(?:(?:${ADJECTIVES})\\s+)?`, `${UNIT}(?![\\p{L}])(?:\\s+and\\s+(?:a\\s+)?half)?${JOIN}?(?:${PART}${JOIN}?){0,2}${SUFFIX}`],
]);

export const stretchParser: TemporalParser = {
  name: 'stretch',
  // every part ends in a unit word standing whole ("decade" too)
  trigger: { words: UNIT_WORDS, wholeWords: true, ...REACH },
  pattern: wordPattern(`the\\s+(?<decadeSide>past|last|next|coming)\\s+decade(?![\\p{L}-])|${LEAD}(?<parts>${PARTS})${SUFFIX}`),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    if (g.decadeSide) {
      // "the coming decade", "over the past decade": the ten years after or before the article, not the 2020s
      const side = SIDES[g.decadeSide.toLowerCase()];
      return lengthCandidate(context, start, start + match[0].length, [{ amount: 1, unit: 'decade' }], stretchFrom(context.referenceSpan, [{ amount: 1, unit: 'decade' }], side));
    }
    const partsAt = start + match[0].indexOf(g.parts);
    const lengths = readLengths(g.parts);
    if (!lengths.length) return null;
    const lead = !!(g.within || g.side || g.bound);
    const last = lengths[lengths.length - 1];
    // a tail ("ago", "from today", "in the future") belongs to the last length, when nothing but a space is between
    const tailed = !!(g.day || g.future || g.ago) && g.parts.slice(last.end).trim() === '' && (!lead || lengths.length === 1);
    const owner = lead ? 0 : tailed ? lengths.length - 1 : -1;
    const found: TimexCandidate[] = [];
    lengths.forEach((length, index) => {
      const from = partsAt + length.start;
      const to = partsAt + length.end;
      if (index !== owner) {
        // a plain length of several parts: "1 year 1 month 21 days"; one part is the duration parser's
        if (length.parts.length > 1) found.push(lengthCandidate(context, from, to, length.parts, null));
        return;
      }
      const result = resolveLength(context, g, lead ? start : from, tailed ? start + match[0].length : to, length.parts, tailed);
      if (result) found.push(result);
    });
    return found;
  },
};

/** A DURATION over `from..to` for a told length, with its window (null: none) and mod. */
function lengthCandidate(context: ParseContext, from: number, to: number, parts: readonly DurationPart[], window: DateWindow | null, mod?: string): TimexCandidate {
  return {
    start: from, end: to, text: context.text.slice(from, to), type: 'DURATION', value: compoundDurationValue(parts), anchor: window ? 'document' : 'none',
    ...(window ? { window } : {}),
    ...(mod ? { mod } : {}),
  };
}

/** The length the lead word or tail of a match belongs to, as one expression from `start` to `end`. */
function resolveLength(
  context: ParseContext, g: Record<string, string | undefined>, start: number, end: number, parts: readonly DurationPart[], tailed: boolean,
): TimexCandidate | null {
  const text = context.text;
  const duration = (from: number, window: DateWindow | null, mod?: string) => lengthCandidate(context, from, end, parts, window, mod);
  const date = (resolution: Resolution | null) => resolution && {
    start, end, text: text.slice(start, end), type: 'DATE' as const, value: resolution.value, anchor: resolution.anchor,
    ...(resolution.mod ? { mod: resolution.mod } : {}), ...(resolution.window ? { window: resolution.window } : {}),
  };
  const day = tailed ? g.day : undefined;
  if (g.within) {
    if (day && !/^(?:today|now)$/i.test(day)) return null;
    const from = start + g.within.length - g.within.slice('within'.length).trimStart().length;
    // "within two days of the attack", or told of the past: within two days of some event, not of today
    if (!day && (tenseAt(context, start, end) === 'past' || OWNED_AFTER.test(text.slice(end)))) return duration(from, null);
    return duration(from, stretchFrom(context.referenceSpan, parts, 'from'));
  }
  if (g.side) {
    if (OWNED_AFTER.test(text.slice(end))) return null;
    return duration(start, sideWindow(context.referenceSpan, parts, SIDES[g.side.toLowerCase()]));
  }
  if (g.bound) {
    const bound = BOUNDS[g.bound.toLowerCase().replace(/\s+/g, ' ')];
    if (!day) return parts.length > 1 ? duration(start, null, bound === 'less' ? 'LESS_THAN' : 'MORE_THAN') : null;
    const offset = DAYS[day.toLowerCase()];
    const from = { start: context.referenceSpan.start + offset, end: context.referenceSpan.end + offset };
    const before = /^before$/i.test(g.rel ?? '');
    if (bound === 'less') return duration(start, stretchFrom(from, parts, before ? 'upTo' : 'from'), 'LESS_THAN');
    return date(openEndFrom(from, parts, before));
  }
  // "2 years and 21 days from now" as "from now"
  if (tailed && day && /^from$/i.test(g.rel ?? '') && /^(?:now|today)$/i.test(day) && parts.length > 1) return date(shiftedByLength(context.referenceSpan, parts, 1));
  if (tailed && g.future) return duration(start, stretchFrom(context.referenceSpan, parts, g.future.toLowerCase() === 'future' ? 'next' : 'past'));
  // "2 years, 1 month and 21 days ago": a day; one part is relative-offset's ("21 days ago")
  if (tailed && g.ago && parts.length > 1) return date(shiftedByLength(context.referenceSpan, parts, /^ago$/i.test(g.ago) ? -1 : 1));
  return parts.length > 1 && !tailed ? duration(start, null) : null;
}

/** "the past three days": the shared stretch; a vague count ("the past few days") is drawn as a few, edge vague. */
function sideWindow(reference: DaySpan, parts: readonly DurationPart[], side: StretchSide): DateWindow | null {
  if (parts.length === 1 && parts[0].amount === undefined) {
    const window = stretchFrom(reference, [{ amount: FEW, unit: parts[0].unit }], side);
    return window && { ...window, ...(side === 'past' ? { vagueStart: true } : { vagueEnd: true }) };
  }
  return stretchFrom(reference, parts, side);
}
