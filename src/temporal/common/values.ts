/** TIMEX3 value spelling shared by every locale: durations and sets. */
import type { CalendarUnit } from '../../time/units.js';

/** Duration units as TIMEX3 spells them (decades and centuries are written in years, as TIMEX3 corpora do). */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century';

const DATE_PART: Partial<Record<DurationUnit, [string, number]>> = {
  day: ['D', 1],
  week: ['W', 1],
  month: ['M', 1],
  quarter: ['Q', 1],
  season: ['M', 3],
  half: ['M', 6],
  year: ['Y', 1],
  decade: ['Y', 10],
  century: ['Y', 100],
};
const TIME_PART: Partial<Record<DurationUnit, string>> = { second: 'S', minute: 'M', hour: 'H' };

/**
 * TIMEX3 duration value: `P26Y`, `PT30M`, `P2.5Y`, `P10Y` (a decade); an unknown amount gives `PXY`, `PTXH` ...
 * Units stated as multiples (decade, century) are scaled to years; an unknown multiple stays X.
 */
export function durationValue(amount: number | undefined, unit: DurationUnit): string {
  const time = TIME_PART[unit];
  if (time) return `PT${formatAmount(amount)}${time}`;
  const [letter, scale] = DATE_PART[unit] ?? ['D', 1];
  return `P${formatAmount(amount === undefined ? undefined : amount * scale)}${letter}`;
}

function formatAmount(amount: number | undefined): string {
  if (amount === undefined || !Number.isFinite(amount)) return 'X';
  // Avoid binary noise such as 2.5000000001 from fraction arithmetic.
  return String(Math.round(amount * 1000) / 1000);
}

/** TIMEX3 value of a set ("every week", "annually"): the period of one repetition, `P1W`, `P1Y`, `PT1H`. */
export function setValue(unit: DurationUnit, every = 1): string {
  return durationValue(every, unit);
}

/** TIMEX3 values of an unknown unit of each size ("enkele maanden later" before it is placed: `XXXX-XX`). */
export const UNKNOWN_UNIT_VALUE: Readonly<Record<CalendarUnit, string>> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', quarter: 'XXXX-QX', season: 'XXXX-XX', half: 'XXXX-HX', year: 'XXXX',
  decade: 'XXX', century: 'XX',
};

/** An unknown count of units ("enkele weken", "some months", "months later"): somewhere from two to nine. */
export const VAGUE_COUNT_RANGE = [2, 9] as const;
