/**
 * `event-timeline extract FILES|DIRS|- [--jsonl] [--jobs N] [--lang nl|en] [--date YYYY-MM[-DD]] [-o events.json]`
 * Writes `{ "events": [EventRecord, ...] }` (schema/event-records.schema.json), or with `--jsonl` one record per
 * line, to the file or to standard output. Articles stream through: each is read when its turn comes, and its
 * records are written as soon as it and every article before it are done, so memory stays bounded whatever the
 * corpus size.
 */
import { createReadStream, statSync } from 'node:fs';
import { idFromFile } from '../article/parse.js';
import { supportedLanguages } from '../locales/index.js';
import { DocumentDateError, toDocumentDate } from '../time/document-date.js';
import { parseArgs } from './args.js';
import type { ArticleJob, ExtractSettings, JobResult } from './extract-job.js';
import { batchRunner, type BatchRunner, type Traffic } from './extract-pool.js';
import type { WorkerReport } from './extract-worker.js';
import { filesOfPath, formatBytes, InputFileError, parseMaxBytes, readStream, readText, reportError, UsageError, DEFAULT_MAX_BYTES, type CliIO } from './io.js';
import { InputOrder } from './input-order.js';
import { linesOf } from './lines.js';
import { processThreadsCpuMs, threadCpu, type ThreadCpu } from './thread-cpu.js';
import { atomicFile, streamSink, type TextSink } from './output.js';

export const EXTRACT_HELP = `Usage: event-timeline extract FILES|DIRS|- [--jsonl] [--jobs N] [--lang CODE] [--date YYYY[-MM[-DD]]] [-o FILE]

Extract dated event records from articles and write them as JSON: { "events": [ ... ] }
(the shape is described by schema/event-records.schema.json).

  FILES|DIRS|-      article text files; a folder stands for its .txt files; - reads standard input.
                    Files ending in .jsonl or .ndjson hold one article per line:
                    {"text": " date 2020-08-16 ...", "id": "a1", "date": "2020-08-16", "lang": "nl"}
                    (only "text" is needed; the id defaults to the file's name and the line number)
  --jsonl           write one event record per line (JSON lines), each as soon as its article is done
  --input FORMAT    text | jsonl: how to read standard input and files (default: jsonl for .jsonl and
                    .ndjson files, else text)
  --jobs N          extract on N threads in all (default 1): the main thread and N - 1 workers;
                    the output stays in input order
  --lang CODE       language of every article (${supportedLanguages().join(', ')}); detected when absent
  --date DATE       document date for articles without a "date ..." first line
  --max-bytes SIZE  refuse an article (file, line or standard input) larger than SIZE
                    (default ${formatBytes(DEFAULT_MAX_BYTES).replace(' ', '')}; K, M and G suffixes)
  -o, --output FILE write to FILE instead of standard output; the old FILE stays whole until the new
                    one is complete
  --stats           at the end, write to standard error how many articles and events there were and
                    the most articles held at once (read and not yet written: memory stays bounded)
  -h, --help        show this help

An article that cannot be read is reported on standard error and the others go on; the exit status is
then 1.
`;

/** Articles per batch sent to a worker, and the text that closes a batch sooner. */
const BATCH_ARTICLES = 32;
const BATCH_CHARACTERS = 1 << 18;
/** Batches in flight per thread: enough to keep each busy, few enough to bound memory. */
const BATCHES_PER_THREAD = 4;
const MAX_JOBS = 64;
/** With one thread each article is written before the next is read; with more, batches keep the workers busy. */
const articlesPerBatch = (jobs: number) => (jobs <= 1 ? 1 : BATCH_ARTICLES);
const batchesInFlight = (jobs: number) => (jobs <= 1 ? 1 : jobs * BATCHES_PER_THREAD);
/** The most articles read and not yet written: all but one of the batches in flight, and the one being filled. */
const inFlightLimit = (jobs: number) => batchesInFlight(jobs) * articlesPerBatch(jobs);

type InputFormat = 'text' | 'jsonl';

interface SourceOptions {
  input: InputFormat | undefined;
  maxBytes: number;
  stdin: AsyncIterable<Buffer | string>;
}

/** An article to extract, or a failure to report in its place. */
type SourceItem = ArticleJob | { kind: 'failure'; error: string };

const failure = (error: unknown): SourceItem => {
  if (error instanceof InputFileError) return { kind: 'failure', error: error.message };
  throw error;
};

const isJsonLinesFile = (file: string) => /\.(jsonl|ndjson)$/i.test(file);

/** The articles of the arguments, lazily, in order; a file or line that cannot be read is a failure in its place. */
async function* articleSource(paths: readonly string[], options: SourceOptions): AsyncGenerator<SourceItem> {
  const ids = new Set<string>();
  /** Two files with the same name in different folders must not share an article id. */
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}~${n}`;
    ids.add(id);
    return id;
  };
  for (const path of paths) {
    let files: string[];
    try {
      files = filesOfPath(path);
    } catch (error) {
      yield failure(error);
      continue;
    }
    for (const file of files) {
      const stdin = file === '-';
      if (options.input === 'jsonl' || (options.input === undefined && isJsonLinesFile(file))) {
        yield* jsonLinesOf(file, options);
        continue;
      }
      try {
        const text = stdin ? await readStream(options.stdin, 'standard input', options.maxBytes) : readText(file, options.maxBytes);
        yield { kind: 'text', label: stdin ? 'standard input' : file, id: uniqueId(stdin ? 'stdin' : idFromFile(file)), text };
      } catch (error) {
        yield failure(error);
      }
    }
  }
}

/** The articles of a JSON lines file or of standard input, one per line, read lazily. */
async function* jsonLinesOf(file: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const stdin = file === '-';
  const name = stdin ? 'stdin' : file;
  const base = stdin ? 'stdin' : idFromFile(file);
  let stream: AsyncIterable<Buffer | string>;
  if (stdin) stream = options.stdin;
  else {
    try {
      // a file already checked as regular by filesOfPath, or named directly: check it here as well
      if (!statSync(file).isFile()) throw new InputFileError(file, 'is not a regular file');
      stream = createReadStream(file);
    } catch (error) {
      yield failure(error instanceof InputFileError ? error : new InputFileError(file, 'cannot be read', error));
      return;
    }
  }
  try {
    for await (const line of linesOf(stream, options.maxBytes)) {
      const label = `${name}:${line.number}`;
      if (line.tooLong) yield { kind: 'failure', error: `${label}: the line holds more than ${formatBytes(options.maxBytes)} (the --max-bytes limit for one article), so the rest is not read; raise --max-bytes to read it` };
      else yield { kind: 'line', label, id: `${base}-${line.number}`, line: line.text };
    }
  } catch (error) {
    yield failure(new InputFileError(name, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, error));
  }
}

/** Run `event-timeline extract`. */
export async function runExtract(args: readonly string[], io: CliIO): Promise<number> {
  let sink: TextSink | undefined;
  try {
    const parsed = parseArgs(args, {
      values: ['lang', 'date', 'output', 'jobs', 'input', 'max-bytes'],
      flags: ['help', 'jsonl', 'stats'],
      aliases: { '-o': 'output', '-h': 'help' },
    });
    if (parsed.flags.has('help')) {
      io.stdout(EXTRACT_HELP);
      return 0;
    }
    if (parsed.positional.length === 0) throw new UsageError('no article files or folders given');
    const language = parsed.values.get('lang');
    if (language !== undefined && !supportedLanguages().includes(language)) {
      throw new UsageError(`unsupported language ${JSON.stringify(language)} for --lang (supported: ${supportedLanguages().join(', ')})`);
    }
    const date = parsed.values.get('date');
    if (date !== undefined) checkDate(date);
    const jobsValue = parsed.values.get('jobs') ?? '1';
    if (!/^\d{1,3}$/.test(jobsValue) || Number(jobsValue) < 1 || Number(jobsValue) > MAX_JOBS) {
      throw new UsageError(`--jobs needs a whole number from 1 to ${MAX_JOBS}, got ${JSON.stringify(jobsValue)}`);
    }
    const input = parsed.values.get('input');
    if (input !== undefined && input !== 'text' && input !== 'jsonl') throw new UsageError(`--input must be text or jsonl, got ${JSON.stringify(input)}`);
    const maxBytes = parseMaxBytes(parsed.values.get('max-bytes'));
    if (parsed.positional.filter((p) => p === '-').length > 1) throw new UsageError('standard input (-) can be read only once');

    const settings: ExtractSettings = { language, date, format: parsed.flags.has('jsonl') ? 'jsonl' : 'json' };
    const output = parsed.values.get('output');
    const target = output === undefined ? streamSink(io.stdout, io.stdoutDrained) : atomicFile(output);
    sink = target;
    const source = articleSource(parsed.positional, { input, maxBytes, stdin: io.stdin ?? process.stdin });
    const stats = parsed.flags.has('stats');
    const totals = await extractAll(source, settings, Number(jobsValue), target, io, stats);
    if (totals.articles === 0 && totals.failed > 0) {
      // nothing was read: no empty document in place of the old file or on standard output
      target.abort();
      sink = undefined;
      return 1;
    }
    if (settings.format === 'json') target.write(totals.events === 0 ? '{\n  "events": []\n}\n' : '\n  ]\n}\n');
    target.commit();
    sink = undefined;
    if (parsed.flags.has('stats')) {
      io.stderr(
        `event-timeline extract: ${totals.articles} articles, ${totals.events} events, ${totals.failed} failed; ` +
          `at most ${totals.mostInFlight} article${totals.mostInFlight === 1 ? '' : 's'} in flight on ${jobsValue} thread${jobsValue === '1' ? '' : 's'} ` +
          `(the limit: ${inFlightLimit(Number(jobsValue))}); batches extracted: ${totals.batches.main} on the main thread, ${totals.batches.workers} on workers\n`,
      );
      io.stderr(`event-timeline extract: ${cpuLine(totals, Number(jobsValue))}\n`);
    }
    if (output !== undefined) {
      io.stderr(`Wrote ${output}: ${totals.events} events from ${totals.articles} articles${totals.failed ? `; ${totals.failed} failed (above)` : ''}\n`);
    }
    return totals.failed ? 1 : 0;
  } catch (error) {
    sink?.abort();
    return reportError('extract', error, io, EXTRACT_HELP);
  }
}

/** A date given with --date must be one, even when every file has its own header. */
function checkDate(date: string): void {
  try {
    toDocumentDate(date);
  } catch (error) {
    const reason = error instanceof DocumentDateError ? error.reason : String(error);
    throw new UsageError(`invalid --date ${JSON.stringify(date)}: ${reason}`);
  }
}

interface Totals {
  articles: number;
  events: number;
  failed: number;
  /** The most articles read and not yet written at any time (bounded by the batches in flight). */
  mostInFlight: number;
  /** Batches extracted on the main thread and on workers. */
  batches: BatchRunner['batches'];
  traffic: Traffic;
  /** CPU time of the main thread over the run, and what each worker reported (with --stats). */
  mainCpu?: ThreadCpu;
  workers: WorkerReport[];
  /** CPU time of every thread of the process (V8's compiler and GC threads too). */
  processMs?: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millions = (characters: number) => `${(characters / 1e6).toFixed(1)} M`;

/**
 * The `--stats` line of CPU time by thread. With N threads on N cores every cycle the main thread spends reading and
 * writing, and every cycle of V8's compiler and garbage-collector threads, is one the extraction cannot use (with one
 * thread they run on an idle core for free); unlike wall time these figures hold on a busy machine.
 */
function cpuLine(totals: Totals, jobs: number): string {
  const main = totals.mainCpu;
  if (!main) return 'CPU time by thread: n/a (no /proc/thread-self/schedstat)';
  const workerMs = totals.workers.reduce((sum, w) => sum + (w.cpu?.runMs ?? 0), 0);
  const idleMs = totals.workers.reduce((sum, w) => sum + w.idleMs, 0);
  const waitMs = totals.workers.reduce((sum, w) => sum + (w.cpu?.waitMs ?? 0), main.waitMs);
  const otherMs = Math.max(0, (totals.processMs ?? 0) - main.runMs - workerMs);
  const { traffic } = totals;
  const overheadMs = main.runMs - traffic.mainExtractMs;
  const share = `${((100 * overheadMs) / (main.runMs + workerMs)).toFixed(1)}%`;
  return (
    `CPU time: main thread ${seconds(main.runMs)}` +
    (jobs > 1 ? ` (reading and writing ${seconds(overheadMs)}, ${share} of the extracting threads' time)` : '') +
    `, workers ${seconds(workerMs)} (${totals.workers.length}, idle ${seconds(idleMs)}), compiler and GC threads ${seconds(otherMs)}; ` +
    `${traffic.messages} messages, ${millions(traffic.charactersSent)} characters sent, ${millions(traffic.charactersReceived)} received; ` +
    `waited for a core ${seconds(waitMs)}`
  );
}

/** Extract every article of `source` on `jobs` threads and write the records to `sink` in input order. */
async function extractAll(
  source: AsyncIterable<SourceItem>,
  settings: ExtractSettings,
  jobs: number,
  sink: TextSink,
  io: CliIO,
  stats: boolean,
): Promise<Totals> {
  const runner = batchRunner(jobs, settings, stats && jobs > 1);
  const totals: Totals = { articles: 0, events: 0, failed: 0, mostInFlight: 0, batches: runner.batches, traffic: runner.traffic, workers: [] };
  const json = settings.format === 'json';
  let written = 0;
  /** Articles read and not yet written: what the in-flight limit bounds. */
  let inFlight = 0;
  /** Write a batch's records in one piece (one write per batch, each as soon as its turn comes). */
  const emit = (results: readonly JobResult[]) => {
    inFlight -= results.length;
    let text = '';
    for (const result of results) {
      if (result.error !== undefined) {
        totals.failed++;
        io.stderr(`event-timeline extract: ${result.unexpected ? 'unexpected error: ' : ''}${result.error}\n`);
        continue;
      }
      totals.articles++;
      totals.events += result.events;
      if (result.events === 0) continue;
      if (!json) text += `${result.output}\n`;
      else text += written === 0 ? `{\n  "events": [\n${result.output}` : `,\n${result.output}`;
      written += result.events;
    }
    if (text) sink.write(text);
  };

  const order = new InputOrder(batchesInFlight(jobs), emit);
  const batchSize = articlesPerBatch(jobs);
  let batch: ArticleJob[] = [];
  let batchCharacters = 0;
  /** Add a batch's answer; wait while too many are in flight or the output has not gone out (a slow reader). */
  const add = async (results: Promise<JobResult[]>) => {
    await order.add(results);
    await sink.drained();
  };
  const send = async () => {
    const sent = batch;
    batch = [];
    batchCharacters = 0;
    await add(runner.run(sent));
  };
  try {
    for await (const item of source) {
      totals.mostInFlight = Math.max(totals.mostInFlight, ++inFlight);
      if (item.kind === 'failure') {
        if (batch.length) await send();
        await add(Promise.resolve([{ output: '', events: 0, error: item.error }]));
        continue;
      }
      batch.push(item);
      batchCharacters += item.kind === 'text' ? item.text.length : item.line.length;
      if (batch.length >= batchSize || batchCharacters >= BATCH_CHARACTERS) await send();
    }
    if (batch.length) await send();
    await order.finish();
    if (stats) {
      totals.workers = await runner.reports();
      totals.mainCpu = threadCpu();
      totals.processMs = processThreadsCpuMs();
    }
  } finally {
    await runner.close();
  }
  return totals;
}
