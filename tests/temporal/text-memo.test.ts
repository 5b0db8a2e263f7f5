import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../../src/temporal/tagger.js';
import { orderShownInText } from '../../src/temporal/common/index.js';
import { TextMemo } from '../../src/temporal/text-memo.js';

/** Module-level mutable state allowed in the tagger's folders, with the reason it holds no article. */
const ALLOWED_MODULE_STATE: Record<string, string> = {
  // a lazily made Intl formatter (or null where the engine has no Islamic calendar): the same for every text
  'src/temporal/common/holidays.ts:hijriFormat': 'one formatter for all texts',
  // Islamic holiday dates by year: a function of the year alone
  'src/temporal/common/holidays.ts:hijriCache': 'keyed by year, not by text',
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A collectable heap's size after a full collection (the flag lets this process ask for one). */
function heapAfterCollection(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('the tagger keeps nothing of an article between runs', () => {
  it('has no module-level variable or map in its folders but allowed ones (constant word sets are data)', () => {
    const folders = ['src/temporal', 'src/locales/nl/temporal', 'src/locales/en/temporal'];
    const found: string[] = [];
    for (const file of folders.flatMap(sourceFiles)) {
      const lines = readFileSync(file, 'utf8').split('\n');
      for (const line of lines) {
        const state = /^(?:export\s+)?(?:let\s+(\w+)|const\s+(\w+)(?:\s*:[^=]+)?\s*=\s*new\s+Map\b)/.exec(line);
        if (state) found.push(`${file.replace(/\\/g, '/')}:${state[1] ?? state[2]}`);
      }
    }
    expect(found.filter((key) => !(key in ALLOWED_MODULE_STATE))).toEqual([]);
  });

  it('lets a tagged text go once the run is over', () => {
    // the patterns' compiled code stays for the process, as after any first article (one-byte and two-byte texts):
    // compiled before measuring, so what is measured is what the 8 MB text leaves
    tagTemporalExpressions('Filed on Friday, 7 May 2020.', { language: 'en', reference: '2020-12-01' });
    tagTemporalExpressions('Filed on Friday, 7 May 2020 \u2019.', { language: 'en', reference: '2020-12-01' });
    const before = heapAfterCollection();
    // 8 MB of text with a telling numeric date and a tensed date, dropped right after tagging
    (() => {
      const text = `Filed 25/11/2020, heard 7/11/2020. The court said on Friday it will rule in May. ${'Lorem ipsum dolor sit. '.repeat(350_000)}`;
      expect(tagTemporalExpressions(text, { language: 'en', reference: '2020-12-01' }).length).toBeGreaterThan(0);
    })();
    expect(heapAfterCollection() - before).toBeLessThan(2_000_000);
  });

  it('reads each text by its own dates, however the one before read', () => {
    const dayFirst = 'Filed 25/11/2020, heard 7/11/2020.';
    const alone = 'Heard 7/11/2020.';
    const value = (text: string) => tagTemporalExpressions(text, { language: 'en', reference: '2020-12-01' }).find((t) => t.text === '7/11/2020')?.value;
    expect(value(dayFirst)).toBe('2020-11-07');
    expect(value(alone)).toBe('2020-07-11');
    // the same text again, as a string of its own
    expect(value(dayFirst.slice(0, 10) + dayFirst.slice(10))).toBe('2020-11-07');
  });

  it('works the day-month order out once per memo', () => {
    const memo = new TextMemo();
    const text = 'Filed 25/11/2020.';
    expect(orderShownInText({ text, memo })).toBe('day-first');
    // the memo belongs to one text: asked again it answers from what it kept
    expect(orderShownInText({ text: 'Filed 11/25/2020.', memo })).toBe('day-first');
    expect(orderShownInText({ text: 'Filed 11/25/2020.', memo: new TextMemo() })).toBe('month-first');
  });
});
