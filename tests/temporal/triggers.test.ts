/**
 * The trigger contract (TemporalParser.trigger): every match of a parser's pattern holds one of its trigger pieces,
 * with the match reading fewer than its reach (TRIGGER_REACH_BEFORE / _AFTER, or the trigger's own) in non-blank
 * characters before and after the piece. Checked on every match in the golden sentences, the seeds and MEANTIME (when
 * present), and on texts built to stretch the lead-ins; and the tagger's zoned scan must equal a whole-text scan.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLocale } from '../../src/locales/index.js';
import type { TemporalParser } from '../../src/temporal/contract.js';
import { runParsers } from '../../src/temporal/tagger.js';
import { documentDaySpan, toDocumentDate } from '../../src/time/document-date.js';
import { triggerPlan } from '../../src/temporal/triggers.js';

const golden = (language: string) =>
  readFileSync(new URL(`../locales/${language}/golden.tsv`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[1] ?? '');

const MEANTIME = '/work/shared/corpora/meantime-en/articles';
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')) : []);

const STRETCHED = [
  'It lasted approximately the remaining seventy-seven and a half consecutive days of the war.',
  'Prices rose in the very beginning of the the latter part of the nineteen-nineties, and during the twenty-first century.',
  'Results for the fourth quarter of the previous financial year were flat; the 1st half of fiscal 2008 too.',
  'Between the very beginning of this coming September and 10:30 p.m. EST, on Wednesday, nothing happened.',
  'He left no more than the following twenty-five and a half working hours later, or the day before yesterday evening.',
  'Every other seventy-seven weeks, twice a year, bi-annually, biannually and fortnightly, overnight.',
  'Earlier the day before yesterday, late in the following week, and three days before.',
  'Since the very beginning of the fiscal year 2008, since the end of fiscal 2008, and in \u201998 or \u2019 98.',
  'From 9th through 12th September., 2008, between September. 9th through 12th, 2008, and from 1990 through 2000.',
  'On Wednesday, the 9th of September., 2008, on Wednesday, September the 9th, 2008, and on Wed., 9 Sept. 2008.',
  'Filed 2008-09-16 and 9/16/2008; at 10:30 p.m. EST, on Wednesday; at 2300 hours; at noon GMT on Wednesday.',
  'In the twenty-first century, the 21st century and the mid-1990\u2019s; by the very end of the the 1990s.',
];

const nonBlank = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = Math.max(0, from); i < Math.min(text.length, to); i++) if (!/\s/.test(text[i])) n++;
  return n;
};

function checkContract(parsers: readonly TemporalParser[], text: string): string[] {
  const plan = triggerPlan(parsers);
  const hits: { start: number; end: number; bits: number }[] = [];
  if (plan.scan) {
    plan.scan.lastIndex = 0;
    for (let m = plan.scan.exec(text); m; m = plan.scan.exec(text)) {
      const digit = /^\d/.test(m[0]);
      hits.push({ start: m.index, end: m.index + m[0].length, bits: digit ? plan.digitBits : (plan.bitsOf.get(m[0].toLowerCase()) ?? plan.allBits) });
    }
  }
  const problems: string[] = [];
  parsers.forEach((parser, index) => {
    const bit = plan.parserBit[index];
    if (!bit) return;
    const pattern = new RegExp(parser.pattern.source, parser.pattern.flags.includes('g') ? parser.pattern.flags : `${parser.pattern.flags}g`);
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = m.index + m[0].length;
      // one character of look-around on either side (word guards) counts too
      const ok = hits.some(
        (h) => (h.bits & bit) !== 0 && h.start >= start && h.end <= end && nonBlank(text, start - 1, h.start) < plan.reach[index][0] && nonBlank(text, h.end, end + 1) < plan.reach[index][1],
      );
      if (!ok) problems.push(`${parser.name}: "${m[0]}"`);
    }
  });
  return problems;
}

describe('parser triggers', () => {
  for (const language of ['en', 'nl'] as const) {
    const parsers = getLocale(language).temporal.parsers;
    const texts = [...golden(language), ...(language === 'en' ? [...STRETCHED, ...files(MEANTIME)] : []), ...files('seeds')];
    it(`${language}: every match holds a trigger piece within reach`, () => {
      expect(texts.flatMap((text) => checkContract(parsers, text))).toEqual([]);
    });
  }

  it('the zoned scan finds what a whole-text scan finds', () => {
    for (const language of ['en', 'nl'] as const) {
      const parsers = getLocale(language).temporal.parsers;
      const texts = [...golden(language), ...(language === 'en' ? [...STRETCHED, ...files(MEANTIME).slice(0, 40)] : []), ...files('seeds')];
      for (const text of texts) {
        const reference = toDocumentDate('2009-03-02');
        const context = { text, reference, referenceSpan: documentDaySpan(reference) };
        expect(runParsers(parsers, context, true)).toEqual(runParsers(parsers, context, false));
      }
    }
  });
});
