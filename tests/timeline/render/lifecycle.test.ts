// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawnClusters, drawnIds, drawnMarks, mount } from './mount.js';
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
    // The SVG marks are the same nodes (keyed joins over lanes, styles and labels), not redrawn copies.
    const marks = 'g.et-lane-marks, g.et-lane-marks > path, g.et-labels > g > text, g.et-badges > g > text';
    const marksBefore = nodes.filter((n) => n.matches(marks));
    const marksAfter = [...root.querySelectorAll(marks)];
    expect(marksAfter.length).toBeGreaterThan(10);
    expect(marksAfter).toEqual(marksBefore);
  });

  it('with changed events keeps the nodes of ids that stay, drops the removed, adds the new', () => {
    const { timeline, root } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    // Labels are keyed by mark: a label node stays with its mark across an update.
    const labelOf = (id: string) => [...root.querySelectorAll('g.et-labels > g > text')].find((t) => (t as Element & { __data__?: { prepared: { event: { id: string } } } }).__data__?.prepared.event.id === id) ?? null;
    const e1 = labelOf('e1');
    const e9 = labelOf('e9');
    expect(e1).not.toBeNull();
    const renamed = { ...SEED[0], title: 'Verkiezingen (bijgewerkt)' };
    const added = makeEvent({ id: 'e11', title: 'Nieuwe gebeurtenis', date: { earliest: '2020-08-20', latest: '2020-08-20' }, sentence: 'Op 20 augustus iets nieuws.' });
    timeline.update([renamed, ...SEED.slice(2), added]);
    expect(labelOf('e1')).toBe(e1);
    expect(labelOf('e9')).toBe(e9);
    expect(drawnIds(root)).not.toContain('e2');
    expect(drawnIds(root)).toContain('e11');
    // the new title, whole or cut with an ellipsis where the next mark of its row begins
    const label = e1!.textContent!;
    expect(label.replace(/…$/, '').length).toBeGreaterThan(8);
    expect('Verkiezingen (bijgewerkt)'.startsWith(label.replace(/…$/, ''))).toBe(true);
    timeline.select('e1');
    expect(root.querySelector('g.et-event[data-event-id="e1"]')!.getAttribute('aria-label')).toContain('Verkiezingen (bijgewerkt)');
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
    const drawn = drawnMarks(root).map((d) => d.prepared.event.id);
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

  it('activating a cluster zooms into its span; hovering it draws it as a real element with its name and count', () => {
    const { root, svg, timeline } = open(SEED, { width: 400 });
    const [cluster] = drawnClusters(root);
    expect(cluster).toBeDefined();
    // Clusters are paths (one of spans, one of badges, one text of counts): no element of their own until hovered.
    expect(root.querySelector('g.et-cluster')).toBeNull();
    const counts = root.querySelector('text.et-cluster-count')!;
    expect(counts.textContent).toBe(drawnClusters(root).map((c) => String(c.count)).join(''));
    // jsdom lays nothing out, so a pointer's client position is its position in the plot.
    svg.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: cluster.x, clientY: cluster.y }));
    const real = root.querySelector('g.et-cluster')!;
    expect(real.getAttribute('role')).toBe('img');
    expect(real.getAttribute('aria-label')).toMatch(new RegExp(`^${cluster.count} `));
    expect(real.getAttribute('data-count')).toBe(String(cluster.count));
    expect(real.textContent).toBe(String(cluster.count));
    // its count is drawn by that element, not twice
    expect(counts.textContent).toBe(drawnClusters(root).filter((c) => c !== cluster).map((c) => String(c.count)).join(''));
    svg.dispatchEvent(new MouseEvent('pointerleave', { bubbles: false }));
    expect(root.querySelector('g.et-cluster')).toBeNull();
    const zoom = vi.fn();
    timeline.on('zoom', zoom);
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: cluster.x, clientY: cluster.y }));
    expect(zoom).toHaveBeenCalled();
    expect(zoom.mock.calls.at(-1)![0].k).toBeGreaterThan(1);
  });

  it('a click on the badge of a cluster (one path for all badges) zooms into that cluster; a click beside it does nothing', () => {
    const { root, svg, timeline } = open(SEED, { width: 400 });
    const badges = root.querySelector<SVGPathElement>('path.et-cluster-badge')!;
    const clusters = drawnClusters(root);
    expect(badges.getAttribute('d')!.match(/M/g)!.length).toBe(clusters.length);
    const { x, y, start, end } = clusters[0];
    const ranges: [number, number][] = [];
    timeline.on('zoom', ({ start: a, end: b }) => ranges.push([+a, +b]));
    // jsdom lays nothing out, so a pointer's client position is its position in the plot.
    const click = (atX: number, atY: number) => svg.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: atX, clientY: atY }));
    click(x, y + 40);
    expect(ranges).toEqual([]);
    click(x + 6, y - 5);
    expect(ranges.length).toBe(1);
    expect(Math.max(ranges[0][0], start)).toBeLessThan(Math.min(ranges[0][1], end));
  });

  it('a click on the span of a cluster zooms into that cluster; a click beside every span does nothing', () => {
    const { root, svg, timeline } = open(SEED, { width: 400 });
    const { x0, x1, y, start, end } = drawnClusters(root)[0];
    const ranges: [number, number, number][] = [];
    timeline.on('zoom', ({ start: a, end: b, k }) => ranges.push([+a, +b, k]));
    // jsdom lays nothing out, so a pointer's client position is its position in the plot.
    const click = (x: number, atY: number) => svg.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: atY }));
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
    const { root, svg, timeline, details } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    const selected = vi.fn();
    timeline.on('select', selected);
    // jsdom lays nothing out, so a pointer's client position is its position in the plot. The plot finds the
    // mark by position (marks are drawn in batches, not as elements of their own).
    const e7 = drawnMarks(root).find((d) => d.prepared.event.id === 'e7')!;
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: e7.x + 2, clientY: e7.y - 3 }));
    expect(selected).toHaveBeenCalledWith({ id: 'e7', event: SEED[6] });
    expect(root.querySelector('g.et-selected')!.getAttribute('data-event-id')).toBe('e7');
    expect(details().querySelector('mark')!.textContent).toBe('19 augustus');
    timeline.select(null);
    expect(details().hidden).toBe(true);
    expect(selected).toHaveBeenLastCalledWith({ id: null, event: null });
    // a click beside every mark selects nothing
    svg.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: e7.x, clientY: e7.y + 1000 }));
    expect(selected).toHaveBeenCalledTimes(2);
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
    const { root, svg, timeline } = open(SEED);
    timeline.zoomTo('2020-08-01', '2020-08-31');
    const e1 = drawnMarks(root).find((d) => d.prepared.event.id === 'e1')!;
    svg.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: e1.x - 4, clientY: e1.y + 2 }));
    const tip = root.querySelector('g.et-tooltip-item')!;
    expect(tip.querySelector('.et-tooltip-title')!.textContent).toBe('Presidentsverkiezingen gehouden');
    expect(tip.querySelector('.et-tooltip-date')!.textContent).toMatch(/9 augustus 2020/);
    svg.dispatchEvent(new MouseEvent('pointerleave', { clientX: 0, clientY: 0 }));
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
