/**
 * The Dutch golden events table (golden-nl.tsv): sentences written for issue 17's rules of time from tense and of
 * kinds from grammar, negatives included. Each row is one article; its first event record is checked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';

interface Row {
  date: string;
  text: string;
  kind: string;
  edtf: string;
  source: string;
  why: string;
}

const rows: Row[] = readFileSync(new URL('./golden-nl.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .slice(1)
  .map((line) => {
    const [date, text, kind, edtf, source, why] = line.split('\t');
    return { date, text, kind, edtf, source, why };
  });

describe('Dutch golden events (time from tense, kinds from grammar)', () => {
  it('has rows for every rule, negatives included', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.filter((r) => r.why.startsWith('negative')).length).toBeGreaterThanOrEqual(5);
  });
  for (const row of rows) {
    it(`${row.text} → ${row.kind}, ${row.edtf} (${row.why})`, () => {
      const [first] = extractEvents(` date ${row.date} ${row.text}`, { language: 'nl' });
      expect({ kind: first.kind, edtf: first.date.edtf, source: first.date.source }).toEqual({ kind: row.kind, edtf: row.edtf, source: row.source });
    });
  }
});
