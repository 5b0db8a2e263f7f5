/**
 * Bad input and bad circumstances at the command line: special files, sizes, interrupted and failed writes, a closed
 * pipe, an invalid --date. Each gives a clear message and never a stack trace.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve(process.env.CLI ?? 'dist/cli.js');
const run = (args: string[], options: { input?: string } = {}) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000, ...options });
const work = mkdtempSync(join(tmpdir(), 'event-timeline-safe-io-'));
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |unexpected error/);
const OLD = '{ "events": [] }\n// the old file, whole\n';

beforeAll(() => {
  expect(existsSync(CLI), 'build first: npm run build').toBe(true);
});

describe('special files and sizes', () => {
  it('refuses /dev/zero, /dev/urandom and a FIFO instead of reading them forever', () => {
    const fifo = join(work, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    for (const [path, kind] of [['/dev/zero', 'a character device'], ['/dev/urandom', 'a character device'], [fifo, 'a named pipe (FIFO)']]) {
      for (const command of ['extract', 'timex', 'render']) {
        const result = run([command, path, '-o', join(work, 'never.html')].slice(0, command === 'render' ? 4 : 2));
        expect(result.status, `${command} ${path}`).toBe(1);
        expect(result.stderr).toContain(`${path}: is ${kind}, not a regular file`);
        noStack(result.stderr);
      }
    }
    // a folder's entries are checked too (a FIFO named .txt inside a folder)
    const folder = join(work, 'with-fifo');
    mkdirSync(folder);
    execFileSync('mkfifo', [join(folder, 'b.txt')]);
    writeFileSync(join(folder, 'a.txt'), ' date 2020-08-16 De NAVO heeft dat ontkend.');
    const result = run(['extract', folder, '--jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('b.txt: is a named pipe (FIFO), not a regular file');
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  }, 240_000);
  it('refuses an article over --max-bytes (16 MiB by default), from a file or standard input', () => {
    const big = join(work, 'big.txt');
    writeFileSync(big, ` date 2020-08-16 ${'De NAVO heeft dat ontkend. '.repeat(2000)}`);
    const result = run(['extract', big, '--max-bytes', '10K']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${big}: is ${statSync(big).size} bytes, more than 10 KiB (the --max-bytes limit for one article)`);
    noStack(result.stderr);
    const fromStdin = run(['extract', '-', '--max-bytes', '1K'], { input: readFileSync(big, 'utf8') });
    expect(fromStdin.status).toBe(1);
    expect(fromStdin.stderr).toContain('standard input: holds more than 1 KiB');
    const line = run(['extract', '-', '--input', 'jsonl', '--max-bytes', '1K'], { input: `${JSON.stringify({ text: readFileSync(big, 'utf8') })}\n` });
    expect(line.stderr).toContain('stdin:1: the line holds more than 1 KiB');
    expect(run(['extract', '--help']).stdout).toContain('(default 16MiB');
    for (const bad of ['0', 'lots', '-5', '1.5M']) {
      const usage = run(['extract', big, '--max-bytes', bad]);
      expect(usage.status, bad).toBe(2);
      expect(usage.stderr).toContain('--max-bytes needs a size');
    }
  }, 240_000);
  it('stops at the limit on endless standard input (zeros on a pipe) instead of growing without end', () => {
    for (const input of [[], ['--input', 'jsonl']]) {
      const result = spawnSync('sh', ['-c', `head -c 50000000 /dev/zero | "${process.execPath}" "${CLI}" extract - --max-bytes 2M ${input.join(' ')}`], { encoding: 'utf8', timeout: 60_000 });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/holds more than 2 MiB/);
      noStack(result.stderr);
    }
  }, 60_000);
});

describe('-o replaces the old file atomically', () => {
  it('leaves the old file whole when the write fails (a file size limit stops it half way)', () => {
    const out = join(work, 'limited.json');
    writeFileSync(out, OLD);
    // ulimit -f 16: at most 16 blocks per file; the events of the seeds are much more than that
    const result = spawnSync('sh', ['-c', `ulimit -f 16; exec "${process.execPath}" "${CLI}" extract seeds -o "${out}"`], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).not.toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(OLD);
  }, 60_000);
  it('leaves the old file whole when the run is killed while writing', async () => {
    const folder = mkdtempSync(join(work, 'killed-'));
    const out = join(folder, 'events.jsonl');
    writeFileSync(out, OLD);
    const child = spawn(process.execPath, [CLI, 'extract', '-', '--input', 'jsonl', '--jsonl', '--lang', 'nl', '-o', out]);
    const article = JSON.stringify({ text: readFileSync('seeds/000_db7e82f0f86a5966.txt', 'utf8') });
    child.stdin.write(`${article}\n`.repeat(40));
    // wait until records are being written (the temporary file beside the old one has grown), then kill
    const temporary = () => readdirSync(folder).find((name) => name.endsWith('.tmp'));
    for (let i = 0; i < 600 && !(temporary() && statSync(join(folder, temporary()!)).size > 0); i++) await new Promise((ok) => setTimeout(ok, 100));
    expect(temporary()).toBeDefined();
    child.kill('SIGKILL');
    await new Promise((ok) => child.on('close', ok));
    expect(readFileSync(out, 'utf8')).toBe(OLD);
  }, 90_000);
  it('removes its temporary file when stopped by SIGTERM, and replaces the file once complete', async () => {
    const folder = mkdtempSync(join(work, 'stopped-'));
    const out = join(folder, 'events.json');
    writeFileSync(out, OLD);
    const child = spawn(process.execPath, [CLI, 'extract', '-', '--input', 'jsonl', '-o', out]);
    child.stdin.write(`${JSON.stringify({ text: readFileSync('seeds/000_db7e82f0f86a5966.txt', 'utf8') })}\n`);
    for (let i = 0; i < 600 && !readdirSync(folder).some((name) => name.endsWith('.tmp')); i++) await new Promise((ok) => setTimeout(ok, 100));
    child.kill('SIGTERM');
    await new Promise((ok) => child.on('close', ok));
    expect(readFileSync(out, 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['events.json']);
    const done = run(['extract', 'seeds/000_db7e82f0f86a5966.txt', '-o', out]);
    expect(done.status, done.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).events.length).toBeGreaterThan(0);
    expect(readdirSync(folder)).toEqual(['events.json']);
  }, 90_000);
  it('writes nothing over the old file when no article could be read', () => {
    const out = join(work, 'kept.json');
    writeFileSync(out, OLD);
    const result = run(['extract', join(work, 'missing.txt'), '-o', out]);
    expect(result.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(OLD);
  });
});

describe('small things', () => {
  it('an invalid --date is an error even when every file has its own date header', () => {
    for (const command of ['extract', 'timex']) {
      const result = run([command, 'seeds/000_db7e82f0f86a5966.txt', '--date', '2020-13-45']);
      expect(result.status, command).not.toBe(0);
      expect(result.stderr).toContain('invalid');
      expect(result.stderr).toContain('2020-13-45');
      noStack(result.stderr);
    }
  });
  it('prints no EPIPE stack trace when the reader stops early (extract | head)', () => {
    for (const format of ['--jsonl', '']) {
      const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" extract seeds ${format} | head -c 100 > /dev/null`], { encoding: 'utf8', timeout: 100_000 });
      expect(result.stderr, format).toBe('');
    }
  }, 240_000);
  it('render draws the valid records of an events file and reports each invalid one with its index and reason', () => {
    const good = JSON.parse(run(['extract', 'seeds/000_db7e82f0f86a5966.txt']).stdout).events.slice(0, 2);
    const { actors: _gone, ...noActors } = good[0];
    const file = join(work, 'mixed.json');
    writeFileSync(file, JSON.stringify({ events: [good[0], noActors, { ...good[1], date: { ...good[1].date, latest: '+275760-09-13' } }, good[1]] }));
    const out = join(work, 'mixed.html');
    const result = run(['render', file, '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: event 1 (id ${JSON.stringify(good[0].id)}): actors is missing; left out`);
    expect(result.stderr).toContain(`${file}: event 2 (id ${JSON.stringify(good[1].id)}): date.latest "+275760-09-13" is not of the form`);
    expect(result.stderr).toContain('Wrote');
    expect(result.stderr).toContain('2 events from 1 article; 2 invalid records left out');
    noStack(result.stderr);
    expect(existsSync(out)).toBe(true);
    // a file of nothing but malformed records writes no blank page
    const junk = join(work, 'junk.json');
    writeFileSync(junk, JSON.stringify({ events: [{ foo: 1 }] }));
    const none = run(['render', junk, '-o', join(work, 'junk.html')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain(`${junk}: event 0: id is missing; left out`);
    expect(none.stderr).toContain('holds no valid event record; nothing written');
    expect(existsSync(join(work, 'junk.html'))).toBe(false);
  }, 90_000);
});
