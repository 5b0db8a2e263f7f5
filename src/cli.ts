/** The `event-timeline` command-line tool (built to dist/cli.js with a shebang). */
import { runCli } from './cli/dispatch.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`event-timeline: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
