/**
 * Is a generated file older than what it is made from? By modification times, as make does: `npm start` rebuilds
 * the package and the examples' data only when one of their inputs changed since they were last made.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `paths` (files or folders, recursively; missing paths are skipped). */
export function filesUnder(paths) {
  const out = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else out.push(path);
  };
  for (const path of paths) walk(path);
  return out;
}

/**
 * Whether `outputs` must be made again: one is missing, or some input is newer than the oldest output.
 * Returns the reason (a file name) or null when everything is up to date.
 */
export function staleReason(inputs, outputs) {
  let oldest = Infinity;
  for (const output of outputs) {
    if (!existsSync(output)) return `${output} is missing`;
    oldest = Math.min(oldest, statSync(output).mtimeMs);
  }
  for (const input of inputs) {
    if (existsSync(input) && statSync(input).mtimeMs > oldest) return `${input} changed`;
  }
  return null;
}
