/** A worker thread of `extract --jobs N`: batches of articles in, their written records out, in the same order. */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type ArticleJob, type ExtractSettings } from './extract-job.js';

/** A batch sent to a worker (the settings of the run come once, as the worker's data), and its answer. */
export interface BatchRequest {
  batch: number;
  jobs: ArticleJob[];
}

const settings = workerData as ExtractSettings;

parentPort?.on('message', ({ batch, jobs }: BatchRequest) => {
  parentPort!.postMessage({ batch, results: jobs.map((job) => runJob(job, settings)) });
});
