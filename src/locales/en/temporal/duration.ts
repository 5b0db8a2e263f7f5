/**
 * Durations: "26 years", "a decade", "two and a half years", "33-year", "fifty-year", "six straight days", "the
 * past nine days", "nearly five months", "several years", "for years", "over the years", "decades-long".
 */
import { alternation, durationValue, lookup, stretchAtDocument, unanchored, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import type { CalendarUnit } from '../../../time/units.js';
import { DURATION_MODS, UNITS, UNIT_ADJECTIVES, UNIT_SCALE, VAGUE_AMOUNTS } from '../words.js';
import { NUMBER, UNIT, numberValue, UNIT_PIECES } from './shared.js';

const MODS = alternation(Object.keys(DURATION_MODS));
const VAGUE = alternation(VAGUE_AMOUNTS);
const ADJECTIVES = alternation(UNIT_ADJECTIVES);
const PLURAL_UNITS = 'years|months|weeks|days|hours|minutes|decades|centuries';

/** Lead-ins that put a counted stretch right before or after the document date. */
const ADJACENT: Readonly<Record<string, 'past' | 'next'>> = {
  'the past': 'past', 'the last': 'past', 'the next': 'next', 'the coming': 'next',
};

/** A quantity right before "a year" makes it a rate ("$2 billion a year"), which the set parser takes. */
const RATE_BEFORE = /(?:\d|%|percent|million|billion|trillion|thousand|hundred|once|twice|times)[\p{L}\s.,$€£]{0,14}$/iu;

export const durationParser: TemporalParser = {
  name: 'duration',
  trigger: { words: UNIT_PIECES },
  pattern: wordPattern(
    `(?!an?\\s+(?:${PLURAL_UNITS})(?![\\p{L}]))(?:(${MODS})\\s+)?(?:(the\\s+(?:past|last|next|previous|coming|first|following|final|remaining)|another)\\s+)?(?:(${NUMBER})|(${VAGUE}))(?:\\s+|-)(?:(?:${ADJECTIVES})\\s+)?(${UNIT})(?!-old)(?:-long)?|(?:(over\\s+the|for|in|within)\\s+)(${PLURAL_UNITS})(?:-long)?|(decades|years|centuries)-long`,
  ),
  extract(match, context) {
    const [, modWord, leadIn, amountText, vagueText, unitWord, idiomLead, idiomUnit, longUnit] = match;
    if (idiomUnit || longUnit) {
      const unit = UNITS[(idiomUnit ?? longUnit).toLowerCase()];
      const lead = idiomLead?.toLowerCase().replace(/\s+/g, ' ');
      // "for years": the span is the unit alone; "over the years" is one idiom.
      const from = lead && lead !== 'over the' ? match[0].length - match[0].slice(idiomLead.length).trimStart().length : 0;
      return unanchored(match, 'DURATION', durationValue(undefined, unit), undefined, { from });
    }
    const unit = UNITS[unitWord.toLowerCase()];
    if (!unit) return null;
    const amount = amountText ? numberValue(amountText) : undefined;
    if (amountText && amount === undefined) return null;
    const lowerAmount = amountText?.toLowerCase();
    const start = match.index + (modWord ? match[0].indexOf(amountText ?? vagueText ?? '') : 0);
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
    // "the past two years", "the next three months": a stretch of known length that ends or starts at the document
    // date, as the Dutch "de afgelopen twee jaar" is read
    const toward = leadIn ? ADJACENT[leadIn.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    const calendarUnit = unit === 'hour' || unit === 'minute' ? undefined : (unit as CalendarUnit);
    if (toward && calendarUnit && amount !== undefined && Number.isInteger(amount * scale)) {
      result.window = stretchAtDocument(context.referenceSpan, calendarUnit, amount * scale, toward);
      result.anchor = 'document';
    }
    return result;
  },
};
