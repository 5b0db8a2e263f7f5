/**
 * The date of an event: from a temporal expression of its clause, from an earlier event it is tied to, or else
 * the document date as a window. Never more precise than the text allows.
 */
import { documentDaySpan } from '../time/document-date.js';
import { shiftWindowDays, spanOfWindow, unitsAway, windowFromSpan, windowValue } from '../time/window.js';
import { formatDay, parseDay } from '../time/calendar.js';
import { shiftDay, type CalendarUnit } from '../time/units.js';
import type { DateSource, DateWindow, DocumentDate, EventDate, Timex } from '../types.js';
import { windowToEdtf } from './edtf.js';
import { windowAfter, windowBefore } from '../temporal/common/bounds.js';

function windowOnly(window: DateWindow): DateWindow {
  const copy: DateWindow = { earliest: window.earliest, latest: window.latest, granularity: window.granularity, certainty: window.certainty };
  if (window.vagueStart) copy.vagueStart = true;
  if (window.vagueEnd) copy.vagueEnd = true;
  return copy;
}

/** A temporal expression with a calendar window (durations and sets have none). */
export type Windowed = Timex & { window: DateWindow };

/** How a temporal expression's anchoring becomes a date source. */
export function sourceOfTimex(timex: Timex): DateSource {
  switch (timex.anchor) {
    case 'document':
      return 'relative-to-document';
    case 'event':
      return 'relative-to-event';
    default:
      return 'stated';
  }
}

/** EDTF strings of the windows of temporal expressions, kept per window (a clause asks for its expression's date often). */
const edtfOfWindow = new WeakMap<DateWindow, string>();
function edtfOf(window: DateWindow): string {
  let edtf = edtfOfWindow.get(window);
  if (edtf === undefined) {
    edtf = windowToEdtf(window);
    edtfOfWindow.set(window, edtf);
  }
  return edtf;
}

/** Date from a temporal expression that has a calendar window. */
export function dateFromTimex(timex: Windowed): EventDate {
  // built field by field in the order a spread of the window would give (no spread of a fresh copy per call)
  const window = timex.window;
  const date = { earliest: window.earliest, latest: window.latest, granularity: window.granularity, certainty: window.certainty } as EventDate;
  if (window.vagueStart) date.vagueStart = true;
  if (window.vagueEnd) date.vagueEnd = true;
  date.value = timex.value;
  date.type = timex.type;
  date.source = sourceOfTimex(timex);
  date.edtf = edtfOf(window);
  date.text = timex.text;
  if (timex.mod) date.mod = timex.mod;
  return date;
}

/**
 * The document date as a window: the event took place on one day (at the latest) in the day, month or year the
 * article is dated, so against a month it is one day somewhere in that month (`within`), never the whole month.
 */
export function dateFromDocument(documentDate: DocumentDate): EventDate {
  const span = documentDaySpan(documentDate);
  const window = windowFromSpan(span, 'day', span.start === span.end ? 'exact' : 'within');
  // the window's four fields written out: spreading it cost about 10 µs a call in the events stage's profile
  return { earliest: window.earliest, latest: window.latest, granularity: window.granularity, certainty: window.certainty, value: windowValue(window), type: 'DATE', source: 'document-date', edtf: windowToEdtf(window) };
}

/**
 * How far an open end of a date from tense reaches, in years: the window needs a first (or last) day, but the tense
 * tells none. The edge is vague (`vagueStart` / `vagueEnd`) and the EDTF leaves it open (`[..2008-02-29]`): a
 * horizon, no claim. Ten years takes in the background a news article tells in the past without a date, mostly.
 */
export const TENSE_HORIZON_YEARS = 10;

/** Where a clause's tense places its event against the article's date. */
export type TensePlace = 'before' | 'on-or-before' | 'after' | 'at';

/**
 * The date of an event placed by its tense alone: `before` the article's date (some day up to the day before it,
 * mod BEFORE; against a header of a month or a year, which may hold the event, up to its last day, ON_OR_BEFORE),
 * `on-or-before` (up to its last day, ON_OR_BEFORE), `after` it (from the day after, mod AFTER) or `at` it (the
 * document date's window, value PRESENT_REF: a present state holds then). One day somewhere in the window, the far
 * end a horizon of {@link TENSE_HORIZON_YEARS}.
 */
export function dateFromTense(place: TensePlace, documentDate: DocumentDate): EventDate {
  // the same few dates for every undated clause of an article: worked out once per document date, copied out
  let byPlace = tenseDates.get(documentDate);
  if (!byPlace) {
    byPlace = new Map();
    tenseDates.set(documentDate, byPlace);
  }
  let date = byPlace.get(place);
  if (!date) {
    date = tenseDate(place, documentDate);
    byPlace.set(place, date);
  }
  return { ...date };
}
const tenseDates = new WeakMap<DocumentDate, Map<TensePlace, EventDate>>();

function tenseDate(place: TensePlace, documentDate: DocumentDate): EventDate {
  const span = documentDaySpan(documentDate);
  if (place === 'at') {
    const window = windowFromSpan(span, 'day', span.start === span.end ? 'exact' : 'within');
    return { ...window, value: 'PRESENT_REF', type: 'DATE', source: 'tense', edtf: windowToEdtf(window) };
  }
  if (place === 'after') {
    const window: DateWindow = { earliest: formatDay(span.end + 1), latest: formatDay(shiftDay('year', span.end, TENSE_HORIZON_YEARS)), granularity: 'day', certainty: 'within', vagueEnd: true };
    return { ...window, value: 'FUTURE_REF', type: 'DATE', mod: 'AFTER', source: 'tense', edtf: windowToEdtf(window) };
  }
  const strictly = place === 'before' && documentDate.precision !== 'year' && documentDate.precision !== 'month';
  const last = strictly ? span.start - 1 : span.end;
  const window: DateWindow = { earliest: formatDay(shiftDay('year', last, -TENSE_HORIZON_YEARS)), latest: formatDay(last), granularity: 'day', certainty: 'within', vagueStart: true };
  return { ...window, value: 'PAST_REF', type: 'DATE', mod: strictly ? 'BEFORE' : 'ON_OR_BEFORE', source: 'tense', edtf: windowToEdtf(window) };
}

/**
 * What a paragraph has told so far, from its events with a time of their own. A past with no date of its own goes on
 * from there: when the last of them is on the article's own day ("Shares fell sharply today. The Dow lost 4%."), the
 * past may be that day too (`on-or-before`), unless the paragraph has also told of a day of the week before the
 * article ("Chrysler released its list on Tuesday. ... Today GM filed ... GM said"): a story of the days before the
 * article, whose past is before it, as after any other time of its own ("The index fell in 2019").
 */
export interface StoryDays {
  paragraph: number;
  /** The last event with a time of its own is on the article's day alone (or a part of it). */
  documentDay: boolean;
  /** An event with a time of its own so far was on a day of the week before the article ("yesterday", "Tuesday"). */
  dayBefore: boolean;
}

/** How many days before the article's date a day told still makes a story of the days before it (a week). */
export const DAY_BEFORE_REACH = 7;

/** The story after an event with a time of its own, dated `date`, in `paragraph`; a new paragraph starts afresh. */
export function tellOf(story: StoryDays | undefined, paragraph: number, date: EventDate, documentDate: DocumentDate): StoryDays {
  const same = story !== undefined && story.paragraph === paragraph;
  const day = daysOf(date);
  const { start, end } = documentDaySpan(documentDate);
  const documentDay = day !== undefined && day.first >= start && day.last <= end;
  const dayBefore = day !== undefined && day.last < start && day.first >= start - DAY_BEFORE_REACH;
  return { paragraph, documentDay, dayBefore: dayBefore || (same && story.dayBefore) };
}

/** Is the paragraph telling of the article's day, and of no day before it? */
export function toldOfDocumentDay(story: StoryDays | undefined, paragraph: number): boolean {
  return story !== undefined && story.paragraph === paragraph && story.documentDay && !story.dayBefore;
}

/**
 * The days an event with this date may fall on: a day, a part of one ("late in the day", "at 16:08 UTC") or one day
 * in a stretch ("last week"); undefined for a time before or after a date, and for a state lasting over a period.
 */
function daysOf(date: EventDate): { first: number; last: number } | undefined {
  if ((date.mod !== undefined && !PART_OF_UNIT.has(date.mod)) || date.certainty === 'period') return undefined;
  return { first: parseDay(date.earliest), last: parseDay(date.latest) };
}

/** Mods that name a part of a unit, which stays inside it. */
const PART_OF_UNIT = new Set(['START', 'MID', 'END']);

/** The date of an event tied to an earlier one ("daarna", "the day after"): its window, shifted when the cue says by how much. */
export function dateRelativeTo(earlier: EventDate, cue: string, days: number | undefined): EventDate {
  const base = windowOnly(earlier);
  const window = days ? shiftWindowDays(base, days) : base;
  return { ...window, value: days ? windowValue(window) : earlier.value, type: 'DATE', source: 'relative-to-event', edtf: windowToEdtf(window), text: cue };
}

/**
 * The date of an event after or before an earlier one that lasts ("De tarieven gelden tot eind 2025. Daarna ..."):
 * one day after the period's end, how long after unknown (mod AFTER), or one day before its start (mod BEFORE), as
 * "na de zomer" and "vóór 2025" are. Its value stays the earlier event's, as TIMEX3 keeps the value beside a mod.
 */
export function dateBesidePeriod(earlier: EventDate, relation: 'after' | 'before', documentDate: DocumentDate, cue: string): EventDate {
  const span = spanOfWindow(earlier);
  const window = relation === 'after' ? windowAfter(span, earlier.granularity, documentDaySpan(documentDate)) : windowBefore(span, earlier.granularity);
  return { ...window, value: earlier.value, type: 'DATE', mod: relation === 'after' ? 'AFTER' : 'BEFORE', source: 'relative-to-event', edtf: windowToEdtf(window), text: cue };
}

/**
 * The date of an event some units after or before an earlier one, how many unknown ("enkele maanden later", "in de
 * jaren daarna"): one unit somewhere `shift.amount` to `shift.upTo` units away. From a stretch up to the article
 * ("Sinds de beving in 2012 ... In de jaren daarna") it counts from the stretch's start; told of an earlier event of
 * the past, it ends by the article's date at the latest.
 */
export function dateAway(earlier: EventDate, shift: { unit: CalendarUnit; amount: number; upTo: number }, documentDate: DocumentDate, cue: string): EventDate {
  const whole = spanOfWindow(earlier);
  const span = earlier.certainty === 'period' && endsAtDocument(earlier, documentDate) ? { start: whole.start, end: whole.start } : whole;
  const window = unitsAway(span, shift.unit, shift.amount, shift.upTo);
  const last = documentDaySpan(documentDate).end;
  if (shift.amount > 0 && whole.start <= last && parseDay(window.earliest) <= last && parseDay(window.latest) > last) window.latest = formatDay(last);
  return { ...window, value: windowValue(window), type: 'DATE', source: 'relative-to-event', edtf: windowToEdtf(window), text: cue };
}

/**
 * The date of an event that lasts up to an earlier told one ("tot die tijd", "until then"): from the article's date
 * to the day before it when it lies ahead ("De zaak dient na de zomer. Tot die tijd ..."; to a deadline's last day,
 * "by early 2026"), else a stretch ending the
 * day before it, its start unknown (mod BEFORE: "The plant opened in 1990. Until then ...").
 */
export function dateUntil(later: EventDate, documentDate: DocumentDate, cue: string): EventDate {
  const now = documentDaySpan(documentDate);
  const span = spanOfWindow(later);
  if (span.start <= now.start) return dateBesidePeriod(later, 'before', documentDate, cue);
  // up to a deadline ("by early 2026"): up to its last day at most, the end vague
  const bound = later.mod === 'ON_OR_BEFORE' || later.mod === 'BEFORE';
  const window: DateWindow = { earliest: formatDay(now.start), latest: formatDay(bound ? span.end : span.start - 1), granularity: 'day', certainty: 'period' };
  if (bound || later.certainty === 'within' || later.vagueStart || later.mod === 'AFTER') window.vagueEnd = true;
  return { ...window, value: windowValue(window), type: 'DATE', source: 'relative-to-event', edtf: windowToEdtf(window), text: cue };
}

/**
 * The date of an event that lasts from an earlier one up to the article ("sindsdien", "since then"): a period from
 * the earlier event's first possible day to the document date's last, vague at its start when the earlier event is
 * only known to lie somewhere in its window. Its value stays the earlier event's, as "since 1994" keeps 1994.
 */
export function dateSince(earlier: EventDate, documentDate: DocumentDate, cue: string): EventDate {
  const { end } = documentDaySpan(documentDate);
  const last = formatDay(end);
  // an earlier event dated after the article has no stretch up to it: keep its own date
  if (earlier.earliest > last) return dateRelativeTo(earlier, cue, undefined);
  const window: DateWindow = { earliest: earlier.earliest, latest: last, granularity: earlier.granularity, certainty: 'period' };
  if (earlier.certainty === 'within' || earlier.vagueStart) window.vagueStart = true;
  return { ...window, value: earlier.value, type: 'DATE', source: 'relative-to-event', edtf: windowToEdtf(window), text: cue };
}

/** Does the window end on the last day the document date can be (a state up to the article: "sinds 2012")? */
export function endsAtDocument(window: DateWindow, documentDate: DocumentDate): boolean {
  return window.latest === formatDay(documentDaySpan(documentDate).end);
}

/** Does the window lie wholly after every day the document date can be? */
export function isAfterDocument(window: DateWindow, documentDate: DocumentDate): boolean {
  const { end } = documentDaySpan(documentDate);
  const last = formatDay(end);
  return window.earliest > last;
}

/**
 * Does the window start on the article's day and reach beyond it: a deadline ("by 2011", "uiterlijk in september") or
 * a stretch from the article on ("very soon", "binnen twee weken")? Such a time lies ahead of a past or perfect verb,
 * so it dates what that verb tells of, not the verb's own event: in "Ford predicted that it would be profitable by
 * 2011" and "De raad eiste dat de gemeente uiterlijk in juni zou beslissen" the prediction and the demand were made
 * before the article, whatever the deadline. Not a time wholly after the article ("A June 3 hearing has been
 * scheduled", the time of the thing planned, which a reader looks for), nor one that began before it ("this week").
 */
export function startsAtDocumentReachingBeyond(date: DateWindow, documentDate: DocumentDate): boolean {
  const { start, end } = documentDaySpan(documentDate);
  const first = parseDay(date.earliest);
  return first >= start && first <= end && parseDay(date.latest) > end;
}

/**
 * A deadline or a "before" told of an event still to come ("By the end of this year, the plants will be closed",
 * "Voor 1 juni zal de raad besluiten"): the window runs from the day after the article's date to the bound, not
 * from the article's date (whose day the future does not hold) nor from an open past. Other dates are returned as
 * they are.
 */
export function deadlineAhead(date: EventDate, documentDate: DocumentDate): EventDate {
  const { end } = documentDaySpan(documentDate);
  if ((date.mod !== 'ON_OR_BEFORE' && date.mod !== 'BEFORE') || parseDay(date.earliest) > end || parseDay(date.latest) <= end) return date;
  const window: DateWindow = { earliest: formatDay(end + 1), latest: date.latest, granularity: date.granularity, certainty: date.certainty };
  const ahead: EventDate = { ...date, earliest: window.earliest, edtf: windowToEdtf(window) };
  delete ahead.vagueStart;
  return ahead;
}
