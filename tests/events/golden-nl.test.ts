/**
 * The Dutch golden events table (golden-nl.tsv): sentences written for issue 17's rules of time from tense and of
 * kinds from grammar, negatives included. Each row is one article; its first event record is checked, or its last
 * where the row's seventh column says `last`.
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
  /** Which record is checked: the first (the default) or, for a rule about what a story tells after, the last. */
  record: string;
  /** Optional: the record's actors and places, `; ` between names, `-` for none; left out, not checked. */
  actors?: string;
  places?: string;
  /** Optional: how many records the article gives (clause splitting: two events, or one with its reporting frame). */
  records?: number;
  /** Optional: the checked record's title, whole (a title keeps its clause's event words and is never cut). */
  title?: string;
}

const names = (column: string) => (column === '-' ? [] : column.split('; '));

const rows: Row[] = readFileSync(new URL('./golden-nl.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .slice(1)
  .map((line) => {
    const [date, text, kind, edtf, source, why, record, actors, places, count, title] = line.split('\t');
    return { date, text, kind, edtf, source, why, record: record || 'first', actors: actors || undefined, places: places || undefined, records: count ? Number(count) : undefined, title: title || undefined };
  });

describe('Dutch golden events (time from tense, kinds from grammar)', () => {
  it('has rows for every rule, negatives included', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.filter((r) => r.why.startsWith('negative')).length).toBeGreaterThanOrEqual(5);
  });
  for (const row of rows) {
    it(`${row.text} → ${row.kind}, ${row.edtf} (${row.why})`, () => {
      const records = extractEvents(` date ${row.date} ${row.text}`, { language: 'nl' });
      const checked = row.record === 'last' ? records[records.length - 1] : records[0];
      expect({ kind: checked.kind, edtf: checked.date.edtf, source: checked.date.source }).toEqual({ kind: row.kind, edtf: row.edtf, source: row.source });
      if (row.actors !== undefined) expect(checked.actors).toEqual(names(row.actors));
      if (row.places !== undefined) expect(checked.places).toEqual(names(row.places));
      if (row.records !== undefined) expect(records).toHaveLength(row.records);
      if (row.title !== undefined) expect(checked.title).toBe(row.title);
    });
  }
});
