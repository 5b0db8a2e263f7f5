/**
 * Durations: "26 years", "a decade", "two and a half years", "an hour and a half", "half an hour", "3day", "33-year",
 * "fifty-year", "six straight days", "the past nine days", "nearly five months", "another week", "all week",
 * "full-day", "a whole day", "several years", "a couple of days" (two, as the Dutch "een paar"), "for years", "over
 * the years", "decades-long". Fractions are written in the unit named ("half a year" P0.5Y, "an hour and a half"
 * PT1.5H). Counted stretches from the document date ("the past nine days" with its window) and lengths of several
 * parts are the stretch parser's.
 */
import { alternation, durationValue, lookup, triggerReach, unanchored, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { DURATION_MODS, UNITS, UNIT_ADJECTIVES, UNIT_SCALE, VAGUE_AMOUNTS } from '../words.js';
import { NUMBER, UNIT, numberValue, UNIT_WORDS } from './shared.js';

const MODS = alternation(Object.keys(DURATION_MODS));
const VAGUE = alternation([...VAGUE_AMOUNTS, 'couple of']);
/** Units a whole one of can be named: "all week", "a full day", "full-year", "the whole month". */
const WHOLE_UNITS: Readonly<Record<string, string>> = { day: 'P1D', night: 'P1D', week: 'P1W', weekend: 'P1WE', month: 'P1M', year: 'P1Y' };
const ADJECTIVES = alternation(UNIT_ADJECTIVES);
const PLURAL_UNITS = 'years|months|weeks|days|hours|minutes|decades|centuries';

/** A quantity right before "a year" makes it a rate ("$2 billion a year"), which the set parser takes. */
const RATE_BEFORE = /(?:\d|%|percent|million|billion|trillion|thousand|hundred|once|twice|times)[\p{L}\s.,$€£]{0,14}$/iu;

/** The alternatives of the pattern, each split at its unit word (the trigger): what goes before it, and from it on. */
const ALTERNATIVES: readonly (readonly [lead: string, tail: string])[] = [
  [
    `(?!an?\\s+(?:${PLURAL_UNITS})(?![\\p{L}]))(?:(${MODS})\\s+)?(?:(the\\s+(?:past|last|next|previous|coming|first|following|final|remaining)|another)\\s+)?(?:(${NUMBER})|(${VAGUE})|(half(?:\\s+an?)?))(?:\\s+|-|(?<=\\d))(?:(?:${ADJECTIVES})\\s+)?`,
    `(${UNIT})(?!-old)(?:-long)?(\\s+and\\s+(?:a\\s+)?half(?![\\p{L}]))?`,
  ],
  [`(?:(over\\s+the|for|in|within)\\s+)`, `(${PLURAL_UNITS})(?:-long)?`],
  ['', `(decades|years|centuries)-long`],
  // "another hour", "another business day": one more; "all week", "a full day", "full-year", "the whole month"
  [`(another)\\s+(?:(?:${ADJECTIVES})\\s+)?`, `(${UNIT})`],
  [`(?:(?:the|a)\\s+)?(?:all|full|whole|entire)[\\s-]+`, `(${alternation(Object.keys(WHOLE_UNITS))})(?![\\p{L}-])`],
];

export const durationParser: TemporalParser = {
  name: 'duration',
  // every alternative holds a unit word standing whole: "minister" and "security" open no zone
  trigger: { words: UNIT_WORDS, wholeWords: true, ...triggerReach(ALTERNATIVES) },
  pattern: wordPattern(ALTERNATIVES.map(([lead, tail]) => lead + tail).join('|')),
  extract(match, context) {
    const [, modWord, leadIn, amountText, vagueText, halfText, unitWord, andHalf, idiomLead, idiomUnit, longUnit, another, anotherUnit, wholeUnit] = match;
    if (wholeUnit) {
      // "the entire year", "the whole month" of a report is the year in question, a date MEANTIME annotates as such
      // ("a loss of $8.6 billion for the entire year"): its year comes from the story, so it is left alone here
      if (/^the\s/i.test(match[0]) && /^(?:month|year)$/i.test(wholeUnit)) return null;
      // "a full-day strike": the article is the strike's
      const from = /-\p{L}+$/u.test(match[0]) && /^a\s/i.test(match[0]) ? match[0].length - match[0].slice(1).trimStart().length : 0;
      return unanchored(match, 'DURATION', WHOLE_UNITS[wholeUnit.toLowerCase()], undefined, { from });
    }
    if (another) {
      const unit = UNITS[anotherUnit.toLowerCase()];
      return unit ? unanchored(match, 'DURATION', durationValue(UNIT_SCALE[anotherUnit.toLowerCase()] ?? 1, unit)) : null;
    }
    if (idiomUnit || longUnit) {
      const unit = UNITS[(idiomUnit ?? longUnit).toLowerCase()];
      const lead = idiomLead?.toLowerCase().replace(/\s+/g, ' ');
      // "for years": the span is the unit alone; "over the years" is one idiom.
      const from = lead && lead !== 'over the' ? match[0].length - match[0].slice(idiomLead.length).trimStart().length : 0;
      return unanchored(match, 'DURATION', durationValue(undefined, unit), undefined, { from });
    }
    const unit = UNITS[unitWord.toLowerCase()];
    if (!unit) return null;
    const pair = /couple/i.test(vagueText ?? '');
    const counted = amountText ? numberValue(amountText) : halfText ? 0.5 : pair ? 2 : undefined;
    if (amountText && counted === undefined) return null;
    const amount = counted === undefined ? undefined : counted + (andHalf ? 0.5 : 0);
    const lowerAmount = amountText?.toLowerCase();
    const start = match.index + (modWord ? match[0].indexOf(amountText ?? vagueText ?? halfText ?? '') : 0);
    // "a second term", "a second consecutive day": ordinal, not a duration.
    if (/^(?:a|an)$/.test(lowerAmount ?? '') && /^sec/i.test(unitWord)) return null;
    if ((lowerAmount === 'a' || lowerAmount === 'an') && !modWord && !leadIn) {
      // "$2 billion a year", "twice a day": rates, for the set parser.
      if (RATE_BEFORE.test(context.text.slice(Math.max(0, start - 24), start))) return null;
    }
    // Beyond 10,000 units a number counts things rather than time ("25000 hours of video"); zero is no duration.
    if (amount !== undefined && (amount > 10000 || amount <= 0)) return null;
    const scale = UNIT_SCALE[unitWord.toLowerCase()] ?? 1;
    const value = durationValue(amount === undefined ? undefined : amount * scale, unit);
    // "over the next four years": "over" is a preposition there, not "more than".
    const from = modWord && leadIn ? match[0].indexOf(leadIn, modWord.length) : 0;
    const result = unanchored(match, 'DURATION', value, modWord && leadIn ? undefined : lookup(DURATION_MODS, modWord), { from });
    return result;
  },
};
