// Plain Node, no DOM: the static renderer is a synchronous string builder (issue 18 points 7-8, issue 19 point 7).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { renderTimelineSVG, staticSvgStylesheet } from '../../../src/timeline/static.js';
import { HOSTILE, SEED, SHAPES, crowd, makeEvent } from '../render/fixtures/events.js';
import type { EventRecord } from '../../../src/types.js';

const parse = (svg: string) => new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
const ids = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.getAttribute('data-event-id')!);
const CROWDED = [...SEED, ...SHAPES, ...crowd(60)];

describe('renderTimelineSVG is a pure string builder', () => {
  it('returns a string, not a Promise, with no document anywhere', () => {
    expect((globalThis as { document?: unknown }).document).toBeUndefined();
    const svg = renderTimelineSVG(SEED, { lang: 'nl' });
    expect(typeof svg).toBe('string');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(parse(svg).querySelector('parsererror')).toBeNull();
  });

  it('is the same string every time', () => {
    const options = { width: 777, lang: 'nl', lanes: 'actor' } as const;
    expect(renderTimelineSVG(CROWDED, options)).toBe(renderTimelineSVG(CROWDED, options));
  });
});

describe('a static picture shows every event it can', () => {
  it('draws a mark or a numbered list entry for every event, and the numbers of each badge are its entries', () => {
    const svg = renderTimelineSVG(CROWDED, { width: 480, lang: 'nl', lanes: 'actor' });
    const doc = parse(svg);
    const drawn = new Set(ids(doc, '.et-event'));
    const listed = ids(doc, '.et-static-entry');
    expect(drawn.size).toBeGreaterThan(10);
    expect(listed.length).toBeGreaterThan(0);
    // every event (in every lane it belongs to) has a mark or an entry
    expect(new Set([...drawn, ...listed])).toEqual(new Set(CROWDED.map((e) => e.id)));
    // entries are numbered 1..n in order, and the badges together name each number once
    const numbers = [...doc.querySelectorAll('.et-static-number')].map((n) => Number(n.textContent));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const named: number[] = [];
    for (const badge of doc.querySelectorAll('.et-overflow-group')) {
      const [first, last = first] = badge.getAttribute('data-entries')!.split('–').map(Number);
      expect(badge.querySelector('.et-overflow-count')!.textContent).toBe(badge.getAttribute('data-entries'));
      for (let n = first; n <= last; n++) named.push(n);
    }
    expect(named).toEqual(numbers);
    // no count bubble that cannot be opened
    expect(doc.querySelector('.et-cluster, .et-cluster-count')).toBeNull();
  });

  it('uses free rows before it lists anything: the seed in August is drawn whole', () => {
    const doc = parse(renderTimelineSVG(SEED, { width: 960, lang: 'nl', lanes: 'actor', start: '2020-07-20', end: '2020-09-10' }));
    expect(new Set(ids(doc, '.et-event'))).toEqual(new Set(SEED.map((e) => e.id)));
    expect(doc.querySelector('.et-static-list')).toBeNull();
  });

  it('five events on one day are five marks when rows are free, and rows are bounded by maxRowsPerLane', () => {
    const day = crowd(5);
    expect(ids(parse(renderTimelineSVG(day, { width: 600 })), '.et-event')).toHaveLength(5);
    const two = parse(renderTimelineSVG(day, { width: 600, maxRowsPerLane: 2 }));
    expect(ids(two, '.et-event')).toHaveLength(2);
    expect(ids(two, '.et-static-entry')).toHaveLength(3);
    expect(two.querySelector('.et-overflow-group')!.getAttribute('data-entries')).toBe('1–3');
  });

  it('lists the events outside the dates shown under their own heading', () => {
    const doc = parse(renderTimelineSVG(SEED, { width: 800, lang: 'en', start: '2020-08-14', end: '2020-08-20' }));
    const headings = [...doc.querySelectorAll('.et-static-list .et-static-heading')].map((h) => h.textContent);
    expect(headings.some((h) => h!.startsWith('Outside the dates shown'))).toBe(true);
    expect(new Set([...ids(doc, '.et-event'), ...ids(doc, '.et-static-entry')])).toEqual(new Set(SEED.map((e) => e.id)));
  });

  it('draws 130,000 events of one day without overflowing the stack, and lists a bounded number', () => {
    const many = crowd(130_000);
    const svg = renderTimelineSVG(many, { width: 800, listLimit: 50 });
    expect(svg.match(/class="et-static-entry"/g)).toHaveLength(50);
    expect(svg).toContain(`… and ${(130_000 - 8 - 50).toLocaleString('en')} more`);
  }, 120_000);

  it('counts what is left when the list is cut', () => {
    const doc = parse(renderTimelineSVG(crowd(40), { width: 400, maxRowsPerLane: 1, listLimit: 10 }));
    expect(ids(doc, '.et-static-entry')).toHaveLength(10);
    expect(doc.querySelector('.et-static-list .et-static-note')!.textContent).toBe('… and 29 more');
  });

  it('has a legend of the date shapes and the kinds, in the reader language', () => {
    const doc = parse(renderTimelineSVG(SEED, { lang: 'nl' }));
    const legend = doc.querySelector('.et-static-legend')!;
    expect(legend.querySelectorAll('.et-sample-neutral')).toHaveLength(4);
    expect(legend.querySelectorAll('.et-sample:not(.et-sample-neutral)')).toHaveLength(6);
    expect(legend.textContent).toContain('vaste dag');
    expect(legend.textContent).toContain('ontkend');
    expect(parse(renderTimelineSVG(SEED, { legend: false })).querySelector('.et-static-legend')).toBeNull();
  });
});

describe('article text is data', () => {
  it('stays text: escaped, nothing executable, forbidden XML characters dropped', () => {
    const withControls = makeEvent({ id: 'ctl', title: 'bell\u0007 and \uFFFF and lone \uD800 surrogate', date: { earliest: '2020-08-10', latest: '2020-08-10' }, sentence: 'Zin.' });
    const svg = renderTimelineSVG([...HOSTILE, withControls], { width: 640, lang: 'en', lanes: 'actor' });
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('script, img, foreignObject, b, svg svg')).toHaveLength(0);
    for (const element of doc.querySelectorAll('*')) for (const a of element.attributes) expect(a.name.startsWith('on'), a.name).toBe(false);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toMatch(/[\u0007\uFFFF]/);
    expect(doc.documentElement.textContent).toContain('lone \uFFFD surrogate');
  });

  it('isolates right-to-left text and direction overrides where the SVG shows them', () => {
    const rtl: EventRecord[] = [
      makeEvent({ id: 'r1', title: '\u202Eevil override', date: { earliest: '2020-08-10', latest: '2020-08-10' }, sentence: 'Zin.', at: 10, actors: ['\u0627\u0644\u0631\u0626\u064A\u0633'] }),
      makeEvent({ id: 'r2', title: 'plain title', date: { earliest: '2020-08-10', latest: '2020-08-10' }, sentence: 'Zin.', at: 0, actors: ['\u0627\u0644\u0631\u0626\u064A\u0633'] }),
    ];
    const doc = parse(renderTimelineSVG(rtl, { width: 600, lanes: 'actor', maxRowsPerLane: 1 }));
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!);
    const isolated = (s: string) => s.includes('\u2068') && s.indexOf('\u2069') > s.indexOf('\u2068');
    expect(texts.filter((t) => t.includes('evil override')).every(isolated)).toBe(true);
    expect(texts.filter((t) => t.includes('\u0627\u0644\u0631')).every(isolated)).toBe(true);
    // the list entry keeps our words outside the isolate
    const entry = doc.querySelector('.et-static-entry text:not(.et-static-number)')!.textContent!;
    expect(entry).toMatch(/^[^\u2068]+: \u2068.*\u2069 \(occurred\)$/);
    expect(texts.filter((t) => t === 'plain title' || t.includes('plain title')).some((t) => !t.includes('\u2068'))).toBe(true);
  });
});

describe('styles for any page', () => {
  const forbidden = (svg: string) => ({ styleElement: /<style[\s>]/.test(svg), styleAttribute: /\sstyle="/.test(svg) });

  it('by default carries its own <style> and no style attribute', () => {
    const svg = renderTimelineSVG(SEED, { lang: 'nl', theme: 'dark' });
    expect(forbidden(svg)).toEqual({ styleElement: true, styleAttribute: false });
    expect(svg).toMatch(/<style>[^<]*--_et-bg:var\(--et-bg,#15181c\)/);
    expect(svg).toContain('"Segoe UI"');
  });

  it("with styles: 'attributes' has no style at all, only presentation attributes in the theme's colours", () => {
    const svg = renderTimelineSVG(CROWDED, { width: 480, lang: 'nl', lanes: 'actor', styles: 'attributes' });
    expect(forbidden(svg)).toEqual({ styleElement: false, styleAttribute: false });
    const doc = parse(svg);
    expect(doc.querySelector('.et-plot-bg')!.getAttribute('fill')).toBe('#ffffff');
    expect(doc.querySelector('.et-kind-occurred')!.getAttribute('color')).toBe('#1f5fa8');
    expect(doc.querySelector('.et-label')!.getAttribute('paint-order')).toBe('stroke');
    expect(doc.querySelector('.et-overflow-badge')!.getAttribute('stroke')).toBe('#57606a');
    // no rect is left to the default black fill
    for (const rect of doc.querySelectorAll('rect')) {
      const painted = rect.closest('[fill]') ?? (rect.getAttribute('class') === 'et-bar' ? rect : null);
      expect(painted, rect.outerHTML).not.toBeNull();
    }
  });

  it("with styles: 'none' has classes only, and the stylesheet is exported for the page", () => {
    const svg = renderTimelineSVG(SEED, { lang: 'nl', styles: 'none' });
    expect(forbidden(svg)).toEqual({ styleElement: false, styleAttribute: false });
    expect(svg).not.toContain('#1f5fa8');
    const css = staticSvgStylesheet('light');
    for (const cls of ['.et-marker', '.et-label', '.et-overflow-badge', '.et-static-heading']) expect(css).toContain(cls);
  });
});
