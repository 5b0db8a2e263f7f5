// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount.js';
import { SEED, makeEvent } from './fixtures/events.js';

let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.cleanup();
  current = null;
});
const open = (...args: Parameters<typeof mount>) => (current = mount(...args));

describe('update', () => {
  it('with the same events leaves the DOM identical', () => {
    const { timeline, root } = open(SEED, { lanes: 'actor' });
    timeline.zoomTo('2020-08-01', '2020-08-31');
    const before = root.innerHTML;
    const nodes = [...root.querySelectorAll('*')];
    timeline.update(SEED);
    expect(root.innerHTML).toBe(before);
    // The SVG marks are the same nodes (keyed join), not redrawn copies.
    const marksBefore = nodes.filter((n) => n.matches('g.et-event'));
    const marksAfter = [...root.querySelectorAll('g.et-event')];
    expect(marksAfter).toEqual(marksBefore);
  });

  it('with changed events keeps the nodes of ids that stay, drops the removed, adds the new', () => {
    const { timeline, root } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    const nodeOf = (id: string) => root.querySelector(`g.et-event[data-event-id="${id}"]`);
    const e1 = nodeOf('e1');
    const e9 = nodeOf('e9');
    expect(e1).not.toBeNull();
    const renamed = { ...SEED[0], title: 'Verkiezingen (bijgewerkt)' };
    const added = makeEvent({ id: 'e11', title: 'Nieuwe gebeurtenis', date: { earliest: '2020-08-20', latest: '2020-08-20' }, sentence: 'Op 20 augustus iets nieuws.' });
    timeline.update([renamed, ...SEED.slice(2), added]);
    expect(nodeOf('e1')).toBe(e1);
    expect(nodeOf('e9')).toBe(e9);
    expect(nodeOf('e2')).toBeNull();
    expect(nodeOf('e11')).not.toBeNull();
    expect(e1!.getAttribute('aria-label')).toContain('Verkiezingen (bijgewerkt)');
    expect(e1!.querySelector('.et-label')!.textContent).toBe('Verkiezingen (bijgewerkt)');
  });

  it('keeps the visible range across an update', () => {
    const { timeline } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    const ranges: Array<[number, number]> = [];
    timeline.on('zoom', ({ start, end }) => ranges.push([+start, +end]));
    timeline.update(SEED.slice(0, 5));
    timeline.zoomTo('2020-08-01', '2020-08-31');
    expect(ranges[0][0]).toBe(Date.UTC(2020, 7, 1));
    expect(ranges[0][1]).toBe(Date.UTC(2020, 8, 1));
  });
});

describe('zoomTo and fit', () => {
  it('zoomTo shows exactly the inclusive days asked for', () => {
    const { timeline, root } = open(SEED);
    const seen: Array<[Date, Date]> = [];
    timeline.on('zoom', ({ start, end }) => seen.push([start, end]));
    timeline.zoomTo('2020-08-09', '2020-08-14');
    expect(seen.at(-1)![0].toISOString()).toBe('2020-08-09T00:00:00.000Z');
    expect(seen.at(-1)![1].toISOString()).toBe('2020-08-15T00:00:00.000Z');
    const drawn = [...root.querySelectorAll('g.et-event')].map((g) => g.getAttribute('data-event-id'));
    expect(drawn).toEqual(expect.arrayContaining(['e1', 'e2', 'e9', 'e10']));
    expect(drawn).not.toContain('e6');
  });

  it("fit('all') shows every event with padding", () => {
    const { timeline } = open(SEED);
    timeline.zoomTo(new Date(Date.UTC(2020, 7, 9)), new Date(Date.UTC(2020, 7, 10)));
    let range: [Date, Date] | null = null;
    timeline.on('zoom', ({ start, end }) => (range = [start, end]));
    timeline.fit('all');
    expect(+range![0]).toBeLessThan(Date.UTC(1994, 6, 20));
    expect(+range![1]).toBeGreaterThan(Date.UTC(2020, 7, 24));
  });

  it('activating a cluster zooms into its span', () => {
    const { root, timeline } = open(SEED, { width: 400 });
    const cluster = root.querySelector<SVGGElement>('g.et-cluster')!;
    expect(cluster).not.toBeNull();
    const zoom = vi.fn();
    timeline.on('zoom', zoom);
    cluster.querySelector('circle')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(zoom).toHaveBeenCalled();
    expect(zoom.mock.calls.at(-1)![0].k).toBeGreaterThan(1);
  });

  it('a click on the span of a cluster zooms into that cluster; a click beside every span does nothing', () => {
    const { root, timeline } = open(SEED, { width: 400 });
    const spans = root.querySelector<SVGPathElement>('path.et-cluster-span')!;
    const cluster = root.querySelector<SVGGElement>('g.et-cluster')!;
    const { x0, x1, y, start, end } = (cluster as SVGGElement & { __data__: { x0: number; x1: number; y: number; start: number; end: number } }).__data__;
    const ranges: [number, number, number][] = [];
    timeline.on('zoom', ({ start: a, end: b, k }) => ranges.push([+a, +b, k]));
    // jsdom lays nothing out, so a pointer's client position is its position in the plot.
    const click = (x: number, atY: number) => spans.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: atY }));
    click(x1 + 200, y + 40);
    expect(ranges).toEqual([]);
    click(x0 + (x1 - x0) * 0.9, y + 3);
    expect(ranges.length).toBe(1);
    // Zoomed in, onto that cluster's span.
    const [a, b, k] = ranges[0];
    expect(k).toBeGreaterThan(1);
    expect(Math.max(a, start)).toBeLessThan(Math.min(b, end));
  });
});

describe('selection', () => {
  it('clicking a mark selects it and emits select', () => {
    const { root, timeline, details } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    const selected = vi.fn();
    timeline.on('select', selected);
    root.querySelector('g.et-event[data-event-id="e7"] .et-marker')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selected).toHaveBeenCalledWith({ id: 'e7', event: SEED[6] });
    expect(root.querySelector('g.et-selected')!.getAttribute('data-event-id')).toBe('e7');
    expect(details().querySelector('mark')!.textContent).toBe('19 augustus');
    timeline.select(null);
    expect(details().hidden).toBe(true);
    expect(selected).toHaveBeenLastCalledWith({ id: null, event: null });
  });

  it('select(id) shows an event even when it was clustered', () => {
    const { root, timeline } = open(SEED, { width: 300 });
    timeline.select('e2');
    expect(root.querySelector('g.et-event[data-event-id="e2"]')).not.toBeNull();
  });

  it('on() returns an unsubscribe', () => {
    const { timeline } = open(SEED);
    const handler = vi.fn();
    const off = timeline.on('select', handler);
    timeline.select('e1');
    off();
    timeline.select('e2');
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('hover shows a tooltip with title and honest date', () => {
    const { root, timeline } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    root.querySelector('g.et-event[data-event-id="e1"] .et-marker')!.dispatchEvent(new MouseEvent('pointerover', { bubbles: true }));
    const tip = root.querySelector('g.et-tooltip-item')!;
    expect(tip.querySelector('.et-tooltip-title')!.textContent).toBe('Presidentsverkiezingen gehouden');
    expect(tip.querySelector('.et-tooltip-date')!.textContent).toMatch(/9 augustus 2020/);
    root.querySelector('g.et-event[data-event-id="e1"] .et-marker')!.dispatchEvent(new MouseEvent('pointerout', { bubbles: true }));
    expect(root.querySelector('g.et-tooltip-item')).toBeNull();
  });
});

describe('destroy', () => {
  it('leaves the container empty and stops listening', () => {
    const { host, timeline, root, svg, press } = mount(SEED);
    const zoom = vi.fn();
    timeline.on('zoom', zoom);
    timeline.destroy();
    expect(host.childNodes.length).toBe(0);
    expect(root.childNodes.length).toBe(0);
    press('+', svg);
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true }));
    expect(zoom).not.toHaveBeenCalled();
    // Calls after destroy are harmless no-ops.
    timeline.update(SEED);
    timeline.fit('all');
    expect(root.childNodes.length).toBe(0);
    host.remove();
  });

  it('observes and then disconnects its ResizeObserver, following the width', () => {
    const observed: Element[] = [];
    let callback: ResizeObserverCallback = () => {};
    const disconnect = vi.fn();
    class FakeResizeObserver {
      constructor(cb: ResizeObserverCallback) {
        callback = cb;
      }
      observe(element: Element) {
        observed.push(element);
      }
      unobserve() {}
      disconnect = disconnect;
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    try {
      const { timeline, svg } = mount(SEED);
      expect(observed.length).toBe(1);
      callback([{ contentRect: { width: 320 } } as ResizeObserverEntry], {} as ResizeObserver);
      expect(svg.getAttribute('width')).toBe('320');
      timeline.destroy();
      expect(disconnect).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
