/** A worker thread of `extract --jobs N`: batches of articles in, their written records out, in the same order. */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { runJob, type ArticleJob, type ExtractSettings } from './extract-job.js';
import { threadCpu } from './thread-cpu.js';

/** A batch sent to a worker (the settings of the run come once, as the worker's data, with the port for answers). */
export interface BatchRequest {
  batch: number;
  jobs: ArticleJob[];
}

/** What a worker did, sent when asked at the end of a run (for `--stats`). */
export interface WorkerReport {
  cpu: ReturnType<typeof threadCpu>;
  /** Milliseconds its event loop waited for the next batch. */
  idleMs: number;
  batches: number;
  articles: number;
}

const { settings, answers } = workerData as { settings: ExtractSettings; answers: MessagePort };
let batches = 0;
let articles = 0;

parentPort?.on('message', (message: BatchRequest | { report: true }) => {
  if ('report' in message) {
    const report: WorkerReport = { cpu: threadCpu(), idleMs: performance.eventLoopUtilization().idle, batches, articles };
    answers.postMessage({ report });
    return;
  }
  const { batch, jobs } = message;
  batches++;
  articles += jobs.length;
  answers.postMessage({ batch, results: jobs.map((job) => runJob(job, settings)) });
});
