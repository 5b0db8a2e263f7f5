/** What every subcommand shares: output streams, usage errors, and reading article files and folders. */
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { EventTimelineError } from '../errors.js';

/** Where a subcommand writes. Tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** What `-` reads (default: the process's standard input). */
  stdin?: AsyncIterable<Buffer | string>;
  /**
   * Resolves once what was written to `stdout` has gone out: a pipe to a slower reader buffers every write in
   * memory, so a long stream waits here rather than holding the whole output.
   */
  stdoutDrained?: () => Promise<void>;
}

export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdoutDrained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => {}) : Promise.resolve()),
};

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

/** The largest article (or line of JSON lines, or standard input) read unless `--max-bytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** `--max-bytes` as a number: bytes, or with a K, M or G suffix (powers of 1024). */
export function parseMaxBytes(value: string | undefined, fallback = DEFAULT_MAX_BYTES): number {
  if (value === undefined) return fallback;
  const match = /^(\d{1,15})([KMG]i?B?)?$/i.exec(value.trim());
  const bytes = match ? Number(match[1]) * 1024 ** ' KMG'.indexOf((match[2] ?? ' ')[0].toUpperCase()) : NaN;
  if (!(bytes >= 1) || !Number.isSafeInteger(bytes)) {
    throw new UsageError(`--max-bytes needs a size such as 16M, 500K or 1048576, got ${JSON.stringify(value)}`);
  }
  return bytes;
}

/** "16 MiB" for a byte count, in messages. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** What kind of special file `info` is, for the message refusing it. */
function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Refuse what is neither a regular file nor a folder: reading /dev/zero never ends, a FIFO may never answer. */
function refuseSpecial(path: string, info: Stats): void {
  if (!info.isFile() && !info.isDirectory()) {
    throw new InputFileError(path, `is ${specialKind(info)}, not a regular file; give a file, a folder, or - for standard input`);
  }
}

/** Article files named by the arguments: files as given, folders expanded to their `.txt` files in name order. */
export function articleFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) for (const file of filesOfPath(path)) files.push(file);
  return files;
}

/**
 * The files one argument stands for: itself, or a folder's `.txt` files in name order (only the names are listed
 * ahead; each file is read when its turn comes). `-` is standard input.
 */
export function filesOfPath(path: string): string[] {
  if (path === '-') return [path];
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    throw new InputFileError(path, 'no such file or folder', error);
  }
  refuseSpecial(path, info);
  if (!info.isDirectory()) return [path];
  const texts = readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort()
    .map((name) => join(path, name));
  if (texts.length === 0) throw new InputFileError(path, 'the folder holds no .txt article files');
  return texts;
}

/**
 * Read a regular file as UTF-8 text, at most `maxBytes` bytes. What is not a regular file (a device, a FIFO) is
 * refused before it is opened for reading; the size is checked on the opened file, and reading stops at the limit
 * even if the file grows meanwhile.
 */
export function readText(file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (file === '-') throw new InputFileError('-', 'standard input is read by "extract" only; save it to a file first');
  let info: Stats;
  try {
    info = statSync(file);
  } catch (error) {
    throw new InputFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, error);
  }
  if (info.isDirectory()) throw new InputFileError(file, 'is a folder, expected a file');
  refuseSpecial(file, info);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new InputFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, error);
  }
  try {
    const opened = fstatSync(fd);
    refuseSpecial(file, opened);
    if (opened.size > maxBytes) throw tooLarge(file, maxBytes, opened.size);
    const buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw tooLarge(file, maxBytes);
    return buffer.toString('utf8', 0, length);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, error);
  } finally {
    closeSync(fd);
  }
}

/** The error for input over the byte limit. */
export function tooLarge(file: string, maxBytes: number, size?: number): InputFileError {
  const what = size === undefined ? `holds more than ${formatBytes(maxBytes)}` : `is ${formatBytes(size)}, more than ${formatBytes(maxBytes)}`;
  return new InputFileError(file, `${what} (the --max-bytes limit for one article); raise --max-bytes to read it`);
}

/** Read standard input (or another stream) as UTF-8 text, at most `maxBytes` bytes. */
export async function readStream(stream: AsyncIterable<Buffer | string>, label: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += buffer.length;
    if (length > maxBytes) throw tooLarge(label, maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, length).toString('utf8');
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
