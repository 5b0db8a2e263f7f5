#!/usr/bin/env node
/**
 * Score the event records on MEANTIME English's event layer with the shared scorer and print issue 17's acceptance
 * figures as one short table.
 *
 *   npm run eval:events            (builds first)
 *   node scripts/eval-events.mjs [--examples N] [--full] [--corpus DIR]
 *
 * `--full` also prints the scorer's whole report; `--examples N` passes N to the scorer (cases of each error kind).
 *
 * Corpus: NewsReader MEANTIME (English section), (c) 2015 Fondazione Bruno Kessler, VU University Amsterdam,
 * Universidad del Pais Vasco; Creative Commons Attribution 4.0 International. Text from Wikinews (CC BY 2.5).
 * Read from ../shared/corpora/meantime-en beside the repository, scored by ../shared/eval/score-events.mjs.
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
export const DEFAULT_SCORER = resolve(here, '../../shared/eval/score-events.mjs');

export function corpusAvailable(corpus = DEFAULT_CORPUS, scorer = DEFAULT_SCORER) {
  return existsSync(join(corpus, 'events.jsonl')) && existsSync(join(corpus, 'articles')) && existsSync(scorer);
}

/**
 * The records of every article of the corpus, made as `event-timeline extract --lang en ARTICLES` makes them:
 * `lib` (the built package, or the TypeScript source in the tests) parses each file with its name and extracts.
 */
export function systemRecords(lib, { corpus = DEFAULT_CORPUS } = {}) {
  const dir = join(corpus, 'articles');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => lib.parseArticle(readFileSync(join(dir, file), 'utf8'), { file, language: 'en' }));
  return lib.extractEvents(articles);
}

/** Run the shared scorer on records; returns its printed report and its JSON summary. */
export function score(records, { corpus = DEFAULT_CORPUS, scorer = DEFAULT_SCORER, examples = 0 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'meantime-events-'));
  const systemPath = join(dir, 'events.json');
  const jsonPath = join(dir, 'score.json');
  writeFileSync(systemPath, JSON.stringify({ events: records }));
  const args = [scorer, join(corpus, 'events.jsonl'), systemPath, '--json', jsonPath, ...(examples ? ['--examples', String(examples)] : [])];
  const report = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { report, summary: JSON.parse(readFileSync(jsonPath, 'utf8')), systemPath };
}

const percent = (n, d) => (d ? Math.round((1000 * n) / d) / 10 : 0);

/**
 * Issue 17's acceptance figures from the scorer's JSON summary, each `{ label, value (percent), n, d, goal }`.
 * Kinds are read per kind: the share of a kind's pairs (main gold events) whose gold label accepts it.
 */
export function acceptanceFigures(summary) {
  const { a, b, c, d } = summary;
  const main = b.main;
  const kind = (name) => {
    const accepting = { occurred: ['FACT'], reported: ['FACT'], planned: ['FUTURE'], conditional: ['UNCERTAIN'], speculative: ['UNCERTAIN'], negated: ['NEG'] }[name];
    let all = 0;
    let ok = 0;
    for (const [label, row] of Object.entries(main.confusion)) {
      all += row[name];
      if (accepting.includes(label)) ok += row[name];
    }
    return { n: ok, d: all };
  };
  const rows = [
    { key: 'beforeEntirely', label: 'BEFORE-only: window entirely before the DCT', ...frac(c.order.BEFORE.ok, c.order.BEFORE.n), goal: 85 },
    { key: 'beforeFallback', label: 'BEFORE-only: records on the DCT day alone (count)', count: c.order.BEFORE.docDate, goal: 0 },
    { key: 'afterEntirely', label: 'AFTER-only: window entirely after the DCT', ...frac(c.order.AFTER.ok, c.order.AFTER.n), goal: 85 },
    ...['planned', 'speculative', 'negated', 'occurred', 'reported'].map((name) => {
      const { n, d: all } = kind(name);
      return { key: `kind.${name}`, label: `kind ${name}: pairs accepted by the gold label`, ...frac(n, all), goal: name === 'occurred' || name === 'reported' ? 88 : 75 };
    }),
    { key: 'triggerInTitle', label: 'trigger word in a title of its sentence (all events)', ...frac(a.all.eventsWithTriggerInRecordTitle, a.all.goldEvents), goal: 85 },
    { key: 'recordPrecision', label: 'records in scope on a gold-event sentence', ...frac(a.all.recordsOnGoldEventSentence, a.all.recordsInScope), goal: 90 },
    { key: 'timexContained', label: 'timex anchors contained', ...frac(c.in.timex.contains, c.in.timex.n), goal: 85 },
    { key: 'dctContained', label: 'dct anchors contained', ...frac(c.in.dct.contains, c.in.dct.n), goal: 85 },
    { key: 'namedParticipants', label: 'named participants among actors', ...frac(d.actorNamedEvent.ok, d.actorNamedEvent.n), goal: 92 },
    { key: 'namedPlaces', label: 'named LOC among places', ...frac(d.placeEvent.ok, d.placeEvent.n), goal: 90 },
  ];
  return rows;
}

function frac(n, d) {
  return { value: percent(n, d), n, d };
}

/** The figures as one short table: figure, measured, goal. */
export function formatTable(rows) {
  const cell = (row) => (row.count !== undefined ? String(row.count) : `${row.value.toFixed(1)}% (${row.n}/${row.d})`);
  const goal = (row) => (row.count !== undefined ? `= ${row.goal}` : `>= ${row.goal}%`);
  const holds = (row) => (row.count !== undefined ? row.count <= row.goal : row.value >= row.goal);
  const lines = rows.map((row) => [row.label, cell(row), goal(row), holds(row) ? 'yes' : 'no']);
  const widths = [0, 1, 2, 3].map((k) => Math.max(...lines.map((l) => l[k].length), ['figure', 'measured', 'goal', 'holds'][k].length));
  const format = (cells) => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  return [format(['figure', 'measured', 'goal', 'holds']), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const corpus = option('--corpus') ? resolve(option('--corpus')) : DEFAULT_CORPUS;
  if (!corpusAvailable(corpus)) {
    console.error(`MEANTIME event layer or scorer not found (looked in ${corpus} and ${DEFAULT_SCORER})`);
    process.exit(2);
  }
  const lib = await import(pathToFileURL(resolve(here, '../dist/extract.js')).href);
  const records = systemRecords(lib, { corpus });
  const { report, summary, systemPath } = score(records, { corpus, examples: Number(option('--examples') ?? 0) });
  if (args.includes('--full') || option('--examples')) process.stdout.write(`${report}\n\n`);
  console.log(`MEANTIME English event layer (CC BY 4.0, NewsReader project): ${summary.articles} articles, ${records.length} records (${systemPath})`);
  console.log(formatTable(acceptanceFigures(summary)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
