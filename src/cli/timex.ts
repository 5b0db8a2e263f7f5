/**
 * `event-timeline timex FILE... [--lang CODE] [--date DATE] [--sentences N]`
 * One JSON line per file: `{"file","timexes":[{start,end,text,type,value}]}`, offsets into the whole file text
 * (the date header is never tagged). Read by the TempEval-style scorer; `--sentences N` keeps only the opening an
 * annotated corpus covers (MEANTIME: `--sentences 5`, the title line counting as the first sentence).
 */
import { parseArticle } from '../article/parse.js';
import { sentenceScopeEnd } from '../article/scope.js';
import { tagArticle } from '../events/tag-article.js';
import { supportedLanguages } from '../locales/index.js';
import { parseArgs } from './args.js';
import { articleFiles, readText, reportError, UsageError, type CliIO } from './io.js';

export const TIMEX_HELP = `Usage: event-timeline timex FILE... [--lang CODE] [--date YYYY[-MM[-DD]]] [--sentences N]

Print the temporal expressions of each article as one JSON line:
  {"file": "...", "timexes": [{"start": 10, "end": 16, "text": "...", "type": "DATE", "value": "2020-08-17",
   "window": {"earliest": "2020-08-17", "latest": "2020-08-17", ...}}]}
Offsets are JavaScript string offsets into the whole file text, end exclusive; "mod" and "window" (the calendar
days that can hold the referent) are given where they apply.

  FILE...           article text files (a folder stands for its .txt files)
  --lang CODE       language (${supportedLanguages().join(', ')}); detected when absent
  --date DATE       document date for articles without a "date ..." first line
  --sentences N     keep only expressions in the first N sentences, the title line counting as the first
                    (the scope of corpora annotated only at the start, e.g. MEANTIME: --sentences 5)
  -h, --help        show this help
`;

/** Run `event-timeline timex`. A file that fails is reported and skipped; the exit code is then 1. */
export function runTimex(args: readonly string[], io: CliIO): number {
  let files: string[];
  let language: string | undefined;
  let date: string | undefined;
  let sentences: number | undefined;
  try {
    const parsed = parseArgs(args, { values: ['lang', 'date', 'sentences'], flags: ['help'], aliases: { '-h': 'help' } });
    if (parsed.flags.has('help')) {
      io.stdout(TIMEX_HELP);
      return 0;
    }
    if (parsed.positional.length === 0) throw new UsageError('no article files given');
    language = parsed.values.get('lang');
    if (language !== undefined && !supportedLanguages().includes(language)) {
      throw new UsageError(`unsupported language ${JSON.stringify(language)} for --lang (supported: ${supportedLanguages().join(', ')})`);
    }
    date = parsed.values.get('date');
    const count = parsed.values.get('sentences');
    if (count !== undefined) {
      if (!/^[1-9]\d{0,8}$/.test(count)) throw new UsageError(`--sentences needs a whole number of at least 1, got ${JSON.stringify(count)}`);
      sentences = Number(count);
    }
    files = articleFiles(parsed.positional);
  } catch (error) {
    return reportError('timex', error, io, TIMEX_HELP);
  }
  let status = 0;
  for (const file of files) {
    try {
      const article = parseArticle(readText(file), { file, language, date });
      const scopeEnd = sentences === undefined ? article.text.length : sentenceScopeEnd(article, sentences);
      const timexes = tagArticle(article)
        .filter((t) => t.end <= scopeEnd)
        .map(({ start, end, text, type, value, mod, window }) => ({ start, end, text, type, value, mod, window }));
      io.stdout(`${JSON.stringify({ file, timexes })}\n`);
    } catch (error) {
      status = reportError('timex', error, io, TIMEX_HELP);
    }
  }
  return status;
}
