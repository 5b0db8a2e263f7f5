/**
 * Two-level axis ticks for a linear UTC scale: fine primary ticks (days, months, years ...) and the coarser
 * spans they sit in as secondary ticks (months over days, years over months, decades over years). The level is
 * the finest whose ticks are at least `minSpacing` px apart. Pure: no DOM; labels in the reader's language.
 */
/** Any linear UTC scale (d3 `scaleUtc` or the renderer's own). */
type TimeScale = { (value: Date): number; domain(): Date[] };
import { utcDays, utcHours, utcMinutes, utcMondays, utcMonths, utcRange, utcYears, type UtcInterval } from './utc-intervals.js';
import { dayLabel, dayMonth, hourMinute, monthLabel, shortMonth, weekdayDay, yearOf, type AxisFormat } from './axis-formats.js';
import { englishOrdinal } from './date-words-en.js';
import { baseLanguage } from './language.js';

export interface AxisTick {
  /** UTC ms of the tick. */
  time: number;
  x: number;
  label: string;
}

/** A secondary tick labels the span from its time up to the next one. */
export interface AxisSpanTick extends AxisTick {
  end: number;
  /** x of the span's end (the next secondary tick); `x` may be < 0 for the span the view starts in. */
  x1: number;
}

export interface MultiLevelTicks {
  /** Name of the primary level: 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'. */
  level: string;
  primary: AxisTick[];
  secondary: AxisSpanTick[];
}

type Coarse = 'day' | 'month' | 'year' | 'decade' | 'century' | null;

interface Level {
  name: string;
  interval: UtcInterval;
  /** Typical length of one step, ms (months and years vary a little; only used to pick the level). */
  step: number;
  format: AxisFormat;
  minPx: number;
  coarse: Coarse;
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

const LEVELS: Level[] = [
  ...[1, 5, 15, 30].map((n) => ({ name: 'minute', interval: utcMinutes(n), step: n * MIN, format: hourMinute, minPx: 48, coarse: 'day' as const })),
  ...[1, 3, 6, 12].map((n) => ({ name: 'hour', interval: utcHours(n), step: n * HOUR, format: hourMinute, minPx: 48, coarse: 'day' as const })),
  { name: 'day', interval: utcDays, step: DAY, format: weekdayDay, minPx: 48, coarse: 'month' },
  { name: 'week', interval: utcMondays, step: 7 * DAY, format: dayMonth, minPx: 56, coarse: 'month' },
  ...[1, 3].map((n) => ({ name: 'month', interval: utcMonths(n), step: (n * YEAR) / 12, format: shortMonth, minPx: 40, coarse: 'year' as const })),
  ...[1, 2, 5].map((n) => ({ name: 'year', interval: utcYears(n), step: n * YEAR, format: yearOf, minPx: 44, coarse: 'decade' as const })),
  ...[10, 20, 50].map((n) => ({ name: 'decade', interval: utcYears(n), step: n * YEAR, format: yearOf, minPx: 44, coarse: 'century' as const })),
  ...[100, 200, 500, 1000].map((n) => ({ name: 'century', interval: utcYears(n), step: n * YEAR, format: yearOf, minPx: 44, coarse: null })),
];

const COARSE_INTERVAL: Record<Exclude<Coarse, null>, UtcInterval> = {
  day: utcDays,
  month: utcMonths(1),
  year: utcYears(1),
  decade: utcYears(10),
  century: utcYears(100),
};

/** Sub-day ticks (hours, minutes) only when one day is at least this wide. */
const SUB_DAY_MIN_DAY_PX = 240;

/** Below this span width (px) a secondary label uses its short form ("3 aug 2020" for "ma 3 augustus 2020"). */
const COMPACT_SPAN_PX = 160;

function coarseLabel(coarse: Exclude<Coarse, null>, time: number, lang: string, compact: boolean): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const base = baseLanguage(lang);
  switch (coarse) {
    case 'day':
      return dayLabel(date, lang, compact);
    case 'month':
      return monthLabel(date, lang, compact);
    case 'year':
      return String(year);
    case 'decade':
      return base === 'nl' ? `jaren ${year}` : base === 'en' ? `${year}s` : `${year}–${year + 9}`;
    case 'century':
      return base === 'nl' ? `${year / 100 + 1}e eeuw` : base === 'en' ? `${englishOrdinal(year / 100 + 1)} century` : `${year}–${year + 99}`;
  }
}

const round = (v: number) => Math.round(v * 100) / 100;

export function multiLevelTicks(
  scale: TimeScale,
  width: number,
  lang: string,
  options: {
    minSpacing?: number;
    /** The finest tick step in ms: a timeline whose dates are whole days passes a day, so it never shows hours. */
    minStep?: number;
  } = {},
): MultiLevelTicks {
  const [a, b] = scale.domain().map((d) => d.getTime());
  const [d0, d1] = a <= b ? [a, b] : [b, a];
  const msPerPx = (d1 - d0) / Math.max(1, width);
  // Hours and minutes only when a day is wide (a couple of days in view): a week reads better in days.
  const dayPx = DAY / msPerPx;
  const level =
    LEVELS.find((l) => l.step >= (options.minStep ?? 0) && (l.step >= DAY || dayPx >= SUB_DAY_MIN_DAY_PX) && l.step / msPerPx >= (options.minSpacing ?? l.minPx)) ??
    LEVELS[LEVELS.length - 1];
  const x = (t: number) => round(scale(new Date(t)));
  const primary = utcRange(level.interval, d0, d1 + 1).map((date) => ({ time: date.getTime(), x: x(date.getTime()), label: level.format(date, lang) }));

  const secondary: AxisSpanTick[] = [];
  if (level.coarse) {
    const interval = COARSE_INTERVAL[level.coarse];
    for (let t = interval.floor(d0); t < d1; ) {
      const end = interval.next(t);
      const compact = x(end) - x(t) < COMPACT_SPAN_PX;
      secondary.push({ time: t, x: x(t), end, x1: x(end), label: coarseLabel(level.coarse, t, lang, compact) });
      t = end;
    }
  }
  return { level: level.name, primary, secondary };
}
