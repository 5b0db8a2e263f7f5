/**
 * A range as one expression ("van 3 tot 7 mei", "from 1 February to March 2019", "tussen maart en juni 2021"): its
 * TIMEX3 value is the ISO 8601 interval of the two ends' values (`2021-03/2021-06`) and its window runs from the
 * first end's earliest day to the second end's latest. Each end takes what the text left unsaid at it from the
 * other: a year written at one end is the other's too, and a weekday is the first such day on or after the first
 * end. Language-neutral: the locales say which words join two ends (see `refiners/range-join.ts`).
 */
import { civilDay, dayNumber, isValidDay, isoWeekday, parseDay } from '../../time/calendar.js';
import { UNIT_ORDER, type CalendarUnit } from '../../time/units.js';
import { exactUnit, shiftWindowDays, spanOfWindow, windowFromSpan, windowValue } from '../../time/window.js';
import type { AnchorKind, DateWindow, Granularity } from '../../types.js';
import type { ParseContext } from '../contract.js';
import { yearlyUnit, type Direction, type Resolution } from './resolve.js';

/** One end of a range: a resolved date with its window. */
export interface RangeEnd {
  value: string;
  window: DateWindow;
  anchor: AnchorKind;
  impliedCycle?: 'year' | 'week';
}

const coarser = (a: Granularity, b: Granularity): Granularity => (UNIT_ORDER.indexOf(a) >= UNIT_ORDER.indexOf(b) ? a : b);
const calendarUnit = (g: Granularity): CalendarUnit => (g === 'minute' || g === 'hour' ? 'day' : g);
const yearOf = (day: string) => Number(day.slice(0, 4));

/**
 * The same day or month as an exact window of one unit, in `year` (null for a 29 February elsewhere). A window of
 * several occurrences of a yearly unit ("januari" in an article dated only 2020) gives its first one's day or month.
 */
export function sameDateInYear(window: DateWindow, year: number): DateWindow | null {
  const unit = calendarUnit(window.granularity);
  const { month, day } = civilDay(parseDay(window.earliest));
  if (!isValidDay(year, month, day)) return null;
  return exactUnit(unit, dayNumber(year, month, day));
}

/** An end whose year the text left unsaid, moved into `year`, or the year after when it would come before `notBefore`. */
function intoYear(end: RangeEnd, year: number, notBefore?: string, notAfter?: string): RangeEnd {
  let window = sameDateInYear(end.window, year);
  if (window && notBefore !== undefined && window.latest < notBefore) window = sameDateInYear(end.window, year + 1);
  if (window && notAfter !== undefined && window.earliest > notAfter) window = sameDateInYear(end.window, year - 1);
  return window ? { ...end, window, value: windowValue(window), impliedCycle: undefined } : end;
}

/** A calendar value for the range: "nu" (`PRESENT_REF`) stands for the days its window holds. */
function calendarValue(end: RangeEnd): string {
  return /^\d/.test(end.value) ? end.value : windowValue(end.window);
}

/**
 * `first` to `second` as one range; null when the second end lies before the first however each may be placed.
 * Each end may take the unsaid year or week from the other (see the module comment).
 */
export function rangeOf(first: RangeEnd, second: RangeEnd): Resolution | null {
  let [a, b] = [first, second];
  const sure = (end: RangeEnd) => end.window.certainty === 'exact' && yearOf(end.window.earliest) === yearOf(end.window.latest);
  if (a.impliedCycle === 'year' && sure(b)) {
    // "van 1 feb tot maart 2019", "tussen maart en juni 2021": the first end is the last such date up to the second;
    // so with no year at either end ("van 10 augustus tot 2 september"), where the second end's placement is the
    // range's (the first end is the range's own start, a reader does not place it apart)
    a = { ...intoYear(a, yearOf(b.window.earliest), undefined, b.window.latest), anchor: b.anchor };
  } else if (b.impliedCycle === 'year' && sure(a)) {
    // "van november 2022 tot februari", "from 3 January 2023 to 5 March": the second is the first such date after
    b = { ...intoYear(b, yearOf(a.window.earliest), a.window.earliest), anchor: a.anchor };
  }
  // "van vrijdag tot dinsdag", "from Friday, July 3 until Tuesday": a weekday is the first such day on or after the
  // first end, wherever the tense alone would have put it
  if (b.impliedCycle === 'week' && b.window.certainty === 'exact' && a.window.certainty === 'exact' && calendarUnit(a.window.granularity) === 'day') {
    const days = parseDay(a.window.earliest) + ((isoWeekday(parseDay(b.window.earliest)) - isoWeekday(parseDay(a.window.earliest)) + 7) % 7) - parseDay(b.window.earliest);
    const window = shiftWindowDays(b.window, days);
    b = { ...b, window, value: windowValue(window) };
  }
  if (b.window.latest < a.window.earliest) return null;
  const exact = a.window.certainty === 'exact' && b.window.certainty === 'exact';
  const span = { start: parseDay(a.window.earliest), end: parseDay(b.window.latest) };
  const window = windowFromSpan(span, calendarUnit(coarser(a.window.granularity, b.window.granularity)), exact ? 'exact' : 'period', {
    vagueStart: a.window.vagueStart,
    vagueEnd: b.window.vagueEnd,
  });
  const anchor: AnchorKind = a.anchor === 'absolute' && b.anchor === 'absolute' ? 'absolute' : a.anchor === 'absolute' ? b.anchor : a.anchor;
  return { value: `${calendarValue(a)}/${calendarValue(b)}`, window, anchor };
}

/** Day `day` of the month that `window` starts in, as an exact day (null when that month has no such day). */
export function dayOfMonthOf(window: DateWindow, day: number): DateWindow | null {
  const { year, month } = civilDay(parseDay(window.earliest));
  return isValidDay(year, month, day) ? exactUnit('day', dayNumber(year, month, day)) : null;
}

/**
 * Weekday `weekday` (ISO, Monday 1) of the week `week` (a window of one ISO week): "volgende week tussen woensdag en
 * vrijdag". The week's certainty carries over.
 */
export function weekdayOfWeek(week: DateWindow, weekday: number): DateWindow {
  const monday = parseDay(week.earliest) - isoWeekday(parseDay(week.earliest)) + 1;
  const last = parseDay(week.latest) - isoWeekday(parseDay(week.latest)) + 1;
  return windowFromSpan({ start: monday + weekday - 1, end: last + weekday - 1 }, 'day', monday === last ? 'exact' : 'within');
}

/**
 * A range whose ends both leave the year unsaid ("van 1 januari tot 31 maart", "from November to February"), placed
 * as one stretch: by the sentence's tense as any yearly date is (`direction`), or without one (undefined) the
 * stretch that starts in the document's year. The second end crosses into the next year when it comes before the
 * first ("van 19 december tot 3 januari"). Null when the stretch cannot be placed to one year.
 */
export function yearlessRange(context: ParseContext, first: RangeEnd, second: RangeEnd, direction: Direction | undefined): [RangeEnd, RangeEnd] | null {
  const ends = (year: number): [DateWindow, DateWindow] | null => {
    const a = sameDateInYear(first.window, year);
    let b = sameDateInYear(second.window, year);
    if (a && b && b.latest < a.earliest) b = sameDateInYear(second.window, year + 1);
    return a && b ? [a, b] : null;
  };
  let year = civilDay(context.referenceSpan.start).year;
  if (direction) {
    const inYear = (y: number) => {
      const pair = ends(y);
      return pair ? { start: spanOfWindow(pair[0]).start, end: spanOfWindow(pair[1]).end } : null;
    };
    const placed = yearlyUnit(context, 'day', inYear, direction);
    if (placed?.window?.certainty !== 'exact') return null;
    year = yearOf(placed.window.earliest);
  }
  const pair = ends(year);
  if (!pair) return null;
  const [a, b] = pair;
  return [
    { ...first, window: a, value: windowValue(a) },
    { ...second, window: b, value: windowValue(b) },
  ];
}

/** The end of a range value `A/B` as a resolved end, for days and months (null for anything else). */
function endOfValue(value: string): RangeEnd | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return { value, window: exactUnit('day', dayNumber(Number(day[1]), Number(day[2]), Number(day[3]))), anchor: 'document' };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return { value, window: exactUnit('month', dayNumber(Number(month[1]), Number(month[2]), 1)), anchor: 'document' };
  return null;
}

/**
 * A range of days or months whose year the text left unsaid, put in the year written after it ("from 2 to 7 Feb,
 * 2018", "van 2 tot 7 feb tweeduizend achttien"): the first end in that year, the second after it. Null when the
 * value is no interval of days or months.
 */
export function rangeInYear(value: string, year: number): Resolution | null {
  const [a, b] = value.split('/').map(endOfValue);
  if (!a || !b) return null;
  const first = intoYear(a, year);
  const second = intoYear(b, year, first.window.earliest);
  const range = rangeOf({ ...first, anchor: 'absolute' }, { ...second, anchor: 'absolute' });
  return range;
}
