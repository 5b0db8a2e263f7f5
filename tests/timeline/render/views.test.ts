// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawnClusters, drawnIds, drawnMarks, mount } from './mount.js';
import { SEED, makeEvent } from './fixtures/events.js';
import type { EventKind, EventRecord } from '../../../src/types.js';

let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.cleanup();
  current = null;
});
const open = (...args: Parameters<typeof mount>) => (current = mount(...args));

describe('accessible names', () => {
  it('name every mark with title, honest date and kind', () => {
    const { timeline, realMark } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    // A mark is drawn as a real element, with its name, when it is selected or active (the others are batches).
    const label = (id: string) => realMark(id)!.getAttribute('aria-label')!;
    expect(label('e1')).toMatch(/^Presidentsverkiezingen gehouden, .*9 augustus 2020.*, gebeurd$/);
    expect(label('e2')).toMatch(/, gemeld$/);
    expect(label('e6')).toMatch(/, gepland$/);
    expect(label('e7')).toMatch(/, voorwaardelijk$/);
    expect(label('e8')).toMatch(/, speculatief$/);
    expect(label('e9')).toMatch(/, ontkend$/);
    // An authored name (not the shortened visible label): role img, described as an event.
    const g = realMark('e1')!;
    expect(g.getAttribute('role')).toBe('img');
    expect(g.getAttribute('aria-roledescription')).toBe('gebeurtenis');
  });

  it('speaks English with lang en', () => {
    const { svg, timeline, realMark } = open(SEED, { lang: 'en' });
    timeline.zoomTo('2020-08-01', '2020-08-31');
    expect(svg.getAttribute('aria-roledescription')).toBe('timeline');
    expect(realMark('e2')!.getAttribute('aria-label')).toMatch(/August.*, reported$/);
  });

  it('has a polite live region and a legend of every shape and kind', () => {
    const { root } = open(SEED);
    const live = root.querySelector('[data-part="live"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    const legend = [...root.querySelectorAll('[data-part="legend"] li > span')].map((span) => span.textContent);
    expect(legend).toEqual([
      'vaste dag',
      'één dag ergens in deze periode',
      'periode',
      'vaag begin/einde',
      'herhaald (staat ook in een andere baan)',
      'gebeurd',
      'gemeld',
      'gepland',
      'voorwaardelijk',
      'speculatief',
      'ontkend',
    ]);
  });
});

describe('marks say what is known, not only by colour', () => {
  it('draws each shape and kind with its own parts', () => {
    const { root, timeline, realMark } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    // In batches: one path per part, kind and variant in the lane, each mark a subpath of it.
    // (bars and windows with a vague end in the group under them that takes the fade mask)
    const batches = [...root.querySelectorAll('g.et-lane-marks > path, g.et-faded-marks > path')].map((p) => p.getAttribute('class'));
    for (const expected of [
      'et-batch et-marker et-kind-occurred',
      'et-batch et-glyph et-kind-reported',
      'et-batch et-range et-range-fill et-kind-occurred',
      'et-batch et-range et-range-edge et-kind-occurred',
      'et-batch et-bar et-kind-occurred',
      'et-batch et-outline et-kind-planned',
      'et-batch et-strike et-kind-negated',
    ]) {
      expect(batches).toContain(expected);
    }
    const badges = [...root.querySelectorAll('g.et-badges > g > text')].map((t) => `${t.getAttribute('class')} ${t.textContent}`);
    expect(badges).toContain('et-badge et-kind-conditional als');
    expect(badges).toContain('et-badge et-kind-speculative ?');
    const labels = [...root.querySelectorAll('g.et-labels > g > text')];
    expect(labels.length).toBe(drawnMarks(root).filter((d) => d.label).length);
    // As a real element (selected): the same parts, the paths of that one mark, then its badge and label.
    const parts = (id: string) => [...realMark(id)!.children].map((c) => `${c.tagName.toLowerCase()}.${c.getAttribute('class')!.replace(/^et-batch | et-kind-\w+$/g, '')}`);
    expect(parts('e1')).toEqual(['path.et-marker', 'text.et-label']);
    expect(parts('e2')).toEqual(['path.et-marker', 'path.et-glyph', 'text.et-label']);
    // a day somewhere in a window: the window, never a marker at its middle
    // (its label written on its faint tint, without a halo)
    expect(parts('e3')).toEqual(['path.et-range et-range-fill', 'path.et-range et-range-edge', 'text.et-label et-label-on-span']);
    expect(batches.filter((c) => c!.includes('et-shape-uncertain-point'))).toEqual([]);
    // Since 1994, vague end: in August 2020 little of the solid part is in view, so the label goes after the bar,
    // in the text colour with its halo; the last years (vague start) show their solid part, and the label is
    // written on the bar.
    expect(parts('e4').at(-1)).toBe('text.et-label');
    expect(parts('e5').at(-1)).toBe('text.et-label et-label-on-bar');
    expect(parts('e6')).toEqual(['path.et-marker', 'path.et-outline', 'text.et-label']);
    expect(parts('e7')).toEqual(['path.et-marker', 'text.et-badge', 'text.et-label']);
    expect(parts('e8')).toEqual(['path.et-range et-range-fill', 'path.et-range et-range-edge', 'path.et-outline', 'text.et-badge', 'text.et-label et-label-on-span']);
    expect(parts('e9')).toEqual(['path.et-marker', 'path.et-strike', 'text.et-label']);
    expect(realMark('e7')!.querySelector('.et-badge')!.textContent).toBe('als');
    expect(realMark('e8')!.querySelector('.et-badge')!.textContent).toBe('?');
    // soft ends where vague, through the plot's fade mask: since 1994 (end open), the last years (start vague)
    const bar = (id: string) => realMark(id)!.querySelector('.et-bar')!;
    expect(bar('e4').getAttribute('mask')).toMatch(/-fades\)$/);
    expect(bar('e5').getAttribute('mask')).toMatch(/-fades\)$/);
    expect(realMark('e1')!.querySelector('.et-marker')!.getAttribute('mask')).toBe('none');
    // the mask darkens each vague end in slices, the faintest (most opaque black) at the outer edge
    const steps = [...root.querySelectorAll('mask[id$="-fades"] g > path')].map((p) => Number(p.getAttribute('opacity')));
    expect(steps.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...steps)).toBeGreaterThan(0.95);
  });

  it('fades the open edge of the range one moment lies somewhere in ("na de zomer")', () => {
    const after = makeEvent({
      id: 'a1', title: 'Besluit', sentence: 'Een besluit volgt na de zomer.',
      date: { earliest: '2021-09-01', latest: '2021-11-30', certainty: 'within', vagueEnd: true },
    });
    const plain = makeEvent({ id: 'a2', title: 'Ergens', sentence: 'Iets.', date: { earliest: '2021-09-01', latest: '2021-11-30', certainty: 'within' } });
    const { root, timeline, realMark } = open([after, plain]);
    timeline.zoomTo('2021-08-01', '2021-12-31');
    // In batches, a window with a vague end is in a path of its own, in the group that takes the fade mask; the
    // mask's slices lie over its end only.
    expect(root.querySelectorAll('g.et-lane-marks > path.et-range-fill')).toHaveLength(1);
    expect(root.querySelectorAll('g.et-faded-marks > path.et-range-fill')).toHaveLength(1);
    expect(root.querySelector('g.et-faded-marks')!.getAttribute('mask')).toMatch(/-fades\)$/);
    const a1 = drawnMarks(root).find((d) => d.prepared.event.id === 'a1')!;
    const sliceXs = [...root.querySelectorAll('mask[id$="-fades"] g > path')].flatMap((p) => [...p.getAttribute('d')!.matchAll(/M([-\d.]+),/g)].map((m) => Number(m[1])));
    expect(Math.min(...sliceXs)).toBeGreaterThanOrEqual(a1.x0 + (a1.x1 - a1.x0) * 0.7 - 1);
    expect(Math.max(...sliceXs)).toBeLessThanOrEqual(a1.x1 + 1);
    const faded = (id: string) => realMark(id)!.querySelector('.et-range-fill')!.getAttribute('mask');
    expect(faded('a1')).toMatch(/-fades\)$/);
    expect(faded('a2')).toBe('none');
  });

  it('draws an uncertain day as its whole window, with no marker, and writes the label on the window', () => {
    const { root, timeline, realMark } = open(SEED, { width: 1000 });
    timeline.zoomTo('2020-08-01', '2020-09-01');
    const placed = drawnMarks(root).find((d) => d.prepared.event.id === 'e3')!;
    // 2020-08-01 .. 2020-09-02 (exclusive) across 1000 px: window 2020-08-02 .. 2020-09-01 exclusive
    const px = (day: number) => ((day - 1) / 32) * 1000;
    expect(placed.x0).toBeCloseTo(px(2), 0);
    expect(placed.x1).toBeCloseTo(px(32), 0);
    expect(placed.labelSide).toBe('on');
    expect(placed.labelX).toBeGreaterThan(placed.x0);
    expect(placed.labelX).toBeLessThan(placed.x0 + 10);
    // the batch path of ranges draws it there
    const d = [...root.querySelectorAll('g.et-lane-marks > path.et-range-edge')].map((p) => p.getAttribute('d')).join('');
    expect(d).toContain(`M${Math.round(placed.x0 * 10) / 10},`);
  });
});

describe('filters', () => {
  it('kind checkboxes filter the marks and emit filter', () => {
    const { root, timeline } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    const emitted = vi.fn();
    timeline.on('filter', emitted);
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"][value="reported"]')!;
    expect(box.checked).toBe(true);
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    expect(emitted).toHaveBeenCalledWith({ filters: { kinds: ['occurred', 'planned', 'conditional', 'speculative', 'negated'] }, count: 9 });
    expect(drawnIds(root)).not.toContain('e2');
    expect(root.querySelector('.et-count')!.textContent).toBe('9 van 10 gebeurtenissen zichtbaar');
  });

  it('selects filter by actor, place and article; the choices are the most frequent values', () => {
    const { root, timeline } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    const actor = root.querySelector<HTMLSelectElement>('select[name="actors"]')!;
    const values = [...actor.options].map((o) => o.value);
    expect(values.slice(0, 3)).toEqual(['', 'Loekasjenko', 'Tichanovskaja']);
    actor.value = 'EU';
    actor.dispatchEvent(new Event('change', { bubbles: true }));
    expect(drawnIds(root)).toEqual(['e7']);
    timeline.setFilters({ articles: ['stakingen'] });
    expect(drawnIds(root)).toEqual(['e10']);
    expect(root.querySelector<HTMLSelectElement>('select[name="articles"]')!.value).toBe('stakingen');
    timeline.setFilters({ places: ['Minsk'], kinds: ['negated'] });
    expect(drawnIds(root)).toEqual(['e9']);
    timeline.setFilters({});
    // the view follows the filter back to where all events are
    expect(root.querySelector('.et-count')!.textContent).toBe('10 van 10 gebeurtenissen zichtbaar');
  });

  it('starts with the initial filters', () => {
    const { root, timeline } = open(SEED, { filters: { kinds: ['planned'] } });
    timeline.zoomTo('2020-08-01', '2020-08-31');
    expect(drawnIds(root)).toEqual(['e6']);
    expect(root.querySelector<HTMLInputElement>('input[value="occurred"]')!.checked).toBe(false);
  });

  it('a Filters button in the toolbar discloses the filter group and counts the filters that apply', () => {
    const { root, timeline } = open(SEED);
    const toggle = root.querySelector<HTMLButtonElement>('[data-part="toolbar"] [data-action="filters"]')!;
    const bar = root.querySelector<HTMLElement>('[data-part="filters"]')!;
    expect(toggle.getAttribute('aria-controls')).toBe(bar.id);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(bar.hasAttribute('data-open')).toBe(false);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(bar.hasAttribute('data-open')).toBe(true);
    expect(toggle.textContent).toBe('Filters');
    timeline.setFilters({ kinds: ['planned', 'occurred'], places: ['Minsk'] });
    expect(toggle.textContent).toBe('Filters (2)');
    const actor = root.querySelector<HTMLSelectElement>('select[name="actors"]')!;
    actor.value = 'EU';
    actor.dispatchEvent(new Event('change', { bubbles: true }));
    expect(toggle.textContent).toBe('Filters (3)');
    timeline.setFilters({});
    expect(toggle.textContent).toBe('Filters');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(bar.hasAttribute('data-open')).toBe(false);
  });

  it('arrows walk only the filtered events', () => {
    const { press, activeMark, timeline } = open(SEED);
    timeline.setFilters({ actors: ['Loekasjenko'] });
    const seen: string[] = [];
    press('Home');
    for (let i = 0; i < 5; i++) {
      seen.push(activeMark()!.getAttribute('data-event-id')!);
      press('ArrowRight');
    }
    expect(seen).toEqual(['e4', 'e1', 'e2', 'e9', 'e9']);
  });
});

describe('list view', () => {
  it('is a real ordered list of every event in time order, with dates, kinds and select buttons', () => {
    const { root, timeline, details } = open(SEED);
    const toggle = root.querySelector<HTMLButtonElement>('[data-action="list"]')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const view = root.querySelector<HTMLElement>('[data-part="list"]')!;
    expect(view.hidden).toBe(false);
    expect(toggle.getAttribute('aria-controls')).toBe(view.id);
    const items = [...view.querySelectorAll('ol > li')];
    expect(items.length).toBe(10);
    expect(items[0].getAttribute('data-event-id')).toBe('e4');
    expect(items[1].getAttribute('data-event-id')).toBe('e5');
    expect(items.at(-1)!.getAttribute('data-event-id')).toBe('e6');
    expect(items[0].textContent).toMatch(/^Loekasjenko regeert het land .*1994.*, gebeurd$/);
    const selected = vi.fn();
    timeline.on('select', selected);
    items[3].querySelector('button')!.click();
    expect(selected).toHaveBeenCalledWith(expect.objectContaining({ id: items[3].getAttribute('data-event-id') }));
    expect(details().hidden).toBe(false);
    toggle.click();
    expect(view.hidden).toBe(true);
  });

  it('pages long lists', () => {
    const many: EventRecord[] = Array.from({ length: 120 }, (_, i) =>
      makeEvent({ id: `m${i}`, title: `Gebeurtenis ${i}`, date: { earliest: '2020-01-01', latest: '2020-01-01' }, sentence: 'Iets.', at: i * 10 }),
    );
    const { root } = open(many);
    root.querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
    const view = root.querySelector<HTMLElement>('[data-part="list"]')!;
    expect(view.querySelectorAll('li').length).toBe(50);
    view.querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    view.querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    expect(view.querySelectorAll('li').length).toBe(20);
    expect(view.querySelector('ol')!.getAttribute('start')).toBe('101');
    expect(view.querySelector<HTMLButtonElement>('[data-page="next"]')!.disabled).toBe(true);
  });
});

describe('DOM budget', () => {
  it('stays under 3,000 nodes with 100,000 events at any zoom, with the list open', () => {
    const kinds: EventKind[] = ['occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated'];
    const base = Date.UTC(2000, 0, 1);
    const events: EventRecord[] = Array.from({ length: 100_000 }, (_, i) => {
      const day = new Date(base + Math.floor((i * 7919) % 7300) * 86_400_000).toISOString().slice(0, 10);
      return makeEvent({
        id: `n${i}`,
        title: `Gebeurtenis nummer ${i}`,
        kind: kinds[i % 6],
        date: { earliest: day, latest: day },
        actors: [`actor ${i % 40}`],
        places: [`plaats ${i % 25}`],
        sentence: 'Iets gebeurde.',
        article: `artikel-${i % 300}`,
        at: i,
      });
    });
    const { root, timeline, host, press } = open(events, { lanes: 'actor' });
    const count = () => root.querySelectorAll('*').length + 1;
    const counts = [count()];
    for (const [start, end] of [['2005-01-01', '2005-12-31'], ['2005-01-01', '2005-03-31']]) {
      timeline.zoomTo(start, end);
      counts.push(count());
    }
    timeline.zoomTo('2005-03-01', '2005-03-10');
    counts.push(count());
    timeline.zoomTo('2005-03-01', '2005-03-01');
    counts.push(count());
    press('Home');
    press('Enter');
    counts.push(count());
    root.querySelector<HTMLButtonElement>('[data-action="list"]')!.click();
    counts.push(count());
    timeline.fit();
    counts.push(count());
    for (const n of counts) expect(n).toBeLessThanOrEqual(3000);
    expect(host.childNodes.length).toBe(0);
  }, 60_000);
});

describe('themes', () => {
  it('sets the theme on the root; auto by default', () => {
    expect(open(SEED).root.querySelector('.et-root')!.getAttribute('data-theme')).toBe('auto');
    current!.cleanup();
    expect(open(SEED, { theme: 'dark' }).root.querySelector('.et-root')!.getAttribute('data-theme')).toBe('dark');
  });
});

describe('hidden parts keep no nodes', () => {
  it('empties the list view and the details panel when they close', () => {
    const { root, timeline, details } = open(SEED);
    const toggle = root.querySelector<HTMLButtonElement>('[data-action="list"]')!;
    toggle.click();
    expect(root.querySelectorAll('[data-part="list"] li').length).toBe(10);
    toggle.click();
    expect(root.querySelectorAll('[data-part="list"] li').length).toBe(0);
    timeline.select('e1');
    expect(details().querySelectorAll('dd').length).toBeGreaterThan(0);
    timeline.select(null);
    expect(details().querySelectorAll('dd, mark').length).toBe(0);
  });
});

describe('other languages', () => {
  it('draws German dates and month names through Intl, with English interface words', () => {
    const { root, timeline, svg } = open(SEED, { lang: 'de-CH' });
    timeline.zoomTo('2020-08-01', '2020-08-31');
    expect(svg.getAttribute('aria-roledescription')).toBe('timeline');
    expect(root.querySelector('.et-axis-major text')!.textContent).toMatch(/August 2020/);
    timeline.select('e1');
    expect(root.querySelector('g.et-event[data-event-id="e1"]')!.getAttribute('aria-label')).toMatch(/9\. August 2020/);
  });
  it('survives a malformed tag', () => {
    const { root } = open(SEED, { lang: 'not a tag!' });
    expect(drawnMarks(root).length + drawnClusters(root).length).toBeGreaterThan(0);
  });
});
