import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRender } from '../../src/cli/render.js';
import type { EventRecord } from '../../src/types.js';

const folder = mkdtempSync(join(tmpdir(), 'et-render-many-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function record(i: number): EventRecord {
  const day = `2020-08-${String((i % 28) + 1).padStart(2, '0')}`;
  return {
    id: `e${i}`,
    title: `Event ${i}`,
    language: 'en',
    sentence: `Event ${i} happened.`,
    kind: 'occurred',
    date: { earliest: day, latest: day, granularity: 'day', certainty: 'exact', value: day, type: 'DATE', source: 'stated', edtf: day },
    actors: [],
    places: [],
    source: { article: 'a1', documentDate: '2020-08', paragraph: 0, sentenceStart: 0, sentenceEnd: 10 },
    relations: [],
  };
}

describe('`event-timeline render` of an events file of 130,000 records', () => {
  it('writes the page with every record (no stack overflow past 125,000 items)', () => {
    const input = join(folder, 'events.json');
    const output = join(folder, 'timeline.html');
    writeFileSync(input, JSON.stringify({ events: Array.from({ length: 130_000 }, (_, i) => record(i)) }));
    const err: string[] = [];
    const code = runRender([input, '-o', output], { stdout: () => {}, stderr: (t) => err.push(t) });
    expect(err.join('')).toContain('130000 events');
    expect(code).toBe(0);
    const html = readFileSync(output, 'utf8');
    expect(html).toContain('"id":"e129999"');
    // a correctness test of a large input, not a timing: the default 30 s ran out on a machine shared at load 12
  }, 120_000);
});
