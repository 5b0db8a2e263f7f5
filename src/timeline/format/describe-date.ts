/**
 * `describeDate`: a date written out in the reader's language exactly as precisely as it is known. A window
 * that holds one day somewhere in a month says so ("één dag tussen 2 augustus en 1 september 2020"); it never
 * picks a day. Exact units are named ("augustus 2020", "de jaren negentig"); periods say which end is vague.
 */
import { civilDay, type CivilDay } from '../../time/calendar.js';
import { unitSpan, type CalendarUnit, type Season } from '../../time/units.js';
import { spanOfWindow } from '../../time/window.js';
import type { DateWindow, EventDate, Granularity } from '../../types.js';
import type { DateWords, EndKind, UnitNoun } from './date-words.js';
import { englishDateWords } from './date-words-en.js';
import { intlDateWords } from './date-words-intl.js';
import { dutchDateWords } from './date-words-nl.js';
import { phraseLanguage } from './language.js';

export function dateWords(lang: string): DateWords {
  const phrases = phraseLanguage(lang);
  return phrases === 'nl' ? dutchDateWords : phrases === 'en' ? englishDateWords : intlDateWords(lang);
}

const calendarUnit = (g: Granularity): CalendarUnit => (g === 'minute' || g === 'hour' ? 'day' : g);

/** What the ends of a range name at a granularity: days for days and weeks, months up to halves, else years. */
function endKind(g: Granularity): EndKind {
  switch (calendarUnit(g)) {
    case 'day':
    case 'week':
      return 'day';
    case 'month':
    case 'quarter':
    case 'season':
    case 'half':
      return 'month';
    default:
      return 'year';
  }
}

function end(words: DateWords, kind: EndKind, d: CivilDay): string {
  return kind === 'day' ? words.dayMonthYear(d) : kind === 'month' ? words.monthYear(d.year, d.month) : words.year(d.year);
}

/** "2 en 9 augustus 2020", "2 augustus en 1 september 2020", "januari en juni 2020", "2018 en 2020". */
function range(words: DateWords, kind: EndKind, a: CivilDay, b: CivilDay, connector: string): string {
  const e = words.elision;
  let left = end(words, kind, a);
  if (e && a.year === b.year) {
    if (kind === 'day') left = a.month === b.month ? e.day(a) : e.dayMonth(a);
    else if (kind === 'month') left = e.month(a.month);
  }
  return `${left} ${connector} ${end(words, kind, b)}`;
}

/** The name of one whole unit. */
function unitName(words: DateWords, unit: CalendarUnit, first: CivilDay): string {
  switch (unit) {
    case 'day':
      return words.dayMonthYear(first);
    case 'week':
      return words.weekOf(first);
    case 'month':
      return words.monthYear(first.year, first.month);
    case 'quarter':
      return words.quarter(first.year, Math.floor((first.month - 1) / 3) + 1);
    case 'season':
      return words.season(first.year, seasonOfFirstMonth(first.month));
    case 'half':
      return words.half(first.year, first.month <= 6 ? 1 : 2);
    case 'year':
      return words.year(first.year);
    case 'decade':
      return words.decade(first.year);
    case 'century':
      return words.century(first.year);
  }
}

const seasonOfFirstMonth = (month: number): Season => (month === 12 ? 'WI' : (['SP', 'SU', 'FA'] as const)[Math.floor((month - 3) / 3)]);

/** "14:30" from a TIMEX3 value with a time, for minute and hour dates. */
function timeOf(date: DateWindow | EventDate): string | null {
  const value = (date as EventDate).value;
  const match = typeof value === 'string' ? /T(\d{2})(?::(\d{2}))?/.exec(value) : null;
  return match ? `${match[1]}:${match[2] ?? '00'}` : null;
}

export function describeDate(date: EventDate | DateWindow, lang: string): string {
  const words = dateWords(lang);
  const span = spanOfWindow(date);
  const unit = calendarUnit(date.granularity);
  const first = civilDay(span.start);
  const last = civilDay(span.end);
  const kind = endKind(date.granularity);
  const unitOfStart = unitSpan(unit, span.start);
  const singleUnit = unitOfStart.start === span.start && unitOfStart.end === span.end;

  // "na de zomer": one moment after a date, how long after unknown
  if (date.certainty === 'within' && date.vagueEnd && !date.vagueStart) return words.oneFrom(unit as UnitNoun, end(words, kind, first));
  if (date.certainty === 'within' && date.vagueStart && !date.vagueEnd) return words.oneUpTo(unit as UnitNoun, end(words, kind, last));
  if (date.certainty === 'within' && !singleUnit) {
    return `${words.one(unit as UnitNoun)} ${words.between(range(words, kind, first, last, words.and))}`;
  }
  if (date.certainty === 'period' && (date.vagueStart || date.vagueEnd)) {
    if (date.vagueStart && date.vagueEnd) return words.sometimeBetween(range(words, kind, first, last, words.and));
    if (date.vagueEnd) return words.since(singleUnit ? unitName(words, unit, first) : end(words, kind, first));
    return words.until(end(words, kind, last));
  }
  if (singleUnit) {
    const name = unitName(words, unit, first);
    const time = (date.granularity === 'minute' || date.granularity === 'hour') && timeOf(date);
    return time ? words.atTime(name, time) : name;
  }
  // A stretch of days that is exactly a whole month or year reads as that month or year.
  for (const whole of ['month', 'year'] as const) {
    const wholeSpan = unitSpan(whole, span.start);
    if (wholeSpan.start === span.start && wholeSpan.end === span.end) return unitName(words, whole, first);
  }
  return words.from(range(words, kind, first, last, words.through));
}
