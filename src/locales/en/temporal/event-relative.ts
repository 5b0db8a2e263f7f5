/**
 * Expressions anchored to another date in the text: "three days later", "a week earlier", "the next day", "the
 * following year", "the day before", "the same day", "that week", "that same year", "later that day". They are resolved against the
 * document date here and re-anchored to the previous date by the `anchor-to-previous-date` refiner.
 */
import { candidate, relativeToDocument, triggerReach, UNKNOWN_UNIT_VALUE, VAGUE_COUNT_RANGE, withEventShift, wordPattern, type DurationUnit } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import type { CalendarUnit } from '../../../time/units.js';
import { DAY_PARTS, UNITS } from '../words.js';
import { NUMBER, PART_PREFIX, UNIT, numberValue, partMod, UNIT_PIECES } from './shared.js';

/** The unit a shift of this many units lands in, and the factor into it: "a week earlier" is seven days earlier. */
const LANDING: Partial<Record<DurationUnit, [CalendarUnit, number]>> = {
  day: ['day', 1], week: ['day', 7], month: ['month', 1], quarter: ['quarter', 1], year: ['year', 1], decade: ['year', 10], century: ['year', 100],
};
const NAMED_UNITS = 'day|week|month|year|quarter|night|morning|evening|afternoon';
/** Plural units of an unknown count ("months later") and the calendar unit each counts. */
const VAGUE_UNIT_OF: Readonly<Record<string, CalendarUnit>> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };
const VAGUE_UNITS = Object.keys(VAGUE_UNIT_OF).join('|');
/** Verbs and prepositions of market reports before "the day" ("ended the day", "for the day"): the day reported on. */
const DAY_CONTEXT = /(?:end|ended|ending|ends|close|closed|closing|closes|finish|finished|finishing|start|started|starting|began|begin|for|over|of|during|throughout|in|on)\s+$/i;

/** A word after a bare "next day" that makes it describe a noun ("next day delivery"): lower case, no function word. */
const NOUN_AFTER = /^[ \t]+(?!(?:and|or|he|she|they|it|we|i|you|the|a|an|at|in|on|to|with|was|were|is|will|would|after|before|when|but|as|for)(?![\p{L}]))\p{Ll}/u;

/** The pattern's alternatives split at their unit word (the trigger), for the trigger's reach (groups regrouped). */
const REACH = triggerReach([
  [`(${NUMBER})\\s+(?:(?:straight|full|more|whole)\\s+)?`, `(${UNIT})\\s+(?:(later|earlier|afterwards?|previously|beforehand)|(before|after)(?=\\s*[.,;:!?)]|\\s*$))`],
  [
    `${PART_PREFIX}(?:(later|earlier|late\\s+in|early\\s+in)\\s+)?(?:(the\\s+(?:next|following|previous|preceding|prior|same)|that(?:\\s+same|\\s+very)?|the|next(?=\\s+day(?![\\p{L}-])))\\s+)`,
    `(${NAMED_UNITS})(?:\\s+(earlier|later|(?:before|after)(?=\\s*[.,;:!?)]|\\s*$)))?`,
  ],
  [`(?:(?:some|several|a\\s+few|a\\s+couple\\s+of|many)\\s+)?`, `(${VAGUE_UNITS})\\s+(later|earlier|afterwards?)`],
  [`the\\s+(?:following|subsequent|ensuing)\\s+`, `(${VAGUE_UNITS})`],
  [`the\\s+`, `(${VAGUE_UNITS})\\s+that\\s+followed`],
]);

export const eventRelative: TemporalParser = {
  name: 'event-relative',
  trigger: { words: [...UNIT_PIECES, 'morning', 'evening', 'afternoon'], ...REACH },
  pattern: wordPattern(
    `(?:(${NUMBER})\\s+(?:(?:straight|full|more|whole)\\s+)?(${UNIT})\\s+(?:(later|earlier|afterwards?|previously|beforehand)|(before|after)(?=\\s*[.,;:!?)]|\\s*$))` +
      `|${PART_PREFIX}(?:(later|earlier|late\\s+in|early\\s+in)\\s+)?(?:(the\\s+(?:next|following|previous|preceding|prior|same)|that(?:\\s+same|\\s+very)?|the|next(?=\\s+day(?![\\p{L}-])))\\s+(${NAMED_UNITS}))(?:\\s+(earlier|later|(?:before|after)(?=\\s*[.,;:!?)]|\\s*$)))?)` +
      // an unknown count: "some months later", "years earlier", "the following weeks", "the months that followed"
      `|(?:(?:some|several|a\\s+few|a\\s+couple\\s+of|many)\\s+)?(${VAGUE_UNITS})\\s+(later|earlier|afterwards?)` +
      `|the\\s+(?:following|subsequent|ensuing)\\s+(${VAGUE_UNITS})|the\\s+(${VAGUE_UNITS})\\s+that\\s+followed`,
  ),
  extract(match, context) {
    const [, amountText, unitWord, adverb, beforeAfter, prefix, laterEarlier, determiner, namedUnit, tail, vagueUnit, vagueWay, followingUnit, followedUnit] = match;
    const stretchUnit = vagueUnit ?? followingUnit ?? followedUnit;
    if (stretchUnit) {
      // placed by the events step from the event it follows: two to nine units on ("some months later"), or from
      // the first unit on for the stretch that follows it ("the following months")
      const sign = vagueWay && /^earlier$/i.test(vagueWay) ? -1 : 1;
      const unit = VAGUE_UNIT_OF[stretchUnit.toLowerCase()];
      const near = vagueUnit ? VAGUE_COUNT_RANGE[0] : 1;
      const undated = candidate(match, 'DATE', { value: UNKNOWN_UNIT_VALUE[unit], anchor: 'event' }, { relation: sign > 0 ? 'after' : 'before' });
      return withEventShift(undated, { unit, amount: sign * near, upTo: sign * VAGUE_COUNT_RANGE[1] });
    }
    const direction = adverb ?? beforeAfter;
    if (amountText) {
      const landing = LANDING[UNITS[unitWord.toLowerCase()]];
      const count = numberValue(amountText);
      if (!landing || count === undefined || !Number.isInteger(count * landing[1])) return null;
      const [unit, amount] = [landing[0], count * landing[1]];
      const sign = /^(?:later|afterwards?|after)$/i.test(direction) ? 1 : -1;
      const resolution = relativeToDocument(context, unit, sign * amount);
      return withEventShift(candidate(match, 'DATE', resolution, { relation: sign > 0 ? 'after' : 'before' }), { unit, amount: sign * amount });
    }
    const det = determiner.toLowerCase().replace(/\s+/g, ' ');
    // "next day" without its article is the day after the one told, unless it describes a noun ("next day delivery")
    if (det === 'next' && (prefix || laterEarlier || tail || NOUN_AFTER.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 16)))) return null;
    const unitName = namedUnit.toLowerCase();
    const partOfDay = /morning|evening|afternoon|night/.test(unitName);
    const unit: CalendarUnit = partOfDay ? 'day' : (unitName as CalendarUnit);
    let amount = 0;
    let relation: 'after' | 'before' | 'during' = 'during';
    if (/next|following/.test(det) || tail?.toLowerCase() === 'after' || tail?.toLowerCase() === 'later') [amount, relation] = [1, 'after'];
    else if (/previous|preceding|prior/.test(det) || tail?.toLowerCase() === 'before' || tail?.toLowerCase() === 'earlier') [amount, relation] = [-1, 'before'];
    if (det === 'the' && !tail && !laterEarlier && !prefix) {
      // A bare "the day" counts only in market-report phrasing ("ended the day", "earlier in the day").
      if (unitName !== 'day' || !DAY_CONTEXT.test(context.text.slice(Math.max(0, match.index - 12), match.index))) return null;
      const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 8);
      if (/^\s+(?:of|when|that|which|he|she|they)\b/i.test(after)) return null;
    }
    // "the next morning", "later that night": a part of the anchored day; a bare "the morning" is too vague.
    if (partOfDay && det === 'the') return null;
    // "the start of the day", "late in the day" is the narrated day; bare "early the day" is nothing.
    if ((prefix || laterEarlier) && det === 'the' && unitName !== 'day') return null;
    // "later in the day" is two expressions in TIMEX3 practice ("later", "the day"); "later that day" is one.
    if (laterEarlier && /^(?:later|earlier)$/i.test(laterEarlier) && det === 'the') return null;
    if (tail && det !== 'the') return null;
    const resolution = relativeToDocument(context, unit, amount);
    if (laterEarlier && /^(?:later|earlier)$/i.test(laterEarlier)) relation = laterEarlier.toLowerCase() === 'later' ? 'after' : 'before';
    const mod = partMod(prefix) ?? (laterEarlier && /^early/i.test(laterEarlier) ? 'START' : laterEarlier && /^late\s/i.test(laterEarlier) ? 'END' : undefined);
    // "the same day", "late in the day": without a day-level date before, the day is the document's.
    const documentFallback = amount === 0;
    if (partOfDay) {
      const suffix = `T${DAY_PARTS[unitName]}`;
      const timex = candidate(match, 'TIME', { ...resolution, value: resolution.value + suffix }, { relation });
      return withEventShift(timex, { unit, amount, valueSuffix: suffix, documentFallback });
    }
    return withEventShift(candidate(match, 'DATE', { ...resolution, mod }, { relation }), { unit, amount, documentFallback });
  },
};
