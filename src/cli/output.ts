/**
 * Where a subcommand's output goes: standard output, or a file replaced atomically. A file is written to a
 * temporary file in the same folder and renamed over the old one only when everything is written, so a failed or
 * interrupted run leaves the old file whole (a rename within one folder is atomic).
 */
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputFileError } from './io.js';

/** Text written in pieces, then committed (made visible) or aborted (nothing changes). */
export interface TextSink {
  write(text: string): void;
  /** Resolves when the writes so far are out of memory (at once for a file, which is written synchronously). */
  drained(): Promise<void>;
  commit(): void;
  abort(): void;
}

/** Buffered writes reach the file in pieces of about this many characters. */
const FLUSH_AT = 1 << 20;

/** Temporary files not yet renamed or removed, removed if the process is stopped by a signal. */
const openTemporaries = new Set<string>();
let signalsWatched = false;

function removeTemporariesOnSignals(): void {
  if (signalsWatched) return;
  signalsWatched = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const path of openTemporaries) {
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }
      process.kill(process.pid, signal);
    });
  }
}

/** Write all of `bytes`: a write can take only part (a full disk, a file size limit), and the rest must follow or fail. */
function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) {
    const written = writeSync(fd, bytes, done, bytes.length - done);
    if (written <= 0) throw Object.assign(new Error('nothing more could be written'), { code: 'EIO' });
    done += written;
  }
}

/** A file at `path` written atomically: the old file (if any) stays whole until commit. */
export function atomicFile(path: string): TextSink {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  const failed = (error: unknown): never => {
    throw new InputFileError(path, `cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); the old file, if any, is left as it was`, error);
  };
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o644);
  } catch (error) {
    return failed(error);
  }
  openTemporaries.add(temporary);
  removeTemporariesOnSignals();
  let pending: string[] = [];
  let pendingLength = 0;
  let done = false;
  const flush = () => {
    if (pendingLength === 0) return;
    writeAll(fd, Buffer.from(pending.join('')));
    pending = [];
    pendingLength = 0;
  };
  const abort = () => {
    if (done) return;
    done = true;
    try {
      closeSync(fd);
    } catch {
      // closing is best effort when abandoning
    }
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    openTemporaries.delete(temporary);
  };
  const guarded = (step: () => void) => {
    try {
      step();
    } catch (error) {
      abort();
      failed(error);
    }
  };
  return {
    write(text) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= FLUSH_AT) guarded(flush);
    },
    commit() {
      guarded(() => {
        flush();
        // keep the mode of the file replaced
        const mode = (() => {
          try {
            return statSync(path).mode & 0o7777;
          } catch {
            return undefined;
          }
        })();
        if (mode !== undefined) fchmodSync(fd, mode);
        fsyncSync(fd);
        closeSync(fd);
        renameSync(temporary, path);
        done = true;
        openTemporaries.delete(temporary);
      });
    },
    abort,
    drained: () => Promise.resolve(),
  };
}

/** Standard output (through the subcommand's io) as a sink: commit and abort do nothing. */
export function streamSink(write: (text: string) => void, drained: () => Promise<void> = () => Promise.resolve()): TextSink {
  return { write, drained, commit: () => {}, abort: () => {} };
}
