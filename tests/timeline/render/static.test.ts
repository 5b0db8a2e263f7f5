// Runs in plain Node: renderTimelineSVG builds a string, with no DOM.
import { describe, expect, it } from 'vitest';
import { renderTimelineSVG } from '../../../src/timeline/static.js';
import { expectSvgSnapshot, prettySvg } from './snapshot.js';
import { HOSTILE, SEED, SHAPES, crowd } from './fixtures/events.js';

const seedWeek = { start: '2020-08-01', end: '2020-08-31' };

describe('renderTimelineSVG snapshots', () => {
  it('seed, nl, all', async () => expectSvgSnapshot('seed-nl', await renderTimelineSVG(SEED, { width: 960, height: 360, lang: 'nl' })));
  it('seed, en, all', async () => expectSvgSnapshot('seed-en', await renderTimelineSVG(SEED, { width: 960, height: 360, lang: 'en' })));
  it('seed, nl, August', async () => expectSvgSnapshot('seed-nl-august', await renderTimelineSVG(SEED, { width: 960, lang: 'nl', ...seedWeek })));
  it('seed, en, August', async () => expectSvgSnapshot('seed-en-august', await renderTimelineSVG(SEED, { width: 960, lang: 'en', ...seedWeek })));
  it('lanes by actor', async () => expectSvgSnapshot('lanes-actor', await renderTimelineSVG(SEED, { width: 960, lang: 'nl', lanes: 'actor', ...seedWeek })));
  it('lanes by kind', async () => expectSvgSnapshot('lanes-kind', await renderTimelineSVG(SEED, { width: 960, lang: 'nl', lanes: 'kind', ...seedWeek })));
  it('lanes by article', async () => expectSvgSnapshot('lanes-article', await renderTimelineSVG(SEED, { width: 960, lang: 'en', lanes: 'article', ...seedWeek })));
  it('clusters', async () => expectSvgSnapshot('clusters', await renderTimelineSVG([...SEED, ...crowd(40)], { width: 480, lang: 'nl', lanes: 'actor' })));
  it('dark theme', async () => expectSvgSnapshot('seed-dark', await renderTimelineSVG(SEED, { width: 640, lang: 'nl', theme: 'dark', ...seedWeek })));
  it('narrow (320 px)', async () => expectSvgSnapshot('seed-320', await renderTimelineSVG(SEED, { width: 320, lang: 'nl', ...seedWeek })));
  it('filtered to planned and speculative', async () =>
    expectSvgSnapshot('filtered', await renderTimelineSVG(SEED, { width: 640, lang: 'en', filters: { kinds: ['planned', 'speculative'] }, ...seedWeek })));
  it('lanes by place', async () => expectSvgSnapshot('lanes-place', await renderTimelineSVG(SEED, { width: 960, lang: 'en', lanes: 'place', ...seedWeek })));
  it('lanes by a function', async () =>
    expectSvgSnapshot('lanes-function', await renderTimelineSVG(SEED, { width: 800, lang: 'nl', lanes: (e) => (e.kind === 'occurred' ? 'feiten' : 'woorden'), ...seedWeek })));
  it('shapes: vague both ends, week, year, decade', async () => expectSvgSnapshot('shapes-nl', await renderTimelineSVG([...SEED, ...SHAPES], { width: 960, lang: 'nl', lanes: 'actor' })));
  it('shapes, English, 1990s', async () => expectSvgSnapshot('shapes-en-1990s', await renderTimelineSVG(SHAPES, { width: 720, lang: 'en', start: '1989-01-01', end: '2000-12-31' })));
  it('one week, day ticks', async () => expectSvgSnapshot('seed-week', await renderTimelineSVG(SEED, { width: 800, lang: 'nl', start: '2020-08-08', end: '2020-08-15' })));
  it('other language via Intl (de)', async () => expectSvgSnapshot('seed-de-august', await renderTimelineSVG(SEED, { width: 800, lang: 'de', ...seedWeek })));
  it('hostile text stays text', async () => expectSvgSnapshot('hostile', await renderTimelineSVG(HOSTILE, { width: 640, lang: 'en', lanes: 'actor' })));
  it('no events', async () => expectSvgSnapshot('empty', await renderTimelineSVG([], { width: 400, height: 120, lang: 'nl' })));
});

describe('renderTimelineSVG output', () => {
  it('is a standalone SVG document with namespace, title, desc and its own style', async () => {
    const svg = await renderTimelineSVG(SEED, { width: 960, lang: 'nl', ...seedWeek });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/<title id="et-title">Tijdlijn<\/title>/);
    expect(svg).toMatch(/<desc id="et-desc">10 van 10 gebeurtenissen zichtbaar\. /);
    expect(svg).toMatch(/<style>[^<]*--_et-bg:var\(--et-bg,#ffffff\)/);
    expect(svg).toContain('role="img"');
    expect(svg).not.toContain('style="');
  });

  it('draws one mark per event with its id, shape and kind', async () => {
    const svg = await renderTimelineSVG(SEED, { width: 960, lang: 'nl', ...seedWeek });
    const marks = [...svg.matchAll(/<g id="[^"]+" class="et-event et-shape-([a-z-]+) et-kind-([a-z]+)" data-event-id="([^"]+)"/g)];
    const byId = new Map(marks.map((m) => [m[3], { shape: m[1], kind: m[2] }]));
    expect(byId.get('e1')).toEqual({ shape: 'point', kind: 'occurred' });
    expect(byId.get('e2')).toEqual({ shape: 'point', kind: 'reported' });
    expect(byId.get('e3')).toEqual({ shape: 'uncertain-point', kind: 'occurred' });
    expect(byId.get('e4')).toEqual({ shape: 'period', kind: 'occurred' });
    expect(byId.get('e8')).toEqual({ shape: 'uncertain-point', kind: 'speculative' });
    expect(byId.get('e9')).toEqual({ shape: 'point', kind: 'negated' });
  });

  it('is the same string every time (stable ids and rounded numbers)', async () => {
    const a = await renderTimelineSVG(SEED, { width: 777, lang: 'nl', lanes: 'actor' });
    const b = await renderTimelineSVG(SEED, { width: 777, lang: 'nl', lanes: 'actor' });
    expect(a).toBe(b);
    expect(a).not.toMatch(/\d\.\d{2,}/);
  });

  it('fails a changed snapshot instead of rewriting it', async () => {
    const svg = await renderTimelineSVG(SEED, { width: 960, lang: 'nl', ...seedWeek });
    expect(prettySvg(svg)).not.toBe(prettySvg(svg.replace('Presidentsverkiezingen', 'Presidentsverkiezing')));
  });
});

describe('kind decorations of a period with a vague start', () => {
  it('sit at the start of the solid part, next to the label, not over the faded start', async () => {
    const event = {
      ...SEED[0],
      id: 'vague',
      kind: 'reported' as const,
      title: 'Baltische staten eisen verkiezingen',
      date: { ...SEED[0].date, earliest: '2020-07-01', latest: '2020-08-31', granularity: 'day' as const, certainty: 'period' as const, vagueStart: true },
    };
    const svg = await renderTimelineSVG([event], { width: 800, lang: 'nl', start: '2020-06-01', end: '2020-09-30' });
    const bar = svg.match(/<rect class="et-bar" x="([-\d.]+)" y="[-\d.]+" width="([\d.]+)"/)!;
    const [x, width] = [Number(bar[1]), Number(bar[2])];
    const glyph = Number(svg.match(/<path class="et-glyph" d="M([-\d.]+),/)![1]);
    const label = Number(svg.match(/<text class="et-label[^"]*" x="([-\d.]+)"/)![1]);
    expect(glyph).toBeCloseTo(x + width * 0.3 + 5, 0);
    expect(Math.abs(glyph - label)).toBeLessThan(10);
  });
});

describe('a label left of its mark', () => {
  it('is anchored at its end, next to the marker, so a wider font runs away from the mark', async () => {
    // Near the right edge, the label goes left of the marker; where it ends must not depend on the font.
    const event = { ...SEED[0], id: 'edge', title: 'Een label dat links van de markering staat', date: { ...SEED[0].date, earliest: '2020-08-30', latest: '2020-08-30', certainty: 'exact' as const } };
    const early = { ...SEED[0], id: 'early', title: 'Vroeg', date: { ...SEED[0].date, earliest: '2020-08-02', latest: '2020-08-02', certainty: 'exact' as const } };
    const svg = await renderTimelineSVG([early, event], { width: 800, lang: 'nl', start: '2020-08-01', end: '2020-08-31' });
    const text = svg.match(/<text class="et-label" x="([-\d.]+)" y="[-\d.]+" text-anchor="end">([^<]*)</);
    expect(text, svg).not.toBeNull();
    // The marker's radius (6) and the gap (4) to the left of the marker's centre.
    expect(Number(text![1])).toBeCloseTo(-10, 0);
    expect(text![2]).toBe(event.title);
  });

  it('to the right of its mark it keeps the start anchor', async () => {
    const event = { ...SEED[0], id: 'mid', title: 'Rechts', date: { ...SEED[0].date, earliest: '2020-08-10', latest: '2020-08-10', certainty: 'exact' as const } };
    const late = { ...SEED[0], id: 'late', title: 'Laat', date: { ...SEED[0].date, earliest: '2020-08-25', latest: '2020-08-25', certainty: 'exact' as const } };
    const svg = await renderTimelineSVG([event, late], { width: 800, lang: 'nl', start: '2020-08-01', end: '2020-08-31' });
    expect(svg).toMatch(/<text class="et-label" x="10" y="4">Rechts</);
    expect(svg).not.toContain('text-anchor="end"');
  });
});
