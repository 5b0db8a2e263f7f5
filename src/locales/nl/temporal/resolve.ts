/**
 * Resolution helpers shared by the Dutch parsers: building candidates, windows against the reference span, tense.
 * Nothing here reads the clock: every date comes from the explicit reference (`context.referenceSpan`).
 */
import { civilDay, isoWeekday } from '../../../time/calendar.js';
import { unitSpan, type CalendarUnit, type DaySpan } from '../../../time/units.js';
import { windowFromSpan, windowValue } from '../../../time/window.js';
import type { ParseContext, TimexCandidate } from '../../../temporal/contract.js';
import type { DateWindow } from '../../../types.js';
import { COMMITMENT_CUES, FUTURE_CUES, PARTICIPLE_OPENINGS, PAST_CUES, PERFECT_AUXILIARIES, WEAK_FUTURE_CUES } from '../words.js';
import { nearestTense, type Resolution } from '../../../temporal/common/index.js';
import { alternation, WORD_END, WORD_START } from './pattern.js';

/** A candidate covering `start..end` of the text. */
export function candidate(
  context: ParseContext,
  start: number,
  end: number,
  fields: Omit<TimexCandidate, 'start' | 'end' | 'text'>,
): TimexCandidate {
  return { start, end, text: context.text.slice(start, end), ...fields };
}

/** A DATE candidate whose value is the window's own value. */
export function dateCandidate(
  context: ParseContext,
  start: number,
  end: number,
  window: DateWindow,
  anchor: TimexCandidate['anchor'],
  mod?: string,
): TimexCandidate {
  return candidate(context, start, end, { type: 'DATE', value: windowValue(window), window, anchor, ...(mod ? { mod } : {}) });
}

/** The years the document date can fall in (one for any document date). */
export function referenceYear(context: ParseContext): number {
  return civilDay(context.referenceSpan.start).year;
}

/**
 * The nearest day with ISO weekday `weekday` on or before (`past`) or on or after (`future`) day `n`.
 * On the weekday itself it is that day: "maandag" in a Monday article is most often that Monday.
 */
export function nearestWeekday(n: number, weekday: number, direction: 'past' | 'future'): number {
  const delta = weekday - isoWeekday(n);
  if (direction === 'future') return n + ((delta + 7) % 7);
  return n - ((-delta + 7) % 7);
}

/**
 * Window of a weekday named without "vorige"/"volgende": the nearest one in the tense's direction from each day the
 * reference can be; with no tense either way, anything from the nearest past one to the nearest future one.
 */
export function weekdayWindow(span: DaySpan, weekday: number, tense: 'past' | 'future' | undefined): DateWindow {
  const earliest = nearestWeekday(span.start, weekday, tense === 'future' ? 'future' : 'past');
  const latest = nearestWeekday(span.end, weekday, tense === 'past' ? 'past' : 'future');
  return windowFromSpan({ start: earliest, end: latest }, 'day', earliest === latest ? 'exact' : 'within');
}

/**
 * How far back "de laatste jaren" / forward "de komende weken" reach, in units: the same stretches as the English
 * "recent years" (5), "recent months" (6), "recent weeks" (6), "recent days" (10), "recent decades" (3).
 */
export const VAGUE_REACH: Readonly<Record<CalendarUnit, number>> = {
  day: 10, week: 6, month: 6, quarter: 4, season: 4, half: 4, year: 5, decade: 3, century: 2,
};

/** A candidate from a shared {@link Resolution}, covering `start..end`. */
export function resolved(
  context: ParseContext,
  start: number,
  end: number,
  type: TimexCandidate['type'],
  resolution: Resolution,
  relation?: TimexCandidate['relation'],
): TimexCandidate {
  const result = candidate(context, start, end, { type, value: resolution.value, anchor: resolution.anchor });
  if (resolution.mod) result.mod = resolution.mod;
  if (resolution.window) result.window = resolution.window;
  if (relation) result.relation = relation;
  if (resolution.impliedCycle) result.impliedCycle = resolution.impliedCycle;
  return result;
}

export { shiftDay } from '../../../time/units.js';

export type { Tense } from '../../../temporal/common/index.js';

/**
 * Dutch tense cues as one pattern for the shared `nearestTense` (future: "gaat", "zal", "wil"; weak future:
 * "vanaf"; past: "zei", and "heeft" beside a participle).
 */
const PARTICIPLE = `${WORD_START}(?:\\p{L}*(?:${alternation(PARTICIPLE_OPENINGS.afterParticle)})|${alternation(PARTICIPLE_OPENINGS.bare)})\\p{L}{2,}(?:d|t|en)${WORD_END}`;
/** Within the clause, no break between the auxiliary and its participle; bounded, so a scan stays linear. */
const IN_CLAUSE = '[^.,;:!?]{0,150}';
const AUXILIARY = alternation(PERFECT_AUXILIARIES);
const PERFECT = `(?:(?=(?:${AUXILIARY})${WORD_END}${IN_CLAUSE}${PARTICIPLE})|(?<=${PARTICIPLE}${IN_CLAUSE}))(?:${AUXILIARY})`;
const TENSE_CUES = new RegExp(
  `${WORD_START}(?:(?<ahead>${alternation(COMMITMENT_CUES)})|(?<future>${alternation(FUTURE_CUES)})|(?<weakFuture>${alternation(WEAK_FUTURE_CUES)})|(?<past>${alternation(PAST_CUES)}|${PERFECT})|(?<boundary>dat))${WORD_END}`,
  'giu',
);

/**
 * The tense of the sentence around an expression, from the cue word nearest to it ("hij zei maandag" → past,
 * "gaat maandag" / "zal" / "morgen begint" → future). Undefined when the sentence has no cue.
 */
export function tenseAround(context: ParseContext, start: number, end: number): 'past' | 'future' | undefined {
  const tense = nearestTense(context.text, start, end, TENSE_CUES, { memo: context.memo });
  return tense === 'present' ? undefined : tense;
}
