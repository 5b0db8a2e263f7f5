// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { drawnClusters, mount } from './mount.js';
import { SEED, crowd } from './fixtures/events.js';
import { keyAction } from '../../../src/timeline/render/keyboard.js';

let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.cleanup();
  current = null;
});
const open = (...args: Parameters<typeof mount>) => (current = mount(...args));

describe('key map', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Enter', 'open'],
    [' ', 'open'],
    ['Escape', 'close'],
    ['+', 'zoom-in'],
    ['=', 'zoom-in'],
    ['-', 'zoom-out'],
    ['a', null],
    ['Tab', null],
  ])('%j → %s', (key, action) => expect(keyAction({ key })).toBe(action));
  it('leaves modified keys to the browser', () => expect(keyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull());
});

describe('keyboard on the plot', () => {
  it('is one tab stop with a role, a role description and a name', () => {
    const { root, svg } = open(SEED);
    expect(svg.getAttribute('tabindex')).toBe('0');
    expect(svg.getAttribute('role')).toBe('application');
    expect(svg.getAttribute('aria-roledescription')).toBe('tijdlijn');
    expect(svg.getAttribute('aria-label')).toBe('Tijdlijn');
    expect(root.querySelectorAll('svg [tabindex]').length).toBe(0);
  });

  it('arrows visit every event once, in time order, each one drawn and announced', () => {
    const { svg, press, activeMark, root } = open(SEED, { lanes: 'actor' });
    svg.focus();
    const visited: string[] = [];
    for (let i = 0; i < SEED.length; i++) {
      press(i === 0 ? 'Home' : 'ArrowRight');
      const mark = activeMark();
      expect(mark, `step ${i}`).not.toBeNull();
      expect(mark!.classList.contains('et-event')).toBe(true);
      const id = mark!.getAttribute('data-event-id')!;
      visited.push(id);
      const title = SEED.find((e) => e.id === id)!.title;
      expect(root.querySelector('[data-part="live"]')!.textContent).toContain(title);
    }
    expect(new Set(visited).size).toBe(SEED.length);
    // Known order: the two long periods start first (1994, 2017); then the dated August days.
    expect(visited.slice(0, 2)).toEqual(['e4', 'e5']);
    const days = ['e1', 'e2', 'e10', 'e9', 'e7', 'e6'].map((id) => visited.indexOf(id));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    // One more step stays on the last event.
    press('ArrowRight');
    expect(activeMark()!.getAttribute('data-event-id')).toBe(visited[visited.length - 1]);
    press('ArrowLeft');
    expect(activeMark()!.getAttribute('data-event-id')).toBe(visited[visited.length - 2]);
  });

  it('Home and End jump to the first and last event', () => {
    const { press, activeMark } = open(SEED);
    press('End');
    expect(activeMark()!.getAttribute('data-event-id')).toBe('e6');
    press('Home');
    expect(activeMark()!.getAttribute('data-event-id')).toBe('e4');
  });

  it('reaches events hidden in a cluster by zooming in', () => {
    const events = [...SEED, ...crowd(30)];
    const { press, activeMark, root } = open(events, { width: 400 });
    expect(drawnClusters(root).length).toBeGreaterThan(0);
    press('Home');
    const seen = new Set<string>();
    for (let i = 0; i < events.length; i++) {
      const mark = activeMark();
      expect(mark, `step ${i}`).not.toBeNull();
      seen.add(mark!.getAttribute('data-event-id')!);
      press('ArrowRight');
    }
    expect(seen.size).toBe(events.length);
  });

  it('keeps every active event drawn, even when overlapping windows leave no row for it', () => {
    // Twelve "one day somewhere in August" events in one lane: more overlapping wide marks than a lane has rows.
    const crowded = Array.from({ length: 12 }, (_, i) => ({
      ...SEED[2],
      id: `w${i}`,
      title: `Ergens in augustus ${i}`,
      source: { ...SEED[2].source, sentenceStart: i * 100, sentenceEnd: i * 100 + 40 },
    }));
    const { press, activeMark, root } = open(crowded);
    press('Home');
    const seen = new Set<string>();
    for (let i = 0; i < crowded.length; i++) {
      const mark = activeMark();
      expect(mark, `step ${i}`).not.toBeNull();
      seen.add(mark!.getAttribute('data-event-id')!);
      expect(root.querySelectorAll('rect.et-focus-ring').length).toBe(1);
      press('ArrowRight');
    }
    expect(seen.size).toBe(12);
  });

  it('draws a focus ring around the active event', () => {
    const { press, root } = open(SEED);
    press('Home');
    const ring = root.querySelectorAll('rect.et-focus-ring');
    expect(ring.length).toBe(1);
    expect(Number(ring[0].getAttribute('width'))).toBeGreaterThan(10);
  });

  it('Enter opens details with the honest date and the time expression marked; Escape closes and returns focus', () => {
    const { svg, press, details, root } = open(SEED);
    svg.focus();
    press('Home');
    press('ArrowRight'); // e5: "De laatste jaren groeiden de protesten."
    press('Enter');
    const panel = details();
    expect(panel.hidden).toBe(false);
    expect(panel.getAttribute('data-event-id')).toBe('e5');
    expect(panel.querySelector('h2')!.textContent).toBe('Protesten groeien');
    const mark = panel.querySelector('blockquote mark')!;
    expect(mark.textContent).toBe('De laatste jaren');
    expect(panel.querySelector('blockquote')!.textContent).toBe('De laatste jaren groeiden de protesten.');
    expect(panel.querySelector('cite')!.textContent).toBe('Protesten in Wit-Rusland');
    expect(panel.textContent).toContain('2020-08-16');
    expect(panel.textContent).toContain('demonstranten');
    expect(panel.textContent).toContain('Minsk');
    expect(root.activeElement).toBe(panel.querySelector('h2'));
    press('Escape', panel.querySelector('h2')!);
    expect(panel.hidden).toBe(true);
    expect(root.activeElement).toBe(svg);
  });

  it('Space opens details too, and Escape on the plot closes them', () => {
    const { press, details } = open(SEED);
    press('End');
    press(' ');
    expect(details().hidden).toBe(false);
    expect(details().querySelector('mark')!.textContent).toBe('volgende zondag');
    press('Escape');
    expect(details().hidden).toBe(true);
  });

  it('+ and - zoom in and out around the active event', () => {
    const { timeline, press } = open(SEED);
    const spans: number[] = [];
    timeline.on('zoom', ({ start, end }) => spans.push(+end - +start));
    press('End');
    spans.length = 0;
    press('+');
    press('+');
    press('-');
    expect(spans.length).toBe(3);
    expect(spans[1]).toBeLessThan(spans[0]);
    expect(spans[2]).toBeGreaterThan(spans[1]);
    expect(Math.round(spans[0] / spans[1])).toBe(2);
  });
});
