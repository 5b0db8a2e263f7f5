/**
 * Runs the hand-written English golden table (golden.tsv) row by row: each sentence, tagged against its reference
 * date, must yield exactly the expected expression (and the listed others), with the expected type and value, and
 * where given the mod, anchor and window. Rows with "-" must yield nothing.
 */
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../../../src/temporal/tagger.js';
import { goldenLines, goldenTableFiles } from '../golden-tables.js';

interface Row {
  line: number;
  reference: string;
  sentence: string;
  text: string;
  type?: string;
  value?: string;
  extras: Record<string, string>;
}

const tables = goldenTableFiles(new URL('./', import.meta.url));

const rows: (Row & { file: string })[] = goldenLines(new URL('./', import.meta.url)).map(({ file, line, cells }) => {
  const [reference, sentence, text, type, value, extras = ''] = cells;
  const parsed = Object.fromEntries(
    extras
      .split(';')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  return { file, line, reference, sentence, text, type, value, extras: parsed };
});

describe('English golden table', () => {
  it('has at least 200 rows, 25 of which must yield nothing', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(rows.filter((r) => r.text === '-').length).toBeGreaterThanOrEqual(25);
  });

  it.each(tables.filter((t) => t.file !== 'golden.tsv').map((t) => t.file))('%s has at least 15 rows, 3 of which must yield nothing', (file) => {
    const family = rows.filter((r) => r.file === file);
    expect(family.length).toBeGreaterThanOrEqual(15);
    expect(family.filter((r) => r.text === '-').length).toBeGreaterThanOrEqual(3);
  });

  it.each(rows)('$file:$line [$reference] $sentence → $text $type $value', (row) => {
    const found = tagTemporalExpressions(row.sentence, { language: 'en', reference: row.reference });
    const summary = found.map((t) => `"${t.text}" ${t.type} ${t.value}`).join(', ') || 'nothing';
    if (row.text === '-') {
      expect(summary).toBe('nothing');
      return;
    }
    const expectedTexts = [row.text, ...(row.extras.also ? row.extras.also.split('|') : [])].sort();
    expect(found.map((t) => t.text).sort(), `found ${summary}`).toEqual(expectedTexts);
    const timex = found.find((t) => t.text === row.text)!;
    expect({ type: timex.type, value: timex.value }, `found ${summary}`).toEqual({ type: row.type, value: row.value });
    // Offsets must point at the text.
    expect(row.sentence.slice(timex.start, timex.end)).toBe(row.text);
    if (row.extras.mod) expect(timex.mod).toBe(row.extras.mod);
    if (row.extras.anchor) expect(timex.anchor).toBe(row.extras.anchor);
    if (row.extras.relation) expect(timex.relation).toBe(row.extras.relation);
    if (row.extras.certainty) expect(timex.window?.certainty).toBe(row.extras.certainty);
    if (row.extras.window) {
      const [earliest, latest] = row.extras.window.split('..');
      expect({ earliest: timex.window?.earliest, latest: timex.window?.latest }).toEqual({ earliest, latest });
    }
  });
});
