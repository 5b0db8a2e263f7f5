/**
 * `event-timeline render ARTICLES... [-o timeline.html] [--lang CODE] [--lanes FIELD] [--title TEXT]`
 *
 * Writes ONE self-contained HTML file: the one-script-tag bundle (dist/event-timeline.min.js) and the event
 * data are inlined, so the file opens from disk with no server and fetches nothing. Arguments are article text
 * files (extracted here) or JSON files of event records (as written by `event-timeline extract`).
 * The data sits in a `<script type="application/json">` with every `<` written as `\u003c`, so no article text
 * can close the element or become markup; the page reads it with textContent and JSON.parse.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventRecord } from '../types.js';

const LANE_FIELDS = ['none', 'actor', 'place', 'article', 'kind'] as const;
export type RenderLanes = (typeof LANE_FIELDS)[number];

export interface StandaloneOptions {
  /** The IIFE bundle's source text (defines the `EventTimeline` global). */
  bundle: string;
  /** Language of the page and the timeline's labels. */
  lang: string;
  lanes: RenderLanes;
  /** Page title and heading. */
  title: string;
}

const HELP = `Usage: event-timeline render ARTICLES... [-o timeline.html] [--lang CODE] [--lanes FIELD] [--title TEXT]

Write one HTML file with the timeline of the given articles. The file inlines the script and
the events, so it opens from disk with no server.

  ARTICLES          article text files (a "date ..." header on the first line), or JSON files
                    of event records written by "event-timeline extract"
  -o, --output      the HTML file to write (default: timeline.html)
  --lang CODE       language of the page and the timeline labels (default: the first article's)
  --lanes FIELD     lanes by none | actor | place | article | kind
                    (default: actor for one article, article for several)
  --title TEXT      page title (default: the first article's title)
  -h, --help        show this help
`;

/** HTML-escape text for element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside a `<script type="application/json">`: no `<`, `>` or `&` survives literally. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Make script source safe to inline in a classic `<script>`: no `</script` or `<!--` can end or confuse it. */
export function inlineScript(source: string): string {
  return source
    .replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n')
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--');
}

/** The standalone HTML page for `events`. */
export function renderStandaloneHtml(events: readonly EventRecord[], options: StandaloneOptions): string {
  const { bundle, lang, lanes, title } = options;
  const data = jsonForScript({ events, options: { lang, lanes } });
  const articles = new Set(events.map((e) => e.source.article)).size;
  const summary = `${events.length} ${events.length === 1 ? 'event' : 'events'} from ${articles} ${articles === 1 ? 'article' : 'articles'}.`;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="event-timeline render">
<title>${escapeHtml(title)}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#fff;color:#1b1f24;line-height:1.5}
header,main{max-width:72rem;margin:0 auto;padding:.75rem 1rem}
h1{font-size:1.4rem;margin:0}
header p{margin:.25rem 0 0;color:#57606a}
#timeline{min-height:16rem}
</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(summary)}</p></header>
<main><div id="timeline" aria-label="${escapeHtml(title)}"></div></main>
<script type="application/json" id="event-timeline-data">${data}</script>
<script>${inlineScript(bundle)}</script>
<script>
(function () {
  var data = JSON.parse(document.getElementById('event-timeline-data').textContent);
  window.timeline = EventTimeline.createTimeline(document.getElementById('timeline'), data.events, data.options);
  document.documentElement.setAttribute('data-ready', 'true');
})();
</script>
</body>
</html>
`;
}

/** Where the IIFE bundle is: next to the built CLI (dist/), one level up from a chunk, or under dist/ from src/. */
export function findBundle(): string {
  const here = import.meta.url;
  const candidates = ['./event-timeline.min.js', '../event-timeline.min.js', '../../dist/event-timeline.min.js', '../dist/event-timeline.min.js'];
  for (const candidate of candidates) {
    const path = fileURLToPath(new URL(candidate, here));
    if (existsSync(path)) return path;
  }
  throw new Error('dist/event-timeline.min.js not found: build the package first (npm run build)');
}

interface ParsedArgs {
  files: string[];
  output: string;
  lang?: string;
  lanes?: RenderLanes;
  title?: string;
  help: boolean;
}

function parseArgs(args: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { files: [], output: 'timeline.html', help: false };
  const value = (i: number, flag: string): string => {
    const v = args[i + 1];
    if (v === undefined || v.startsWith('-')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const take = (): string => inline ?? value(i++, flag);
    switch (flag) {
      case '-h':
      case '--help':
        out.help = true;
        break;
      case '-o':
      case '--output':
        out.output = take();
        break;
      case '--lang':
        out.lang = take();
        break;
      case '--title':
        out.title = take();
        break;
      case '--lanes': {
        const lanes = take();
        if (!(LANE_FIELDS as readonly string[]).includes(lanes)) throw new UsageError(`--lanes must be one of ${LANE_FIELDS.join(', ')}`);
        out.lanes = lanes as RenderLanes;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        out.files.push(arg);
    }
  }
  return out;
}

class UsageError extends Error {}

/** Read the events of one argument: a JSON file of records, or an article to extract. */
async function eventsOf(file: string): Promise<EventRecord[]> {
  const text = readFileSync(file, 'utf8');
  if (extname(file).toLowerCase() === '.json') {
    const data: unknown = JSON.parse(text);
    const records = Array.isArray(data) ? data : (data as { events?: unknown }).events;
    if (!Array.isArray(records)) throw new Error(`${file}: expected an array of event records`);
    return records as EventRecord[];
  }
  const { extractEvents } = (await import('../extract.js')) as unknown as {
    extractEvents: (text: string, options: { id?: string; file?: string }) => EventRecord[];
  };
  return extractEvents(text, { id: basename(file, extname(file)), file });
}

export interface RenderIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIO: RenderIO = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };

/** Run `event-timeline render` with the arguments after the subcommand. Returns the exit code. */
export async function runRender(args: readonly string[], io: RenderIO = defaultIO): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    io.stderr(`event-timeline render: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(HELP);
    return 0;
  }
  if (parsed.files.length === 0) {
    io.stderr(`event-timeline render: no articles given\n\n${HELP}`);
    return 2;
  }
  try {
    const events: EventRecord[] = [];
    for (const file of parsed.files) events.push(...(await eventsOf(file)));
    const articleCount = new Set(events.map((e) => e.source.article)).size;
    const first = events[0];
    const html = renderStandaloneHtml(events, {
      bundle: readFileSync(findBundle(), 'utf8'),
      lang: parsed.lang ?? first?.language ?? 'en',
      lanes: parsed.lanes ?? (articleCount > 1 ? 'article' : 'actor'),
      title: parsed.title ?? (articleCount === 1 && first?.source.articleTitle ? first.source.articleTitle : 'Timeline'),
    });
    writeFileSync(parsed.output, html);
    io.stdout(`Wrote ${parsed.output}: ${events.length} events from ${articleCount} articles\n`);
    return 0;
  } catch (error) {
    io.stderr(`event-timeline render: ${(error as Error).message}\n`);
    return 1;
  }
}
