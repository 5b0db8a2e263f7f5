#!/usr/bin/env node
/**
 * `npm start`: build the package, extract the events of seeds/ into examples/data/, write the static SVG and the
 * standalone HTML into examples/generated/, and serve the examples on 127.0.0.1 (port from PORT, default 5173).
 * Nothing is fetched from outside.
 */
import { buildExampleData, ensureBuilt } from './example-data.mjs';
import { startServer } from './serve.mjs';

const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${process.env.PORT}`);
  process.exit(2);
}

console.log('Building the package (rollup -c)…');
ensureBuilt({ force: true });
await buildExampleData({ build: false });

const server = await startServer({ port });
console.log(`\nServing the examples. Open the gallery:\n\n  ${server.url}/examples/\n\nPress Ctrl+C to stop.`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
