/**
 * Event records checked against schema/event-records.schema.json (`$defs/EventRecord`) by a small hand-written
 * checker, so the browser bundle needs no JSON Schema library; tests/events/check-records.test.ts holds it to the
 * schema with ajv. Beyond the schema, a day must exist in the calendar (not 2021-02-31) and `earliest` must not come
 * after `latest`: what the timeline cannot place is reported, never dropped silently.
 */
import type { EventRecord } from '../types.js';
import { plainlyValid } from './plain-record.js';

/** A record left out, where it was, and why (the first problem found, with its path in the record). */
export interface InvalidRecord {
  /** Its index in the list given. */
  index: number;
  /** Its id, when it has a string one. */
  id?: string;
  reason: string;
}

/** The valid records in their order, and each invalid one with its index and reason. */
export interface CheckedRecords {
  valid: EventRecord[];
  invalid: InvalidRecord[];
}

/**
 * A check gives null for a valid value, or the problem as a function of the value's path in the record: the path
 * is written only for a record that fails, not for every property of the 100,000 that pass.
 */
type Problem = (path: string) => string;
type Check = (value: unknown) => Problem | null;

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};
const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** JSON Schema counts a string's length in code points, not UTF-16 units (a pair of surrogates is one). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

function text(min = 0, max = Infinity, pattern?: RegExp): Check {
  return (value) => {
    if (typeof value !== 'string') return (path) => `${path} must be a string, got ${typeOf(value)}`;
    // UTF-16 length bounds the code points from above and twice them from below: count only when it could matter
    const length = value.length > max || value.length < min * 2 ? codePoints(value) : value.length;
    if (length < min) return (path) => (min === 1 ? `${path} must not be empty` : `${path} must have at least ${min} characters`);
    if (length > max) return (path) => `${path} must have at most ${max} characters, got ${length}`;
    if (pattern && !pattern.test(value)) return (path) => `${path} ${show(value)} is not of the form ${pattern.source}`;
    return null;
  };
}

const integer =
  (min: number): Check =>
  (value) =>
    typeof value !== 'number' || !Number.isInteger(value)
      ? (path) => `${path} must be an integer, got ${show(value)}`
      : value < min
        ? (path) => `${path} must be at least ${min}, got ${value}`
        : null;

const boolean: Check = (value) => (typeof value === 'boolean' ? null : (path) => `${path} must be true or false, got ${show(value)}`);

const oneOf =
  (...values: readonly string[]): Check =>
  (value) =>
    values.includes(value as string) ? null : (path) => `${path} must be one of ${values.join(', ')}, got ${show(value)}`;

function list(item: Check, unique = false): Check {
  return (value) => {
    if (!Array.isArray(value)) return (path) => `${path} must be an array, got ${typeOf(value)}`;
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i]);
      if (problem) return (path) => problem(`${path}[${i}]`);
    }
    if (unique && value.length > 1 && new Set(value).size < value.length) return (path) => `${path} must not repeat an item`;
    return null;
  };
}

function object(properties: Record<string, Check>, required: readonly string[], together: readonly string[][] = []): Check {
  const checks = new Map(Object.entries(properties));
  return (value) => {
    if (typeOf(value) !== 'object') return (path) => `${path} must be an object, got ${typeOf(value)}`;
    const record = value as Record<string, unknown>;
    for (let i = 0; i < required.length; i++) {
      const key = required[i];
      if (record[key] === undefined) return (path) => `${path}.${key} is missing`;
    }
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const check = checks.get(key);
      if (check === undefined) return (path) => `${path} has an unknown property ${show(key)}`;
      const problem = check(record[key]);
      if (problem) return (path) => problem(`${path}.${key}`);
    }
    for (const keys of together) {
      if (keys.some((k) => record[k] !== undefined) && keys.some((k) => record[k] === undefined)) return (path) => `${path} must have ${keys.join(' and ')} together`;
    }
    return null;
  };
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const offset = integer(0);
const dayForm = text(0, Infinity, DAY);

/** A day of the schema's form that also exists in the proleptic Gregorian calendar. */
const day: Check = (value) => {
  const problem = dayForm(value);
  if (problem) return problem;
  const form = value as string;
  const y = Number(form.slice(0, 4));
  const m = Number(form.slice(5, 7));
  const d = Number(form.slice(8, 10));
  if (d <= 28) return null;
  const length = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d > length ? (path) => `${path} ${show(value)} is not a day of the calendar` : null;
};

const eventDate = object(
  {
    earliest: day,
    latest: day,
    granularity: oneOf('minute', 'hour', 'day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century'),
    certainty: oneOf('exact', 'within', 'period'),
    vagueStart: boolean,
    vagueEnd: boolean,
    value: text(1),
    type: oneOf('DATE', 'TIME', 'DURATION', 'SET'),
    mod: text(),
    source: oneOf('stated', 'relative-to-document', 'relative-to-event', 'tense', 'document-date'),
    edtf: text(4),
    text: text(),
  },
  ['earliest', 'latest', 'granularity', 'certainty', 'value', 'type', 'source', 'edtf'],
);

const eventRecord = object(
  {
    id: text(1),
    title: text(1),
    language: text(0, Infinity, /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
    sentence: text(1),
    kind: oneOf('occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated'),
    date: eventDate,
    actors: list(text(1), true),
    places: list(text(1), true),
    source: object(
      {
        article: text(1),
        articleTitle: text(),
        documentDate: text(0, Infinity, /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/),
        paragraph: integer(0),
        sentenceStart: offset,
        sentenceEnd: offset,
        timexStart: offset,
        timexEnd: offset,
        trigger: object({ start: offset, end: offset, text: text(1) }, ['start', 'end', 'text']),
      },
      ['article', 'documentDate', 'paragraph', 'sentenceStart', 'sentenceEnd'],
      [['timexStart', 'timexEnd']],
    ),
    relations: list(object({ type: oneOf('after', 'before', 'during'), target: text(1), cue: text(1) }, ['type', 'target', 'cue'])),
    attribution: object({ speaker: text(1), verb: object({ start: offset, end: offset, text: text(1) }, ['start', 'end', 'text']) }, ['verb']),
  },
  ['id', 'title', 'language', 'sentence', 'kind', 'date', 'actors', 'places', 'source', 'relations'],
);

/** Why `value` is not a valid event record (the first problem, e.g. `date.earliest "2021-02-31" is not a day of the calendar`), or null. */
export function recordProblem(value: unknown): string | null {
  // the usual record passes the quick check; anything else (and every invalid record) gets the full one
  const found = plainlyValid(value) ? null : eventRecord(value);
  const problem = found?.('record');
  if (problem) return problem.startsWith('record.') ? problem.slice(7) : `the ${problem}`;
  const { earliest, latest } = (value as EventRecord).date;
  return earliest > latest ? `date.earliest ${earliest} is after date.latest ${latest}` : null;
}

/** Split `values` into the valid event records and the invalid ones, each with its index and reason. Never throws. */
export function checkRecords(values: readonly unknown[]): CheckedRecords {
  const valid: EventRecord[] = [];
  const invalid: InvalidRecord[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    const reason = recordProblem(value);
    if (reason === null) {
      valid.push(value as EventRecord);
      continue;
    }
    const id = (value as { id?: unknown } | null)?.id;
    invalid.push(typeof id === 'string' ? { index, id, reason } : { index, reason });
  }
  return { valid, invalid };
}

/** "event 3 (id "x"): date.earliest is missing", for messages. */
export function describeInvalid({ index, id, reason }: InvalidRecord): string {
  return `event ${index}${id === undefined ? '' : ` (id ${show(id)})`}: ${reason}`;
}
