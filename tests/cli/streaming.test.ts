/** `extract --jsonl`, JSON lines input, standard input and `--jobs N`: the built CLI, spawned as a user runs it. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve(process.env.CLI ?? 'dist/cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
/** `count` one-sentence Dutch articles as JSON lines, ids `prefix0`, `prefix1`, ... */
const shortArticles = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, n) => `${JSON.stringify({ id: `${prefix}${n}`, text: ` date 2021-03-04 De EU begint ${n % 2 ? 'morgen' : 'vandaag'}.` })}\n`).join('');
/** `extract --jsonl --stats` of JSON lines on standard input with `jobs` threads; it must succeed. */
function extractWithStats(input: string, jobs: string) {
  const result = run(['extract', '-', '--input', 'jsonl', '--jsonl', '--lang', 'nl', '--jobs', jobs, '--stats'], input);
  expect(result.status, result.stderr).toBe(0);
  return result;
}
const work = mkdtempSync(join(tmpdir(), 'event-timeline-stream-'));
const seedTexts = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join('seeds', f), 'utf8'));

beforeAll(() => {
  expect(existsSync(CLI), 'build first: npm run build').toBe(true);
});

describe('extract --jsonl', () => {
  it('writes the same records as the JSON document, one per line', () => {
    const document = run(['extract', 'seeds']);
    const lines = run(['extract', 'seeds', '--jsonl']);
    expect(lines.status, lines.stderr).toBe(0);
    const records = lines.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(lines.stdout.endsWith('\n')).toBe(true);
    expect(records).toEqual(JSON.parse(document.stdout).events);
    // the document is still written as JSON.stringify({ events }, null, 2) writes it
    expect(document.stdout).toBe(`${JSON.stringify({ events: records }, null, 2)}\n`);
  }, 120_000);
  it('reads JSON lines (a file or standard input), one article per line, ids from the line or its number', () => {
    const corpus = join(work, 'corpus.jsonl');
    const lines = [
      JSON.stringify({ id: 'first', text: seedTexts[0] }),
      '',
      JSON.stringify({ text: ' date 2020-08-16 De NAVO heeft dat gisteren ontkend.' }),
      JSON.stringify({ text: 'De NAVO heeft dat ontkend.', date: '2021-03-04', lang: 'nl' }),
    ];
    writeFileSync(corpus, `${lines.join('\n')}\n`);
    const fromFile = run(['extract', corpus, '--jsonl']);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    const records = fromFile.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect([...new Set(records.map((r) => r.source.article))]).toEqual(['first', 'corpus-3', 'corpus-4']);
    expect(records.at(-1)).toMatchObject({ language: 'nl', source: { documentDate: '2021-03-04' } });
    const fromStdin = run(['extract', '-', '--input', 'jsonl', '--jsonl'], readFileSync(corpus, 'utf8'));
    expect(fromStdin.status, fromStdin.stderr).toBe(0);
    expect(fromStdin.stdout.trim().split('\n').map((line) => JSON.parse(line).source.article)).toEqual(
      records.map((r) => r.source.article.replace(/^corpus-/, 'stdin-')),
    );
  }, 120_000);
  it('reports a bad line with its number, goes on with the rest, and exits 1', () => {
    const corpus = join(work, 'bad-lines.jsonl');
    writeFileSync(corpus, ['{"text": " date 2020-08-16 De NAVO heeft dat ontkend."}', '{not json', '{"txt": "x"}', '{"text": " date 2020-13 Nee."}', '{"text": " date 2020-08-16 De EU begint morgen."}'].join('\n'));
    const result = run(['extract', corpus, '--jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${corpus}:2: is not JSON`);
    expect(result.stderr).toContain(`${corpus}:3: expected an object with the article as a "text" string`);
    expect(result.stderr).toContain(`${corpus}:4: invalid document date "2020-13"`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).source.article)).toEqual(['bad-lines-1', 'bad-lines-5']);
  }, 120_000);
  it('writes each article\'s records before the next article is read (it streams)', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', '-', '--input', 'jsonl', '--jsonl', '--lang', 'nl']);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    const nextRecord = () =>
      new Promise<string>((ok, fail) => {
        const onData = () => {
          if (!out.includes('\n')) return;
          child.stdout.off('data', onData);
          ok(out);
        };
        child.stdout.on('data', onData);
        child.once('exit', () => fail(new Error('exited before a record came')));
      });
    const record = nextRecord();
    child.stdin.write(`${JSON.stringify({ id: 'one', text: ' date 2020-08-16 De NAVO heeft dat gisteren ontkend.' })}\n`);
    // standard input is still open: the record of the first article must come anyway
    expect(JSON.parse((await record).split('\n')[0]).source.article).toBe('one');
    child.stdin.end(`${JSON.stringify({ id: 'two', text: ' date 2020-08-16 De EU begint morgen met sancties.' })}\n`);
    await new Promise((ok) => child.on('close', ok));
    expect(out.trim().split('\n').map((line) => JSON.parse(line).source.article)).toEqual(['one', 'two']);
  }, 120_000);
});

describe('extract --jobs N', () => {
  it('gives the output of --jobs 1 in input order, for JSON lines and for folders', () => {
    const corpus = join(work, 'many.jsonl');
    // more articles than one batch, and of very different lengths, so workers finish out of order
    const lines = Array.from({ length: 45 }, (_, n) => JSON.stringify({ id: `a${n}`, text: n % 9 === 0 ? seedTexts[n % seedTexts.length] : ` date 2020-08-${String(1 + (n % 28)).padStart(2, '0')} De NAVO heeft dat gisteren ontkend. De EU begint morgen.` }));
    writeFileSync(corpus, lines.join('\n'));
    const one = run(['extract', corpus, '--jsonl', '--lang', 'nl']);
    const two = run(['extract', corpus, '--jsonl', '--lang', 'nl', '--jobs', '2']);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect([...new Set(two.stdout.trim().split('\n').map((line) => JSON.parse(line).source.article))]).toEqual(lines.map((_, n) => `a${n}`));
    expect(run(['extract', 'seeds', '--jobs', '2']).stdout).toBe(run(['extract', 'seeds']).stdout);
  }, 180_000);
  it('reports bad lines in their place and writes the same as --jobs 1 with 2 and 3 threads', () => {
    const corpus = join(work, 'mixed.jsonl');
    // batches of 32: bad lines in the first, in the middle of the third, and at the very end
    const lines = Array.from({ length: 100 }, (_, n) =>
      n === 3 || n === 70 ? '{not json' : n === 99 ? '{"txt": "x"}' : JSON.stringify({ id: `m${n}`, text: ` date 2021-03-${String(1 + (n % 28)).padStart(2, '0')} Het kabinet valt ${n % 2 ? 'morgen' : 'volgende week'}.` }),
    );
    writeFileSync(corpus, lines.join('\n'));
    const one = run(['extract', corpus, '--jsonl', '--lang', 'nl']);
    expect(one.status).toBe(1);
    expect(one.stderr.trim().split('\n')).toHaveLength(3);
    for (const jobs of ['2', '3']) {
      const many = run(['extract', corpus, '--jsonl', '--lang', 'nl', '--jobs', jobs]);
      expect(many.status, jobs).toBe(1);
      expect(many.stdout, jobs).toBe(one.stdout);
      expect(many.stderr, jobs).toBe(one.stderr);
    }
    expect(one.stderr).toMatch(new RegExp(`${corpus}:4: is not JSON[^]*${corpus}:71: is not JSON[^]*${corpus}:100: expected an object`));
  }, 180_000);
  it('holds a bounded number of articles however long the input (--stats)', () => {
    // more articles than can be in flight: the reading must wait for the writing
    const count = 1500;
    const input = shortArticles(count, 's');
    const stats = (jobs: string) => {
      const result = extractWithStats(input, jobs);
      const match = /(\d+) articles, \d+ events, 0 failed; at most (\d+) articles? in flight on \d+ threads? \(the limit: (\d+)\)/.exec(result.stderr);
      expect(match, result.stderr).not.toBeNull();
      const [articles, most, limit] = match!.slice(1).map(Number);
      expect(articles).toBe(count);
      expect(most).toBeLessThanOrEqual(limit);
      return { most, limit };
    };
    // one thread: each article is written before the next is read
    expect(stats('1')).toEqual({ most: 1, limit: 1 });
    // two threads: batches of articles in flight, a small fixed number of them, whatever the input's length
    const two = stats('2');
    expect(two.most).toBeGreaterThan(1);
    expect(two.limit).toBeLessThan(count / 4);
  }, 180_000);
  it('reports CPU time by thread kind and the traffic between threads (--stats)', () => {
    const count = 100;
    const input = shortArticles(count, 'c');
    const cpu = (jobs: string) => {
      const result = extractWithStats(input, jobs);
      const line = result.stderr.split('\n').find((l) => l.startsWith('event-timeline extract: CPU time'));
      expect(line, result.stderr).toBeDefined();
      return { line: line!, batches: /batches extracted: (\d+) on the main thread, (\d+) on workers/.exec(result.stderr)!.slice(1).map(Number) };
    };
    const one = cpu('1');
    const two = cpu('2');
    if (process.platform !== 'linux') return expect(one.line).toContain('n/a');
    const seconds = (line: string, label: string) => Number(new RegExp(`${label} ([\\d.]+) s`).exec(line)![1]);
    expect(one.line).toMatch(/main thread [\d.]+ s, workers 0\.00 s \(0, idle 0\.00 s\), compiler and GC threads [\d.]+ s; 0 messages/);
    expect(seconds(one.line, 'main thread')).toBeGreaterThan(0);
    // two threads: the worker's time and the main thread's reading and writing, a part of its time
    expect(two.line).toMatch(/workers [\d.]+ s \(1, idle [\d.]+ s\)/);
    expect(seconds(two.line, 'workers')).toBeGreaterThan(0);
    expect(seconds(two.line, 'reading and writing')).toBeLessThanOrEqual(seconds(two.line, 'main thread'));
    // one message out and one back for each batch a worker extracted
    const [, onWorkers] = two.batches;
    expect(onWorkers).toBeGreaterThan(0);
    expect(two.line).toContain(`; ${2 * onWorkers} messages,`);
  }, 180_000);
  it('refuses a --jobs that is not a thread count', () => {
    for (const bad of ['0', '-1', 'two', '1.5', '999']) {
      const result = run(['extract', 'seeds', '--jobs', bad]);
      expect(result.status, bad).toBe(2);
      expect(result.stderr).toContain('--jobs needs a whole number from 1 to 64');
    }
  }, 120_000);
});
