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

export interface BatchRunner {
  /** Extract a batch of articles; the results are in the batch's order. */
  run(jobs: ArticleJob[]): Promise<JobResult[]>;
  /** Stop the workers. */
  close(): Promise<void>;
  /** Batches extracted so far on the main thread and on the workers (the split adapts to how busy each is). */
  readonly batches: { main: number; workers: number };
}

/**
 * Batches in a worker's queue, the one it is on included: while the main thread extracts a batch itself, a worker
 * with two more to go does not run dry (measured: with a queue of 2 a worker extracted a third less than the main
 * thread).
 */
const WORKER_QUEUE = 3;

/** The runner for `threads` extracting threads: the main thread and `threads - 1` workers. */
export function batchRunner(threads: number, settings: ExtractSettings): BatchRunner {
  const batches = { main: 0, workers: 0 };
  const onMainThread = (batch: ArticleJob[]) => {
    batches.main++;
    return batch.map((job) => runJob(job, settings));
  };
  if (threads <= 1) return { run: async (batch) => onMainThread(batch), close: async () => {}, batches };
  return workerRunner(threads - 1, settings, onMainThread, batches);
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
  const answer = (index: number, { batch, results }: { batch: number; results: JobResult[] }) => {
    queued[index]--;
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
    const worker = new Worker(script, { workerData: { settings, answers: port2 }, transferList: [port2] });
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
      return new Promise((resolve, reject) => {
        waiting.set(batch, { resolve, reject });
        workers[target].postMessage({ batch, jobs });
      });
    },
    async close() {
      for (const port of ports) port.close();
      await Promise.all(workers.map((w) => w.terminate()));
    },
    batches,
  };
}
