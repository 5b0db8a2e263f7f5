/**
 * EDTF (ISO 8601-2) strings for interchange, from honest windows:
 * - exact one unit: `2020-08-16`, `2020-08`, `2020`; exact several units: an interval `2020-08-10/2020-08-16`;
 * - within (one unit somewhere in the window): a one-of set `[2020-08-02..2020-09-01]`, open where an edge is
 *   vague (`[2021-09-01..]`, some day after the summer);
 * - period: an interval whose vague ends are approximate, `2016~/2020-08`.
 */
import { civilDay, daysInMonth, padNumber, parseDay } from '../time/calendar.js';
import type { DateWindow } from '../types.js';

interface Day {
  year: number;
  month: number;
  day: number;
}

const dayOf = (iso: string): Day => civilDay(parseDay(iso));
const year = (d: Day) => padNumber(d.year, 4);
const month = (d: Day) => `${year(d)}-${padNumber(d.month, 2)}`;
const day = (d: Day) => `${month(d)}-${padNumber(d.day, 2)}`;

/** The coarsest of year, month, day at which the window's first and last day are whole-unit bounds. */
function alignment(first: Day, last: Day): 'year' | 'month' | 'day' {
  const monthAligned = first.day === 1 && last.day === daysInMonth(last.year, last.month);
  if (monthAligned && first.month === 1 && last.month === 12) return 'year';
  return monthAligned ? 'month' : 'day';
}

const UNIT_RANK: Record<string, number> = { minute: 0, hour: 0, day: 0, week: 1, month: 2, quarter: 3, season: 3, half: 3, year: 4, decade: 5, century: 6 };

/** Memo of recent answers: articles repeat the same few windows (the document date above all). */
const memo = new Map<string, string>();
const MEMO_SIZE = 4096;

/** EDTF string of a window. */
export function windowToEdtf(window: DateWindow): string {
  const key = `${window.earliest}|${window.latest}|${window.granularity}|${window.certainty}|${window.vagueStart ? 1 : 0}|${window.vagueEnd ? 1 : 0}`;
  let edtf = memo.get(key);
  if (edtf === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    edtf = computeEdtf(window);
    memo.set(key, edtf);
  }
  return edtf;
}

function computeEdtf(window: DateWindow): string {
  const first = dayOf(window.earliest);
  const last = dayOf(window.latest);
  const aligned = alignment(first, last);
  const format = (d: Day, unit: 'year' | 'month' | 'day') => (unit === 'year' ? year(d) : unit === 'month' ? month(d) : day(d));
  if (window.certainty === 'within') {
    // members of the set are units of the window's granularity, as far as the calendar can write them
    const rank = UNIT_RANK[window.granularity] ?? 0;
    const unit = rank >= 4 && aligned === 'year' ? 'year' : rank >= 2 && aligned !== 'day' ? 'month' : 'day';
    // a vague far edge ("after the summer") is an open end of the set: `[2021-09-01..]`
    return `[${window.vagueStart ? '' : format(first, unit)}..${window.vagueEnd ? '' : format(last, unit)}]`;
  }
  // one whole unit: written as that unit
  if (first.year === last.year && aligned === 'year') return year(first);
  if (first.year === last.year && first.month === last.month && aligned !== 'day') return month(first);
  if (window.earliest === window.latest) return day(first);
  // an interval: each end as coarse as it is whole, never coarser than the window's granularity
  const rank = UNIT_RANK[window.granularity] ?? 0;
  const startUnit = first.day !== 1 || rank < 2 ? 'day' : first.month === 1 && rank >= 4 ? 'year' : 'month';
  const lastOfMonth = last.day === daysInMonth(last.year, last.month);
  const endUnit = !lastOfMonth || rank < 2 ? 'day' : last.month === 12 && rank >= 4 ? 'year' : 'month';
  const start = format(first, startUnit) + (window.vagueStart ? '~' : '');
  const end = format(last, endUnit) + (window.vagueEnd ? '~' : '');
  return `${start}/${end}`;
}
