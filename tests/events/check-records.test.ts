/**
 * The hand-written record checker (src/events/check-records.ts) agrees with the shipped JSON Schema, as ajv reads
 * it, on valid records and on every mutation of one: each property removed, set to a value of every other type, to
 * an empty or malformed string, repeated, or joined by an unknown property. Beyond the schema it also refuses days
 * that do not exist and a window that ends before it starts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkRecords, describeInvalid, recordProblem } from '../../src/events/check-records.js';
import { extractEvents } from '../../src/events/extract-events.js';
import { generateEvents } from '../../examples/large/generate.js';
import type { EventRecord } from '../../src/types.js';

const schema = JSON.parse(readFileSync('schema/event-records.schema.json', 'utf8'));
const ajv = new Ajv2020({ strict: true });
ajv.addSchema(schema);
const schemaValid = ajv.compile({ $ref: `${schema.$id}#/$defs/EventRecord` });

const seeds = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join('seeds', f), 'utf8') }));
const records: EventRecord[] = extractEvents(seeds);
const found = records.find((r) => r.relations.length > 0 && r.source.timexStart !== undefined && r.actors.length > 0 && r.places.length > 0) ?? records[0];
// every optional part present, an attribution included (what a saying's content carries)
const withAll: EventRecord = { ...found, attribution: records.find((r) => r.attribution?.speaker)?.attribution ?? { speaker: 'Loekasjenko', verb: { start: 0, end: 7, text: 'beweert' } } };

type Json = unknown;
const clone = <T>(value: T): T => structuredClone(value);

/** Every path to a value in `value` (objects and arrays), the root included. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const found = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

function setAt(root: Json, path: Array<string | number>, change: (parent: Record<string | number, Json>, key: string | number) => void): Json {
  const copy = clone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path.at(-1)!);
  return copy;
}

const REPLACEMENTS: Json[] = [null, 5, -1, 1.5, '', 'x', 'ZZZ', '2020-1-01', '+275760-09-13', [], {}, true, 'a'.repeat(81), '🙂'.repeat(80)];

function mutations(record: EventRecord): Array<{ name: string; value: Json }> {
  const out: Array<{ name: string; value: Json }> = [];
  for (const path of paths(record)) {
    const name = path.join('.') || '(record)';
    if (path.length === 0) {
      for (const replacement of REPLACEMENTS) out.push({ name: `${name} = ${JSON.stringify(replacement)}`, value: replacement });
      continue;
    }
    out.push({ name: `without ${name}`, value: setAt(record, path, (parent, key) => (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key])) });
    for (const replacement of REPLACEMENTS) out.push({ name: `${name} = ${JSON.stringify(replacement)}`, value: setAt(record, path, (parent, key) => (parent[key] = clone(replacement))) });
  }
  for (const path of paths(record)) {
    const target = path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], record);
    if (Array.isArray(target) && target.length) out.push({ name: `${path.join('.')} repeated`, value: setAt(record, [...path, 0], (parent) => (parent as unknown as Json[]).push(clone((parent as unknown as Json[])[0]))) });
    if (target && typeof target === 'object' && !Array.isArray(target)) out.push({ name: `${path.join('.') || '(record)'} + unknown`, value: setAt(record, [...path, 'unknownProperty'], (parent, key) => (parent[key] = 1)) });
  }
  return out;
}

describe('the record checker and the schema agree', () => {
  it('on every record extracted from the seeds', () => {
    expect(records.length).toBeGreaterThan(50);
    for (const record of records) {
      expect(schemaValid(record), JSON.stringify(schemaValid.errors)).toBe(true);
      expect(recordProblem(record), record.id).toBeNull();
    }
  });
  it('on every mutation of a full record: removed, retyped, emptied, malformed, repeated or extended', () => {
    const cases = mutations(withAll);
    expect(cases.length).toBeGreaterThan(400);
    const disagreements = cases
      .map(({ name, value }) => ({ name, schema: schemaValid(value) as boolean, checker: recordProblem(value) }))
      .filter((c) => c.schema !== (c.checker === null));
    expect(disagreements).toEqual([]);
    // and every refusal names a reason
    expect(cases.filter((c) => recordProblem(c.value) === '').length).toBe(0);
  });
  it('on every mutation of a generated record, whatever order the keys of the record before it came in', () => {
    // the checker tries the last object's key order first: records with their keys reversed, between the mutations,
    // must not make it skip or misplace a check
    const reversed = (value: Json): Json =>
      Array.isArray(value) ? value.map(reversed) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value;
    const usual = JSON.parse(JSON.stringify(generateEvents(40).find((e) => e.date.certainty === 'period' && e.date.vagueStart)!)) as EventRecord;
    const cases = [...mutations(usual), ...mutations(reversed(usual) as EventRecord)];
    const disagreements = cases
      .flatMap(({ name, value }) => [
        { name, schema: schemaValid(value) as boolean, checker: recordProblem(value) },
        { name: `${name}, after a record of reversed keys`, schema: schemaValid(value) as boolean, checker: (recordProblem(reversed(withAll)), recordProblem(value)) },
      ])
      .filter((c) => c.schema !== (c.checker === null));
    expect(disagreements).toEqual([]);
  });
  it('takes an optional property set to undefined as absent, as the schema does, and a required one as missing', () => {
    expect(recordProblem({ ...withAll, attribution: undefined })).toBeNull();
    expect(recordProblem({ ...withAll, date: { ...withAll.date, mod: undefined } })).toBeNull();
    expect(recordProblem({ ...withAll, title: undefined })).toBe('title is missing');
  });
  it('refuses more than the schema only for days that do not exist and windows that end before they start', () => {
    const impossible = setAt(withAll, ['date', 'earliest'], (parent, key) => (parent[key] = '2021-02-29'));
    expect(schemaValid(impossible)).toBe(true);
    expect(recordProblem(impossible)).toBe('date.earliest "2021-02-29" is not a day of the calendar');
    const leapDay = setAt(setAt(withAll, ['date', 'earliest'], (p, k) => (p[k] = '2024-02-29')), ['date', 'latest'], (p, k) => (p[k] = '2024-02-29'));
    expect(recordProblem(leapDay)).toBeNull();
    const backwards = setAt(setAt(withAll, ['date', 'earliest'], (p, k) => (p[k] = '2020-09-02')), ['date', 'latest'], (p, k) => (p[k] = '2020-09-01'));
    expect(schemaValid(backwards)).toBe(true);
    expect(recordProblem(backwards)).toBe('date.earliest 2020-09-02 is after date.latest 2020-09-01');
  });
});

describe('checkRecords', () => {
  it('keeps the valid records in order and reports each invalid one with its index, id and reason', () => {
    const [a, b] = records;
    const { actors: _dropped, ...noActors } = b;
    const farFuture = setAt(a, ['date', 'latest'], (p, k) => (p[k] = '+275760-09-13'));
    const { valid, invalid } = checkRecords([a, noActors, null, 'text', farFuture, b]);
    expect(valid).toEqual([a, b]);
    expect(invalid).toEqual([
      { index: 1, id: b.id, reason: 'actors is missing' },
      { index: 2, reason: 'the record must be an object, got null' },
      { index: 3, reason: 'the record must be an object, got string' },
      { index: 4, id: a.id, reason: expect.stringContaining('date.latest "+275760-09-13" is not of the form') },
    ]);
    expect(describeInvalid(invalid[0])).toBe(`event 1 (id ${JSON.stringify(b.id)}): actors is missing`);
  });
});
