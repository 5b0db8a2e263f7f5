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
 * far and the CLI's current resident memory (VmRSS), so a long run shows whether memory stays flat.
 * usage: npm run bench:corpus [-- --articles 1000000 --runs 1 --jobs 2,1 --sample 10]
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { option } from './lib/options.mjs';

const ARTICLES = Number(option('--articles', 1_000_000));
const RUNS = Math.max(1, Number(option('--runs', 1)));
const JOBS = String(option('--jobs', '2,1')).split(',').map(Number);
const CLI = resolve(option('--cli', 'dist/cli.js'));
const SAMPLE_SECONDS = Number(option('--sample', 0));

/** Sentences of each seed article (a rough split on sentence ends is enough to make text). */
const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join('seeds', f), 'utf8').replace(/^\uFEFF?\s*date \S+\s*/, ''))
  .map((body) => body.split(/(?<=[.!?])\s+(?=[A-Z"])/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 20));

/** Article number n: a date header and four to six consecutive sentences of one seed. */
function article(n) {
  const sentences = seeds[n % seeds.length];
  const count = 4 + (n % 3);
  const start = (n * 7919) % Math.max(1, sentences.length - count);
  const day = 1 + (n % 28);
  const month = 1 + (Math.floor(n / 28) % 12);
  const year = 2000 + (Math.floor(n / 336) % 25);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return ` date ${date} ${sentences.slice(start, start + count).join(' ')}`;
}

const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

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
    const child = spawn(process.execPath, [CLI, 'extract', '-', '--input', 'jsonl', '--jsonl', '--lang', 'nl', '--jobs', String(jobs)], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let words = 0;
    let lines = 0;
    let errors = '';
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
    child.stderr.on('data', (chunk) => {
      const text = String(chunk);
      failedLines += text.split('\n').filter((l) => l.startsWith('event-timeline extract:')).length;
      if (errors.length < 2000) errors += text;
    });
    // write lazily: the next block of articles only when the pipe has room
    const writeMore = () => {
      while (n < ARTICLES) {
        let block = '';
        for (const end = Math.min(ARTICLES, n + 200); n < end; n++) {
          const text = article(n);
          words += wordCount(text);
          block += `${JSON.stringify({ id: `a${n}`, text })}\n`;
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
      if (code !== 0 && failedLines === 0) return fail(new Error(`extract --jobs ${jobs} exited ${code}: ${errors}`));
      ok({ jobs, seconds, articles: ARTICLES, words, events: lines, peak, failed: failedLines, errors });
    });
    // the last reading before exit: VmHWM only grows, so a late sample is the peak
    child.on('spawn', () => (peak = Math.max(peak, peakRss(child.pid) ?? 0)));
  });
}

const mb = (bytes) => (bytes ? `${(bytes / 2 ** 20).toFixed(0)} MB` : 'n/a (no /proc)');
const format = (r) =>
  `--jobs ${r.jobs}: ${r.articles.toLocaleString('en')} articles in ${r.seconds.toFixed(1)} s: ` +
  `${Math.round(r.articles / r.seconds).toLocaleString('en')} articles/s, ${Math.round(r.words / r.seconds).toLocaleString('en')} words/s, ` +
  `${r.events.toLocaleString('en')} events, peak RSS ${mb(r.peak)}${r.failed ? `, ${r.failed} articles failed` : ''}`;

console.log(`event-timeline extract --jsonl over ${ARTICLES.toLocaleString('en')} generated articles (JSON lines on a pipe), ${RUNS} round(s)`);
const rounds = [];
for (let round = 0; round < RUNS; round++) {
  const results = {};
  for (const jobs of JOBS) {
    const result = await run(jobs);
    results[jobs] = result;
    console.log(`  round ${round + 1} ${format(result)}`);
    if (result.failed) console.log(`    first failures: ${result.errors.split('\n').slice(0, 3).join(' | ')}`);
  }
  rounds.push(results);
  if (results[1] && results[2]) console.log(`  round ${round + 1}: --jobs 2 is ${(results[1].seconds / results[2].seconds).toFixed(2)}x --jobs 1`);
}
const peak = Math.max(...rounds.flatMap((r) => Object.values(r).map((x) => x.peak)));
console.log(`peak RSS over all runs: ${mb(peak)} (budget 500 MB)`);
