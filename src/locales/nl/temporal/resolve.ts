/**
 * Resolution helpers shared by the Dutch parsers: building candidates, windows against the reference span, tense.
 * Nothing here reads the clock: every date comes from the explicit reference (`context.referenceSpan`).
 */
import { civilDay, dayNumber, daysInMonth, isoWeekday } from '../../../time/calendar.js';
import { unitSpan, type CalendarUnit, type DaySpan } from '../../../time/units.js';
import { windowFromSpan, windowValue } from '../../../time/window.js';
import type { ParseContext, TimexCandidate } from '../../../temporal/contract.js';
import type { DateWindow } from '../../../types.js';
import { FUTURE_CUES, PAST_CUES } from '../words.js';
import { wordsPattern } from './pattern.js';

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

/** Merge two windows into the smallest window holding both (for "within" resolutions). */
export function spanWindow(first: DaySpan, last: DaySpan, unit: CalendarUnit): DateWindow {
  return windowFromSpan({ start: first.start, end: last.end }, unit, first.start === last.start ? 'exact' : 'within');
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
export function weekdayWindow(span: DaySpan, weekday: number, tense: Tense | undefined): DateWindow {
  const earliest = nearestWeekday(span.start, weekday, tense === 'future' ? 'future' : 'past');
  const latest = nearestWeekday(span.end, weekday, tense === 'past' ? 'past' : 'future');
  return windowFromSpan({ start: earliest, end: latest }, 'day', earliest === latest ? 'exact' : 'within');
}

/** How far back "de laatste jaren" / forward "de komende weken" reach, in units: a few, generously. */
export const VAGUE_REACH: Readonly<Record<CalendarUnit, number>> = {
  day: 10, week: 8, month: 12, quarter: 4, season: 4, half: 4, year: 10, decade: 5, century: 2,
};

/**
 * A period of `unit`s that ends at the document date ("de laatste jaren", "in de afgelopen dagen"): it ends with the
 * last day the reference can be, and its start is vague, reaching back {@link VAGUE_REACH} units.
 */
export function periodEndingAtReference(context: ParseContext, unit: CalendarUnit, reach = VAGUE_REACH[unit]): DateWindow {
  const { start, end } = context.referenceSpan;
  const earliest = unitSpan(unit, shiftDay(unit, start, -reach)).start;
  return windowFromSpan({ start: earliest, end }, unit, 'period', { vagueStart: true });
}

/** A period of `unit`s that starts at the document date ("de komende weken", "binnenkort"); its end is vague. */
export function periodStartingAtReference(context: ParseContext, unit: CalendarUnit, reach = VAGUE_REACH[unit]): DateWindow {
  const { start, end } = context.referenceSpan;
  const latest = unitSpan(unit, shiftDay(unit, end, reach)).end;
  return windowFromSpan({ start, end: latest }, unit, 'period', { vagueEnd: true });
}

/**
 * Day `n` moved by `count` whole units, keeping the day of the month where it exists (31 March minus one month is
 * 29 February in a leap year): "drie jaar geleden" from 2020-08-16 is 2017-08-16.
 */
export function shiftDay(unit: CalendarUnit, n: number, count: number): number {
  const { year, month, day } = civilDay(n);
  const months = (m: number): number => {
    const total = year * 12 + month - 1 + m;
    const y = Math.floor(total / 12);
    const mo = (((total % 12) + 12) % 12) + 1;
    return dayNumber(y, mo, Math.min(day, daysInMonth(y, mo)));
  };
  switch (unit) {
    case 'day':
      return n + count;
    case 'week':
      return n + 7 * count;
    case 'month':
      return months(count);
    case 'quarter':
    case 'season':
      return months(3 * count);
    case 'half':
      return months(6 * count);
    case 'year':
      return months(12 * count);
    case 'decade':
      return months(120 * count);
    case 'century':
      return months(1200 * count);
  }
}

export type Tense = 'past' | 'future';

const FUTURE_CUE = new RegExp(wordsPattern(FUTURE_CUES), 'giu');
const PAST_CUE = new RegExp(wordsPattern(PAST_CUES), 'giu');
/** Sentences end at . ! ? or a blank line; a stop after a lone digit or an abbreviation is rare enough to ignore. */
const SENTENCE_END = /[.!?](?=\s)|\n\s*\n/g;
/** Never look further than this many characters either way: keeps tense detection O(1) per expression. */
const TENSE_REACH = 300;

/** The sentence around `start..end`, as offsets; searched in bounded slices so long texts stay linear. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.max(0, start - TENSE_REACH);
  const before = text.slice(from, start);
  let sentenceStart = from;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) sentenceStart = from + m.index + m[0].length;
  const after = text.slice(end, end + TENSE_REACH);
  SENTENCE_END.lastIndex = 0;
  const next = SENTENCE_END.exec(after);
  return { start: sentenceStart, end: next ? end + next.index : end + after.length };
}

/**
 * The tense of the sentence around an expression, from the cue word nearest to it ("hij zei maandag" → past,
 * "gaat maandag" / "zal" / "morgen begint" → future). Undefined when the sentence has no cue.
 */
export function tenseAround(text: string, start: number, end: number): Tense | undefined {
  const sentence = sentenceAround(text, start, end);
  const slice = text.slice(sentence.start, sentence.end);
  const [from, to] = [start - sentence.start, end - sentence.start];
  let best: { tense: Tense; distance: number } | undefined;
  for (const [tense, cue] of [['future', FUTURE_CUE], ['past', PAST_CUE]] as const) {
    cue.lastIndex = 0;
    for (let m = cue.exec(slice); m; m = cue.exec(slice)) {
      if (m.index < to && m.index + m[0].length > from) continue; // the expression itself ("morgen")
      const distance = m.index >= to ? m.index - to : from - (m.index + m[0].length);
      if (!best || distance < best.distance) best = { tense, distance };
    }
  }
  return best?.tense;
}
