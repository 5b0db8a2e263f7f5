/** What every subcommand shares: output streams, usage errors, and reading article files and folders. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EventTimelineError } from '../errors.js';
import { appendAll } from '../lists.js';

/** Where a subcommand writes. Tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIO: CliIO = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** A subcommand: arguments after its name in, exit code out (0 success, 1 bad input, 2 bad usage). */
export type Subcommand = (args: readonly string[], io: CliIO) => number | Promise<number>;

/** Wrong arguments: exit code 2 with the help text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file that cannot be read: exit code 1, naming the file. */
export class InputFileError extends EventTimelineError {
  constructor(file: string, reason: string, cause?: unknown) {
    super('UNREADABLE_FILE', reason, { file, cause });
    this.name = 'InputFileError';
  }
}

/** Article files named by the arguments: files as given, folders expanded to their `.txt` files in name order. */
export function articleFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw new InputFileError(path, 'no such file or folder', error);
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const texts = readdirSync(path)
      .filter((name) => name.toLowerCase().endsWith('.txt'))
      .sort()
      .map((name) => join(path, name));
    if (texts.length === 0) throw new InputFileError(path, 'the folder holds no .txt article files');
    appendAll(files, texts);
  }
  return files;
}

/** Read a file as UTF-8 text. */
export function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(file, code === 'EISDIR' ? 'is a folder, expected a file' : `cannot be read (${code ?? String(error)})`, error);
  }
}

/** Report an error the way every subcommand does, and give its exit code. */
export function reportError(command: string, error: unknown, io: CliIO, help: string): number {
  if (error instanceof UsageError) {
    io.stderr(`event-timeline ${command}: ${error.message}\n\n${help}`);
    return 2;
  }
  if (error instanceof EventTimelineError) {
    io.stderr(`event-timeline ${command}: ${error.message}\n`);
    return 1;
  }
  io.stderr(`event-timeline ${command}: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  return 1;
}
