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
 * counted as the first; the gold has no expression past the fourth sentence of the body), so by default system expressions are kept only in that scope; `--full`
 * keeps them all and shows how many would count as spurious against the partial gold.
 *
 * The functions are exported so the test suite can run the same evaluation through the TypeScript source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CORPUS = resolve(here, '../../shared/corpora/meantime-en');
export const DEFAULT_SCORER = resolve(here, '../../shared/eval/score-timex.mjs');
/** Body sentences annotated after the title: MEANTIME annotated the first five sentences, the title being the first. */
export const ANNOTATED_SENTENCES = 4;

/**
 * The article header ` date 2013-12-10 ` (one article writes it day first, ` date 03-02-2009 `: its gold resolves "last month" to January 2009):
 * the document date and where the text after the header starts.
 */
export function parseHeader(text) {
  const iso = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\s/.exec(text);
  if (iso) return { reference: `${iso[1]}-${iso[2]}-${iso[3]}`, bodyStart: iso[0].length };
  const dayFirst = /^\s*date\s+(\d{2})-(\d{2})-(\d{4})\s/.exec(text);
  if (dayFirst) return { reference: `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}`, bodyStart: dayFirst[0].length };
  throw new Error(`No " date YYYY-MM-DD " header: ${JSON.stringify(text.slice(0, 30))}`);
}

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|vs|etc|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx)|\b[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])$/;

/** End offset of the title plus the first `sentences` sentences of the body (title: the header line's text). */
export function scopeEnd(text, bodyStart, sentences = ANNOTATED_SENTENCES) {
  const titleEnd = text.indexOf('\n', bodyStart);
  if (titleEnd < 0) return text.length;
  let count = 0;
  const boundary = /[.!?]["”’')]*(?=\s+["“‘(]?[A-Z0-9])|\n\s*\n/g;
  boundary.lastIndex = titleEnd + 1;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0][0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (text.slice(titleEnd, m.index).trim() === '') continue;
    count++;
    if (count >= sentences) return m.index + m[0].length;
  }
  return text.length;
}

/** System output lines for every article of the corpus, tagged with `tag(text, options)`. */
export function systemOutput(tag, { corpus = DEFAULT_CORPUS, full = false } = {}) {
  const dir = join(corpus, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const { reference, bodyStart } = parseHeader(text);
      const end = full ? text.length : scopeEnd(text, bodyStart);
      // Tag the text after the header, in place (the header is blanked so offsets stay those of the whole file).
      const visible = ' '.repeat(bodyStart) + text.slice(bodyStart);
      const timexes = tag(visible, { language: 'en', reference })
        .filter((t) => t.start >= bodyStart && t.end <= end)
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
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const corpus = option('--corpus') ? resolve(option('--corpus')) : DEFAULT_CORPUS;
  if (!corpusAvailable(corpus)) {
    console.error(`MEANTIME corpus or scorer not found (looked in ${corpus} and ${DEFAULT_SCORER})`);
    process.exit(2);
  }
  const { tagTemporalExpressions } = await import(pathToFileURL(resolve(here, '../dist/extract.js')).href);
  const output = systemOutput(tagTemporalExpressions, { corpus, full: args.includes('--full') });
  const { report, systemPath } = score(output, { corpus, errors: Number(option('--errors') ?? 0) });
  console.log(`MEANTIME English (CC BY 4.0, NewsReader project), ${args.includes('--full') ? 'whole articles' : 'annotated scope'}; system output ${systemPath}`);
  process.stdout.write(report);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
