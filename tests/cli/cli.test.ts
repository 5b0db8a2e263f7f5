/** The built command-line tool, spawned as a user would run it. The test command builds first (npm test). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const work = mkdtempSync(join(tmpdir(), 'event-timeline-cli-'));

beforeAll(() => {
  expect(existsSync(CLI), 'build first: npm run build').toBe(true);
});

describe('event-timeline extract', () => {
  it('writes { events } for a folder of articles, valid against the schema', () => {
    const out = join(work, 'events.json');
    const result = run('extract', 'seeds', '-o', out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Wrote .*events\.json: \d+ events from 7 articles\n$/);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    const validate = new Ajv2020({ strict: true }).compile(JSON.parse(readFileSync('schema/event-records.schema.json', 'utf8')));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(new Set(data.events.map((e: { source: { article: string } }) => e.source.article)).size).toBe(7);
  });
  it('writes to standard output without -o, and applies --lang and --date', () => {
    const file = join(work, 'plain.txt');
    writeFileSync(file, 'De NAVO heeft dat ontkend.');
    const result = run('extract', file, '--lang', 'nl', '--date', '2020-08-16');
    expect(result.status, result.stderr).toBe(0);
    const { events } = JSON.parse(result.stdout);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'negated', language: 'nl', source: { article: 'plain', documentDate: '2020-08-16' } });
  });
  it('exits 1 naming the file for bad input', () => {
    const bad = join(work, 'bad-date.txt');
    writeFileSync(bad, ' date 2020-13 Poetin zegt niets.');
    const result = run('extract', bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}: invalid document date "2020-13": month 13 does not exist (line 1, column 7, offset 6)`);
    const missing = run('extract', join(work, 'nope.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.txt: no such file or folder');
    const undated = join(work, 'undated.txt');
    writeFileSync(undated, 'Poetin zegt niets.');
    expect(run('extract', undated).stderr).toContain(`${undated}: no document date`);
  });
  it('exits 2 for bad usage', () => {
    expect(run('extract').status).toBe(2);
    const unknown = run('extract', 'seeds', '--colour');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown option --colour');
    expect(unknown.stderr).toContain('Usage: event-timeline extract');
    expect(run('extract', 'seeds', '--lang', 'de').status).toBe(2);
    expect(run('extract', 'seeds', '-o').status).toBe(2);
  });
});

describe('event-timeline timex', () => {
  it('prints one JSON line per file with offsets into the whole file, never tagging the header', () => {
    const file = join(work, 'timex.txt');
    const text = '\uFEFF date 2020-08-16 De EU begint morgen met sancties.\n\nOp 9 augustus 2020 was het nog rustig.';
    writeFileSync(file, text);
    const result = run('timex', file, 'seeds/000_db7e82f0f86a5966.txt');
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual([file, 'seeds/000_db7e82f0f86a5966.txt']);
    const header = text.indexOf('2020-08-16');
    for (const t of lines[0].timexes) {
      expect(Object.keys(t)).toEqual(['start', 'end', 'text', 'type', 'value', 'window']);
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThan(header + 10);
    }
    const morgen = lines[0].timexes.find((t: { text: string }) => t.text === 'morgen');
    expect(morgen).toMatchObject({ start: text.indexOf('morgen'), type: 'DATE', value: '2020-08-17' });
    expect(morgen.window).toMatchObject({ earliest: '2020-08-17', latest: '2020-08-17', certainty: 'exact' });
  });
  it('--sentences N keeps the title line and the first N - 1 body sentences; day-first headers are read', () => {
    const file = join(work, 'scoped.txt');
    const text =
      ' date 03-02-2009 Sales fell in January\n\nSales fell 37 percent last month. Dealers expect a recovery in 2010. ' +
      'On Monday the union met. By Friday it had agreed.\n\nIn 1990 sales were higher.';
    writeFileSync(file, text);
    const all = run('timex', file);
    expect(all.status, all.stderr).toBe(0);
    const texts = (result: ReturnType<typeof run>) => JSON.parse(result.stdout).timexes.map((t: { text: string }) => t.text);
    expect(texts(all)).toEqual(['January', 'last month', '2010', 'Monday', 'Friday', '1990']);
    // the header date is day first: 3 February 2009, so "last month" is January 2009
    expect(JSON.parse(all.stdout).timexes[1]).toMatchObject({ text: 'last month', value: '2009-01' });
    expect(texts(run('timex', file, '--sentences', '1'))).toEqual(['January']);
    expect(texts(run('timex', file, '--sentences', '3'))).toEqual(['January', 'last month', '2010']);
    expect(texts(run('timex', '--sentences=5', file))).toEqual(['January', 'last month', '2010', 'Monday', 'Friday']);
    expect(texts(run('timex', file, '--sentences', '99'))).toEqual(texts(all));
    for (const bad of ['0', '-1', '2.5', 'five']) {
      const result = run('timex', file, `--sentences=${bad}`);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('--sentences needs a whole number of at least 1');
    }
    expect(run('timex', '--help').stdout).toContain('--sentences N');
  }, 60_000);
  it('reports a bad file, goes on with the rest, and exits 1', () => {
    const bad = join(work, 'binary.txt');
    writeFileSync(bad, ' date 2020-08 ab\u0000cd');
    const result = run('timex', bad, 'seeds/000_db7e82f0f86a5966.txt');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}: found a NUL byte`);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('help and dispatch', () => {
  it('prints help and exits 0; no command or an unknown one is bad usage', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: event-timeline <command>');
    for (const command of ['extract', 'timex', 'render']) expect(help.stdout).toContain(`  ${command}`);
    expect(run('extract', '--help').stdout).toContain('Usage: event-timeline extract');
    expect(run('timex', '-h').stdout).toContain('Usage: event-timeline timex');
    expect(run().status).toBe(2);
    const unknown = run('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
  it('has a shebang so it runs as a program', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
