/** The `event-timeline` command-line tool (built to dist/cli.js with a shebang). */
import { readFileSync } from 'node:fs';
import { runCli } from './cli/dispatch.js';

// `extract | head`: the reader is gone, so stop quietly (a pipe closed early is no error of the input)
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`event-timeline: cannot write to standard output (${error.code ?? error.message})\n`);
  process.exit(1);
});

const args = process.argv.slice(2);

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V' || args[0] === 'version')) {
  // The package's own package.json: one folder up from dist/cli.js (and from src/cli.ts in a checkout).
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  process.stdout.write(`${version}\n`);
} else {
  runCli(args).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`event-timeline: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
