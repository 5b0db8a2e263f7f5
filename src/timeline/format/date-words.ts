/**
 * How one language writes calendar places. `describeDate` composes these; each language fills in the words.
 * Languages that write "day month year" may elide what two ends share ("2 en 9 augustus 2020").
 */
import type { CivilDay } from '../../time/calendar.js';
import type { Season } from '../../time/units.js';
import { monthNames } from './intl-names.js';

/** What an end of a range names: a day, a month or a year. */
export type EndKind = 'day' | 'month' | 'year';

/** One unit of a granularity, as in "one day between ...". */
export type UnitNoun = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century';

export interface DateWords {
  dayMonthYear(d: CivilDay): string;
  monthYear(year: number, month: number): string;
  year(year: number): string;
  /** For eliding a shared year / month; absent when the language's order does not allow it. */
  elision?: { dayMonth(d: CivilDay): string; day(d: CivilDay): string; month(month: number): string };
  /** "en" / "and" between the ends of a `between` range; "tot en met" / "to" in a `from` range. */
  and: string;
  through: string;
  /** "tussen A en B" / "between A and B"; "van A tot en met B" / "from A to B". */
  between(range: string): string;
  from(range: string): string;
  /**
   * "één dag" / "one day". Written out per language rather than by date-fns's formatDuration: that writes "1 dag",
   * knows no quarter, season, half, decade or century, and its nl and en locales would add some 3.6 KB (gzip) to
   * the browser bundle for these nine phrases.
   */
  one(unit: UnitNoun): string;
  weekOf(monday: CivilDay): string;
  quarter(year: number, quarter: number): string;
  season(year: number, season: Season): string;
  half(year: number, half: number): string;
  decade(first: number): string;
  century(first: number): string;
  since(start: string): string;
  until(end: string): string;
  sometimeBetween(range: string): string;
  /** One moment with one edge vague ("after the summer"): "one day from 1 September 2021 on". */
  oneFrom(unit: UnitNoun, start: string): string;
  oneUpTo(unit: UnitNoun, end: string): string;
  atTime(date: string, hhmm: string): string;
}

/** The calendar places of a language that writes "9 August 2020" (month names from Intl, UTC), eliding alike. */
export function dayFirstWords(lang: string): Pick<DateWords, 'dayMonthYear' | 'monthYear' | 'year' | 'elision'> {
  const month = (m: number) => monthNames(lang, 'long')[m - 1];
  const dayMonth = (d: CivilDay) => `${d.day} ${month(d.month)}`;
  return {
    dayMonthYear: (d) => `${dayMonth(d)} ${d.year}`,
    monthYear: (year, m) => `${month(m)} ${year}`,
    year: (year) => String(year),
    elision: { dayMonth, day: (d) => String(d.day), month },
  };
}
