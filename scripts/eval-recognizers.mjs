#!/usr/bin/env node
/**
 * Score the temporal tagger on the one-sentence date suites of Microsoft Recognizers-Text (Dutch and English), with
 * the shared resolved-date scorer.
 *
 *   npm run build && node scripts/eval-recognizers.mjs [--lang nl|en] [--errors N] [--all]
 *
 * Corpus: ../shared/corpora/recognizers-dev/{nl,en} beside the repository: the DateTime parser specs of
 * Microsoft Recognizers-Text (MIT licence, (c) Microsoft Corporation), converted to one-sentence articles with gold.
 *
 * Cases where the suite's convention differs from how a news reader reads the phrase are listed, each with its
 * reason, in tests/temporal/recognizers-reader-cases.tsv and left out of the figure (`--all` keeps them in).
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
export const DEFAULT_CORPUS = resolve(here, '../../shared/corpora/recognizers-dev');
export const DEFAULT_SCORER = resolve(here, '../../shared/eval/score-resolved.mjs');
export const READER_CASES = resolve(here, '../tests/temporal/recognizers-reader-cases.tsv');
export const LANGUAGES = ['nl', 'en'];

/** The cases left out of the figure: `{ "nl-0049.txt": "reason" }`, read from the tab-separated list. */
export function readerCases(path = READER_CASES) {
  const cases = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [file, reason] = line.split('\t');
    if (!file || !reason?.trim()) throw new Error(`${path}: a case needs a file and a reason: ${JSON.stringify(line)}`);
    cases.set(file.trim(), reason.trim());
  }
  return cases;
}

/**
 * System output for every article of one language, as `event-timeline timex --lang L` prints it, plus each
 * expression's window (which the scorer reads where present): `lib` is the built package, or the source in tests.
 */
export function systemOutput(lib, language, { corpus = DEFAULT_CORPUS } = {}) {
  const dir = join(corpus, language, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const article = lib.parseArticle(readFileSync(join(dir, file), 'utf8'), { file, language });
      const timexes = lib.tagArticle(article).map(({ start, end, text, type, value, mod, window }) => ({ start, end, text, type, value, mod, window }));
      return { file, timexes };
    });
}

/** Score one language; `all` keeps the reader cases in. Returns the report and the lenient figures (percent). */
export function score(output, language, { corpus = DEFAULT_CORPUS, scorer = DEFAULT_SCORER, errors = 0, all = false, excluded = readerCases() } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `recognizers-${language}-`));
  const goldLines = readFileSync(join(corpus, language, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const kept = all ? goldLines : goldLines.filter((l) => !excluded.has(JSON.parse(l).file.replace(/^.*\//, '')));
  const goldPath = join(dir, 'gold.jsonl');
  const systemPath = join(dir, 'system.jsonl');
  writeFileSync(goldPath, kept.join('\n') + '\n');
  writeFileSync(systemPath, output.map((line) => JSON.stringify(line)).join('\n') + '\n');
  const args = [scorer, goldPath, systemPath, ...(errors ? ['--errors', String(errors)] : [])];
  const report = execFileSync(process.execPath, args, { encoding: 'utf8' });
  const figure = (name) => {
    const m = report.match(new RegExp(`^${name}\\s*: resolved\\s+P ([\\d.]+)\\s+R ([\\d.]+)\\s+F1 ([\\d.]+)`, 'm'));
    return m ? { p: Number(m[1]), r: Number(m[2]), f1: Number(m[3]) } : undefined;
  };
  const clean = report.match(/no-date cases left clean (\d+)\/(\d+)/);
  return {
    report,
    cases: kept.length,
    left: goldLines.length - kept.length,
    original: figure('original'),
    lenient: figure('lenient'),
    negatives: clean ? { clean: Number(clean[1]), all: Number(clean[2]) } : undefined,
    systemPath,
  };
}

export function corpusAvailable(corpus = DEFAULT_CORPUS, scorer = DEFAULT_SCORER) {
  return LANGUAGES.every((l) => existsSync(join(corpus, l, 'gold.jsonl'))) && existsSync(scorer);
}

async function main() {
  const args = process.argv.slice(2);
  if (!corpusAvailable()) {
    console.error(`Recognizers-Text suites or scorer not found (looked in ${DEFAULT_CORPUS} and ${DEFAULT_SCORER})`);
    process.exit(2);
  }
  const lib = await import(pathToFileURL(resolve(here, '../dist/extract.js')).href);
  const languages = option('--lang') ? [option('--lang')] : LANGUAGES;
  for (const language of languages) {
    const result = score(systemOutput(lib, language), language, { errors: Number(option('--errors') ?? 0), all: args.includes('--all') });
    console.log(`Recognizers-Text ${language} (MIT, Microsoft): ${result.cases} cases, ${result.left} reader cases left out; system output ${result.systemPath}`);
    process.stdout.write(result.report);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
