/**
 * A language's golden tables: its `golden.tsv`, then one table per expression family in `golden/` (ranges.tsv,
 * holidays.tsv ...), with the same columns. Each data line comes with its table and line number; comments, blank
 * lines and a header line starting with "sentence" are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface GoldenLine {
  /** `golden.tsv` or `golden/<family>.tsv` */
  file: string;
  line: number;
  cells: string[];
}

export function goldenTableFiles(folder: URL): { file: string; url: URL }[] {
  return [
    { file: 'golden.tsv', url: new URL('golden.tsv', folder) },
    ...readdirSync(new URL('golden/', folder))
      .filter((name) => name.endsWith('.tsv'))
      .sort()
      .map((name) => ({ file: `golden/${name}`, url: new URL(`golden/${name}`, folder) })),
  ];
}

export function goldenLines(folder: URL): GoldenLine[] {
  return goldenTableFiles(folder).flatMap(({ file, url }) =>
    readFileSync(url, 'utf8')
      .split('\n')
      .map((raw, index) => ({ raw, line: index + 1 }))
      .filter(({ raw }) => raw.trim() !== '' && !raw.startsWith('#') && !raw.startsWith('sentence\t'))
      .map(({ raw, line }) => ({ file, line, cells: raw.split('\t') })),
  );
}
