#!/usr/bin/env node
/**
 * Corpus benchmark: a generated corpus of short articles (1,000,000 by default) streamed as JSON lines through a pipe
 * into `event-timeline extract - --jsonl`, once with `--jobs 2` and once with `--jobs 1` (alternating for --runs
 * rounds), the records read from its standard output and counted. The corpus is made lazily while the CLI reads it,
 * so neither side ever holds it: each article is four to six consecutive sentences of a seed article under a date
 * header that changes with the article's number (a pure function of the number, the same in every run).
 *
 * Prints, for each run: articles/s, words/s (of article text), events written, and the CLI's peak resident memory
 * (VmHWM in /proc/PID/status, which counts the main thread and every worker thread of the process), and the speed-up
 * of --jobs 2 over --jobs 1 of the same round. With --sample S, every S seconds a line shows the articles written so
 * far and the CLI's current resident memory (VmRSS), so a long run shows whether memory stays flat. Each run also
 * prints the CLI's CPU time by thread kind (its --stats line: the main thread, and what of it went to reading and
 * writing, the workers, V8's compiler and GC threads), this script's own CPU time and the load average before and
 * after: wall time on a shared machine is noise, CPU time by thread is not.
 * usage: npm run bench:corpus [-- --articles 1000000 --runs 1 --jobs 2,1 --sample 10]
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { option } from './lib/options.mjs';

const ARTICLES = Number(option('--articles', 1_000_000));
const RUNS = Math.max(1, Number(option('--runs', 1)));
const JOBS = String(option('--jobs', '2,1')).split(',').map(Number);
const CLI = resolve(option('--cli', 'dist/cli.js'));
const SAMPLE_SECONDS = Number(option('--sample', 0));

/**
 * Sentences of each seed article (a rough split on sentence ends is enough to make text), each kept as it stands
 * inside a JSON string and with its word count: making a line is then joining strings, so the generator takes little
 * of the cores the CLI is measured on (with --jobs 2 on two cores, every cycle it spends is taken from the CLI).
 */
const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join('seeds', f), 'utf8').replace(/^\uFEFF?\s*date \S+\s*/, ''))
  .map((body) =>
    body
      .split(/(?<=[.!?])\s+(?=[A-Z"])/)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s.length > 20)
      .map((s) => ({ json: JSON.stringify(s).slice(1, -1), words: s.split(' ').length })),
  );

/**
 * Article number n as a JSON line (what JSON.stringify({ id, text }) writes), and its word count: a date header and
 * four to six consecutive sentences of one seed.
 */
function articleLine(n) {
  const sentences = seeds[n % seeds.length];
  const count = 4 + (n % 3);
  const start = (n * 7919) % Math.max(1, sentences.length - count);
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const year = 2000 + (Math.floor(n / 336) % 25);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let text = ` date ${date}`;
  let words = 2;
  for (const sentence of sentences.slice(start, start + count)) {
    text += ` ${sentence.json}`;
    words += sentence.words;
  }
  return { line: `{"id":"a${n}","text":"${text}"}\n`, words };
}

/** A memory figure of a process in bytes from /proc/PID/status (VmHWM: peak, VmRSS: now), or undefined without /proc. */
function memory(pid, field) {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
const peakRss = (pid) => memory(pid, 'VmHWM');

/** Stream the corpus through the CLI with `jobs` threads. */
function run(jobs) {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const ownCpu = process.cpuUsage();
    const loadBefore = loadavg()[0];
    const child = spawn(process.execPath, [CLI, 'extract', '-', '--input', 'jsonl', '--jsonl', '--lang', 'nl', '--jobs', String(jobs), '--stats'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let words = 0;
    let lines = 0;
    let errors = '';
    let stats = '';
    let failedLines = 0;
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, peakRss(child.pid) ?? 0)), 100);
    let n = 0;
    // articles written to the pipe so far (the CLI is at most a few hundred behind: its reading is bounded)
    const sampler = SAMPLE_SECONDS > 0 && setInterval(() => {
      const seconds = (performance.now() - started) / 1000;
      console.log(`    ${seconds.toFixed(0)} s: ${n.toLocaleString('en')} articles written, ${Math.round(n / seconds)} articles/s so far, VmRSS ${mb(memory(child.pid, 'VmRSS'))}`);
    }, SAMPLE_SECONDS * 1000);
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    let partial = '';
    child.stderr.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      for (const line of lines) {
        // --stats lines (counts, and CPU time by thread) are kept apart from the failures
        if (STATS_LINE.test(line)) stats += `${line}\n`;
        else if (line.startsWith('event-timeline extract:')) failedLines++;
        if (!STATS_LINE.test(line) && errors.length < 2000) errors += `${line}\n`;
      }
    });
    // write lazily: the next block of articles only when the pipe has room
    const writeMore = () => {
      while (n < ARTICLES) {
        let block = '';
        for (const end = Math.min(ARTICLES, n + 200); n < end; n++) {
          const article = articleLine(n);
          words += article.words;
          block += article.line;
        }
        if (!child.stdin.write(block)) return child.stdin.once('drain', writeMore);
      }
      child.stdin.end();
    };
    child.stdin.on('error', fail);
    writeMore();
    child.on('exit', (code) => {
      clearInterval(watch);
      if (sampler) clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const own = process.cpuUsage(ownCpu);
      if (code !== 0 && failedLines === 0) return fail(new Error(`extract --jobs ${jobs} exited ${code}: ${errors}`));
      ok({ jobs, seconds, articles: ARTICLES, words, events: lines, peak, failed: failedLines, errors, cpu: cpuOf(stats), benchCpu: (own.user + own.system) / 1e6, load: [loadBefore, loadavg()[0]] });
    });
    // the last reading before exit: VmHWM only grows, so a late sample is the peak
    child.on('spawn', () => (peak = Math.max(peak, peakRss(child.pid) ?? 0)));
  });
}

/** The --stats lines of the CLI (its CPU time by thread kind: see src/cli/extract.ts). */
const STATS_LINE = /^event-timeline extract: (\d+ articles, \d+ events|CPU time: )/;

/** Seconds of CPU time by thread kind from the CLI's --stats line, or undefined where it has none (not Linux). */
function cpuOf(stats) {
  const figure = (pattern) => {
    const match = pattern.exec(stats);
    return match ? Number(match[1]) : 0;
  };
  if (!/CPU time: main thread/.test(stats)) return undefined;
  return {
    main: figure(/main thread ([\d.]+) s/),
    mainIo: /reading and writing/.test(stats) ? figure(/reading and writing ([\d.]+) s/) : undefined,
    workers: figure(/workers ([\d.]+) s/),
    other: figure(/compiler and GC threads ([\d.]+) s/),
    waited: figure(/waited for a core ([\d.]+) s/),
  };
}

/** CPU time by thread kind: the main thread (and what of it was reading and writing), the workers, V8's own threads. */
function formatCpu(r) {
  if (!r.cpu) return `    CPU time: n/a (no /proc); this benchmark's generator and reader ${r.benchCpu.toFixed(1)} s`;
  const { main, mainIo, workers, other, waited } = r.cpu;
  const io = mainIo === undefined ? '' : ` (reading and writing ${mainIo.toFixed(1)} s: ${((100 * mainIo) / (main + workers)).toFixed(1)}% of the extracting threads' time)`;
  return (
    `    CPU time: main thread ${main.toFixed(1)} s${io}, workers ${workers.toFixed(1)} s, V8 compiler and GC threads ${other.toFixed(1)} s; ` +
    `this benchmark's generator and reader ${r.benchCpu.toFixed(1)} s; the CLI's threads waited ${waited.toFixed(1)} s for a core`
  );
}

/**
 * The wall time a run would take on two cores nobody else uses, from its CPU time (which a busy machine leaves as it
 * is): the busiest extracting thread, or all the CPU time (V8's own threads and this script's too) over two cores.
 */
function freeCoreSeconds(r) {
  const { main, workers, other } = r.cpu;
  return Math.max(main, r.jobs > 1 ? workers / (r.jobs - 1) : 0, (main + workers + other + r.benchCpu) / 2);
}

const mb = (bytes) => (bytes ? `${(bytes / 2 ** 20).toFixed(0)} MB` : 'n/a (no /proc)');
const format = (r) =>
  `--jobs ${r.jobs}: ${r.articles.toLocaleString('en')} articles in ${r.seconds.toFixed(1)} s: ` +
  `${Math.round(r.articles / r.seconds).toLocaleString('en')} articles/s, ${Math.round(r.words / r.seconds).toLocaleString('en')} words/s, ` +
  `${r.events.toLocaleString('en')} events, peak RSS ${mb(r.peak)}${r.failed ? `, ${r.failed} articles failed` : ''}; ` +
  `load average ${r.load.map((l) => l.toFixed(2)).join(' -> ')} (1 min, on ${cpus().length} cores)`;

console.log(`event-timeline extract --jsonl over ${ARTICLES.toLocaleString('en')} generated articles (JSON lines on a pipe), ${RUNS} round(s)`);
const rounds = [];
for (let round = 0; round < RUNS; round++) {
  const results = {};
  for (const jobs of JOBS) {
    const result = await run(jobs);
    results[jobs] = result;
    console.log(`  round ${round + 1} ${format(result)}`);
    console.log(formatCpu(result));
    if (result.failed) console.log(`    first failures: ${result.errors.split('\n').slice(0, 3).join(' | ')}`);
  }
  rounds.push(results);
  if (results[1] && results[2]) {
    const estimate = results[1].cpu && results[2].cpu ? `; from CPU time, on two free cores: ${(freeCoreSeconds(results[1]) / freeCoreSeconds(results[2])).toFixed(2)}x` : '';
    console.log(`  round ${round + 1}: --jobs 2 is ${(results[1].seconds / results[2].seconds).toFixed(2)}x --jobs 1${estimate}`);
  }
}
const peak = Math.max(...rounds.flatMap((r) => Object.values(r).map((x) => x.peak)));
console.log(`peak RSS over all runs: ${mb(peak)} (budget 500 MB)`);
