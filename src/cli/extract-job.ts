/**
 * One article's extraction as the CLI runs it, on the main thread or in a worker: a pure function from an article
 * (text, or one JSON line) to its event records already written out, so workers hand back text, not objects.
 */
import { parseArticle } from '../article/parse.js';
import { EventTimelineError } from '../errors.js';
import { eventsOfArticle } from '../events/extract-events.js';

/** How records are written: one JSON object per line, or indented as elements of `{ "events": [...] }`. */
export type RecordFormat = 'jsonl' | 'json';

/** What applies to every article of a run. */
export interface ExtractSettings {
  language?: string;
  date?: string;
  format: RecordFormat;
}

/** An article to extract: a file's text, or one line of JSON lines (`{"text": ..., "id"?, "date"?, "lang"?}`). */
export type ArticleJob =
  | { kind: 'text'; label: string; id: string; text: string }
  | { kind: 'line'; label: string; id: string; line: string };

/** The records of one article as text (no separator before the first or after the last), or why it failed. */
export interface JobResult {
  output: string;
  events: number;
  /** The message naming the article and the place, when it failed. */
  error?: string;
  /** The failure was not bad input but a fault of ours (the message holds the stack). */
  unexpected?: boolean;
}

/** Extract one article. Never throws: a failure is the result's `error`. */
export function runJob(job: ArticleJob, settings: ExtractSettings): JobResult {
  try {
    const article = job.kind === 'text' ? articleOfText(job, settings) : articleOfLine(job, settings);
    const records = eventsOfArticle(article);
    const written = records.map(settings.format === 'jsonl' ? (r) => JSON.stringify(r) : indentedRecord);
    return { output: written.join(settings.format === 'jsonl' ? '\n' : ',\n'), events: records.length };
  } catch (error) {
    if (error instanceof EventTimelineError) return { output: '', events: 0, error: error.message };
    return { output: '', events: 0, error: `${job.label}: ${(error as Error)?.stack ?? String(error)}`, unexpected: true };
  }
}

/** A record as `JSON.stringify({ events }, null, 2)` writes an element of `events`. */
function indentedRecord(record: unknown): string {
  return JSON.stringify(record, null, 2).replace(/^/gm, '    ');
}

function articleOfText(job: { label: string; id: string; text: string }, settings: ExtractSettings) {
  return parseArticle(job.text, { file: job.label, id: job.id, language: settings.language, date: settings.date });
}

/** One JSON line: an object with the article `text`, and optionally its `id`, `date` and `lang` (or `language`). */
function articleOfLine(job: { label: string; id: string; line: string }, settings: ExtractSettings) {
  let value: unknown;
  try {
    value = JSON.parse(job.line);
  } catch (error) {
    throw new EventTimelineError('BAD_JSON_LINE', `is not JSON (${(error as Error).message})`, { file: job.label });
  }
  const entry = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  if (typeof entry.text !== 'string') {
    throw new EventTimelineError('BAD_JSON_LINE', 'expected an object with the article as a "text" string, e.g. {"id": "a1", "text": " date 2020-08-16 ..."}', { file: job.label });
  }
  for (const key of ['id', 'date', 'lang', 'language'] as const) {
    if (entry[key] !== undefined && (typeof entry[key] !== 'string' || entry[key] === '')) {
      throw new EventTimelineError('BAD_JSON_LINE', `"${key}" must be a non-empty string`, { file: job.label });
    }
  }
  const language = (entry.lang ?? entry.language ?? settings.language) as string | undefined;
  const date = (entry.date ?? settings.date) as string | undefined;
  return parseArticle(entry.text, { file: job.label, id: (entry.id as string | undefined) ?? job.id, language, date });
}
