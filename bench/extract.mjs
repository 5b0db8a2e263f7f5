#!/usr/bin/env node
/**
 * Extraction benchmark: at least 5 MB of article text (the seeds, and the MEANTIME English articles when present,
 * repeated as separate articles), run through the whole extraction (parse, tag, events) and, in the same run,
 * through chrono-node's parser for the same language (chrono.nl for Dutch, chrono.en for English).
 * Prints words per second for both and their ratio. Timing uses performance.now(); nothing reads the calendar clock.
 * usage: npm run bench:extract [-- --mb 5]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { extractEvents, parseArticle } from '../dist/extract.js';

const mbArg = process.argv.indexOf('--mb');
const TARGET_BYTES = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 5) * 1024 * 1024;
const MEANTIME = '/work/shared/corpora/meantime-en/articles';

/** Source articles: file, text, language and document date, parsed once to know language and date. */
function sources() {
  const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((f) => join('seeds', f));
  if (existsSync(MEANTIME)) files.push(...readdirSync(MEANTIME).filter((f) => f.endsWith('.txt')).sort().map((f) => join(MEANTIME, f)));
  const usable = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    try {
      const article = parseArticle(text, { file });
      usable.push({ file, text, language: article.language.code, date: article.documentDate, body: text.slice(article.bodyStart) });
    } catch (error) {
      // e.g. a corpus file whose header is not an ISO date: reported, left out
      console.log(`skipped: ${error.message}`);
    }
  }
  return usable;
}

const words = (text) => text.match(/\S+/g)?.length ?? 0;
const utcReference = (date) => new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1, 12));

function buildCorpus(base) {
  const articles = [];
  let bytes = 0;
  for (let round = 0; bytes < TARGET_BYTES; round++) {
    for (const source of base) {
      articles.push({ ...source, id: `${source.file.replace(/^.*\//, '').replace(/\.txt$/, '')}#${round}` });
      bytes += Buffer.byteLength(source.body, 'utf8');
    }
  }
  return { articles, bytes };
}

function timeExtraction(articles) {
  const start = performance.now();
  let events = 0;
  for (const article of articles) events += extractEvents({ id: article.id, text: article.text, language: article.language }).length;
  return { ms: performance.now() - start, events };
}

function timeChrono(articles) {
  const start = performance.now();
  let found = 0;
  for (const article of articles) {
    const parser = article.language === 'nl' ? chrono.nl : chrono.en;
    found += parser.parse(article.body, utcReference(article.date)).length;
  }
  return { ms: performance.now() - start, found };
}

const base = sources();
const { articles, bytes } = buildCorpus(base);
const totalWords = articles.reduce((sum, a) => sum + words(a.body), 0);
// warm up both (JIT, segmenter and regex caches) on one round
timeExtraction(base.map((s, i) => ({ ...s, id: `warm${i}` })));
timeChrono(base);

const ours = timeExtraction(articles);
const theirs = timeChrono(articles);
const rate = (ms) => (totalWords / (ms / 1000));
const fmt = (n) => Math.round(n).toLocaleString('en-US');

const byLanguage = ['nl', 'en'].map((language) => {
  const subset = articles.filter((a) => a.language === language);
  return { language, articles: subset.length, words: subset.reduce((sum, a) => sum + words(a.body), 0) };
});
console.log(`corpus: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${articles.length} articles (${base.length} sources repeated), ${fmt(totalWords)} words`);
for (const l of byLanguage) console.log(`  ${l.language}: ${l.articles} articles, ${fmt(l.words)} words`);
console.log(`event-timeline extractEvents: ${(ours.ms / 1000).toFixed(2)} s, ${fmt(rate(ours.ms))} words/s, ${fmt(ours.events)} events`);
console.log(`chrono-node parse (nl/en):    ${(theirs.ms / 1000).toFixed(2)} s, ${fmt(rate(theirs.ms))} words/s, ${fmt(theirs.found)} expressions`);
console.log(`ratio (event-timeline / chrono): ${(rate(ours.ms) / rate(theirs.ms)).toFixed(2)}`);
