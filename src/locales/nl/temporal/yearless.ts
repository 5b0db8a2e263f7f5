/**
 * Months and days written without a year ("in augustus", "op 9 augustus"). TIMEX3 takes the document's year; when
 * the sentence's tense points one way, the shared resolvers pick the latest past or earliest coming occurrence seen
 * from every day the document date can be ("hij werd in december benoemd" in a January article is last December).
 * A yearless 29 February is the nearest leap year's in the tense's direction; "31 april" is no date.
 */
import { dayNumber, isValidDay } from '../../../time/calendar.js';
import { unitValue } from '../../../time/units.js';
import { exactUnit } from '../../../time/window.js';
import { dayWithoutYear, monthWithoutYear, type Resolution } from '../../../temporal/common/index.js';
import type { ParseContext } from '../../../temporal/contract.js';
import { referenceYear, tenseAround } from './resolve.js';

export function yearlessMonth(context: ParseContext, month: number, start: number, end: number): Resolution | null {
  const tense = tenseAround(context, start, end);
  if (tense) return monthWithoutYear(context, month, tense);
  const n = dayNumber(referenceYear(context), month, 1);
  return { value: unitValue('month', n), window: exactUnit('month', n), anchor: 'document', impliedCycle: 'year' };
}

export function yearlessDay(context: ParseContext, month: number, day: number, start: number, end: number): Resolution | null {
  const tense = tenseAround(context, start, end);
  if (tense) return dayWithoutYear(context, month, day, tense);
  const year = referenceYear(context);
  // 29 February outside a leap year: the nearest leap year's
  if (!isValidDay(year, month, day)) return dayWithoutYear(context, month, day, 'nearest');
  const n = dayNumber(year, month, day);
  return { value: unitValue('day', n), window: exactUnit('day', n), anchor: 'document', impliedCycle: 'year' };
}
