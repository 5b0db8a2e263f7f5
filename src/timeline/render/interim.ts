/**
 * TEMPORARY stand-ins for src/timeline/format until it lands. Delete this file then.
 */
import type { ScaleTime } from 'd3-scale';
import type { EventRecord } from '../../types.js';

const ms = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

export function describeDate(date: EventRecord['date'], lang: string): string {
  const f = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const a = f.format(ms(date.earliest)), b = f.format(ms(date.latest));
  return a === b ? a : `${a} – ${b}`;
}

export interface AxisTick { date: Date; label: string }
export function axisTicks(x: ScaleTime<number, number>, lang: string): { minor: AxisTick[]; major: AxisTick[] } {
  void lang;
  const minor = x.ticks(Math.max(2, Math.floor((x.range()[1] - x.range()[0]) / 90)));
  const f = x.tickFormat();
  return { minor: minor.map((d) => ({ date: d, label: f(d) })), major: [] };
}
