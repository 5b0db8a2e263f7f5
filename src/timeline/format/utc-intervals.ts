/**
 * The UTC calendar steps the axis ticks on (minutes, hours, days, Mondays, months and years, each every n), as
 * d3-time's `utc*` intervals and their `every(n)` count them: a step of n is aligned to its field (minutes of the
 * hour, hours of the day, months of the year, years divisible by n). Only what the axis needs: floor, ceil, next
 * and range, in UTC ms.
 */
export interface UtcInterval {
  /** The start of the step that holds `t`. */
  floor(t: number): number;
  /** The start of the step after the one starting at `t`. */
  next(t: number): number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Steps of a fixed length from an origin: minutes and hours (n divides the hour or day), days, weeks. */
const fixed = (size: number, origin = 0): UtcInterval => ({
  floor: (t) => Math.floor((t - origin) / size) * size + origin,
  next: (t) => t + size,
});

export const utcMinutes = (n: number) => fixed(n * MINUTE);
export const utcHours = (n: number) => fixed(n * HOUR);
export const utcDays = fixed(DAY);
/** Weeks from Monday: 1970-01-05, four days after the epoch, was one. */
export const utcMondays = fixed(7 * DAY, 4 * DAY);

/** The UTC ms of the first day of month `index` (year · 12 + month), years before 100 included. */
function monthStart(index: number): number {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(index / 12), index - Math.floor(index / 12) * 12, 1);
  return date.getTime();
}
const monthIndex = (t: number) => {
  const date = new Date(t);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

/** Every `n` months (12 · n: years), counted from month 0 of year 0. */
export const utcMonths = (n: number): UtcInterval => ({
  floor: (t) => monthStart(Math.floor(monthIndex(t) / n) * n),
  next: (t) => monthStart(monthIndex(t) + n),
});
export const utcYears = (n: number) => utcMonths(12 * n);

/** The step starts in [start, stop), as Dates. */
export function utcRange(interval: UtcInterval, start: number, stop: number): Date[] {
  const out: Date[] = [];
  for (let t = interval.next(interval.floor(start - 1)); t < stop; t = interval.next(t)) out.push(new Date(t));
  return out;
}
