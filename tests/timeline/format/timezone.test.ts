/**
 * Layout and format must not depend on the machine's time zone or clock. Two checks: the sources use no
 * local-time API, and the same computations run in child processes under far-apart zones give identical output.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const sourceDirs = ['src/timeline/layout', 'src/timeline/format'];
const tsFiles = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));

describe('no local time', () => {
  const forbidden: [RegExp, string][] = [
    [/new Date\(\s*\)/, 'new Date() reads the clock'],
    [/Date\.now\(/, 'Date.now reads the clock'],
    [/\.get(Hours|Minutes|Seconds|Date|Day|Month|FullYear|TimezoneOffset)\(/, 'local-time getter'],
    [/\.set(Hours|Minutes|Date|Month|FullYear)\(/, 'local-time setter'],
    [/toLocale(Date|Time)?String/, 'toLocaleString formats in the machine zone'],
    [/\b(timeFormat|timeParse)\(|\.format\(\s*['"]%/, "d3's local-time format"],
    [/\btime(Day|Hour|Minute|Week|Monday|Month|Year)\b/, "d3's local-time intervals"],
  ];
  const files = sourceDirs.flatMap(tsFiles);
  it.each(files)('%s', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    for (const [pattern, why] of forbidden) expect(pattern.test(source), `${file}: ${why}`).toBe(false);
  });
  it('every Intl.DateTimeFormat is created in one place, with timeZone UTC', () => {
    const creators = files.filter((file) => /new Intl\.DateTimeFormat/.test(readFileSync(join(root, file), 'utf8')));
    expect(creators).toEqual(['src/timeline/format/intl-names.ts']);
    expect(readFileSync(join(root, creators[0]), 'utf8')).toMatch(/timeZone: 'UTC'/);
  });
});

describe('same output in any time zone', () => {
  const out = join(root, 'node_modules/.cache', `event-timeline-tz-${process.pid}`);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  function build(): string {
    const files = ['src/types.ts', 'src/lists.ts', ...tsFiles('src/time'), ...sourceDirs.flatMap(tsFiles), 'tests/timeline/layout/fixtures.ts', 'tests/lib/random.ts'];
    for (const file of files) {
      const { outputText } = ts.transpileModule(readFileSync(join(root, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      const target = join(out, file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, outputText);
    }
    const runner = join(out, 'run.mjs');
    const url = (file: string) => './' + relative(out, join(out, file)).replace(/\\/g, '/');
    writeFileSync(
      runner,
      `
import { prepareEvents } from '${url('src/timeline/layout/prepare.js')}';
import { layoutViewport } from '${url('src/timeline/layout/viewport.js')}';
import { describeDate } from '${url('src/timeline/format/describe-date.js')}';
import { multiLevelTicks } from '${url('src/timeline/format/ticks.js')}';
import { dayLabel, hourMinute } from '${url('src/timeline/format/axis-formats.js')}';
import { randomEvents } from '${url('tests/timeline/layout/fixtures.js')}';
import { scaleUtc } from 'd3-scale';
const prepared = prepareEvents(randomEvents(2000, 3, 2019, 2021), { lanes: 'actor' });
const from = Date.UTC(2020, 2, 1), to = Date.UTC(2020, 5, 1);
const layout = layoutViewport(prepared, { x: (t) => ((t - from) / (to - from)) * 900, width: 900, measureText: (s) => s.length * 6.5 });
const windows = [
  { earliest: '2020-08-09', latest: '2020-08-09', granularity: 'day', certainty: 'exact' },
  { earliest: '2020-08-02', latest: '2020-09-01', granularity: 'day', certainty: 'within' },
  { earliest: '2019-12-31', latest: '2019-12-31', granularity: 'day', certainty: 'exact' },
  { earliest: '2020-01-01', latest: '2020-01-31', granularity: 'month', certainty: 'exact' },
];
const dates = ['nl', 'en', 'de', 'ja'].flatMap((lang) => windows.map((w) => describeDate(w, lang)));
const ticks = [[Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 3)], [Date.UTC(2019, 11, 31), Date.UTC(2020, 1, 1)], [Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1)]]
  .flatMap(([a, b]) => ['nl', 'en'].map((lang) => multiLevelTicks(scaleUtc().domain([new Date(a), new Date(b)]).range([0, 700]), 700, lang, {})));
console.log(JSON.stringify({
  zoneOffset: new Date(Date.UTC(2020, 0, 1)).getTimezoneOffset(),
  result: {
    order: prepared.events.slice(0, 50).map((p) => [p.event.id, p.anchor, p.order]),
    layout: { lanes: layout.lanes, events: layout.events.map((e) => [e.key, e.x, e.y, e.row, e.label]), clusters: layout.clusters.map((c) => [c.key, c.count, c.x]) },
    dates, ticks, axis: ['nl', 'en', 'de'].flatMap((lang) => [true, false].map((compact) => dayLabel(new Date(Date.UTC(2020, 0, 1, 0, 30)), lang, compact) + ' ' + hourMinute(new Date(Date.UTC(2020, 0, 1, 0, 30)), lang))),
  },
}));
`,
    );
    return runner;
  }

  it('Pacific/Kiritimati (UTC+14) and America/Adak (UTC-10) agree', () => {
    const runner = build();
    const run = (TZ: string) => JSON.parse(execFileSync(process.execPath, [runner], { env: { ...process.env, TZ }, encoding: 'utf8' }));
    const east = run('Pacific/Kiritimati');
    const west = run('America/Adak');
    expect(east.zoneOffset).toBe(-840); // the zones really differ ...
    expect(west.zoneOffset).toBe(600);
    expect(east.result).toEqual(west.result); // ... and nothing we compute notices
    expect(east.result.dates.slice(0, 4)).toEqual(['9 augustus 2020', 'één dag tussen 2 augustus en 1 september 2020', '31 december 2019', 'januari 2020']);
    expect(east.result.layout.events.length).toBeGreaterThan(10);
  });
});
