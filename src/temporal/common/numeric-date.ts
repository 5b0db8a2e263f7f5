/**
 * Deciding what a date in digits means, for every language: which number is the day and which the month ("7/11"
 * is 7 November in Dutch and British English, July 11 in American English), what century a two-digit year is in,
 * and which order a text shows by its own unambiguous dates ("25/12/2020" elsewhere in it is day first).
 */
import type { ParseContext } from '../contract.js';

/** The order in which a language (or a text) writes day and month in digits. */
export type DayMonthOrder = 'day-first' | 'month-first';

/**
 * Day and month of the two numbers of a date in digits: in `order`, or the other way round where `order` gives no
 * month (above 12) and the other gives a real one ("4/22" is 22 April in any order). Null when neither fits.
 */
export function dayAndMonth(first: number, second: number, order: DayMonthOrder): { day: number; month: number } | null {
  const [day, month] = order === 'day-first' ? [first, second] : [second, first];
  if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { day, month };
  if (day >= 1 && day <= 12 && month >= 1 && month <= 31) return { day: month, month: day };
  return null;
}

/** A two-digit year ("07", "'89"): this century unless that would lie more than 20 years after the reference year. */
export function expandTwoDigitYear(twoDigits: number, referenceYear: number): number {
  const year = Math.floor(referenceYear / 100) * 100 + twoDigits;
  return year > referenceYear + 20 ? year - 100 : year;
}

/** Full dates in digits whose order shows itself: one number above 12 ("25/12/2020", "12-25-2020"). */
const TELLING_DATE = /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/]|[-.]\d)/g;

/**
 * The order of day and month that a text's own full dates show (a day above 12 in first or second place), or
 * undefined when none shows one or they disagree. A writer keeps one order within an article, so "7/11/2020" in an
 * article that also has "25/11/2020" is 7 November whatever the language's habit. Worked out once per text when the
 * context carries the tagging run's memo.
 */
export function orderShownInText(context: Pick<ParseContext, 'text' | 'memo'>): DayMonthOrder | undefined {
  const { text, memo } = context;
  return memo ? memo.remember(TELLING_DATE, () => ({ order: scanOrder(text) })).order : scanOrder(text);
}

function scanOrder(text: string): DayMonthOrder | undefined {
  let shown: DayMonthOrder | undefined;
  let disagree = false;
  TELLING_DATE.lastIndex = 0;
  for (let m = TELLING_DATE.exec(text); m; m = TELLING_DATE.exec(text)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const order: DayMonthOrder | undefined = a > 12 && a <= 31 && b >= 1 && b <= 12 ? 'day-first' : b > 12 && b <= 31 && a >= 1 && a <= 12 ? 'month-first' : undefined;
    if (!order) continue;
    if (shown && shown !== order) disagree = true;
    shown = order;
  }
  return disagree ? undefined : shown;
}
