/**
 * `event-timeline extract FILES|DIRS [--lang nl|en] [--date YYYY-MM[-DD]] [-o events.json]`
 * Writes `{ "events": [EventRecord, ...] }` (schema/event-records.schema.json) to the file or to standard output.
 */
import { writeFileSync } from 'node:fs';
import { parseArticle } from '../article/parse.js';
import { eventsOfArticle } from '../events/extract-events.js';
import { supportedLanguages } from '../locales/index.js';
import type { EventRecord } from '../types.js';
import { parseArgs } from './args.js';
import { articleFiles, InputFileError, readText, reportError, UsageError, type CliIO } from './io.js';
import { appendAll } from '../lists.js';

export const EXTRACT_HELP = `Usage: event-timeline extract FILES|DIRS [--lang CODE] [--date YYYY[-MM[-DD]]] [-o events.json]

Extract dated event records from articles and write them as JSON: { "events": [ ... ] }
(the shape is described by schema/event-records.schema.json).

  FILES|DIRS        article text files; a folder stands for its .txt files
  --lang CODE       language of every article (${supportedLanguages().join(', ')}); detected when absent
  --date DATE       document date for articles without a "date ..." first line
  -o, --output FILE write to FILE instead of standard output
  -h, --help        show this help
`;

/** Run `event-timeline extract`. */
export function runExtract(args: readonly string[], io: CliIO): number {
  try {
    const parsed = parseArgs(args, { values: ['lang', 'date', 'output'], flags: ['help'], aliases: { '-o': 'output', '-h': 'help' } });
    if (parsed.flags.has('help')) {
      io.stdout(EXTRACT_HELP);
      return 0;
    }
    if (parsed.positional.length === 0) throw new UsageError('no article files or folders given');
    const language = parsed.values.get('lang');
    if (language !== undefined && !supportedLanguages().includes(language)) {
      throw new UsageError(`unsupported language ${JSON.stringify(language)} for --lang (supported: ${supportedLanguages().join(', ')})`);
    }
    const date = parsed.values.get('date');
    const events: EventRecord[] = [];
    const ids = new Set<string>();
    for (const file of articleFiles(parsed.positional)) {
      const article = parseArticle(readText(file), { file, language, date });
      // two files with the same name in different folders must not share an article id
      let id = article.id;
      for (let n = 2; ids.has(id); n++) id = `${article.id}~${n}`;
      ids.add(id);
      appendAll(events, eventsOfArticle({ ...article, id }));
    }
    const json = `${JSON.stringify({ events }, null, 2)}\n`;
    const output = parsed.values.get('output');
    if (output === undefined) io.stdout(json);
    else {
      try {
        writeFileSync(output, json);
      } catch (error) {
        throw new InputFileError(output, `cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`, error);
      }
      io.stderr(`Wrote ${output}: ${events.length} events from ${ids.size} articles\n`);
    }
    return 0;
  } catch (error) {
    return reportError('extract', error, io, EXTRACT_HELP);
  }
}
