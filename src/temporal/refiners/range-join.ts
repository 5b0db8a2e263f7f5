/**
 * Language-independent refiner factory: ranges as one expression, composed from what the parsers found. Two dates
 * side by side, joined by a range word ("van 1-3-2021 tot 15-4-2021", "tussen 22 jan en nu", "from next Friday to
 * Oct 1st 2020", "Q2 2017 - Q1 2018"), become one DATE whose value is the interval of the two (`rangeOf`), so every
 * end any parser finds is a range end without a pattern per combination. Bare day numbers take their month from a
 * date beside them ("deze maand van 4 tot 22", "4 to 23 next month", "van 3 tot 12 van sept", "from 4 to January
 * 22"); two weekdays take their week from a week beside them ("volgende week tussen woensdag en vrijdag"). The
 * locale supplies the words.
 */
import { isSpaceCode } from '../../chars.js';
import { maxOf } from '../../lists.js';
import { isoWeekday, parseDay } from '../../time/calendar.js';
import { unitSpan } from '../../time/units.js';
import { spanOfWindow, windowFromSpan, windowValue } from '../../time/window.js';
import type { DateWindow, Timex } from '../../types.js';
import type { ParseContext, TemporalRefiner } from '../contract.js';
import { alternation } from '../common/patterns.js';
import { dayOfMonthOf, rangeInYear, rangeOf, weekdayOfWeek, yearlessRange, type RangeEnd } from '../common/range.js';
import type { Direction } from '../common/resolve.js';

/** A language's range words. */
export interface RangeWords {
  /** Words before a range's first end: "van", "tussen", "from", "between". */
  readonly openings: readonly string[];
  /** Words or marks that join two ends on their own: "tot", "t/m", "-", "to", "until". */
  readonly joiners: readonly string[];
  /** Joining words that need an opening before the first end: "en" after "tussen", "and" after "between". */
  readonly pairedJoiners: readonly string[];
  /** Words between a bare day range and its month: "3 tot 12 van sept", "4 till 23 of this month". */
  readonly monthLinks: readonly string[];
  /** Pattern source of a day number as a range writes it, ordinal ending included ("4", "04", "4e", "4th"). */
  readonly dayNumber: string;
  /** Words after a number that make it no day ("10 tot 12 uur", "3 to 5 percent"). */
  readonly notDayAfter: readonly string[];
  /**
   * Join two ends that are both months or coarser. English does not: TIMEX3, and MEANTIME after it, annotate
   * "between April and June" as two dates (the event stage still reads them as one stretch).
   */
  readonly joinCoarseEnds: boolean;
}

/** How far before or after a date a bare day range may start or end (characters). */
const BARE_REACH = 40;

interface Patterns {
  /** "van 3 tot 12 (van)" right before a month. */
  readonly daysBefore: RegExp;
  /** " van 4 tot 22" right after a month. */
  readonly daysAfter: RegExp;
  /** "van 4 tot" right before a day. */
  readonly dayBefore: RegExp;
  /** An opening word right before a date. */
  readonly opening: RegExp;
  readonly joiner: RegExp;
  readonly paired: RegExp;
  /** Most non-blank characters a joining stretch holds ("tot en met": 8): a longer one is never a joiner. */
  readonly joinerLength: number;
}

function patternsOf(words: RangeWords): Patterns {
  const open = alternation(words.openings);
  const join = alternation([...words.joiners, ...words.pairedJoiners]);
  const day = `(?:${words.dayNumber})`;
  const link = alternation(words.monthLinks);
  const notDay = `(?![ \\t]{0,3}(?:[.:,]\\d|${alternation(words.notDayAfter)}(?![\\p{L}\\p{N}])))`;
  const start = '(?<![\\p{L}\\p{N}/.,:-])';
  // a joining word needs spaces around it, a dash does not
  const joinAny = `(?:\\s{0,3}[-–]\\s{0,3}|\\s{1,3}(?<join>${join})\\s{1,3})`;
  return {
    daysBefore: new RegExp(`${start}(?:(?<open>${open})\\s{1,3})?(?<d1>${day})${joinAny}(?<d2>${day})(?:\\s{1,3}${link})?\\s{1,3}$`, 'iu'),
    daysAfter: new RegExp(`^\\s{1,3}(?:(?<open>${open})\\s{1,3})?(?<d1>${day})${joinAny}(?<d2>${day})(?![\\p{L}\\p{N}])${notDay}`, 'iu'),
    dayBefore: new RegExp(`${start}(?:(?<open>${open})\\s{1,3})?(?<d1>${day})${joinAny}$`, 'iu'),
    opening: new RegExp(`(?<![\\p{L}\\p{N}])(?<open>${open})\\s{1,3}$`, 'iu'),
    joiner: new RegExp(`^(?:\\s{0,3}[-–]\\s{0,3}|\\s{1,3}${alternation(words.joiners)}\\s{1,3})$`, 'iu'),
    paired: new RegExp(`^\\s{1,3}${alternation(words.pairedJoiners)}\\s{1,3}$`, 'iu'),
    joinerLength: maxOf([...words.joiners, ...words.pairedJoiners].map((w) => w.replace(/\s/g, '').length), 1),
  };
}

const isDated = (t: Timex | undefined): t is Timex & { window: DateWindow } =>
  t !== undefined && t.type === 'DATE' && t.window !== undefined && !t.value.includes('/');

/** Does the window hold one unit of its granularity (one month, one day), however sure? */
function oneUnit(window: DateWindow): boolean {
  const unit = window.granularity === 'minute' || window.granularity === 'hour' ? 'day' : window.granularity;
  const { start, end } = spanOfWindow(window);
  return unitSpan(unit, start).end >= end;
}

const dayNumberOf = (text: string) => Number(/\d+/.exec(text)![0]);

/** Does text[from, to) hold more than `most` non-blank characters? Stops reading at the first one too many. */
function moreNonBlank(text: string, from: number, to: number, most: number): boolean {
  let count = 0;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i)) && ++count > most) return true;
  return false;
}

/** An ASCII digit anywhere in text[from, to)? Every bare day range holds one. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Which occurrence of a yearly date the sentence around `start..end` points to, as the language reads tense;
 * undefined for the document's own year.
 */
export type YearlessDirection = (context: ParseContext, start: number, end: number) => Direction | undefined;

/**
 * The range refiner of a language: its words, and how it places a date without a year (a range whose two ends
 * leave the year unsaid is placed as one, by the tense around the whole range: the joining words inside it are no
 * tense cues for its ends).
 */
export function rangeJoinRefiner(words: RangeWords, placeYearless: YearlessDirection): TemporalRefiner {
  let compiled: Patterns | undefined;
  return {
    name: 'range-join',
    refine(timexes, context) {
      compiled ??= patternsOf(words);
      const withDays = bareDays(timexes, context, compiled);
      return yearAfter(joinPairs(withDays, context, compiled, words, placeYearless), context);
    },
  };
}

/** The timex for `start..end` of the text with a range resolution. */
function rangeTimex(context: ParseContext, start: number, end: number, fields: Pick<Timex, 'value' | 'window' | 'anchor'> & { impliedCycle?: Timex['impliedCycle'] }): Timex {
  const timex: Timex = { start, end, text: context.text.slice(start, end), type: 'DATE', value: fields.value, window: fields.window, anchor: fields.anchor, parser: 'range' };
  if (fields.impliedCycle) timex.impliedCycle = fields.impliedCycle;
  return timex;
}

/**
 * Bare day numbers beside a date: two around a month ("deze maand van 4 tot 22", "4 tot 23 volgende maand"), or one
 * before a day of the same month ("from 4 to January 22, 1995"). Ranges of days whose month is one known month.
 */
function bareDays(timexes: readonly Timex[], context: ParseContext, p: Patterns): Timex[] {
  const { text } = context;
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i];
    if (!isDated(t) || t.window.certainty !== 'exact' || (t.window.granularity !== 'month' && t.window.granularity !== 'day') || !oneUnit(t.window)) {
      out.push(t);
      continue;
    }
    const previousEnd = out.length ? out[out.length - 1].end : 0;
    const nextStart = i + 1 < timexes.length ? timexes[i + 1].start : text.length;
    const beforeFrom = Math.max(previousEnd, t.start - BARE_REACH);
    const afterTo = Math.min(nextStart, t.end + BARE_REACH);
    // every bare day range holds a digit (its day numbers) before the date, or after a month
    if (!hasDigit(text, beforeFrom, t.start) && (t.window.granularity !== 'month' || !hasDigit(text, t.end, afterTo))) {
      out.push(t);
      continue;
    }
    const before = text.slice(beforeFrom, t.start);
    const joined = t.window.granularity === 'month' ? aroundMonth(t, before, beforeFrom, text.slice(t.end, afterTo), context, p) : beforeDay(t, before, beforeFrom, context, p);
    out.push(joined ?? t);
  }
  return out;
}

/**
 * Whether the number at `at` belongs to a name right before it ("iPhone 4 until September 30", "Windows 10 tot mei"):
 * a word with a capital after its first letter or a digit in it, so no day range starts there without an opening word.
 */
function namesTheNumber(text: string, at: number): boolean {
  return /(?:^|[^\p{L}\p{N}])[\p{L}\p{N}](?:[\p{L}\p{N}]*[\p{Lu}\p{N}])[\p{L}\p{N}]*[ \t]{1,3}$/u.test(text.slice(Math.max(0, at - 32), at));
}

/** A paired joiner ("en", "and") needs its opening ("tussen", "between"). */
function opened(groups: Record<string, string | undefined>, p: Patterns): boolean {
  return !groups.join || !p.paired.test(` ${groups.join} `) || groups.open !== undefined;
}

function aroundMonth(t: Timex & { window: DateWindow }, before: string, beforeFrom: number, after: string, context: ParseContext, p: Patterns): Timex | null {
  const ahead = p.daysBefore.exec(before);
  const behind = ahead ? null : p.daysAfter.exec(after);
  const match = ahead ?? behind;
  if (!match || !opened(match.groups!, p)) return null;
  if (ahead && !match.groups!.open && namesTheNumber(context.text, beforeFrom + match.index)) return null;
  const [d1, d2] = [dayNumberOf(match.groups!.d1), dayNumberOf(match.groups!.d2)];
  const first = dayOfMonthOf(t.window, d1);
  const last = dayOfMonthOf(t.window, d2);
  if (!first || !last || d2 <= d1) return null;
  const start = ahead ? beforeFrom + match.index : t.start;
  const end = ahead ? t.end : t.end + match.index + match[0].length;
  const window = windowFromSpan({ start: parseDay(first.earliest), end: parseDay(last.latest) }, 'day', 'exact');
  return rangeTimex(context, start, end, { value: `${windowValue(first)}/${windowValue(last)}`, window, anchor: t.anchor, impliedCycle: t.impliedCycle });
}

function beforeDay(t: Timex & { window: DateWindow }, before: string, beforeFrom: number, context: ParseContext, p: Patterns): Timex | null {
  // a written date of a month ("22 januari 1995", "April 07"), not a weekday or "morgen"
  if (t.anchor !== 'absolute' && t.impliedCycle !== 'year') return null;
  const match = p.dayBefore.exec(before);
  if (!match || !opened(match.groups!, p)) return null;
  // a dash alone between two numbers is a score or a code more often than a range ("3-1 5 mei"): a word or an opening
  if (!match.groups!.join && !match.groups!.open) return null;
  if (!match.groups!.open && namesTheNumber(context.text, beforeFrom + match.index)) return null;
  const first = dayOfMonthOf(t.window, dayNumberOf(match.groups!.d1));
  if (!first || first.earliest >= t.window.earliest) return null;
  const window = windowFromSpan({ start: parseDay(first.earliest), end: parseDay(t.window.latest) }, 'day', 'exact');
  return rangeTimex(context, beforeFrom + match.index, t.end, { value: `${windowValue(first)}/${t.value}`, window, anchor: t.anchor, impliedCycle: t.impliedCycle });
}

const COARSE = new Set(['month', 'quarter', 'season', 'half', 'year', 'decade', 'century']);

/** Two dates joined by a range word, as one; a week beside two weekdays places them. */
function joinPairs(timexes: readonly Timex[], context: ParseContext, p: Patterns, words: RangeWords, placeYearless: YearlessDirection): Timex[] {
  const { text } = context;
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const a = timexes[i];
    const b = timexes[i + 1];
    if (!isDated(a) || !isDated(b)) {
      out.push(a);
      continue;
    }
    // a joiner or a dash, blanks and an abbreviation's dot: anything longer joins nothing (before any slice or pattern)
    if (moreNonBlank(text, a.end, b.start, p.joinerLength + 1)) {
      out.push(a);
      continue;
    }
    // an abbreviation's dot left out of the first end ("2 okt. tot 22 oktober"), not a sentence's end
    const between = text.slice(a.end, b.start).replace(/^\.(?=\s{1,3}\p{Ll})/u, ' ');
    const previousEnd = out.length ? out[out.length - 1].end : 0;
    const beforeFrom = Math.max(previousEnd, a.start - 16);
    const opening = p.opening.exec(text.slice(beforeFrom, a.start));
    const coarse = COARSE.has(a.window.granularity) && COARSE.has(b.window.granularity);
    // months or years joined by a word alone are often no range ("de laatste maandag in [april] tot [2019]"): an
    // opening or a dash ("van mei tot juli", "mei-juli"); days need none ("vandaag tot morgen", "2 okt. tot 22 oktober")
    const dashed = /^\s{0,3}[-–]\s{0,3}$/.test(between);
    const joins = opening !== null ? p.joiner.test(between) || p.paired.test(between) : p.joiner.test(between) && (!coarse || dashed);
    if (!joins || (coarse && !words.joinCoarseEnds)) {
      out.push(a);
      continue;
    }
    let start = opening ? beforeFrom + opening.index : a.start;
    let end = b.end;
    let [first, second]: RangeEnd[] = [a, b];
    // "volgende week tussen woensdag en vrijdag", "this week from Tue to Thur": the week places both weekdays
    if (a.impliedCycle === 'week' && b.impliedCycle === 'week') {
      const week = weekBeside(out, timexes[i + 2], start, end, text);
      if (week) {
        [first, second] = [a, b].map((end) => {
          const window = weekdayOfWeek(week.window!, isoWeekday(parseDay(end.window!.earliest)));
          return { value: windowValue(window), window, anchor: week.anchor };
        });
        if (week.start < start) {
          out.pop();
          start = week.start;
        } else {
          end = week.end;
          i++;
        }
      }
    }
    if (a.impliedCycle === 'year' && b.impliedCycle === 'year') {
      [first, second] = yearlessRange(context, a, b, placeYearless(context, start, end)) ?? [first, second];
    }
    const range = rangeOf(first, second);
    if (!range?.window) {
      out.push(a);
      continue;
    }
    const impliedCycle = a.impliedCycle === 'year' && b.impliedCycle === 'year' ? 'year' : undefined;
    out.push(rangeTimex(context, start, end, { value: range.value, window: range.window, anchor: range.anchor, impliedCycle }));
    i++;
  }
  return out;
}

/** A range without its year, then a year ("from 2 to 7 Feb, 2018", "van 2 tot 7 feb tweeduizend achttien"): one range in that year. */
function yearAfter(timexes: readonly Timex[], context: ParseContext): Timex[] {
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const range = timexes[i];
    const year = timexes[i + 1];
    const yearly = year?.type === 'DATE' && /^\d{4}$/.test(year.value) && year.window?.certainty === 'exact';
    if (range.impliedCycle === 'year' && range.value.includes('/') && yearly && /^,?[ \t]{1,3}$/.test(context.text.slice(range.end, year.start))) {
      const placed = rangeInYear(range.value, Number(year.value));
      if (placed?.window) {
        out.push(rangeTimex(context, range.start, year.end, { value: placed.value, window: placed.window, anchor: 'absolute' }));
        i++;
        continue;
      }
    }
    out.push(range);
  }
  return out;
}

/** A week right before the range ("volgende week tussen ...") or right after it ("from Tue to Thur this week"). */
function weekBeside(out: readonly Timex[], next: Timex | undefined, start: number, end: number, text: string): Timex | undefined {
  const week = (t: Timex | undefined) => isDated(t) && t.window.granularity === 'week' && oneUnit(t.window);
  const previous = out[out.length - 1];
  if (week(previous) && /^[\s,]{0,3}$/.test(text.slice(previous.end, start))) return previous;
  if (week(next) && /^[\s,]{0,3}$/.test(text.slice(end, next!.start))) return next;
  return undefined;
}
