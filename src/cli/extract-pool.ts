/**
 * Where `extract` runs its articles: on the main thread (`--jobs 1`), or spread over worker threads. Either way a
 * batch's answer is a promise, and the caller keeps the promises in input order, so output is in input order
 * whatever finishes first.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runJob, type ArticleJob, type ExtractSettings, type JobResult } from './extract-job.js';

export interface BatchRunner {
  /** Extract a batch of articles; the results are in the batch's order. */
  run(jobs: ArticleJob[]): Promise<JobResult[]>;
  /** Stop the workers. */
  close(): Promise<void>;
}

/** The runner for `jobs` threads: the main thread itself for 1. */
export function batchRunner(jobs: number, settings: ExtractSettings): BatchRunner {
  if (jobs <= 1) {
    return { run: async (batch) => batch.map((job) => runJob(job, settings)), close: async () => {} };
  }
  return workerRunner(jobs, settings);
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

function workerRunner(count: number, settings: ExtractSettings): BatchRunner {
  const script = findWorkerScript();
  const waiting = new Map<number, Waiting & { worker: number }>();
  const load = new Array<number>(count).fill(0);
  let nextBatch = 0;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const [, w] of waiting) w.reject(error);
    waiting.clear();
  };
  const workers = Array.from({ length: count }, (_, index) => {
    const worker = new Worker(script);
    worker.on('message', ({ batch, results }: { batch: number; results: JobResult[] }) => {
      const entry = waiting.get(batch);
      if (!entry) return;
      waiting.delete(batch);
      load[index]--;
      entry.resolve(results);
    });
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`extract worker ${index + 1} stopped (exit code ${code})`));
    });
    return worker;
  });
  return {
    run(jobs) {
      if (failure) return Promise.reject(failure);
      // the least busy worker: batches differ in cost, so a round robin would leave one idle
      let target = 0;
      for (let i = 1; i < count; i++) if (load[i] < load[target]) target = i;
      const batch = nextBatch++;
      load[target]++;
      return new Promise((resolve, reject) => {
        waiting.set(batch, { resolve, reject, worker: target });
        workers[target].postMessage({ batch, jobs, settings });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
