#!/usr/bin/env node
/**
 * Extraction benchmark: at least 5 MB of article text (the seeds, and the MEANTIME English articles when present,
 * repeated as separate articles), run through the whole extraction (parse, tag, events) and, in the same run,
 * through chrono-node's parser for the same language (chrono.nl for Dutch, chrono.en for English).
 * Both run over the same articles in the same process, after the same warm-up, alternating for --runs rounds (3 by
 * default); each side's best round counts. Prints words per second and the ratio event-timeline / chrono-node by wall
 * time (the headline) and by this process's CPU time (steadier when other work shares the machine). Nothing reads the
 * calendar clock: durations come from the monotonic performance clock and process.cpuUsage.
 *
 * `--against DIR` compares this build (dist/, or `--this DIR`) with another (DIR/extract.js, e.g. a copy of dist/
 * from an earlier commit) instead: each round runs each build in a process of its own (a build loaded second into a
 * process that ran another ran slower in a probe), the order ABBA over rounds so neither side always meets the
 * machine first or second; each process warms up, times the whole extraction, then each stage alone (parsing,
 * temporal tagging, events given the tagger's expressions). Prints both builds' best and median per stage, their
 * ratios, and the load average before and after (the ratio moves with the machine's load).
 * usage: npm run bench:extract [-- --mb 5 --runs 3]; node bench/extract.mjs --mb 1 --runs 4 --against ../old-dist
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const option = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const MB = Number(option('--mb') ?? 5);
const TARGET_BYTES = MB * 1024 * 1024;
const RUNS = Math.max(1, Number(option('--runs') ?? 3));
/** Rounds of the source articles each side extracts before it is timed (JIT, segmenter and regex caches). */
const WARM_ROUNDS = Math.max(0, Number(option('--warm') ?? 5));
const MEANTIME = '/work/shared/corpora/meantime-en/articles';
const loadBuild = async (dir) => import(pathToFileURL(resolve(dir, 'extract.js')).href);

/** Source articles: file, text, language and document date, parsed once to know language and date. */
function sources(parseArticle, quiet = false) {
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
      if (!quiet) console.log(`skipped: ${error.message}`);
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
const warmSet = (base) => Array.from({ length: WARM_ROUNDS }, (_, round) => base.map((s, i) => ({ ...s, id: `warm${round}-${i}` }))).flat();

/** CPU time of this process in ms: steadier than wall time when other work shares the machine. */
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function timeExtraction(articles, extract) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let events = 0;
  for (const article of articles) events += extract({ id: article.id, text: article.text, language: article.language }).length;
  return { wallMs: performance.now() - start, ms: cpuMs(cpu), events };
}

/**
 * Where the time goes, each stage alone: parsing articles, temporal tagging, and the events stage given the tagger's
 * expressions (a stand-in tagger hands them back), so no stage's figure is a difference of two noisy ones.
 */
function timeStages(lib, subset) {
  let cpu = process.cpuUsage();
  const parsed = subset.map((a) => lib.parseArticle(a.text, { id: a.id, language: a.language }));
  const parseMs = cpuMs(cpu);
  cpu = process.cpuUsage();
  const tagged = parsed.map((article) => lib.tagArticle(article));
  const tagMs = cpuMs(cpu);
  cpu = process.cpuUsage();
  let events = 0;
  for (let i = 0; i < parsed.length; i++) events += lib.eventsOfArticle(parsed[i], () => tagged[i]).length;
  return { parseMs, tagMs, eventsMs: cpuMs(cpu), stageEvents: events };
}

const rate = (wordCount, ms) => wordCount / (ms / 1000);
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const seconds = (ms) => (ms / 1000).toFixed(2);
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

/** One side of an `--against` round, in a process of its own: warm up, time the whole extraction, then the stages. */
async function child(dir) {
  const lib = await loadBuild(dir);
  const base = sources(lib.parseArticle, true);
  const { articles, bytes } = buildCorpus(base);
  timeExtraction(warmSet(base), lib.extractEvents);
  const whole = timeExtraction(articles, lib.extractEvents);
  const stages = timeStages(lib, articles);
  process.stdout.write(`${JSON.stringify({ ...whole, ...stages, articles: articles.length, bytes, words: articles.reduce((sum, a) => sum + words(a.body), 0) })}\n`);
}

/** This build against another: each side in its own process per round, ABBA order. */
function compare(thisDir, againstDir) {
  const script = fileURLToPath(import.meta.url);
  const sides = { this: thisDir, against: againstDir };
  const results = { this: [], against: [] };
  console.log(`load average before: ${load()}`);
  console.log(`corpus: ${MB} MB of the seeds and MEANTIME, repeated; ${RUNS} rounds, each build in its own process, ABBA order; ${WARM_ROUNDS} warm-up rounds each`);
  for (let run = 0; run < RUNS; run++) {
    // A B, B A, A B, ...: neither side always goes first
    const order = run % 2 === 0 ? ['this', 'against'] : ['against', 'this'];
    for (const side of order) {
      const out = execFileSync(process.execPath, [script, '--child', sides[side], '--mb', String(MB), '--warm', String(WARM_ROUNDS)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
      const r = JSON.parse(out.trim().split('\n').pop());
      results[side].push(r);
      console.log(`  round ${run + 1} ${side.padEnd(7)} whole ${seconds(r.wallMs)} s wall, ${seconds(r.ms)} s CPU; parse ${seconds(r.parseMs)}, tagging ${seconds(r.tagMs)}, events ${seconds(r.eventsMs)} s CPU; ${fmt(r.events)} records (load ${load()})`);
    }
  }
  const a0 = results.this[0];
  const b0 = results.against[0];
  console.log(`corpus: ${(a0.bytes / 1024 / 1024).toFixed(2)} MB, ${fmt(a0.articles)} articles, ${fmt(a0.words)} words (against: ${fmt(b0.articles)} articles)`);
  const fields = [['wallMs', 'whole, wall'], ['ms', 'whole, CPU'], ['parseMs', 'parse, CPU'], ['tagMs', 'tagging, CPU'], ['eventsMs', 'events, CPU']];
  const best = (list, f) => Math.min(...list.map((r) => r[f]));
  const median = (list, f) => {
    const v = list.map((r) => r[f]).sort((x, y) => x - y);
    return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  };
  console.log(`${''.padEnd(14)}${'this best'.padStart(10)}${'against'.padStart(10)}${'ratio'.padStart(8)}   ${'this median'.padStart(12)}${'against'.padStart(10)}${'ratio'.padStart(8)}`);
  for (const [f, label] of fields) {
    const [tb, ab, tm, am] = [best(results.this, f), best(results.against, f), median(results.this, f), median(results.against, f)];
    console.log(`${label.padEnd(14)}${seconds(tb).padStart(10)}${seconds(ab).padStart(10)}${(tb / ab).toFixed(3).padStart(8)}   ${seconds(tm).padStart(12)}${seconds(am).padStart(10)}${(tm / am).toFixed(3).padStart(8)}`);
  }
  console.log(`records: this ${fmt(a0.events)}, against ${fmt(b0.events)}`);
  console.log(`AGAINST  this build's time / the other's, best rounds: ${(best(results.this, 'wallMs') / best(results.against, 'wallMs')).toFixed(3)} by wall time, ${(best(results.this, 'ms') / best(results.against, 'ms')).toFixed(3)} by CPU time (1.150 = 15% slower)`);
  console.log(`load average after: ${load()}`);
}

/** This build against chrono-node, alternating in one process; each side's best round counts. */
async function againstChrono(dir) {
  const chrono = await import('chrono-node');
  const lib = await loadBuild(dir);
  const timeChrono = (articles) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    let found = 0;
    for (const article of articles) {
      const parser = article.language === 'nl' ? chrono.nl : chrono.en;
      found += parser.parse(article.body, utcReference(article.date)).length;
    }
    return { wallMs: performance.now() - start, ms: cpuMs(cpu), found };
  };
  const base = sources(lib.parseArticle);
  const { articles, bytes } = buildCorpus(base);
  const totalWords = articles.reduce((sum, a) => sum + words(a.body), 0);
  // warm up both (JIT, segmenter and regex caches) on the same rounds of the same texts
  const warm = warmSet(base);
  timeExtraction(warm, lib.extractEvents);
  timeChrono(warm);
  const line = (r) => `${fmt(rate(totalWords, r.wallMs)).padStart(9)} words/s wall (${seconds(r.wallMs)} s), ${fmt(rate(totalWords, r.ms)).padStart(9)} words/s CPU (${seconds(r.ms)} s)`;
  console.log(`load average: ${load()}`);
  console.log(`corpus: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${articles.length} articles (${base.length} sources repeated), ${fmt(totalWords)} words; best of ${RUNS} alternating runs each`);
  /** Alternate the two sides `RUNS` times; keep each side's fastest wall time and fastest CPU time. */
  const best = (subset) => {
    let ours;
    let theirs;
    for (let run = 0; run < RUNS; run++) {
      const a = timeExtraction(subset, lib.extractEvents);
      const b = timeChrono(subset);
      ours = ours ? { ...a, wallMs: Math.min(ours.wallMs, a.wallMs), ms: Math.min(ours.ms, a.ms) } : a;
      theirs = theirs ? { ...b, wallMs: Math.min(theirs.wallMs, b.wallMs), ms: Math.min(theirs.ms, b.ms) } : b;
    }
    return { ours, theirs };
  };
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
  const stages = timeStages(lib, articles);
  console.log(`stages   CPU: parseArticle ${seconds(stages.parseMs)} s, temporal tagging ${seconds(stages.tagMs)} s, events ${seconds(stages.eventsMs)} s (each alone)`);
}

const childDir = option('--child');
const againstDir = option('--against');
if (childDir) await child(childDir);
else if (againstDir) compare(option('--this') ?? 'dist', againstDir);
else await againstChrono(option('--this') ?? 'dist');
