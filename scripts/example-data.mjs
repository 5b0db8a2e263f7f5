#!/usr/bin/env node
/**
 * Make the data and generated files the examples show, from the articles in seeds/, with the BUILT library
 * (dist/) and the built CLI. Used by `npm start` and by the browser tests (which regenerate it before running).
 *
 *   examples/data/seed.json          events of the Dutch seed article
 *   examples/data/articles.json      events of every article in seeds/
 *   examples/data/manifest.json      per article: id, file, language, title, number of events
 *   examples/generated/seed.svg      static SVG drawn in Node (renderTimelineSVG), 960 px wide
 *   examples/generated/seed-narrow.svg  the same for a phone, 360 px wide
 *   examples/generated/timeline.html standalone HTML from `event-timeline render seeds/*.txt`
 *   examples/generated/seed.html     standalone HTML of the seed article
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './serve.mjs';

export const DATA_DIR = join(REPO_ROOT, 'examples', 'data');
export const GENERATED_DIR = join(REPO_ROOT, 'examples', 'generated');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
const DIST = join(REPO_ROOT, 'dist');

/** The seed article of the `seed` example: the first Dutch article in seeds/. */
export const SEED_ARTICLE = '000_db7e82f0f86a5966';

/** Build the package with rollup unless dist/ is already there (or `force`). */
export function ensureBuilt({ force = false, quiet = false } = {}) {
  const needed = ['index.js', 'cli.js', 'event-timeline.min.js', 'event-timeline.esm.min.js'];
  if (!force && needed.every((f) => existsSync(join(DIST, f)))) return false;
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'), '-c'], {
    cwd: REPO_ROOT,
    stdio: quiet ? 'pipe' : 'inherit',
  });
  return true;
}

/** The article files in seeds/, sorted. */
export function seedFiles() {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS_DIR, f));
}

async function loadLibrary() {
  return import(pathToFileURL(join(DIST, 'index.js')).href);
}

/** Extract the events of every seed; returns { byArticle: Map<id, {file, events, language, title}>, all }. */
export async function extractSeeds() {
  const lib = await loadLibrary();
  const byArticle = new Map();
  const all = [];
  for (const file of seedFiles()) {
    const text = readFileSync(file, 'utf8');
    const id = file.replace(/^.*[\\/]/, '').replace(/\.txt$/, '');
    const events = lib.extractEvents(text, { file: relative(REPO_ROOT, file), id });
    const article = lib.parseArticle(text, { file: relative(REPO_ROOT, file), id });
    byArticle.set(id, {
      file: relative(REPO_ROOT, file),
      events,
      language: article.language.code,
      title: events[0]?.source.articleTitle ?? article.title ?? id,
    });
    all.push(...events);
  }
  return { byArticle, all, lib };
}

/**
 * The static example's pictures of the seed (file name → SVG): the weeks around the article's month, as the seed
 * example opens; the 2010 start of one period runs out of view. Also used by the screenshot test, on frozen events.
 */
export function staticPictures(lib, events, lang) {
  const view = { lang, lanes: 'actor', start: '2020-07-20', end: '2020-09-10' };
  return {
    'seed.svg': lib.renderTimelineSVG(events, { ...view, width: 960, height: 480 }),
    'seed-narrow.svg': lib.renderTimelineSVG(events, { ...view, width: 360, height: 320, maxRowsPerLane: 4 }),
  };
}

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Write examples/data/*.json and examples/generated/*. Returns a summary.
 * @param {{ build?: boolean, quiet?: boolean }} [options]
 */
export async function buildExampleData({ build = true, quiet = false } = {}) {
  if (build) ensureBuilt({ quiet });
  const { byArticle, all, lib } = await extractSeeds();
  mkdirSync(DATA_DIR, { recursive: true });
  mkdirSync(GENERATED_DIR, { recursive: true });
  const seed = byArticle.get(SEED_ARTICLE) ?? [...byArticle.values()].find((a) => a.language === 'nl');
  if (!seed) throw new Error('no Dutch seed article in seeds/');
  writeJson(join(DATA_DIR, 'seed.json'), seed.events);
  writeJson(join(DATA_DIR, 'articles.json'), all);
  writeJson(
    join(DATA_DIR, 'manifest.json'),
    [...byArticle].map(([id, a]) => ({ id, file: a.file, language: a.language, title: a.title, events: a.events.length })),
  );

  // The static SVGs, drawn in Node: one wide, one for a phone's width.
  for (const [file, svg] of Object.entries(staticPictures(lib, seed.events, seed.language))) writeFileSync(join(GENERATED_DIR, file), svg);

  // Standalone HTML files, made by the built CLI exactly as a user would.
  const cli = join(DIST, 'cli.js');
  const run = (args) => execFileSync(process.execPath, [cli, 'render', ...args], { cwd: REPO_ROOT, stdio: quiet ? 'pipe' : 'inherit' });
  run([...seedFiles().map((f) => relative(REPO_ROOT, f)), '-o', 'examples/generated/timeline.html', '--lanes', 'article', '--lang', 'en', '--title', 'All seed articles']);
  run([seed.file, '-o', 'examples/generated/seed.html', '--lanes', 'actor']);

  const summary = { articles: byArticle.size, events: all.length, seedEvents: seed.events.length };
  if (!quiet) {
    console.log(`Extracted ${summary.events} events from ${summary.articles} articles (${summary.seedEvents} in the seed) into examples/data/`);
    console.log('Wrote examples/generated/seed.svg, seed-narrow.svg, timeline.html and seed.html');
  }
  return summary;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildExampleData();
}
