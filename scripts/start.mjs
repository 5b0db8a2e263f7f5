#!/usr/bin/env node
/**
 * `npm start`: build the package, extract the events of seeds/ into examples/data/, write the static SVG and the
 * standalone HTML into examples/generated/, and serve the examples on 127.0.0.1 (port from PORT, default 5173).
 * Each step runs only when one of its inputs changed since it last ran (scripts/freshness.mjs), so a second start
 * with nothing changed serves at once. Prints the address and its own PID; Ctrl+C, `kill PID`, or the end of the
 * process that started it (npm) stops it and its server. Nothing is fetched from outside.
 */
import { join } from 'node:path';
import { buildExampleData, ensureBuilt, DATA_DIR, GENERATED_DIR, SEEDS_DIR } from './example-data.mjs';
import { filesUnder, staleReason } from './freshness.mjs';
import { REPO_ROOT, startServer } from './serve.mjs';

const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${process.env.PORT}`);
  process.exit(2);
}

const at = (...parts) => join(REPO_ROOT, ...parts);
const DIST_OUTPUTS = ['index.js', 'extract.js', 'timeline.js', 'cli.js', 'event-timeline.min.js', 'event-timeline.esm.min.js', 'types/index.d.ts'].map((f) => at('dist', f));
const BUILD_INPUTS = () => [...filesUnder([at('src')]), at('rollup.config.mjs'), at('package.json'), at('tsconfig.json')];
const DATA_OUTPUTS = [
  join(DATA_DIR, 'seed.json'),
  join(DATA_DIR, 'articles.json'),
  join(DATA_DIR, 'manifest.json'),
  join(GENERATED_DIR, 'seed.svg'),
  join(GENERATED_DIR, 'seed-narrow.svg'),
  join(GENERATED_DIR, 'timeline.html'),
  join(GENERATED_DIR, 'seed.html'),
];
const DATA_INPUTS = () => [...DIST_OUTPUTS, ...filesUnder([SEEDS_DIR]), at('scripts', 'example-data.mjs')];

const started = Date.now();
// EVENT_TIMELINE_START_BUILD=0 serves the dist/ there is, built or not (tests of the server's start and stop).
const skipBuild = process.env.EVENT_TIMELINE_START_BUILD === '0';
const build = skipBuild ? null : staleReason(BUILD_INPUTS(), DIST_OUTPUTS);
if (build) {
  console.log(`Building the package (rollup -c): ${build}…`);
  ensureBuilt({ force: true });
} else console.log(skipBuild ? 'Not building (EVENT_TIMELINE_START_BUILD=0).' : 'The package is up to date (dist/).');
const data = staleReason(DATA_INPUTS(), DATA_OUTPUTS);
if (data) {
  console.log(`Extracting the seeds and writing the examples' data: ${data}…`);
  await buildExampleData({ build: false });
} else console.log("The examples' data is up to date (examples/data, examples/generated).");

const server = await startServer({ port });
console.log(
  `\nServing the examples (ready in ${((Date.now() - started) / 1000).toFixed(1)} s). Open the gallery:\n\n  ${server.url}/examples/\n\n` +
    `PID ${process.pid}. Stop with Ctrl+C or: kill ${process.pid}`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
// When npm (or whatever started this) is gone, the server goes too, rather than holding the port as an orphan.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop();
}, 1000).unref();
