/**
 * Where `extract` runs its articles: `--jobs N` means N threads extracting in all, the main thread and N - 1 worker
 * threads. A batch goes to a worker with room in its queue, else the main thread extracts it itself, so the main
 * thread (which also reads the input and writes the output, a few per cent of the work) is never a spare thread
 * competing for the cores, and `--jobs 1` is the main thread alone. Either way a batch's answer is a promise, and the
 * caller keeps the promises in input order, so output is in input order whatever finishes first.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { runJob, type ArticleJob, type ExtractSettings, type JobResult } from './extract-job.js';
import type { WorkerReport } from './extract-worker.js';
import { threadCpu } from './thread-cpu.js';

export interface BatchRunner {
  /** Extract a batch of articles; the results are in the batch's order. */
  run(jobs: ArticleJob[]): Promise<JobResult[]>;
  /** What each worker did so far (for `--stats`). */
  reports(): Promise<WorkerReport[]>;
  /** Stop the workers. */
  close(): Promise<void>;
  /** Batches extracted so far on the main thread and on the workers (the split adapts to how busy each is). */
  readonly batches: { main: number; workers: number };
  /** What passed between the threads, and the main thread's CPU time spent extracting. */
  readonly traffic: Traffic;
}

/** Characters copied to and from the workers, and the main thread's own extraction time (for `--stats`). */
export interface Traffic {
  messages: number;
  charactersSent: number;
  charactersReceived: number;
  mainExtractMs: number;
}

const jobCharacters = (job: ArticleJob) => (job.kind === 'text' ? job.text.length : job.line.length) + job.label.length + job.id.length;

/**
 * Batches in a worker's queue, the one it is on included: while the main thread extracts a batch itself, a worker
 * with two more to go does not run dry (measured: with a queue of 2 a worker extracted a third less than the main
 * thread).
 */
const WORKER_QUEUE = 3;

/**
 * A worker's young generation in MB (V8's default is three 16 MB semi-spaces): an article's garbage dies young, so a
 * smaller nursery costs no measurable CPU and keeps `--jobs 2` well under bench:corpus's 500 MB budget (measured on
 * 15,000 articles: peak RSS 381 and 363 MB with the default, 337 and 320 MB with 8 MB semi-spaces in every thread).
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/**
 * The runner for `threads` extracting threads: the main thread and `threads - 1` workers. With `measure`, the main
 * thread's CPU time spent extracting is counted (two reads of /proc per batch, so only when asked for).
 */
export function batchRunner(threads: number, settings: ExtractSettings, measure = false): BatchRunner {
  const batches = { main: 0, workers: 0 };
  const traffic: Traffic = { messages: 0, charactersSent: 0, charactersReceived: 0, mainExtractMs: 0 };
  const onMainThread = (batch: ArticleJob[]) => {
    batches.main++;
    if (!measure) return batch.map((job) => runJob(job, settings));
    const before = threadCpu();
    const results = batch.map((job) => runJob(job, settings));
    const after = threadCpu();
    if (before && after) traffic.mainExtractMs += after.runMs - before.runMs;
    return results;
  };
  if (threads <= 1) return { run: async (batch) => onMainThread(batch), reports: async () => [], close: async () => {}, batches, traffic };
  return workerRunner(threads - 1, settings, onMainThread, batches, traffic);
}

/** The built worker script, beside the CLI in dist/ (or one level up from a chunk, or dist/ seen from src/). */
export function findWorkerScript(): string {
  for (const candidate of ['./extract-worker.js', '../extract-worker.js', '../../dist/extract-worker.js', '../dist/extract-worker.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('dist/extract-worker.js not found: build the package first (npm run build)');
}

interface Waiting {
  resolve: (results: JobResult[]) => void;
  reject: (error: Error) => void;
}

function workerRunner(
  count: number,
  settings: ExtractSettings,
  onMainThread: (batch: ArticleJob[]) => JobResult[],
  batches: BatchRunner['batches'],
  traffic: Traffic,
): BatchRunner {
  const script = findWorkerScript();
  const waiting = new Map<number, Waiting>();
  const queued = new Array<number>(count).fill(0);
  let nextBatch = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const [, w] of waiting) w.reject(error);
    waiting.clear();
  };
  const reports: Array<(report: WorkerReport) => void> = [];
  const answer = (index: number, message: { batch: number; results: JobResult[] } | { report: WorkerReport }) => {
    if ('report' in message) {
      waiting.delete(-1 - index);
      return reports[index]?.(message.report);
    }
    const { batch, results } = message;
    queued[index]--;
    traffic.messages++;
    for (const result of results) traffic.charactersReceived += result.output.length + (result.error?.length ?? 0);
    const entry = waiting.get(batch);
    if (!entry) return;
    waiting.delete(batch);
    entry.resolve(results);
  };
  // each worker answers on a port of its own, which the main thread can also read synchronously (below)
  const ports: MessagePort[] = [];
  // started before the first article is read, so their start-up overlaps the reading
  const workers = Array.from({ length: count }, (_, index) => {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(script, {
      workerData: { settings, answers: port2 },
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    port1.on('message', (message) => answer(index, message));
    ports.push(port1);
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`extract worker ${index + 1} stopped (exit code ${code})`));
    });
    return worker;
  });
  /**
   * Take the answers already there: answers arrive as events, and while input is buffered the main thread may not
   * return to its event loop between batches, so without this it would go on extracting while a worker idles.
   */
  const takeAnswers = () => {
    ports.forEach((port, index) => {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) answer(index, message.message);
    });
  };
  return {
    async run(jobs) {
      if (failure) throw failure;
      if (queued.every((n) => n >= WORKER_QUEUE)) takeAnswers();
      // the worker with the shortest queue: batches differ in cost, so a round robin would leave one idle
      let target = 0;
      for (let i = 1; i < count; i++) if (queued[i] < queued[target]) target = i;
      if (queued[target] >= WORKER_QUEUE) return onMainThread(jobs);
      const batch = nextBatch++;
      queued[target]++;
      batches.workers++;
      traffic.messages++;
      for (const job of jobs) traffic.charactersSent += jobCharacters(job);
      return new Promise((resolve, reject) => {
        waiting.set(batch, { resolve, reject });
        workers[target].postMessage({ batch, jobs });
      });
    },
    reports() {
      return Promise.all(
        workers.map(
          (worker, index) =>
            new Promise<WorkerReport>((resolve, reject) => {
              if (failure) return reject(failure);
              reports[index] = resolve;
              // kept with the batches under a key no batch has, so a worker that fails rejects it as well
              waiting.set(-1 - index, { resolve: () => {}, reject });
              worker.postMessage({ report: true });
            }),
        ),
      );
    },
    async close() {
      for (const port of ports) port.close();
      await Promise.all(workers.map((w) => w.terminate()));
    },
    batches,
    traffic,
  };
}
