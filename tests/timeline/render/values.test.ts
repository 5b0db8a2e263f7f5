import { describe, expect, it } from 'vitest';
import { eventFilter, filterChoices, normalizeFilters } from '../../../src/timeline/render/filter-model.js';
import { splitSentence } from '../../../src/timeline/render/highlight.js';
import { withLaneHeaders, LANE_HEADER } from '../../../src/timeline/render/lane-headers.js';
import { boundMs, constrainTransform, paddedExtent, transformForSpan, baseScale, maxZoom } from '../../../src/timeline/render/viewport.js';
import { domId, hashKey } from '../../../src/timeline/render/ids.js';
import { THEMES } from '../../../src/timeline/styles/tokens.js';
import { contrastRatio } from '../../../src/timeline/styles/contrast.js';
import { componentRules, standaloneSvgStyle } from '../../../src/timeline/styles/rules.js';
import { estimateTextWidth } from '../../../src/timeline/render/measure.js';
import { resolveLabels } from '../../../src/timeline/render/labels.js';
import { ZoomTransform } from '../../../src/timeline/render/zoom-transform.js';
import { SEED } from './fixtures/events.js';
import type { ViewportLayout } from '../../../src/timeline/layout/types.js';

const DAY = 86_400_000;

describe('filters as values', () => {
  it('pass everything without a selection', () => {
    expect(eventFilter({})).toBeUndefined();
    expect(normalizeFilters({ kinds: [], actors: ['EU'] })).toEqual({ actors: ['EU'] });
  });
  it('combine fields with AND and values with OR', () => {
    const pass = eventFilter({ kinds: ['occurred', 'negated'], places: ['Minsk', 'Grodno'] })!;
    expect(SEED.filter(pass).map((e) => e.id)).toEqual(['e5', 'e9', 'e10']);
    const byArticle = eventFilter({ articles: ['stakingen'] })!;
    expect(SEED.filter(byArticle).map((e) => e.id)).toEqual(['e10']);
  });
  it('offer the most frequent choices first, article titles as labels', () => {
    expect(filterChoices(SEED, 'actors').slice(0, 3)).toEqual([
      { value: 'Loekasjenko', label: 'Loekasjenko', count: 4 },
      { value: 'Tichanovskaja', label: 'Tichanovskaja', count: 3 },
      { value: 'demonstranten', label: 'demonstranten', count: 2 },
    ]);
    expect(filterChoices(SEED, 'articles')).toEqual([
      { value: 'wit-rusland', label: 'Protesten in Wit-Rusland', count: 9 },
      { value: 'stakingen', label: 'Stakingen breiden uit', count: 1 },
    ]);
    expect(filterChoices(SEED, 'places', 2).length).toBe(2);
  });
});

describe('splitSentence', () => {
  it('splits by timex offsets relative to the sentence', () => {
    const source = { ...SEED[1].source };
    expect(splitSentence(SEED[1].sentence, source)).toEqual({
      before: '',
      timex: 'Een dag later',
      after: ' meldde de kiescommissie dat Loekasjenko had gewonnen.',
    });
    const s = 'Loekasjenko regeert het land sinds 1994.';
    expect(splitSentence(s, { ...SEED[3].source, sentenceStart: 100, timexStart: 129, timexEnd: 139 })).toEqual({
      before: 'Loekasjenko regeert het land ',
      timex: 'sinds 1994',
      after: '.',
    });
  });
  it('gives up on missing or out-of-range offsets', () => {
    expect(splitSentence('abc', { ...SEED[0].source, timexStart: undefined, timexEnd: undefined })).toBeNull();
    expect(splitSentence('abc', { ...SEED[0].source, sentenceStart: 10, timexStart: 5, timexEnd: 12 })).toBeNull();
    expect(splitSentence('abc', { ...SEED[0].source, sentenceStart: 0, timexStart: 1, timexEnd: 9 })).toBeNull();
  });
});

describe('lane headers', () => {
  const layout: ViewportLayout = {
    lanes: [
      { key: 'a', label: 'A', y: 0, height: 24, rows: 1 },
      { key: 'b', label: 'B', y: 32, height: 48, rows: 2 },
    ],
    events: [{ key: 'x@b', lane: 'b', y: 44 } as ViewportLayout['events'][number]],
    clusters: [{ key: 'c', lane: 'a', y: 12 } as ViewportLayout['clusters'][number]],
    height: 80,
  };
  it('move each labelled lane and its marks down by a header band', () => {
    const moved = withLaneHeaders(layout);
    expect(moved.lanes.map((l) => [l.y, l.height])).toEqual([
      [0, 24 + LANE_HEADER],
      [32 + LANE_HEADER, 48 + LANE_HEADER],
    ]);
    expect(moved.events[0].y).toBe(44 + 2 * LANE_HEADER);
    expect(moved.clusters[0].y).toBe(12 + LANE_HEADER);
    expect(moved.height).toBe(80 + 2 * LANE_HEADER);
  });
  it('leave an unlabelled single lane alone', () => {
    const single = { ...layout, lanes: [{ key: '\u0000all', label: '', y: 0, height: 24, rows: 1 }] };
    expect(withLaneHeaders(single)).toBe(single);
  });
});

describe('viewport values', () => {
  const extent = { start: Date.UTC(2020, 7, 1), end: Date.UTC(2020, 8, 1) };
  it('pads the extent by 4% on each side', () => {
    const [a, b] = paddedExtent(extent);
    const span = extent.end - extent.start;
    expect(a).toBe(extent.start - span * 0.04);
    expect(b).toBe(extent.end + span * 0.04);
  });
  it('finds the transform that shows a span across the width', () => {
    const base = baseScale(extent, 800);
    const t = transformForSpan(base, Date.UTC(2020, 7, 9), Date.UTC(2020, 7, 15), 800);
    const visible = t.rescaleX(base);
    expect(+visible.domain()[0]).toBeCloseTo(Date.UTC(2020, 7, 9), -3);
    expect(+visible.domain()[1]).toBeCloseTo(Date.UTC(2020, 7, 15), -3);
  });
  it('never zooms narrower than its narrowest view (a few days by default) or out past everything', () => {
    const base = baseScale(extent, 800);
    expect(maxZoom(base)).toBeCloseTo((31 * DAY * 1.08) / (4 * DAY), 5);
    // month-precise data: four months at the narrowest, so here no zoom at all
    expect(maxZoom(baseScale(extent, 800, 4 * 28 * DAY))).toBe(1);
    const narrowest = transformForSpan(base, Date.UTC(2020, 7, 12), Date.UTC(2020, 7, 13), 800).rescaleX(base).domain();
    expect(+narrowest[1] - +narrowest[0]).toBeCloseTo(4 * DAY, -3);
    expect(constrainTransform(new ZoomTransform(0.5, 300, 20), 800)).toEqual(new ZoomTransform(1, 0, 0));
    expect(constrainTransform(new ZoomTransform(2, 100, 0), 800).x).toBe(0);
    expect(constrainTransform(new ZoomTransform(2, -1000, 0), 800).x).toBe(-800);
  });
  it('reads ISO days (end inclusive) and Dates', () => {
    expect(boundMs('2020-08-09', 'start')).toBe(Date.UTC(2020, 7, 9));
    expect(boundMs('2020-08-09', 'end')).toBe(Date.UTC(2020, 7, 10));
    expect(boundMs(new Date(5), 'end')).toBe(5);
    expect(() => boundMs('9 augustus', 'start')).toThrow(RangeError);
  });
});

describe('ids', () => {
  it('are valid, stable and distinct for keys that sanitise alike', () => {
    const a = domId('et', 'event', 'a b@\u0000all');
    expect(a).toMatch(/^et-event-a_b_all-[0-9a-z]{7}$/);
    expect(domId('et', 'event', 'a b@\u0000all')).toBe(a);
    expect(domId('et', 'event', 'a_b@\u0000all')).not.toBe(a);
    expect(hashKey('')).toBe(hashKey(''));
  });
});

describe('themes meet WCAG 2.1 AA', () => {
  for (const [name, theme] of Object.entries(THEMES)) {
    it(`${name}: text ≥ 4.5:1, markers ≥ 3:1 (kind colours also carry text: ≥ 4.5:1)`, () => {
      for (const surface of [theme.bg, theme.band, theme.surface]) {
        expect(contrastRatio(theme.fg, surface)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(theme.muted, surface)).toBeGreaterThanOrEqual(4.5);
        for (const colour of Object.values(theme.kind)) expect(contrastRatio(colour, surface)).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(theme.fg, theme.mark)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme.accent, theme.bg)).toBeGreaterThanOrEqual(3);
    });
  }
  it('contrastRatio matches known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('has both colour schemes and reduced motion in the component sheet; a fixed theme in the SVG', () => {
    const rules = componentRules();
    expect(rules.some((r) => r.startsWith('@media (prefers-color-scheme: dark)'))).toBe(true);
    expect(rules.some((r) => r.startsWith('@media (prefers-reduced-motion: reduce)'))).toBe(true);
    expect(rules.some((r) => r.includes(':focus-visible'))).toBe(true);
    expect(standaloneSvgStyle('dark')).toContain('--_et-bg:var(--et-bg,#15181c)');
  });
});

describe('labels and text widths', () => {
  it('fall back to English for other languages and take overrides', () => {
    expect(resolveLabels('nl-BE').roleDescription).toBe('tijdlijn');
    expect(resolveLabels('fr').roleDescription).toBe('timeline');
    expect(resolveLabels('nl', { kinds: { reported: 'volgens bronnen' } as never }).kinds).toMatchObject({ reported: 'volgens bronnen', planned: 'gepland' });
  });
  it('estimates wider text as wider', () => {
    expect(estimateTextWidth('WWW')).toBeGreaterThan(estimateTextWidth('iii'));
    expect(estimateTextWidth('abc', 22)).toBeCloseTo(estimateTextWidth('abc', 11) * 2, 5);
  });
});

describe('arrow-key steps', async () => {
  const { stepTarget, focusTime } = await import('../../../src/timeline/render/navigation.js');
  const { prepareEvents } = await import('../../../src/timeline/layout/index.js');
  const ordered = prepareEvents(SEED).events;
  const ids = ordered.map((p) => p.event.id);
  it('walk the time order and stop at the ends', () => {
    expect(stepTarget(ordered, ids[3], 1, 0)!.event.id).toBe(ids[4]);
    expect(stepTarget(ordered, ids[3], -1, 0)!.event.id).toBe(ids[2]);
    expect(stepTarget(ordered, ids[0], -1, 0)!.event.id).toBe(ids[0]);
    expect(stepTarget(ordered, ids.at(-1)!, 1, 0)!.event.id).toBe(ids.at(-1));
    expect(stepTarget(ordered, 'e1', 'first', 0)!.event.id).toBe('e4');
    expect(stepTarget(ordered, null, 'last', 0)!.event.id).toBe('e6');
    expect(stepTarget([], null, 1, 0)).toBeUndefined();
  });
  it('start from the first event in view when none is active', () => {
    // e4 (1994 to 16 August 2020) runs into a view from 12 August; from 17 August on, e10 (13 August) is passed
    expect(stepTarget(ordered, null, 1, Date.UTC(2020, 7, 12))!.event.id).toBe('e4');
    const first = stepTarget(ordered, null, 1, Date.UTC(2020, 7, 17))!;
    expect(first.end).toBeGreaterThan(Date.UTC(2020, 7, 17));
    expect(ordered.filter((p) => p.order < first.order).every((p) => p.end <= Date.UTC(2020, 7, 17))).toBe(true);
    expect(stepTarget(ordered, 'gone', 1, Date.UTC(2030, 0, 1))!.event.id).toBe('e4');
  });
  it('centre short periods, anchor everything else', () => {
    const period = ordered.find((p) => p.event.id === 'e5')!;
    expect(focusTime(period, 10 * 365 * DAY)).toBe((period.start + period.end) / 2);
    expect(focusTime(period, DAY)).toBe(period.anchor);
  });
});

describe('malformed language tags', async () => {
  const { formatSpan } = await import('../../../src/timeline/render/describe.js');
  it('fall back instead of throwing', () => {
    expect(formatSpan(Date.UTC(2020, 7, 9), Date.UTC(2020, 7, 10), 'not a tag!')).toMatch(/2020/);
    expect(formatSpan(Date.UTC(2020, 7, 9), Date.UTC(2020, 7, 12), 'nl')).toBe('9 augustus 2020 – 11 augustus 2020');
  });
});
