/**
 * A quick yes for the common event record, ahead of the full checker (check-records.ts): plain property reads and
 * typeof tests, no call per property, so 100,000 records of the usual form pass in a fraction of the time. It only
 * ever says "valid" for a record the full checker accepts too; anything it does not know for sure (a long or short
 * string whose length in code points could matter, an inherited property, a long list of names) it leaves to
 * the full checker by answering false, which also finds the reason. tests/events/check-records.test.ts holds both
 * to the schema.
 */

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DOCUMENT_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/;
const KINDS = new Set(['occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated']);
const GRANULARITIES = new Set(['minute', 'hour', 'day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century']);
const CERTAINTIES = new Set(['exact', 'within', 'period']);
const TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);
const DATE_SOURCES = new Set(['stated', 'relative-to-document', 'relative-to-event', 'tense', 'document-date']);
const RELATION_TYPES = new Set(['after', 'before', 'during']);

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A string of at least one code point: one UTF-16 unit or more is one code point or more. */
const filled = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const offset = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** A string of at least `min` code points (a pair of surrogates is one). */
function hasCodePoints(value: unknown, min: number): boolean {
  if (typeof value !== 'string' || value.length < min) return false;
  if (value.length >= min * 2) return true;
  let count = 0;
  for (let i = 0; i < value.length; i++, count++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count >= min;
}

/** A span of the text: start and end offsets and the non-empty text, nothing else. */
const isSpan = (value: unknown) => isPlain(value) && offset(value.start) && offset(value.end) && filled(value.text) && keyCount(value) === 3;

/** Every enumerable key of `value`, inherited ones too (more than its known ones means "ask the full checker"). */
function keyCount(value: Plain): number {
  let count = 0;
  for (const _key in value) count++;
  return count;
}

/** A day of the schema's form that exists in the calendar. */
function isDay(value: unknown): boolean {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const d = Number(value.slice(8, 10));
  if (d <= 28) return true;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const length = m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= length;
}

/** Unique non-empty strings, compared pairwise (lists of actors and places are short; a long one is left to the full checker). */
function isNameList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length > 16) return false;
  for (let i = 0; i < value.length; i++) {
    if (!filled(value[i])) return false;
    for (let j = 0; j < i; j++) if (value[j] === value[i]) return false;
  }
  return true;
}

function isDate(date: unknown): boolean {
  if (!isPlain(date)) return false;
  const { earliest, latest, granularity, certainty, value, type, source, edtf, vagueStart, vagueEnd, mod, text } = date;
  if (!isDay(earliest) || !isDay(latest) || !GRANULARITIES.has(granularity as string) || !CERTAINTIES.has(certainty as string)) return false;
  if (!filled(value) || !TYPES.has(type as string) || !DATE_SOURCES.has(source as string) || !hasCodePoints(edtf, 4)) return false;
  let known = 8;
  if (vagueStart !== undefined && (known++, typeof vagueStart !== 'boolean')) return false;
  if (vagueEnd !== undefined && (known++, typeof vagueEnd !== 'boolean')) return false;
  if (mod !== undefined && (known++, typeof mod !== 'string')) return false;
  if (text !== undefined && (known++, typeof text !== 'string')) return false;
  return keyCount(date) === known;
}

function isSource(source: unknown): boolean {
  if (!isPlain(source)) return false;
  const { article, articleTitle, documentDate, paragraph, sentenceStart, sentenceEnd, timexStart, timexEnd, trigger } = source;
  if (!filled(article) || typeof documentDate !== 'string' || !DOCUMENT_DATE.test(documentDate)) return false;
  if (!offset(paragraph) || !offset(sentenceStart) || !offset(sentenceEnd)) return false;
  let known = 5;
  if (articleTitle !== undefined && (known++, typeof articleTitle !== 'string')) return false;
  if ((timexStart === undefined) !== (timexEnd === undefined)) return false;
  if (timexStart !== undefined && ((known += 2), !offset(timexStart) || !offset(timexEnd))) return false;
  if (trigger !== undefined && (known++, !isSpan(trigger))) return false;
  return keyCount(source) === known;
}

function isAttribution(value: unknown): boolean {
  if (!isPlain(value) || !isSpan(value.verb)) return false;
  if (value.speaker === undefined) return keyCount(value) === 1;
  return filled(value.speaker) && keyCount(value) === 2;
}

function isRelationList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const relation of value) {
    if (!isPlain(relation) || !RELATION_TYPES.has(relation.type as string) || !filled(relation.target) || !filled(relation.cue)) return false;
    if (keyCount(relation) !== 3) return false;
  }
  return true;
}

/**
 * Whether `value` is an event record of the usual form that the full checker would accept: true only when it is
 * sure; false means "check it in full" (it may well be valid).
 */
export function plainlyValid(value: unknown): boolean {
  if (!isPlain(value)) return false;
  const { id, title, language, sentence, kind, date, actors, places, source, relations, attribution } = value;
  if (!filled(id) || !filled(title) || !filled(sentence) || typeof language !== 'string' || !LANGUAGE.test(language) || !KINDS.has(kind as string)) return false;
  if (!isDate(date) || !isNameList(actors) || !isNameList(places) || !isSource(source) || !isRelationList(relations)) return false;
  if (attribution !== undefined && !isAttribution(attribution)) return false;
  return keyCount(value) === (attribution === undefined ? 10 : 11);
}
