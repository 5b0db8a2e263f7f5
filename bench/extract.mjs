#!/usr/bin/env node
/**
 * Extraction benchmark: at least 5 MB of article text (the seeds, and the MEANTIME English articles when present,
 * repeated as separate articles), run through the whole extraction (parse, tag, events) and, in the same run,
 * through chrono-node's parser for the same language (chrono.nl for Dutch, chrono.en for English).
 * Both run over the same articles in the same process, after the same warm-up, alternating for --runs rounds (3 by
 * default); each side's best round counts. Prints words per second and the ratio event-timeline / chrono-node by wall
 * time (the headline) and by this process's CPU time (steadier when other work shares the machine). Nothing reads the
 * calendar clock: durations come from the monotonic performance clock and process.cpuUsage.
 * `--against DIR` also times another build's extraction (DIR/extract.js, e.g. a copy of dist/ from an earlier commit)
 * in the same alternation, for "how much slower or faster did this change make it" in one run.
 * usage: npm run bench:extract [-- --mb 5 --runs 3 --against ../old-dist]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { extractEvents, parseArticle, tagArticle } from '../dist/extract.js';

const argument = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const TARGET_BYTES = argument('--mb', 5) * 1024 * 1024;
const RUNS = Math.max(1, argument('--runs', 3));
const MEANTIME = '/work/shared/corpora/meantime-en/articles';
const againstIndex = process.argv.indexOf('--against');
const against = againstIndex > 0 ? await import(pathToFileURL(resolve(process.argv[againstIndex + 1], 'extract.js')).href) : undefined;

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

/** CPU time of this process in ms: steadier than wall time when other work shares the machine. */
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function timeExtraction(articles, extract = extractEvents) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let events = 0;
  for (const article of articles) events += extract({ id: article.id, text: article.text, language: article.language }).length;
  return { wallMs: performance.now() - start, ms: cpuMs(cpu), events };
}

function timeChrono(articles) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let found = 0;
  for (const article of articles) {
    const parser = article.language === 'nl' ? chrono.nl : chrono.en;
    found += parser.parse(article.body, utcReference(article.date)).length;
  }
  return { wallMs: performance.now() - start, ms: cpuMs(cpu), found };
}

const base = sources();
const { articles, bytes } = buildCorpus(base);
const totalWords = articles.reduce((sum, a) => sum + words(a.body), 0);
// warm up both (JIT, segmenter and regex caches) on the same rounds of the same texts
const warm = [0, 1, 2, 3, 4].flatMap((round) => base.map((s, i) => ({ ...s, id: `warm${round}-${i}` })));
timeExtraction(warm);
timeChrono(warm);
if (against) timeExtraction(warm, against.extractEvents);

const rate = (wordCount, ms) => wordCount / (ms / 1000);
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const line = (r) => `${fmt(rate(totalWords, r.wallMs)).padStart(9)} words/s wall (${(r.wallMs / 1000).toFixed(2)} s), ${fmt(rate(totalWords, r.ms)).padStart(9)} words/s CPU (${(r.ms / 1000).toFixed(2)} s)`;

/** Where the time goes: parsing articles, and temporal tagging alone (the rest of extraction is events). */
function timeStages(subset) {
  let cpu = process.cpuUsage();
  const parsed = subset.map((a) => parseArticle(a.text, { id: a.id, language: a.language }));
  const parseMs = cpuMs(cpu);
  cpu = process.cpuUsage();
  for (const article of parsed) tagArticle(article);
  return { parseMs, tagMs: cpuMs(cpu) };
}

console.log(`corpus: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${articles.length} articles (${base.length} sources repeated), ${fmt(totalWords)} words; best of ${RUNS} alternating runs each`);
if (against) {
  // this build and the other, alternating on the same articles; each run swaps which goes first, so neither gains
  // from the other's warm caches; each side's fastest round counts
  let ours;
  let theirs;
  for (let run = 0; run < RUNS; run++) {
    const [a, b] = run % 2 === 0
      ? [timeExtraction(articles), timeExtraction(articles, against.extractEvents)]
      : [timeExtraction(articles, against.extractEvents), timeExtraction(articles)].reverse();
    ours = ours ? { wallMs: Math.min(ours.wallMs, a.wallMs), ms: Math.min(ours.ms, a.ms), events: a.events } : a;
    theirs = theirs ? { wallMs: Math.min(theirs.wallMs, b.wallMs), ms: Math.min(theirs.ms, b.ms), events: b.events } : b;
  }
  console.log(`this     event-timeline extractEvents ${line(ours)}, ${fmt(ours.events)} events`);
  console.log(`against  ${process.argv[againstIndex + 1]} extractEvents ${line(theirs)}, ${fmt(theirs.events)} events`);
  console.log(`AGAINST  this build's time / the other's: ${(ours.wallMs / theirs.wallMs).toFixed(3)} by wall time, ${(ours.ms / theirs.ms).toFixed(3)} by CPU time (1.150 = 15% slower)`);
}
/** Alternate the two sides `RUNS` times; keep each side's fastest wall time and fastest CPU time. */
function best(subset) {
  let ours;
  let theirs;
  for (let run = 0; run < RUNS; run++) {
    const a = timeExtraction(subset);
    const b = timeChrono(subset);
    ours = ours ? { ...a, wallMs: Math.min(ours.wallMs, a.wallMs), ms: Math.min(ours.ms, a.ms) } : a;
    theirs = theirs ? { ...b, wallMs: Math.min(theirs.wallMs, b.wallMs), ms: Math.min(theirs.ms, b.ms) } : b;
  }
  return { ours, theirs };
}
const { ours, theirs } = best(articles);
console.log(`all      event-timeline extractEvents ${line(ours)}, ${fmt(ours.events)} events`);
console.log(`         chrono-node parse            ${line(theirs)}, ${fmt(theirs.found)} expressions`);
console.log(`RATIO    event-timeline / chrono-node throughput: ${(theirs.wallMs / ours.wallMs).toFixed(3)} by wall time, ${(theirs.ms / ours.ms).toFixed(3)} by CPU time (1.000 = as fast as chrono-node)`);
for (const language of ['nl', 'en']) {
  const subset = articles.filter((a) => a.language === language);
  const subsetWords = subset.reduce((sum, a) => sum + words(a.body), 0);
  const { ours: a, theirs: b } = best(subset);
  console.log(
    `${language.padEnd(9)}event-timeline ${fmt(rate(subsetWords, a.wallMs)).padStart(9)} words/s, chrono.${language} ${fmt(rate(subsetWords, b.wallMs)).padStart(9)} words/s (wall), ratio ${(b.wallMs / a.wallMs).toFixed(3)} wall, ${(b.ms / a.ms).toFixed(3)} CPU (${subset.length} articles, ${fmt(subsetWords)} words)`,
  );
}
const stages = timeStages(articles);
console.log(`stages   CPU: parseArticle ${(stages.parseMs / 1000).toFixed(2)} s, temporal tagging ${(stages.tagMs / 1000).toFixed(2)} s, events the rest of ${(ours.ms / 1000).toFixed(2)} s`);
