import { getLocale } from '../locales/index.js';
import { documentDaySpan, toDocumentDate } from '../time/document-date.js';
import type { DocumentDate, LanguageCode, Timex } from '../types.js';
import type { ParseContext, TemporalParser, TimexCandidate } from './contract.js';
import { compiledEarly, globalVersion } from './common/patterns.js';
import { settleOverlaps } from './settle-overlaps.js';
import { TextMemo } from './text-memo.js';
import { TriggerZones, triggerPlan } from './triggers.js';

/** Options of {@link tagTemporalExpressions}. */
export interface TagOptions {
  /** Language code of the text (`nl`, `en`). */
  language: LanguageCode;
  /** The document date everything relative is resolved against: `2020-08`, `2020-08-16`, or a parsed date. */
  reference: DocumentDate | string;
}

/** Parser ranks by name, per parser list. */
const ranks = new WeakMap<readonly TemporalParser[], Map<string, number>>();
function rankOf(parsers: readonly TemporalParser[]): Map<string, number> {
  let rank = ranks.get(parsers);
  if (!rank) {
    rank = new Map();
    parsers.forEach((parser, index) => rank!.set(parser.name, index));
    ranks.set(parsers, rank);
  }
  return rank;
}

/**
 * Find every temporal expression in `text` and normalise it against the reference date.
 * Returns TIMEX3 type and value, the calendar window that can hold the referent, and how it was anchored.
 * @example tagTemporalExpressions('De president begint morgen.', { language: 'nl', reference: '2020-08' })
 */
export function tagTemporalExpressions(text: string, options: TagOptions): Timex[] {
  if (typeof text !== 'string') throw new TypeError(`tagTemporalExpressions: the text must be a string, not ${text === null ? 'null' : typeof text}`);
  if (!options || typeof options !== 'object') throw new TypeError('tagTemporalExpressions: options { language, reference } are required');
  const locale = getLocale(options.language);
  const reference = toDocumentDate(options.reference);
  const context: ParseContext = { text, reference, referenceSpan: documentDaySpan(reference), memo: new TextMemo() };
  const parsers = locale.temporal.parsers;
  const settled = settleOverlaps(runParsers(parsers, context), rankOf(parsers));
  return locale.temporal.refiners.reduce((timexes, refiner) => refiner.refine(timexes, context), settled);
}

/** The candidate with the name of the parser that found it (its last property, as a copy with it would have it). */
function named(candidate: TimexCandidate, parser: string): Timex {
  const timex = candidate as Timex;
  timex.parser = parser;
  return timex;
}

/**
 * Every parser's candidates in `context.text`, before overlaps are settled. Parsers with a trigger run only in the
 * zones around their trigger pieces (`zoned`, the default), which by the trigger contract finds the same matches as
 * scanning the whole text (`zoned` false, kept for tests).
 */
export function runParsers(parsers: readonly TemporalParser[], context: ParseContext, zoned = true): Timex[] {
  const { text } = context;
  const found: Timex[] = [];
  const plan = triggerPlan(parsers);
  const zones = zoned && plan.allBits ? new TriggerZones(text, plan) : undefined;
  // a parser's candidates are its own fresh objects (see TemporalParser.extract): each takes the parser's name as is,
  // rather than being copied into a new object with it
  const take = (parser: TemporalParser, match: RegExpExecArray) => {
    const result = parser.extract(match, context);
    if (!result) return;
    if (!Array.isArray(result)) found.push(named(result, parser.name));
    else for (const candidate of result) found.push(named(candidate, parser.name));
  };
  parsers.forEach((parser, index) => {
    const pattern = compiledEarly(globalVersion(parser.pattern));
    const bit = plan.parserBit[index];
    if (!zones || bit === 0) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        take(parser, match);
      }
      return;
    }
    // Only inside the zones around this parser's trigger pieces; each zone is read as a prefix of the text, so
    // offsets and everything before the match (lookbehinds) stay those of the whole text.
    const [before, after] = plan.reach[index];
    const spans = zones.zonesOf(bit, before, after);
    let from = 0;
    for (let z = 0; z < spans.length; z += 2) {
      const end = spans[z + 1];
      if (end <= from) continue;
      const subject = end >= text.length ? text : text.slice(0, end);
      pattern.lastIndex = Math.max(spans[z], from);
      for (let match = pattern.exec(subject); match; match = pattern.exec(subject)) {
        if (match[0].length === 0) {
          pattern.lastIndex++;
          from = pattern.lastIndex;
          continue;
        }
        from = pattern.lastIndex;
        take(parser, match);
      }
    }
  });
  return found;
}
