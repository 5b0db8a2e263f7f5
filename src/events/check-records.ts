/**
 * Event records checked against schema/event-records.schema.json (`$defs/EventRecord`) by a small table-driven
 * checker, so the browser bundle needs no JSON Schema library; tests/events/check-records.test.ts holds it to the
 * schema with ajv. Beyond the schema, a day must exist in the calendar (not 2021-02-31) and `earliest` must not come
 * after `latest`: what the timeline cannot place is reported, never dropped silently.
 */
import type { EventRecord } from '../types.js';
import { isoDayNumber, isValidDay } from '../time/calendar.js';

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
 * A check gives null for a valid value, or its problem written after the value's path (` must not be empty`,
 * `.earliest is missing`): every message starts with the path, so a path is put together only for a record that
 * fails, not for every property of the 100,000 that pass. Valid records take plain reads and typeof tests only.
 */
type Check = (value: unknown) => string | null;

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};
const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * JSON Schema counts a string's length in code points, not UTF-16 units (a pair of surrogates is one): as a string's
 * iterator does (a lone surrogate is one, as in the schema).
 */
const codePoints = (text: string): number => [...text].length;

/** What is wrong with a value that should be a string of at least `min` code points, of the form `pattern`. */
function textProblem(value: unknown, min: number, pattern?: RegExp): string | null {
  if (typeof value !== 'string') return ` must be a string, got ${typeOf(value)}`;
  if (codePoints(value) < min) return min === 1 ? ' must not be empty' : ` must have at least ${min} characters`;
  return pattern && !pattern.test(value) ? ` ${show(value)} is not of the form ${pattern.source}` : null;
}

/**
 * A string of at least `min` code points, of the form `pattern` when given. UTF-16 length bounds the code points
 * from above and twice them from below, so the usual string passes on its length alone.
 */
const text =
  (min: number, pattern?: RegExp): Check =>
  (value) =>
    typeof value === 'string' && (value.length >= min * 2 || codePoints(value) >= min) && (!pattern || pattern.test(value)) ? null : textProblem(value, min, pattern);

const offset: Check = (value) =>
  typeof value !== 'number' || !Number.isInteger(value) ? ` must be an integer, got ${show(value)}` : value < 0 ? ` must be at least 0, got ${value}` : null;

const boolean: Check = (value) => (typeof value === 'boolean' ? null : ` must be true or false, got ${show(value)}`);

const oneOf = (...values: readonly string[]): Check => {
  const known = new Set(values);
  return (value) => (known.has(value as string) ? null : ` must be one of ${values.join(', ')}, got ${show(value)}`);
};

function list(item: Check, unique = false): Check {
  return (value) => {
    if (!Array.isArray(value)) return ` must be an array, got ${typeOf(value)}`;
    for (let i = 0; i < value.length; i++) {
      const problem = item(value[i]);
      if (problem) return `[${i}]${problem}`;
    }
    return unique && value.length > 1 && new Set(value).size < value.length ? ' must not repeat an item' : null;
  };
}

/**
 * An object of the properties listed (a name ending in `?` is optional) and no others; `together` lists properties
 * that come all or none. Its keys are walked in its own order (fast for plain objects); the records of one
 * producer list their keys in one order, so the checks of the last object's keys are tried first, by position,
 * before the table is looked up.
 */
function object(properties: Record<string, Check>, together: readonly string[] = []): Check {
  const table = new Map<string, [Check, number]>();
  const required: string[] = [];
  for (const [name, check] of Object.entries(properties)) {
    const key = name.replace('?', '');
    table.set(key, [check, key === name ? 1 : 0]);
    if (key === name) required.push(key);
  }
  const lastKeys: string[] = [];
  const lastChecks: [Check, number][] = [];
  return (value) => {
    if (typeOf(value) !== 'object') return ` must be an object, got ${typeOf(value)}`;
    const record = value as Record<string, unknown>;
    let at = 0;
    let found = 0;
    // a missing property is reported first, then the first wrong or unknown one
    let problem: string | null = null;
    for (const key in record) {
      const property = record[key];
      if (property === undefined) continue;
      let entry = lastChecks[at];
      if (lastKeys[at] !== key) {
        entry = table.get(key)!;
        if (!entry) {
          problem ??= ` has an unknown property ${show(key)}`;
          continue;
        }
        lastKeys[at] = key;
        lastChecks[at] = entry;
      }
      at++;
      found += entry[1];
      if (problem === null) {
        const wrong = entry[0](property);
        if (wrong) problem = `.${key}${wrong}`;
      }
    }
    if (found < required.length) for (const key of required) if (record[key] === undefined) return `.${key} is missing`;
    if (problem) return problem;
    let given = 0;
    for (const name of together) if (record[name] !== undefined) given++;
    return given > 0 && given < together.length ? ` must have ${together.join(' and ')} together` : null;
  };
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const dayForm = text(0, DAY);

/** A day of the schema's form that also exists in the proleptic Gregorian calendar. */
const day: Check = (value) => {
  // the usual case, a real day of the schema's form, read without a pattern
  if (typeof value === 'string' && !Number.isNaN(isoDayNumber(value))) return null;
  const problem = dayForm(value);
  if (problem) return problem;
  // of the form: four, two and two digits
  const text = value as string;
  return isValidDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))) ? null : ` ${show(value)} is not a day of the calendar`;
};

const filled = text(1);
const anyText = text(0);
const nameList = list(filled, true);
const span = object({ start: offset, end: offset, text: filled });

/** The schema's `EventRecord`, as a table: one check per property. */
const eventRecord = object({
  id: filled,
  title: filled,
  language: text(0, /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  sentence: filled,
  kind: oneOf('occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated'),
  date: object({
    earliest: day,
    latest: day,
    granularity: oneOf('minute', 'hour', 'day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century'),
    certainty: oneOf('exact', 'within', 'period'),
    'vagueStart?': boolean,
    'vagueEnd?': boolean,
    value: filled,
    type: oneOf('DATE', 'TIME', 'DURATION', 'SET'),
    'mod?': anyText,
    source: oneOf('stated', 'relative-to-document', 'relative-to-event', 'tense', 'document-date'),
    edtf: text(4),
    'text?': anyText,
  }),
  actors: nameList,
  places: nameList,
  source: object(
    {
      article: filled,
      'articleTitle?': anyText,
      documentDate: text(0, /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/),
      paragraph: offset,
      sentenceStart: offset,
      sentenceEnd: offset,
      'timexStart?': offset,
      'timexEnd?': offset,
      'trigger?': span,
    },
    ['timexStart', 'timexEnd'],
  ),
  relations: list(object({ type: oneOf('after', 'before', 'during'), target: filled, cue: filled })),
  'attribution?': object({ 'speaker?': filled, verb: span }),
});

/** Why `value` is not a valid event record (the first problem, e.g. `date.earliest "2021-02-31" is not a day of the calendar`), or null. */
export function recordProblem(value: unknown): string | null {
  const problem = eventRecord(value);
  if (problem) return problem[0] === '.' ? problem.slice(1) : `the record${problem}`;
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
