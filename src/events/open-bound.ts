/**
 * "na de zomer", "after 2020", "vóór 2025": a date the event lies after or before, not on; "tot in april", "until
 * Friday": a date a state lasts up to. The expression keeps its TIMEX3 value (the signal word stays outside it, as
 * TIMEX3 annotates). After or before, with mod AFTER or BEFORE, the event's window becomes one moment in the stretch
 * as long as the named unit beside it, its far edge vague: "na de zomer" is some day in the season after the
 * summer, or later. By a deadline ("by 2030", "uiterlijk in september"), one moment from the article's date to the
 * end of the named one, mod ON_OR_BEFORE. Until, a period from the article's date to the end of the named one
 * ("blijft tot in april dicht"), or, of the past ("until 2010 he lived in Ghent"), one ending there, its start vague.
 */
import { formatDay } from '../time/calendar.js';
import { shiftByDuration, shiftDay, type DaySpan } from '../time/units.js';
import { reachOf, windowAfter, windowBefore, windowByDeadline } from '../temporal/common/bounds.js';
import { spanOfWindow } from '../time/window.js';
import type { DateWindow, Timex } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import type { Windowed } from './dating.js';
import { wordsBefore } from './joined-range.js';
import { isSpaceCode } from '../chars.js';

/** How far back from an expression {@link wordBefore} looks. */
const WORD_BEFORE_REACH = 16;
const LETTER = /\p{L}/uy;

/**
 * The lower-case word right before character `at`, if only spaces stand between: the letters (`\p{L}`) before the
 * spaces (`\s`), within the 16 characters before `at`. Scanned back by character codes: a regular expression ending
 * in `$` tried every start in the slice.
 */
export function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - WORD_BEFORE_REACH);
  let end = at;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === at) return '';
  let start = end;
  for (let n = letterBefore(text, start, from); n > 0; n = letterBefore(text, start, from)) start -= n;
  return start === end ? '' : text.slice(start, end).toLowerCase();
}

/** Code units of the letter ending at `at` and starting at or after `from` (2 for a surrogate pair), else 0. */
function letterBefore(text: string, at: number, from: number): number {
  if (at <= from) return 0;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const pair = c >= 0xdc00 && c <= 0xdfff && at - 2 >= from && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  const start = pair ? at - 2 : at - 1;
  LETTER.lastIndex = start;
  return LETTER.test(text) && LETTER.lastIndex === at ? at - start : 0;
}

/** Does one of `padded` (lower case, maybe several words, each with a space on both sides) end `before`? */
function endsWithWord(before: string, padded: readonly string[]): boolean {
  for (let w = 0; w < padded.length; w++) if (before.endsWith(padded[w])) return true;
  return false;
}

/** A language's signal lists, each word with a space on both sides (` by `), made once per language. */
interface PaddedSignals {
  deadline: string[];
  after: string[];
  until: string[];
  before: string[];
  /** A deadline noun and its link word ("deadline van"), when the language lists deadline nouns. */
  linkedDeadlines: string[];
}
let paddedCues: CompiledCues | undefined;
let padded: PaddedSignals | undefined;
function paddedSignals(cues: CompiledCues): PaddedSignals {
  if (cues !== paddedCues || padded === undefined) {
    const pad = (words: Iterable<string>) => [...words].map((word) => ` ${word} `);
    const deadlines = cues.raw.deadlineNouns;
    const linked = deadlines ? deadlines.nouns.flatMap((noun) => deadlines.links.map((link) => `${noun} ${link}`)) : [];
    padded = { deadline: pad(cues.deadlineWords), after: pad(cues.afterWords), until: pad(cues.rangeUntilWords), before: pad(cues.beforeWords), linkedDeadlines: pad(linked) };
    paddedCues = cues;
  }
  return padded;
}

/** Which signal words stand right before a position of the text, each list tested on its own. */
interface Signals {
  deadline: boolean;
  after: boolean;
  until: boolean;
  before: boolean;
  /** The lower-case word right before, if only spaces stand between. */
  word: string;
  /** A deadline noun and its link word stand right before ("de deadline van"). */
  linkedDeadline: boolean;
}

/**
 * The signals before character `at`, worked out once per position of one article's text in one language: every
 * clause that may be dated by an expression asks about it again.
 */
let signalsText: string | undefined;
let signalsCues: CompiledCues | undefined;
const signalsAt = new Map<number, Signals>();
/** The words right after an expression's end, by character (see {@link namesDeadline}), kept like the signals. */
const wordsAfterAt = new Map<number, string>();
function signalsBefore(text: string, at: number, cues: CompiledCues): Signals {
  if (text !== signalsText || cues !== signalsCues) {
    signalsAt.clear();
    wordsAfterAt.clear();
    signalsText = text;
    signalsCues = cues;
  }
  let signals = signalsAt.get(at);
  if (!signals) {
    const lists = paddedSignals(cues);
    const before = ` ${wordsBefore(text, at, 16)}`;
    signals = {
      deadline: endsWithWord(before, lists.deadline),
      after: endsWithWord(before, lists.after),
      until: endsWithWord(before, lists.until),
      before: endsWithWord(before, lists.before),
      word: wordBefore(text, at),
      linkedDeadline: endsWithWord(before, lists.linkedDeadlines),
    };
    signalsAt.set(at, signals);
  }
  return signals;
}

/**
 * Does a deadline noun stand beside the expression: right after it ("has a June 1 deadline") or before it with a link
 * word ("de deadline van 1 juni")?
 */
function namesDeadline(text: string, timex: Timex, cues: CompiledCues, signals: Signals): boolean {
  const deadlines = cues.raw.deadlineNouns;
  if (!deadlines) return false;
  const after = wordsAfter(text, timex.end);
  if (deadlines.nouns.some((noun) => after === noun || after.startsWith(`${noun} `))) return true;
  return signals.linkedDeadline;
}

/** How far after an expression {@link wordsAfter} looks. */
const WORDS_AFTER_REACH = 24;

/** {@link scanWordsAfter}, kept per position of the text the signals are kept for. */
function wordsAfter(text: string, at: number): string {
  let words = wordsAfterAt.get(at);
  if (words === undefined) {
    words = scanWordsAfter(text, at);
    wordsAfterAt.set(at, words);
  }
  return words;
}

/**
 * One or two lower-case words right after character `at`, after white space ('' when none), within the 24 characters
 * after `at`: what `/^\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)/u` captures there, scanned by character codes.
 */
export function scanWordsAfter(text: string, at: number): string {
  const limit = Math.min(text.length, at + WORDS_AFTER_REACH);
  const first = spacesFrom(text, at, limit);
  const firstEnd = wordFrom(text, first, limit);
  if (first === at || firstEnd === first) return '';
  // a second word after white space, when one follows
  const second = spacesFrom(text, firstEnd, limit);
  const end = second > firstEnd ? wordFrom(text, second, limit) : firstEnd;
  return text.slice(first, end > second ? end : firstEnd).toLowerCase();
}

/** End of the white space (`\s`) starting at `from`, before `limit`. */
function spacesFrom(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

const WORD_PART = /[\p{L}-]/uy;
/** End of the letters and hyphens starting at `from` (`from` itself when none), before `limit`. */
function wordFrom(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45) i++;
      else break;
      continue;
    }
    WORD_PART.lastIndex = i;
    // a letter of two UTF-16 units cut by the limit is none, as in the slice the expression read
    if (!WORD_PART.test(text) || WORD_PART.lastIndex > limit) break;
    i = WORD_PART.lastIndex;
  }
  return i;
}

/**
 * `timex` as a bound when an "after", "before", "by" or "until" word stands right before it; null otherwise. An
 * "after" bound of the past reaches to the article's date, firmly: "after 2010" in an article of 2021 is from 2011
 * to the article.
 */
export function openBound(text: string, timex: Windowed, cues: CompiledCues, documentDays: DaySpan): Windowed | null {
  if (timex.type !== 'DATE' || timex.value.includes('/')) return null;
  const signals = signalsBefore(text, timex.start, cues);
  // the longest signal first: "niet later dan" is a deadline, "later dan" an after
  const deadline = signals.deadline || namesDeadline(text, timex, cues, signals);
  const after = !deadline && signals.after;
  const until = !deadline && !after && signals.until;
  // a part of a unit ("the end of the year") is a period with vague edges: a bound reads from its own edges
  const part = timex.mod === 'START' || timex.mod === 'MID' || timex.mod === 'END';
  const before =
    !deadline && !after && !until &&
    (signals.before || (cues.beforeDayWords.has(signals.word) && (timex.window.granularity === 'day' || part)));
  if (!after && !until && !deadline && !before) return null;
  if (timex.window.certainty === 'period' && !part) return null;
  const span = spanOfWindow(timex.window);
  if (deadline) {
    // "by 2030", "uiterlijk in september": some day from the article up to the end of that date; a deadline of
    // the past says when a state held ("by 2010 prices had doubled"), not when the event came
    if (span.end <= documentDays.end) return null;
    return { ...timex, window: windowByDeadline(span, documentDays), mod: 'ON_OR_BEFORE' };
  }
  const unit = reachOf(timex.window.granularity);
  if (until) {
    // of the future, the state holds from the article on; of the past, since some time before
    const ahead = span.end > documentDays.end;
    if (ahead && timex.window.certainty !== 'exact' && !part) return null;
    const window: DateWindow = { earliest: formatDay(ahead ? documentDays.start : shiftDay(unit, span.start, -1)), latest: formatDay(span.end), granularity: 'day', certainty: 'period' };
    if (!ahead) window.vagueStart = true;
    return { ...timex, window };
  }
  // "na half mei", "before the end of December": after or before the part itself
  if (after) return { ...timex, window: windowAfter(span, timex.window.granularity, documentDays), mod: 'AFTER' };
  return { ...timex, window: windowBefore(span, timex.window.granularity), mod: 'BEFORE' };
}

/**
 * "binnen twee weken", "within three months": one moment between the article's date and the end of the stretch
 * that starts there. Null for a duration after other words or of no whole count ("within weeks").
 */
export function withinStretch(text: string, duration: Timex, cues: CompiledCues, documentDays: DaySpan): Windowed | null {
  if (duration.type !== 'DURATION' || !cues.withinWords.has(signalsBefore(text, duration.start, cues).word)) return null;
  const last = shiftByDuration(documentDays.end, duration.value);
  if (last === null) return null;
  const window: DateWindow = { earliest: formatDay(documentDays.start), latest: formatDay(last), granularity: 'day', certainty: 'within' };
  return { ...duration, window, anchor: 'document' };
}
