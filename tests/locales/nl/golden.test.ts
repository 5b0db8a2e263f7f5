/**
 * Runs the hand-written golden table (golden.tsv): one Dutch phrase per row, in a sentence, with a reference date
 * and the TIMEX3 answer written from the guidelines. An empty `text` column means the sentence must yield nothing.
 * An empty `mod` on a row with an expected expression means "no mod". Empty window cells mean "not checked", except
 * for durations, sets and values that name no calendar place (`XXXX-XX`, `PAST_REF` without bounds): those must
 * have no window.
 */
import { describe, expect, test } from 'vitest';
import { tagTemporalExpressions } from '../../../src/temporal/tagger.js';
import { goldenLines, goldenTableFiles } from '../golden-tables.js';

interface GoldenRow {
  line: number;
  sentence: string;
  reference: string;
  text: string;
  type: string;
  value: string;
  mod: string;
  earliest: string;
  latest: string;
  certainty: string;
}

const tables = goldenTableFiles(new URL('./', import.meta.url));

const rows: (GoldenRow & { file: string })[] = goldenLines(new URL('./', import.meta.url)).map(({ file, line, cells }) => {
  if (cells.length !== 9) throw new Error(`${file} line ${line}: expected 9 cells, found ${cells.length}`);
  const [sentence, reference, text, type, value, mod, earliest, latest, certainty] = cells;
  return { file, line, sentence, reference, text, type, value, mod, earliest, latest, certainty };
});

describe('golden table', () => {
  test('has at least 200 rows, 25 of them negative', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(rows.filter((r) => r.text === '').length).toBeGreaterThanOrEqual(25);
  });

  test.each(tables.filter((t) => t.file !== 'golden.tsv').map((t) => t.file))('%s has at least 15 rows, 3 of them negative', (file) => {
    const family = rows.filter((r) => r.file === file);
    expect(family.length).toBeGreaterThanOrEqual(15);
    expect(family.filter((r) => r.text === '').length).toBeGreaterThanOrEqual(3);
  });

  test.each(rows.map((r) => [`${r.file}:${r.line}: ${r.text || '(nothing)'} in "${r.sentence}" @ ${r.reference}`, r] as const))('%s', (_, row) => {
    const found = tagTemporalExpressions(row.sentence, { language: 'nl', reference: row.reference });
    if (row.text === '') {
      expect(found.map((t) => t.text)).toEqual([]);
      return;
    }
    const timex = found.find((t) => t.text === row.text);
    expect(timex, `expressions found: ${JSON.stringify(found.map((t) => t.text))}`).toBeDefined();
    const actual: Record<string, string | undefined> = { type: timex!.type, value: timex!.value, mod: timex!.mod ?? '' };
    const expected: Record<string, string | undefined> = { type: row.type, value: row.value, mod: row.mod };
    if (row.earliest || row.latest || row.certainty) {
      Object.assign(actual, { earliest: timex!.window?.earliest, latest: timex!.window?.latest, certainty: timex!.window?.certainty });
      Object.assign(expected, { earliest: row.earliest, latest: row.latest, certainty: row.certainty });
    } else if (row.type === 'DURATION' || row.type === 'SET' || row.value.startsWith('X') || row.value.endsWith('_REF')) {
      // No window expected where nothing names a calendar place.
      actual.window = timex!.window ? 'present' : 'absent';
      expected.window = 'absent';
    }
    expect(actual).toEqual(expected);
  });
});
