#!/usr/bin/env node
/**
 * Score the English temporal tagger on MEANTIME English with the shared TempEval-3-style scorer.
 *
 *   npm run build && node scripts/eval-meantime.mjs [--errors N] [--full] [--corpus DIR]
 *
 * Corpus: NewsReader MEANTIME (English section), (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam,
 * Universidad del Pais Vasco; Creative Commons Attribution 4.0 International. Text from Wikinews (CC BY 2.5).
 * Read from ../shared/corpora/meantime-en beside the repository (converted to plain text plus JSON Lines).
 *
 * Scope: MEANTIME annotated the title and the first sentences of each article only (five sentences, the title
 * counted as the first; the gold has no expression past the fourth sentence of the body), so by default system
 * expressions are kept only in that scope, found by the library's `sentenceScopeEnd` over `parseArticle`'s sentences
 * exactly as `event-timeline timex --sentences 5` does; `--full` keeps them all and shows how many would count as
 * spurious against the partial gold.
 *
 * The functions are exported so the test suite can run the same evaluation through the TypeScript source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { option } from '../bench/lib/options.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CORPUS = resolve(here, '../../shared/corpora/meantime-en');
export const DEFAULT_SCORER = resolve(here, '../../shared/eval/score-timex.mjs');
/** Sentences annotated per article: MEANTIME annotated the first five sentences, the title line being the first. */
export const SCOPE_SENTENCES = 5;

/**
 * System output lines for every article of the corpus, made as `event-timeline timex --sentences 5` makes them:
 * `lib` (the built package, or the TypeScript source in the tests) parses each article (its header too: ISO or
 * day first, ` date 03-02-2009 `), tags it and keeps the expressions inside `sentenceScopeEnd(article, 5)`.
 */
export function systemOutput(lib, { corpus = DEFAULT_CORPUS, full = false } = {}) {
  const dir = join(corpus, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const article = lib.parseArticle(readFileSync(join(dir, file), 'utf8'), { file, language: 'en' });
      const end = full ? article.text.length : lib.sentenceScopeEnd(article, SCOPE_SENTENCES);
      const timexes = lib
        .tagArticle(article)
        .filter((t) => t.end <= end)
        .map(({ start, end: stop, text: span, type, value }) => ({ start, end: stop, text: span, type, value }));
      return { file, timexes };
    });
}

/** Run the shared scorer on system output; returns its printed report and the parsed P/R/F1 rows (percent). */
export function score(output, { corpus = DEFAULT_CORPUS, scorer = DEFAULT_SCORER, errors = 0 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'meantime-'));
  const systemPath = join(dir, 'system.jsonl');
  writeFileSync(systemPath, output.map((line) => JSON.stringify(line)).join('\n') + '\n');
  const args = [scorer, join(corpus, 'gold.jsonl'), systemPath, ...(errors ? ['--errors', String(errors)] : [])];
  const report = execFileSync(process.execPath, args, { encoding: 'utf8' });
  const rows = {};
  for (const m of report.matchAll(/^(strict|relaxed|type|value)\s+P\s+([\d.]+)\s+R\s+([\d.]+)\s+F1\s+([\d.]+)/gm)) {
    rows[m[1]] = { p: Number(m[2]), r: Number(m[3]), f1: Number(m[4]) };
  }
  return { report, rows, systemPath };
}

export function corpusAvailable(corpus = DEFAULT_CORPUS, scorer = DEFAULT_SCORER) {
  return existsSync(join(corpus, 'gold.jsonl')) && existsSync(scorer);
}

async function main() {
  const args = process.argv.slice(2);
  const corpus = option('--corpus') ? resolve(option('--corpus')) : DEFAULT_CORPUS;
  if (!corpusAvailable(corpus)) {
    console.error(`MEANTIME corpus or scorer not found (looked in ${corpus} and ${DEFAULT_SCORER})`);
    process.exit(2);
  }
  const lib = await import(pathToFileURL(resolve(here, '../dist/extract.js')).href);
  const output = systemOutput(lib, { corpus, full: args.includes('--full') });
  const { report, systemPath } = score(output, { corpus, errors: Number(option('--errors') ?? 0) });
  console.log(`MEANTIME English (CC BY 4.0, NewsReader project), ${args.includes('--full') ? 'whole articles' : 'annotated scope'}; system output ${systemPath}`);
  process.stdout.write(report);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
