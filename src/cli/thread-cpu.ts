/**
 * CPU time of the calling thread, for `extract --stats`: how the work of `--jobs N` splits between the main thread
 * and the workers. process.cpuUsage() counts the whole process in every thread, so this reads the thread's own line
 * of the Linux scheduler (/proc/thread-self/schedstat: nanoseconds on a core, nanoseconds ready but waiting for one).
 * A figure that holds under load, unlike wall time: a busy machine adds waiting, not CPU time.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Milliseconds the thread has run on a core since it started, and waited ready for one. */
export interface ThreadCpu {
  runMs: number;
  waitMs: number;
}

/** The calling thread's CPU time so far, or undefined where the system does not tell (not Linux). */
export function threadCpu(): ThreadCpu | undefined {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').trim().split(/\s+/).map(Number);
    if (!Number.isFinite(run) || !Number.isFinite(wait)) return undefined;
    return { runMs: run / 1e6, waitMs: wait / 1e6 };
  } catch {
    return undefined;
  }
}

/**
 * Milliseconds every live thread of the process has run: with the main thread's and the workers' own figures, what is
 * left is V8's compiler and garbage-collector threads (work that --jobs 1 gets done on an idle core for free).
 */
export function processThreadsCpuMs(): number | undefined {
  try {
    let sum = 0;
    for (const task of readdirSync('/proc/self/task')) {
      try {
        sum += Number(readFileSync(`/proc/self/task/${task}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      } catch {
        // a thread that ended while listed
      }
    }
    return sum;
  } catch {
    return undefined;
  }
}
