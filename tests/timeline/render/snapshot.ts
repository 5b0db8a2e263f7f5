/**
 * SVG snapshots compared as strings against checked-in files. A difference fails and writes `<name>.actual.svg`
 * next to the expected file; files are written only with UPDATE_SNAPSHOTS=1 (never silently in CI).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIRECTORY = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

/** One element per line, so a diff points at the element that changed. */
export function prettySvg(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

export function expectSvgSnapshot(name: string, svg: string): void {
  const expectedFile = join(DIRECTORY, `${name}.svg`);
  const actualFile = join(DIRECTORY, `${name}.actual.svg`);
  const actual = prettySvg(svg);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(DIRECTORY, { recursive: true });
    writeFileSync(expectedFile, actual);
    rmSync(actualFile, { force: true });
    return;
  }
  if (!existsSync(expectedFile)) {
    writeFileSync(actualFile, actual);
    throw new Error(`No snapshot ${name}.svg; review ${name}.actual.svg and run with UPDATE_SNAPSHOTS=1 to accept it`);
  }
  const expected = readFileSync(expectedFile, 'utf8');
  if (expected !== actual) writeFileSync(actualFile, actual);
  else rmSync(actualFile, { force: true });
  expect(actual, `${name}.svg differs; see ${name}.actual.svg (UPDATE_SNAPSHOTS=1 accepts it)`).toBe(expected);
}
