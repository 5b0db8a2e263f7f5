/**
 * "from April to September", "between 3 and 9 May 2020": TIMEX3 annotates the two ends as two expressions (and the
 * English tagger follows it), but the event they bound lasts from the first end to the second. The event stage
 * joins such a pair into one interval, as the Dutch tagger does for "van april tot september" itself.
 */
import { civilDay, dayNumber, formatDay, isValidDay, parseDay } from '../time/calendar.js';
import { shiftByDuration, type CalendarUnit } from '../time/units.js';
import { exactUnit, shiftWindowDays, windowValue } from '../time/window.js';
import type { DateWindow, Granularity, Timex } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import type { Windowed } from './dating.js';

const COARSENESS: readonly Granularity[] = ['minute', 'hour', 'day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century'];
const coarser = (a: Granularity, b: Granularity) => (COARSENESS.indexOf(a) >= COARSENESS.indexOf(b) ? a : b);

/** Words right before an expression, lower case, spaces collapsed (at most `reach` characters back). */
export function wordsBefore(text: string, at: number, reach = 12): string {
  return text.slice(Math.max(0, at - reach), at).toLowerCase().replace(/\s+/g, ' ');
}

/** The words between two expressions, lower case, spaces collapsed and trimmed. */
function wordsBetween(text: string, from: number, to: number): string {
  return text.slice(from, to).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A day or month written without a year ("January", "3 March"), placed by the document date alone: at one end of a
 * range, it takes the year written at the other.
 */
function yearless(timex: Windowed): boolean {
  return (
    (timex.parser === 'month' || timex.parser === 'written-date') &&
    timex.anchor === 'document' &&
    timex.window.certainty === 'exact' &&
    /^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?\p{L}+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$/u.test(timex.text)
  );
}

const yearOf = (day: string) => Number(day.slice(0, 4));

/** The same day or month as an exact `window` of one, in `year` (null for a 29 February elsewhere). */
function sameDateIn(window: DateWindow, year: number): DateWindow | null {
  const { month, day } = civilDay(parseDay(window.earliest));
  if (!isValidDay(year, month, day)) return null;
  return exactUnit(window.granularity as CalendarUnit, dayNumber(year, month, day));
}

/** Words a range told by two verbs may hold between its conjunction and its "until": the second verb. */
const MAX_CONTINUATION_WORDS = 3;

/** Is `between` a conjunction, a verb and an "until" ("and last until", "en duurt nog tot")? */
function continues(between: string, cues: CompiledCues): boolean {
  const words = between.split(' ');
  if (words.length < 3 || !cues.rangeConjunctions.has(words[0])) return false;
  const rest = words.slice(1).join(' ');
  return cues.rangeUntilWords.some((until) => {
    if (!rest.endsWith(` ${until}`)) return false;
    const verbs = rest.slice(0, -until.length - 1).split(' ');
    return verbs.length <= MAX_CONTINUATION_WORDS && verbs.every((w) => /^\p{L}+$/u.test(w));
  });
}

/**
 * The interval `first` .. `second` as one expression when the text joins them as a range: an opening word before
 * the first ("from", "between") and a joining word between them ("to", "until", "and"), a dash alone, or two verbs
 * ("begin next month and last until the end of September"). Null when they are not so joined, or the second end
 * lies before the first.
 */
export function joinedRange(text: string, first: Windowed, second: Windowed, cues: CompiledCues): Windowed | null {
  const between = wordsBetween(text, first.end, second.start);
  const dash = between === '-' || between === '–';
  if (!dash && !continues(between, cues)) {
    if (!cues.rangeJoiners.has(between)) return null;
    const before = wordsBefore(text, first.start);
    const opened = [...cues.rangeOpenings].some((word) => before.endsWith(` ${word} `) || before === `${word} `);
    if (!opened) return null;
  }
  let a = first.window;
  let firstValue = first.value;
  let b = second.window;
  let secondValue = second.value;
  // "from Monday to Wednesday": a weekday resolved on its own may land in the week before; the range means the next
  if (b.latest < a.earliest && second.parser === 'weekday' && b.certainty === 'exact') {
    b = shiftWindowDays(b, 7);
    secondValue = windowValue(b);
  }
  // "from January to March 2023": a year written at the second end is the first's too; "from 3 January 2023 to
  // 5 March", "from next month to March": the second end is the first such date after the first
  if (yearless(first) && second.anchor === 'absolute') {
    const moved = sameDateIn(a, yearOf(b.earliest)) ?? a;
    a = moved.earliest > b.earliest ? (sameDateIn(a, yearOf(b.earliest) - 1) ?? a) : moved;
    firstValue = windowValue(a);
  } else if (yearless(second)) {
    const moved = sameDateIn(b, yearOf(a.earliest)) ?? b;
    b = moved.latest < a.earliest ? (sameDateIn(b, yearOf(a.earliest) + 1) ?? b) : moved;
    secondValue = windowValue(b);
  }
  if (b.latest < a.earliest) return null;
  const exact = a.certainty === 'exact' && b.certainty === 'exact';
  const window: DateWindow = { earliest: a.earliest, latest: b.latest, granularity: coarser(a.granularity, b.granularity), certainty: exact ? 'exact' : 'period' };
  if (a.vagueStart) window.vagueStart = true;
  if (b.vagueEnd) window.vagueEnd = true;
  const anchor = first.anchor === 'absolute' && second.anchor === 'absolute' ? 'absolute' : first.anchor === 'absolute' ? second.anchor : first.anchor;
  return {
    start: first.start,
    end: second.end,
    text: text.slice(first.start, second.end),
    type: 'DATE',
    value: `${firstValue}/${secondValue}`,
    window,
    anchor,
    parser: 'joined-range',
  };
}

/** Is `between` a range conjunction and a verb of lasting ("and take", "en duurt")? */
function lastsBy(between: string, cues: CompiledCues): boolean {
  const words = between.split(' ');
  return words.length === 2 && cues.rangeConjunctions.has(words[0]) && cues.lastingVerbs.has(words[1]);
}

/**
 * "vanaf maandag voor drie weken", "on Monday for three weeks": a start known to the day and how long it lasts make
 * one period, from the start to the day before the duration is up. So do a start and a verb of lasting ("start this
 * autumn and take about two years"), which also join a start known less sharply: a period whose start and end are
 * vague, as far from each other as the length says. Null for a vague duration ("for weeks"), a start after "for"
 * that is one day somewhere in a window, or other words between.
 */
export function lastingFrom(text: string, start: Windowed, duration: Timex, cues: CompiledCues): Windowed | null {
  if (duration.type !== 'DURATION') return null;
  const between = wordsBetween(text, start.end, duration.start);
  const sharp = start.window.certainty === 'exact' && start.window.granularity === 'day';
  if (!(sharp && cues.durationJoiners.has(between)) && !lastsBy(between, cues)) return null;
  const end = shiftByDuration(parseDay(start.window.latest), duration.value);
  if (end === null) return null;
  const first = parseDay(start.window.earliest);
  const last = end - 1;
  const window: DateWindow = sharp
    ? { earliest: formatDay(first), latest: formatDay(last), granularity: 'day', certainty: 'exact' }
    : { earliest: formatDay(first), latest: formatDay(last), granularity: start.window.granularity, certainty: 'period', vagueStart: true, vagueEnd: true };
  return {
    start: start.start,
    end: duration.end,
    text: text.slice(start.start, duration.end),
    type: 'DATE',
    value: `${start.value}/${duration.value}`,
    window,
    anchor: start.anchor,
    parser: 'lasting-from',
  };
}

/**
 * "at 16:15 UTC, June 1st": a clock time with no day of its own is placed on the article's day, but the day written
 * right after it (a comma or a space between) is the day it was on. That day, or null.
 */
export function dayOfClockTime(text: string, time: Windowed, next: Windowed): Windowed | null {
  if (time.type !== 'TIME' || time.anchor !== 'document' || next.type !== 'DATE' || next.window.granularity !== 'day') return null;
  return /^[\s,]*$/.test(text.slice(time.end, next.start)) ? next : null;
}
