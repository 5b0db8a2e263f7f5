/**
 * `event-timeline render ARTICLES... [-o timeline.html] [--lang CODE] [--lanes FIELD] [--title TEXT]`
 *
 * Writes ONE self-contained HTML file: the one-script-tag bundle (dist/event-timeline.min.js) and the event
 * data are inlined, so the file opens from disk with no server and fetches nothing. Arguments are article text
 * files (extracted here) or JSON files of event records (as written by `event-timeline extract`).
 * The data sits in a `<script type="application/json">` with every `<` written as `\u003c`, so no article text
 * can close the element or become markup; the page reads it with textContent and JSON.parse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../article/parse.js';
import { eventsOfArticle } from '../events/extract-events.js';
import { checkRecords, describeInvalid } from '../events/check-records.js';
import type { EventRecord } from '../types.js';
import { parseArgs } from './args.js';
import { articleFiles, formatBytes, InputFileError, parseMaxBytes, processIO, readText, reportError, UsageError, DEFAULT_MAX_BYTES, type CliIO } from './io.js';
import { atomicFile } from './output.js';
import { appendAll } from '../lists.js';

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

/** An events file may be larger than an article, up to about the longest string JavaScript can hold. */
const EVENTS_MAX_BYTES = 256 * 1024 * 1024;

export const RENDER_HELP = `Usage: event-timeline render ARTICLES... [-o timeline.html] [--lang CODE] [--lanes FIELD] [--title TEXT]

Write one HTML file with the timeline of the given articles. The file inlines the script and
the events, so it opens from disk with no server.

  ARTICLES          article text files (a "date ..." header on the first line), folders of
                    them, or JSON files of event records written by "event-timeline extract"
  -o, --output      the HTML file to write (default: timeline.html)
  --lang CODE       language of the page and the timeline labels (default: the first article's);
                    each article's own language is detected as by "extract"
  --lanes FIELD     lanes by none | actor | place | article | kind
                    (default: actor for one article, article for several)
  --title TEXT      page title (default: the first article's title)
  --max-bytes SIZE  refuse an article or events file larger than SIZE (default ${formatBytes(DEFAULT_MAX_BYTES).replace(' ', '')} for an
                    article, ${formatBytes(EVENTS_MAX_BYTES).replace(' ', '')} for an events file; K, M and G suffixes)
  -h, --help        show this help

Event records read from JSON files are checked against schema/event-records.schema.json: each
invalid one is reported on standard error with its index and reason and left out, the others are
drawn, and the exit status is 1.
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

/** Events of the arguments: JSON files of records as they are, article files and folders extracted. */
function collectEvents(paths: readonly string[], maxBytes: number | undefined, io: CliIO): { events: EventRecord[]; invalid: number } {
  const events: EventRecord[] = [];
  let invalidCount = 0;
  const jsonFiles = paths.filter((p) => extname(p).toLowerCase() === '.json');
  const articles = paths.filter((p) => extname(p).toLowerCase() !== '.json');
  for (const file of jsonFiles) {
    let data: unknown;
    try {
      data = JSON.parse(readText(file, maxBytes ?? EVENTS_MAX_BYTES));
    } catch (error) {
      if (error instanceof InputFileError) throw error;
      throw new InputFileError(file, `is not JSON (${(error as Error).message})`, error);
    }
    const records = Array.isArray(data) ? data : (data as { events?: unknown } | null)?.events;
    if (!Array.isArray(records)) throw new InputFileError(file, 'expected { "events": [...] } or an array of event records');
    // records from a file are checked against the schema: the valid ones are drawn, each invalid one is reported
    const { valid, invalid } = checkRecords(records);
    appendAll(events, valid);
    for (const entry of invalid) io.stderr(`event-timeline render: ${file}: ${describeInvalid(entry)}; left out\n`);
    invalidCount += invalid.length;
  }
  const ids = new Set<string>();
  for (const file of articles.length ? articleFiles(articles) : []) {
    const article = parseArticle(readText(file, maxBytes ?? DEFAULT_MAX_BYTES), { file });
    let id = article.id;
    for (let n = 2; ids.has(id); n++) id = `${article.id}~${n}`;
    ids.add(id);
    appendAll(events, eventsOfArticle({ ...article, id }));
  }
  return { events, invalid: invalidCount };
}

/** Run `event-timeline render` with the arguments after the subcommand. Returns the exit code. */
export function runRender(args: readonly string[], io: CliIO = processIO): number {
  try {
    const parsed = parseArgs(args, { values: ['output', 'lang', 'lanes', 'title', 'max-bytes'], flags: ['help'], aliases: { '-o': 'output', '-h': 'help' } });
    if (parsed.flags.has('help')) {
      io.stdout(RENDER_HELP);
      return 0;
    }
    if (parsed.positional.length === 0) throw new UsageError('no articles given');
    const lanesValue = parsed.values.get('lanes');
    if (lanesValue !== undefined && !(LANE_FIELDS as readonly string[]).includes(lanesValue)) {
      throw new UsageError(`--lanes must be one of ${LANE_FIELDS.join(', ')}`);
    }
    const lang = parsed.values.get('lang');
    const maxBytesValue = parsed.values.get('max-bytes');
    const { events, invalid } = collectEvents(parsed.positional, maxBytesValue === undefined ? undefined : parseMaxBytes(maxBytesValue), io);
    if (invalid > 0 && events.length === 0) throw new InputFileError(parsed.positional.join(', '), 'holds no valid event record; nothing written');
    const articleCount = new Set(events.map((e) => e.source.article)).size;
    const first = events[0];
    const output = parsed.values.get('output') ?? 'timeline.html';
    const html = renderStandaloneHtml(events, {
      bundle: readFileSync(findBundle(), 'utf8'),
      lang: lang ?? first?.language ?? 'en',
      lanes: (lanesValue as RenderLanes | undefined) ?? (articleCount > 1 ? 'article' : 'actor'),
      title: parsed.values.get('title') ?? (articleCount === 1 && first?.source.articleTitle ? first.source.articleTitle : 'Timeline'),
    });
    const file = atomicFile(output);
    file.write(html);
    file.commit();
    io.stderr(
      `Wrote ${output}: ${events.length} ${events.length === 1 ? 'event' : 'events'} from ${articleCount} ${articleCount === 1 ? 'article' : 'articles'}` +
        `${invalid ? `; ${invalid} invalid ${invalid === 1 ? 'record' : 'records'} left out (above)` : ''}\n`,
    );
    return invalid ? 1 : 0;
  } catch (error) {
    return reportError('render', error, io, RENDER_HELP);
  }
}
