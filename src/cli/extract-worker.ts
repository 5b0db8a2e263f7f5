/** A worker thread of `extract --jobs N`: batches of articles in, their written records out, in the same order. */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { runJob, type ArticleJob, type ExtractSettings } from './extract-job.js';

/** A batch sent to a worker (the settings of the run come once, as the worker's data, with the port for answers). */
export interface BatchRequest {
  batch: number;
  jobs: ArticleJob[];
}

const { settings, answers } = workerData as { settings: ExtractSettings; answers: MessagePort };

parentPort?.on('message', ({ batch, jobs }: BatchRequest) => {
  answers.postMessage({ batch, results: jobs.map((job) => runJob(job, settings)) });
});
