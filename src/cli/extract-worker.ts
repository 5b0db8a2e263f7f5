/** A worker thread of `extract --jobs N`: batches of articles in, their written records out, in the same order. */
import { parentPort } from 'node:worker_threads';
import { runJob, type ArticleJob, type ExtractSettings } from './extract-job.js';

/** A batch sent to a worker, and its answer. */
export interface BatchRequest {
  batch: number;
  jobs: ArticleJob[];
  settings: ExtractSettings;
}

parentPort?.on('message', ({ batch, jobs, settings }: BatchRequest) => {
  parentPort!.postMessage({ batch, results: jobs.map((job) => runJob(job, settings)) });
});
