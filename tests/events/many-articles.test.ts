import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { MissingDocumentDateError } from '../../src/errors.js';
import { extractEvents } from '../../src/events/extract-events.js';
import { stubTagger } from './stub-tagger.js';

const seed = readFileSync('seeds/000_db7e82f0f86a5966.txt', 'utf8');
const nl = ' date 2021-03-15 De EU kondigt morgen sancties aan. Daarna zegt de NAVO niets.';
const en = ' date 2018-06-12 The army said yesterday that the exercise had ended. The minister did not resign.';

describe('many articles at once', () => {
  const records = extractEvents([nl, { id: 'storm', text: en }, parseArticle(nl, { id: 'parsed' })], { tagger: stubTagger });
  it('keeps each article its own document date', () => {
    const byArticle = new Map<string, string[]>();
    for (const r of records) byArticle.set(r.source.article, [...(byArticle.get(r.source.article) ?? []), r.date.edtf]);
    const ids = [...byArticle.keys()];
    expect(ids).toHaveLength(3);
    expect(ids[0]).toMatch(/^text-[0-9a-z]{10}$/);
    expect(byArticle.get(ids[0])).toEqual(['2021-03-16', '2021-03-16']);
    // "The minister did not resign": no date, a past: before the article's day
    expect(byArticle.get('storm')).toEqual(['2018-06-11', '[..2018-06-11]']);
    expect(byArticle.get('parsed')).toEqual(['2021-03-16', '2021-03-16']);
  });
  it('never gives two records the same id, even for the same text twice', () => {
    const twice = extractEvents([nl, nl], { tagger: stubTagger });
    expect(new Set(twice.map((r) => r.id)).size).toBe(4);
    expect(new Set(twice.map((r) => r.source.article)).size).toBe(2);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });
  it('relates events within their own article only', () => {
    const after = records.filter((r) => r.relations.length > 0);
    expect(after).toHaveLength(2);
    for (const r of after) expect(records.find((t) => t.id === r.relations[0].target)?.source.article).toBe(r.source.article);
  });
});

describe('determinism', () => {
  it('gives the same records, ids included, for the same input', () => {
    const first = extractEvents(seed, { file: 'seeds/000_db7e82f0f86a5966.txt' });
    const second = extractEvents(seed, { file: 'seeds/000_db7e82f0f86a5966.txt' });
    expect(second).toEqual(first);
    expect(first[0].id).toMatch(/^000_db7e82f0f86a5966-[0-9a-z]{8}$/);
  });
  it('keeps ids when an unrelated later sentence changes', () => {
    const a = extractEvents(' date 2020-08 De EU kondigt morgen sancties aan. De NAVO zegt niets.', { tagger: stubTagger, id: 'x' });
    const b = extractEvents(' date 2020-08 De EU kondigt morgen sancties aan. Polen zwijgt.', { tagger: stubTagger, id: 'x' });
    expect(a[0].id).toBe(b[0].id);
  });
});

describe('bad input', () => {
  it('names the file in the error', () => {
    expect(() => extractEvents('Geen datum hier.', { file: 'news/a.txt' })).toThrow(MissingDocumentDateError);
    expect(() => extractEvents([{ id: 'b', file: 'news/b.txt', text: ' date 2020-13 Tekst.' }])).toThrow(/^news\/b\.txt: invalid document date "2020-13"/);
    expect(() => extractEvents([42 as unknown as string])).toThrow(/article 1: expected a string/);
  });
});

describe('time zone independence', () => {
  const dist = resolve('dist/extract.js');
  it('gives identical output in zones far apart (child processes on the built package)', () => {
    expect(existsSync(dist), 'build first: npm run build').toBe(true);
    const script = `import('${dist.replace(/\\/g, '/')}').then(({ extractEvents }) => {
      const fs = require('node:fs');
      const files = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
      process.stdout.write(JSON.stringify(extractEvents(files.map((f) => ({ file: 'seeds/' + f, text: fs.readFileSync('seeds/' + f, 'utf8') })))));
    })`;
    const outputs = ['UTC', 'Pacific/Honolulu', 'Asia/Kathmandu', 'Pacific/Kiritimati'].map((TZ) => {
      const run = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, TZ }, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    });
    expect(JSON.parse(outputs[0]).length).toBeGreaterThan(50);
    for (const output of outputs.slice(1)) expect(output).toBe(outputs[0]);
  }, 60_000);
});
