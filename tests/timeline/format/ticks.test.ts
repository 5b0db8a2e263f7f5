import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { multiLevelTicks } from '../../../src/timeline/format/ticks.js';

const scale = (from: number, to: number, width = 800) => scaleUtc().domain([new Date(from), new Date(to)]).range([0, width]);
const labels = (ticks: { label: string }[]) => ticks.map((t) => t.label);

describe('two-level ticks', () => {
  it('days over months: 1..15 August 2020 (57 px a day)', () => {
    const s = scale(Date.UTC(2020, 7, 1), Date.UTC(2020, 7, 15));
    const nl = multiLevelTicks(s, 800, 'nl');
    expect(nl.level).toBe('day');
    expect(labels(nl.primary).slice(0, 4)).toEqual(['za 1', 'zo 2', 'ma 3', 'di 4']); // 1 August 2020 was a Saturday
    expect(nl.primary).toHaveLength(15);
    expect(nl.primary[2]).toEqual({ time: Date.UTC(2020, 7, 3), x: 114.29, label: 'ma 3' }); // 2/14 of 800
    expect(nl.secondary).toEqual([{ time: Date.UTC(2020, 7, 1), x: 0, end: Date.UTC(2020, 8, 1), x1: 1771.43, label: 'augustus 2020' }]); // 31/14 of 800
    const en = multiLevelTicks(s, 800, 'en');
    expect(labels(en.primary).slice(0, 3)).toEqual(['Sat 1', 'Sun 2', 'Mon 3']);
    expect(labels(en.secondary)).toEqual(['August 2020']);
  });

  it('hours over days', () => {
    const s = scale(Date.UTC(2020, 7, 3, 0), Date.UTC(2020, 7, 3, 12));
    const nl = multiLevelTicks(s, 800, 'nl');
    expect(nl.level).toBe('hour');
    expect(labels(nl.primary).slice(0, 3)).toEqual(['00:00', '01:00', '02:00']);
    expect(labels(nl.secondary)).toEqual(['ma 3 augustus 2020']);
    expect(labels(multiLevelTicks(s, 800, 'en').secondary)).toEqual(['Mon 3 August 2020']);
  });

  it('a week or so in 800 px reads in days, not 12-hour ticks (133 px a day)', () => {
    const s = scale(Date.UTC(2020, 7, 3), Date.UTC(2020, 7, 9));
    const nl = multiLevelTicks(s, 800, 'nl');
    expect(nl.level).toBe('day');
    expect(labels(nl.primary)).toEqual(['ma 3', 'di 4', 'wo 5', 'do 6', 'vr 7', 'za 8', 'zo 9']);
    expect(labels(nl.secondary)).toEqual(['augustus 2020']);
    // Hours come back once a day is at least 240 px wide: two days in 800 px, every 3 hours.
    const two = multiLevelTicks(scale(Date.UTC(2020, 7, 3), Date.UTC(2020, 7, 5)), 800, 'nl');
    expect(two.level).toBe('hour');
    expect(labels(two.primary).slice(0, 3)).toEqual(['00:00', '03:00', '06:00']);
    expect(labels(two.secondary)).toEqual(['ma 3 augustus 2020', 'di 4 augustus 2020']);
    // A timeline of whole days (minStep: a day) keeps day ticks however wide a day is.
    const days = multiLevelTicks(scale(Date.UTC(2020, 7, 3), Date.UTC(2020, 7, 5)), 800, 'nl', { minStep: 86_400_000 });
    expect(days.level).toBe('day');
    expect(labels(days.primary)).toEqual(['ma 3', 'di 4', 'wo 5']);
  });

  it('weeks over months; the month the view starts in is labelled too', () => {
    const s = scale(Date.UTC(2020, 6, 20), Date.UTC(2020, 8, 10)); // 52 days
    const nl = multiLevelTicks(s, 800, 'nl');
    expect(nl.level).toBe('week');
    expect(labels(nl.primary)).toEqual(['20 jul', '27 jul', '3 aug', '10 aug', '17 aug', '24 aug', '31 aug', '7 sep']);
    expect(labels(nl.secondary)).toEqual(['juli 2020', 'augustus 2020', 'september 2020']);
    expect(nl.secondary[0].x).toBe(-292.31); // 1 July is 19 days before the start: -19/52 of 800
    expect(labels(multiLevelTicks(s, 800, 'en').primary).slice(0, 3)).toEqual(['20 Jul', '27 Jul', '3 Aug']);
  });

  it('months over years: 2020 (66 px a month)', () => {
    const s = scale(Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1));
    const nl = multiLevelTicks(s, 800, 'nl');
    expect(nl.level).toBe('month');
    expect(labels(nl.primary)).toEqual(['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec', 'jan']);
    expect(labels(nl.secondary)).toEqual(['2020']);
    expect(labels(multiLevelTicks(s, 800, 'en').primary).slice(0, 5)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May']);
  });

  it('years over decades: 2010..2022', () => {
    const s = scale(Date.UTC(2010, 0, 1), Date.UTC(2022, 0, 1));
    const nl = multiLevelTicks(s, 800, 'nl');
    expect(nl.level).toBe('year');
    expect(labels(nl.primary)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022']);
    expect(labels(nl.secondary)).toEqual(['jaren 2010', 'jaren 2020']);
    // 2010..2020 is 3652 days (leap years 2012, 2016), 2010..2022 is 4383: 3652/4383 of 800.
    expect(nl.secondary[1].x).toBe(666.58);
    expect(labels(multiLevelTicks(s, 800, 'en').secondary)).toEqual(['2010s', '2020s']);
  });

  it('decades over centuries: 1900..2000', () => {
    const s = scale(Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1));
    const nl = multiLevelTicks(s, 800, 'nl');
    expect(nl.level).toBe('decade');
    expect(labels(nl.primary)).toEqual(['1900', '1910', '1920', '1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000']);
    expect(labels(nl.secondary)).toEqual(['20e eeuw']);
    expect(labels(multiLevelTicks(s, 800, 'en').secondary)).toEqual(['20th century']);
  });

  it('other languages get Intl month names', () => {
    const s = scale(Date.UTC(2020, 7, 1), Date.UTC(2020, 7, 15));
    expect(labels(multiLevelTicks(s, 800, 'de').secondary)).toEqual(['August 2020']);
    expect(labels(multiLevelTicks(s, 800, 'fr').secondary)).toEqual(['août 2020']);
  });

  it('keeps primary ticks at least the minimum spacing apart at any width', () => {
    for (const width of [120, 300, 800, 2000]) {
      for (const [from, to] of [
        [Date.UTC(2020, 7, 1), Date.UTC(2020, 7, 2)],
        [Date.UTC(2020, 0, 1), Date.UTC(2020, 11, 31)],
        [Date.UTC(1800, 0, 1), Date.UTC(2020, 0, 1)],
      ]) {
        const { primary } = multiLevelTicks(scale(from, to, width), width, 'nl');
        for (let i = 1; i < primary.length; i++) expect(primary[i].x - primary[i - 1].x).toBeGreaterThanOrEqual(39);
      }
    }
  });
});
