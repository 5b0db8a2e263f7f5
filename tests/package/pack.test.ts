/**
 * The package as a user gets it: `npm pack`, installed into an empty folder, and README's examples run against it
 * (Node, TypeScript types, the CLI, a page with the bundled script). Offline: the tarball is installed by
 * `npm install --offline` with its production dependencies linked from this checkout's node_modules (`file:`
 * specs; the npm cache of a fresh CI machine holds no registry metadata, so they cannot be resolved from it).
 * Needs `npm run build` first (npm test does it); `prepack` builds too, the test packs with --ignore-scripts.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';

const REPO = resolve(__dirname, '..', '..');
const PKG = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; scripts: Record<string, string> };
const SEED = join(REPO, 'seeds', '000_db7e82f0f86a5966.txt');
const README = readFileSync(join(REPO, 'README.md'), 'utf8');

let folder = '';
let packed: { filename: string; size: number; unpackedSize: number; files: { path: string; size: number }[] };

function run(command: string, args: readonly string[], options: { input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: folder, encoding: 'utf8', input: options.input, timeout: 120_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

/** The production dependencies (not dev) of the lock file, top level only. */
function productionDependencies(): string[] {
  const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  return Object.entries(lock.packages)
    .filter(([path, info]) => path.startsWith('node_modules/') && path.lastIndexOf('node_modules/') === 0 && !info.dev)
    .map(([path]) => path.slice('node_modules/'.length));
}

/** The code block of README right after the heading line `heading`, of the given language. */
function readmeBlock(heading: RegExp, lang: string): string {
  const start = README.search(heading);
  expect(start, `README has a heading ${heading}`).toBeGreaterThanOrEqual(0);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(README.slice(start));
  expect(match, `a \`\`\`${lang} block under ${heading}`).not.toBeNull();
  return match![1];
}

beforeAll(() => {
  expect(existsSync(join(REPO, 'dist', 'index.js')), 'build first: npm run build').toBe(true);
  folder = mkdtempSync(join(tmpdir(), 'event-timeline-pack-'));
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  expect(pack.status, pack.stderr).toBe(0);
  packed = JSON.parse(pack.stdout)[0];
  const modules = realpathSync(join(REPO, 'node_modules'));
  const dependencies = Object.fromEntries(productionDependencies().map((name) => [name, `file:${join(modules, name)}`]));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module', dependencies }, null, 2));
  const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--install-links=false', `./${packed.filename}`]);
  expect(install.status, install.stderr).toBe(0);
  copyFileSync(SEED, join(folder, 'article.txt'));
}, 240_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("the packed tarball", { timeout: 120_000 }, () => {
  it('is built by prepack and ships dist/ without source maps', () => {
    expect(PKG.scripts.prepack).toMatch(/npm run build|rollup -c/);
    const paths = packed.files.map((f) => f.path);
    for (const file of ['dist/index.js', 'dist/extract.js', 'dist/timeline.js', 'dist/cli.js', 'dist/event-timeline.min.js', 'dist/event-timeline-static.min.js', 'dist/types/index.d.ts', 'schema/event-records.schema.json', 'README.md']) {
      expect(paths, file).toContain(file);
    }
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    for (const file of paths.filter((p) => p.endsWith('.js'))) expect(readFileSync(join(folder, 'node_modules', PKG.name, file), 'utf8'), file).not.toMatch(/^\/\/# sourceMappingURL=/m);
    // the maps beside dist/ (3.6 MB on 2026-12-07) are not counted in the package
    const mapBytes = packed.files.filter((f) => f.path.endsWith('.map')).reduce((n, f) => n + f.size, 0);
    expect(mapBytes).toBe(0);
  });

  it('installs no dev dependency: jsdom is not there', () => {
    expect(existsSync(join(folder, 'node_modules', 'jsdom'))).toBe(false);
    expect(existsSync(join(folder, 'node_modules', PKG.name, 'dist', 'index.js'))).toBe(true);
  });
});

describe("README's examples against the installed package", { timeout: 120_000 }, () => {
  it('Node: the quick start runs, extracts events and writes a static SVG', () => {
    const code = readmeBlock(/^## Quick start/m, 'js');
    expect(code.trim().split('\n').length).toBeLessThanOrEqual(5);
    writeFileSync(join(folder, 'quick-start.mjs'), code);
    const result = run(process.execPath, ['quick-start.mjs']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\S/);
    const svg = readFileSync(join(folder, 'timeline.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('data-event-id=');
  });

  it('the top entry exports the public API only', () => {
    const result = run(process.execPath, ['--input-type=module', '-e', "import * as m from 'event-timeline'; console.log(JSON.stringify(Object.keys(m).sort()))"]);
    expect(result.status, result.stderr).toBe(0);
    const names: string[] = JSON.parse(result.stdout);
    for (const internal of ['padNumber', 'civilDay', 'parseDay', 'formatDay', 'dayNumber', 'DAY_MS', 'isLeapYear']) expect(names).not.toContain(internal);
    for (const name of ['extractEvents', 'parseArticle', 'createTimeline', 'renderTimelineSVG', 'defineTimelineElement']) expect(names).toContain(name);
    // every export is documented
    const api = readFileSync(join(REPO, 'docs', 'api.md'), 'utf8');
    expect(names.filter((name) => !api.includes(`\`${name}`))).toEqual([]);
  });

  it('TypeScript: the shipped types check a small program under strict settings', () => {
    writeFileSync(
      join(folder, 'check.ts'),
      [
        "import { extractEvents, renderTimelineSVG, type EventRecord } from 'event-timeline';",
        "import { createTimeline, type TimelineController } from 'event-timeline/timeline';",
        "import { parseArticle } from 'event-timeline/extract';",
        "const events: EventRecord[] = extractEvents(' date 2020-08-16 De EU kondigt morgen sancties aan.');",
        "const svg: string = renderTimelineSVG(events, { lang: 'nl', styles: 'attributes' });",
        "const language: string = parseArticle(' date 2020-08-16 De EU kondigt morgen sancties aan.').language.code;",
        'export const mount = (el: HTMLElement): TimelineController => createTimeline(el, events, { lang: language });',
        'export { svg };',
      ].join('\n'),
    );
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: false }, files: ['check.ts'] }),
    );
    const result = run(process.execPath, [join(realpathSync(join(REPO, 'node_modules')), 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('CLI: --version and the extract line', () => {
    const version = run('npx', ['--offline', 'event-timeline', '--version']);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(PKG.version);
    const extract = run('npx', ['--offline', 'event-timeline', 'extract', 'article.txt', '-o', 'events.json']);
    expect(extract.status, extract.stderr).toBe(0);
    const { events } = JSON.parse(readFileSync(join(folder, 'events.json'), 'utf8')) as { events: unknown[] };
    expect(events.length).toBeGreaterThan(10);
  });

  it('the CLI line of the quick start writes one HTML file', () => {
    const line = readmeBlock(/^## Quick start/m, 'sh').split('\n').find((l) => l.includes('event-timeline render'))!;
    const args = line.replace(/#.*$/, '').trim().split(/\s+/).slice(1);
    const result = run('npx', ['--offline', ...args]);
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(folder, 'timeline.html'), 'utf8');
    expect(html).toContain('EventTimeline.createTimeline(');
    const data = JSON.parse(/<script type="application\/json" id="event-timeline-data">([\s\S]*?)<\/script>/.exec(html)![1]) as { events: unknown[] };
    expect(data.events.length).toBeGreaterThan(10);
  });

  it('a page: the bundled script of the quick start defines <event-timeline> and the global API', () => {
    const html = readmeBlock(/^## Quick start/m, 'html');
    const src = /<script src="([^"]+)"/.exec(html)![1];
    const script = join(folder, src);
    expect(statSync(script).isFile(), src).toBe(true);
    // without its src: the page would fetch events.json, which is no part of this check
    const body = html.replace(/<script[^>]*><\/script>/g, '').replace(/ src="[^"]*"/g, '');
    const dom = new JSDOM(`<!doctype html><body>${body}</body>`, { url: 'http://localhost/', runScripts: 'outside-only', pretendToBeVisual: true });
    dom.window.eval(readFileSync(script, 'utf8'));
    const window = dom.window as unknown as { customElements: CustomElementRegistry; EventTimeline: Record<string, unknown>; document: Document };
    expect(window.customElements.get('event-timeline')).toBeDefined();
    expect(typeof window.EventTimeline.createTimeline).toBe('function');
    expect(window.document.querySelector('event-timeline')).not.toBeNull();
    // the static renderer is a file of its own beside it, for a page that wants static SVGs
    expect(window.EventTimeline.renderTimelineSVG).toBeUndefined();
    dom.window.eval(readFileSync(join(folder, src.replace('event-timeline.min.js', 'event-timeline-static.min.js')), 'utf8'));
    const { renderTimelineSVG } = (dom.window as unknown as { EventTimelineStatic: { renderTimelineSVG: (e: unknown[], o: object) => string } }).EventTimelineStatic;
    expect(renderTimelineSVG([], { lang: 'nl' }).startsWith('<svg')).toBe(true);
  });

  it('require() says clearly that the package is an ES module', () => {
    const result = run(process.execPath, ['-e', "require('event-timeline')"]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('event-timeline is an ES module package');
    expect(result.stderr).toContain("await import('event-timeline')");
  });
});
