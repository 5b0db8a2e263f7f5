/** TIMEX3 value spelling shared by every locale: durations and sets. */
import type { CalendarUnit } from '../../time/units.js';

/** Duration units as TIMEX3 spells them (decades and centuries are written in years, as TIMEX3 corpora do). */
export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century';

const DATE_PART: Partial<Record<DurationUnit, [string, number]>> = {
  day: ['D', 1],
  week: ['W', 1],
  // a weekend counted as a unit of its own, WE as TIMEX3 writes weekends ("2020-W33-WE"): "drie weekenden" P3WE
  weekend: ['WE', 1],
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

/** One counted part of a duration ("5 jaar", "1 maand", "12 dagen"); `amount` undefined when unknown ("enkele"). */
export interface DurationPart {
  amount: number | undefined;
  unit: DurationUnit;
}

/** TIMEX3 letters of a compound value, largest first: date parts, then time parts. */
const DATE_ORDER = ['Y', 'Q', 'M', 'W', 'WE', 'D'] as const;
const TIME_ORDER = ['H', 'M', 'S'] as const;

/**
 * TIMEX3 value of a duration told in several parts, largest unit first whatever the text's order: "1 jaar, 1 maand
 * en 21 dagen" is P1Y1M21D, "2 days 1 month" P1M2D, "een week en drie dagen" P1W3D (weeks beside days, as TIMEX3
 * corpora write them), "2 uur en 30 minuten" PT2H30M. Parts of one letter add up ("een jaar en een half jaar" P1.5Y).
 * An unknown amount anywhere makes that part X. One part is {@link durationValue} itself.
 */
export function compoundDurationValue(parts: readonly DurationPart[]): string {
  if (parts.length === 1) return durationValue(parts[0].amount, parts[0].unit);
  const date = new Map<string, number | undefined>();
  const time = new Map<string, number | undefined>();
  for (const { amount, unit } of parts) {
    const timeLetter = TIME_PART[unit];
    const [letter, scale] = timeLetter ? [timeLetter, 1] : (DATE_PART[unit] ?? ['D', 1]);
    const into = timeLetter ? time : date;
    const scaled = amount === undefined ? undefined : amount * scale;
    const sum = into.has(letter) ? into.get(letter) : 0;
    into.set(letter, sum === undefined || scaled === undefined ? undefined : sum + scaled);
  }
  const spell = (order: readonly string[], parts: Map<string, number | undefined>) =>
    order.filter((letter) => parts.has(letter)).map((letter) => `${formatAmount(parts.get(letter))}${letter}`).join('');
  const timePart = spell(TIME_ORDER, time);
  return `P${spell(DATE_ORDER, date)}${timePart ? `T${timePart}` : ''}`;
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
