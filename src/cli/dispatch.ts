/** The subcommand table. Adding a subcommand: one file under src/cli/ and one line here. */
import { runExtract } from './extract.js';
import { processIO, type CliIO, type Subcommand } from './io.js';
import { runRender } from './render.js';
import { runTimex } from './timex.js';

const SUBCOMMANDS: Readonly<Record<string, { run: Subcommand; summary: string }>> = {
  extract: { run: runExtract, summary: 'extract dated event records from articles as JSON' },
  timex: { run: runTimex, summary: 'print the temporal expressions of articles, one JSON line per file' },
  render: { run: runRender, summary: 'write one self-contained HTML timeline of articles or event records' },
};

export const MAIN_HELP = `Usage: event-timeline <command> [options]

Commands:
${Object.entries(SUBCOMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`)
  .join('\n')}

Run "event-timeline <command> --help" for a command's options, "event-timeline --version" for the version.
Exit status: 0 success, 1 bad input (the message names the file), 2 bad usage.
`;

/** Run the command line (arguments after the program name). Returns the exit code. */
export async function runCli(args: readonly string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = SUBCOMMANDS[name];
  if (!command) {
    io.stderr(`event-timeline: unknown command ${JSON.stringify(name)}\n\n${MAIN_HELP}`);
    return 2;
  }
  return command.run(rest, io);
}
