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
import { runParsers } from '../../src/temporal/tagger.js';
import { bitsOfHit, scanPieces, triggerPlan } from '../../src/temporal/triggers.js';
import { documentDaySpan, toDocumentDate } from '../../src/time/document-date.js';
import { checkContract } from './trigger-contract.js';

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
  // the longest lead-ins and tails of the reaches taken from the patterns' fragments (common/reach.ts)
  'Less than within seventy-seven and a half centuries\u2019 from now on, roughly some few hours hence.',
  'At the very beginning of early in the following afternoon before. The very end of later that same evening after.',
  'A couple of weeks later, several months afterwards, the subsequent years; the decades that followed.',
  'Between the very beginning of this coming September, of 2008; the tail end of past March of next year.',
  'The very beginning of earlier the this coming weekend\u2019s, the latter part of the this past century\u2019s.',
  'The rest of the current year, the rest of their month, the financial year \u20192008-2009, the 2008 financial year, the week after the next.',
  'Seventy-seven and a half times per fortnight, thrice a year, every other seventy-seven centuries, bi-annually.',
];

// whole-text scans of every parser over hundreds of texts: a loaded machine needs more than the default 5 s
describe('parser triggers', { timeout: 60_000 }, () => {
  for (const language of ['en', 'nl'] as const) {
    const parsers = getLocale(language).temporal.parsers;
    const texts = [...golden(language), ...(language === 'en' ? [...STRETCHED, ...files(MEANTIME)] : []), ...files('seeds')];
    it(`${language}: every match holds a trigger piece within reach`, () => {
      expect(texts.flatMap((text) => checkContract(parsers, text))).toEqual([]);
    });
  }

  it('the walk over the text finds the pieces the scan pattern finds, case folding and surrogates included', () => {
    // what only Unicode case folding or a non-ASCII neighbour decides: "ſecond" and the Kelvin sign, accented Dutch
    // pieces in either case, the curly "’s", letters before a piece, digits after letters, halves of a surrogate pair
    const odd = ['ſecond', 'ſ', '\u212a', 'éénentwintigste', 'ÉÉNENTWINTIGSTE', 'decenniën', 'DECENNIËN', 'decennien', '’s', "'s", '’S',
      '😀', '\ud83d', '\ude00', 'é', 'q1', 'Q4', '2008q1', 'abc123', '_day', '1day', 'ſeptember', 'İ', 'bi-annually', 'maY', 'mAyor',
      'эday', 'Day', 'ﬁrst', '\u00a0', '—'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const sources = [...golden('en'), ...golden('nl'), ...files('seeds')];
    const texts = [...sources];
    for (let n = 0; n < 1500; n++) {
      let text = '';
      for (let k = 5 + Math.floor(next() * 40); k > 0; k--) {
        const source = sources[Math.floor(next() * sources.length)];
        const from = Math.floor(next() * source.length);
        text += (next() < 0.5 ? odd[Math.floor(next() * odd.length)] : source.slice(from, from + Math.floor(next() * 12))) + (next() < 0.3 ? '' : ' ');
      }
      texts.push(text);
    }
    for (const language of ['en', 'nl'] as const) {
      const plan = triggerPlan(getLocale(language).temporal.parsers);
      for (const text of texts) {
        const byPattern: string[] = [];
        plan.scan!.lastIndex = 0;
        for (let m = plan.scan!.exec(text); m; m = plan.scan!.exec(text)) byPattern.push(`${m.index}-${m.index + m[0].length}:${bitsOfHit(plan, text, m.index, m[0])}`);
        const byWalk: string[] = [];
        scanPieces(plan, text, (start, end, bits) => byWalk.push(`${start}-${end}:${bits}`));
        expect(byWalk, text).toEqual(byPattern);
      }
    }
  });

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
  it('random word soups built from the patterns\' own words: the zoned scan equals the whole-text scan', () => {
    // a fixed linear congruential generator: the same texts on every run, no clock
    let seed = 20240817;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const words = [
      'the', 'very', 'beginning', 'of', 'early', 'mid-', 'late', 'since', 'between', 'from', 'to', 'through', 'and', 'in',
      'about', 'approximately', 'no', 'more', 'than', 'remaining', 'following', 'seventy-seven', 'and a half', 'a', 'an',
      'consecutive', 'days', 'day', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'century', 'quarter', 'half',
      'fourth', 'first', 'last', 'next', 'this', 'coming', 'past', 'previous', 'ago', 'later', 'earlier', 'before', 'after',
      'today', 'tomorrow', 'yesterday', 'tonight', 'morning', 'evening', 'night', 'overnight', 'Monday', 'Friday', 'Wed.',
      'January', 'Sept.', 'May', 'March', 'Dec', 'spring', 'fall', 'Christmas', "New Year's", 'Day', 'same', 'period',
      'every', 'each', 'per', 'twice', 'times', 'annually', 'biannually', 'fortnightly', 'daily', 'now', 'recent', 'recently',
      'the future', 'soon', 'short-term', 'fiscal', 'Q3', 'H1', '2008', '1990s', "'98", '’98', '9th', '12', '31', '10:30',
      'p.m.', 'EST', 'noon', '2300', 'hours', '2008-09-16', '9/16/2008', '9 pm', "10 o'clock", 'Oct-2', 'Oct2', '11 - 2016', '2016 / 11', '4.22', "1990's", '’90s', 'twenties', 'sixties', 'the 1990s', 'said', 'will',
      'people', 'percent', 'minister', 'market', 'decided', 'second', 'security', 'admin', 'sunday', 'ſecond', 'Kelvin',
      // the longest lead-ins and tails the patterns allow, to land next to the words above
      'since the very beginning of the fiscal year', 'approximately the remaining seventy-seven and a half consecutive',
      'between the very beginning of this coming', 'the very end of the the latter part of the', 'Wednesday, the',
      'of September.,', 'no more than the following twenty-five and a half working', 'the fourth quarter of the previous financial year',
      'earlier the day before yesterday', 'every other seventy-seven', 'from 9th through 12th', 'in the twenty-first century',
    ];
    const gaps = [' ', ' ', ' ', '  ', '\n', '\n\n', ' \t ', ', ', '. ', '; ', ' - ', '–', '-'];
    const parsers = getLocale('en').temporal.parsers;
    const reference = toDocumentDate('2009-03-02');
    for (let n = 0; n < 400; n++) {
      let text = '';
      const length = 5 + Math.floor(next() * 60);
      for (let k = 0; k < length; k++) text += pick(words) + pick(gaps);
      const context = { text, reference, referenceSpan: documentDaySpan(reference) };
      expect(runParsers(parsers, context, true), text).toEqual(runParsers(parsers, context, false));
    }
  });
});
