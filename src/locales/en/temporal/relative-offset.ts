/**
 * Offsets from the document date: "two weeks ago", "a year ago", "in two years", "in three days' time", "five years
 * from now". Days and weeks resolve to a day, months to a month, longer units to their unit.
 */
import { alternation, candidate, relativeToDocument, triggerReach, vaguePeriod, wordPattern, type DurationUnit } from '../../../temporal/common/index.js';
import type { ParseContext, TemporalParser } from '../../../temporal/contract.js';
import type { CalendarUnit } from '../../../time/units.js';
import { UNITS, VAGUE_AMOUNTS } from '../words.js';
import { NUMBER, UNIT, directionOf, numberValue, tenseAt, UNIT_PIECES } from './shared.js';

/** The unit an offset of this many units lands in, and the factor to turn the amount into that unit. */
const LANDING: Partial<Record<DurationUnit, [CalendarUnit, number]>> = {
  day: ['day', 1], week: ['day', 7], month: ['month', 1], quarter: ['quarter', 1], year: ['year', 1], decade: ['year', 10], century: ['year', 100],
};

/** What goes before the unit word, and the unit word with what follows it. */
const LEAD = `(?:(about|around|nearly|almost|some|roughly|more\\s+than|less\\s+than|over|just)\\s+)?(?:(in|within)\\s+)?(?:(${NUMBER})|(${alternation(VAGUE_AMOUNTS)}))\\s+`;
const TAIL = `(${UNIT})(?:['’]s?)?\\s*(ago|time|from\\s+now(?!\\s+on(?![\\p{L}]))|hence)?`;

export const relativeOffset: TemporalParser = {
  name: 'relative-offset',
  trigger: { words: UNIT_PIECES, ...triggerReach([[LEAD, TAIL]]) },
  pattern: wordPattern(LEAD + TAIL),
  extract(match, context) {
    const [, approx, lead, amountText, vagueText, unitWord, tail] = match;
    const landing = LANDING[UNITS[unitWord.toLowerCase()]];
    if (!landing) return null;
    if (vagueText) {
      // "a few days ago", "several years from now": some unknown number of units away; a vague stretch of time.
      // "in a few weeks" is one ahead only in a future sentence, as "in two weeks" ("the first rise in several years"
      // is a duration); "in" stays outside the expression.
      if (approx || (tail ? lead : lead?.toLowerCase() !== 'in' || !inFutureSentence(match, context))) return null;
      const ref = tail?.toLowerCase() === 'ago' ? 'PAST_REF' : 'FUTURE_REF';
      return candidate(match, 'DATE', vaguePeriod(context, ref, landing[0], 10 * landing[1]), { from: lead ? leadLength(match[0], lead) : 0 });
    }
    const amount = numberValue(amountText);
    if (amount === undefined) return null;
    let sign: number;
    if (tail?.toLowerCase() === 'ago') sign = -1;
    else if (tail) sign = 1;
    else if (lead?.toLowerCase() === 'in') {
      // "in two years" is a date ahead only in a future sentence ("the first time in two years" is a duration).
      if (!inFutureSentence(match, context)) return null;
      sign = 1;
    } else return null;
    if (!Number.isInteger(amount * landing[1])) return null;
    const resolution = relativeToDocument(context, landing[0], sign * amount * landing[1]);
    const mod = approx ? 'APPROX' : undefined;
    // "in" stays outside the expression (TIMEX3 treats it as a signal); "time" and "from now" belong to it.
    const from = lead ? leadLength(match[0], lead, approx) : 0;
    return candidate(match, 'DATE', { ...resolution, mod }, { from });
  },
};

/** Whether the sentence around the match speaks of the future. */
function inFutureSentence(match: RegExpExecArray, context: ParseContext): boolean {
  return directionOf(tenseAt(context, match.index, match.index + match[0].length), 'past') === 'future';
}

/** How many characters of the match go up to the end of "in"/"within" and the space after it. */
function leadLength(text: string, lead: string, approx?: string): number {
  return text.length - text.slice((approx ? text.indexOf(lead, approx.length) : 0) + lead.length).trimStart().length;
}
