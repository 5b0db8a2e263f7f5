/** Invariants of every record from every seed: valid EDTF, valid against the shipped JSON Schema, true offsets. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';
import type { EventRecord } from '../../src/types.js';

const SEEDS = 'seeds';
const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const texts = new Map(files.map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(SEEDS, f), 'utf8')]));
const records = extractEvents(files.map((f) => ({ id: f.replace(/\.txt$/, ''), file: join(SEEDS, f), text: texts.get(f.replace(/\.txt$/, ''))! })));
const schema = JSON.parse(readFileSync('schema/event-records.schema.json', 'utf8'));

describe('records from every seed', () => {
  it('covers all seven seeds in both languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(new Set(records.map((r) => r.source.article)).size).toBe(files.length);
    expect(new Set(records.map((r) => r.language))).toEqual(new Set(['nl', 'en']));
  });
  it('every EDTF string is valid EDTF and agrees with the window', () => {
    for (const record of records) {
      const parsed = edtf(record.date.edtf);
      expect(parsed, record.date.edtf).toBeTruthy();
      // the EDTF's earliest and latest instants fall on the window's first and last day (UTC by definition)
      const { min, max } = bounds(record.date.edtf);
      if (!record.date.vagueStart) expect(min, record.date.edtf).toBe(record.date.earliest);
      if (!record.date.vagueEnd) expect(max, record.date.edtf).toBe(record.date.latest);
    }
  });
  it('validates against schema/event-records.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    const ok = validate({ events: records });
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(validate({ events: [{ ...records[0], kind: 'rumoured' }] })).toBe(false);
    expect(validate({ events: [{ ...records[0], date: { ...records[0].date, earliest: '2020-13-01' } }] })).toBe(false);
  });
  it('has unique ids, whole titles and offsets that point at the sentence and the expression', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const record of records) {
      const text = texts.get(record.source.article)!;
      expect(record.title.length).toBeGreaterThan(0);
      // a title is never cut: the timeline shortens it to the room it has
      expect(record.title).not.toMatch(/…$/);
      expect(text.slice(record.source.sentenceStart, record.source.sentenceEnd)).toBe(record.sentence);
      if (record.source.timexStart !== undefined) {
        expect(record.source.timexStart).toBeGreaterThanOrEqual(record.source.sentenceStart);
        expect(record.source.timexEnd).toBeLessThanOrEqual(record.source.sentenceEnd);
        expect(text.slice(record.source.timexStart, record.source.timexEnd)).toBe(record.date.text);
      }
      expect(record.date.earliest <= record.date.latest).toBe(true);
    }
  });
  it('relations point to earlier events of the same article', () => {
    const index = new Map(records.map((r, i) => [r.id, i] as const));
    const related = records.filter((r) => r.relations.length > 0);
    expect(related.length).toBeGreaterThanOrEqual(4);
    for (const record of related) {
      for (const relation of record.relations) {
        const target = records[index.get(relation.target)!];
        expect(target.source.article).toBe(record.source.article);
        expect(index.get(relation.target)!).toBeLessThan(index.get(record.id)!);
      }
    }
  });
  it('uses every kind across the seeds', () => {
    expect(new Set(records.map((r) => r.kind))).toEqual(new Set(['occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated']));
  });
});

describe('a storm the day after', () => {
  it('dates "the day after the storm" from the storm itself', () => {
    const storm = records.filter((r) => r.source.article === '202_en_storm_coast');
    const after = storm.find((r) => r.sentence.startsWith('The day after the storm'))!;
    expect(after.date).toMatchObject({ earliest: '2018-06-12', latest: '2018-06-12', source: 'relative-to-event' });
    expect(after.relations[0].target).toBe(storm[0].id);
    expect(storm[0].date).toMatchObject({ edtf: '2018-06-11', text: 'yesterday' });
  });
});

/** First and last day an EDTF string allows. A one-of set is read from its members (the library's own min/max of a set is its first member). */
function bounds(value: string): { min: string; max: string } {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const parsed = edtf(value);
  if (parsed.type === 'Set' || parsed.type === 'List') {
    const members = parsed.values.flat() as string[];
    return { min: day(edtf(members[0]).min), max: day(edtf(members[members.length - 1]).max) };
  }
  return { min: day(parsed.min), max: day(parsed.max) };
}

export type { EventRecord };
