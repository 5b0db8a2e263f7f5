// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mount } from './mount.js';
import { generateEvents } from '../../../examples/large/generate.js';

/**
 * The batch paths, labels and badges as `tag.class[attribute names]`, by what they are keyed by (lane and style, or
 * mark key): a recycled node must carry exactly the attributes a fresh one does.
 */
function childStructure(root: ShadowRoot): Map<string, string> {
  const out = new Map<string, string>();
  const describe = (c: Element) => `${c.localName}.${c.getAttribute('class')}[${c.getAttributeNames().join(',')}]`;
  type Keyed = Element & { __data__?: { key?: string; lane?: string } };
  for (const g of root.querySelectorAll<Keyed>('svg[data-part="plot"] g.et-lane-marks')) {
    for (const path of g.children as HTMLCollectionOf<Keyed>) out.set(`${g.__data__!.lane} ${path.__data__!.key}`, describe(path));
  }
  // Pooled texts sit each in a group that carries its position.
  for (const text of root.querySelectorAll<Keyed>('svg[data-part="plot"] :is(g.et-labels, g.et-badges) > g > text')) {
    const slot = text.parentElement!;
    out.set(`${slot.parentElement!.getAttribute('class')} ${text.__data__!.key}`, `${describe(slot)} ${describe(text)}`);
  }
  return out;
}

describe('recycled marks', () => {
  it('after many zoom and pan steps have the children a freshly drawn mark has', () => {
    const events = generateEvents(1500, { years: 2 });
    const moved = mount(events, { lang: 'en', lanes: 'actor', width: 1000 });
    const windows: [string, string][] = [
      ['2000-01-01', '2001-12-31'],
      ['2000-03-01', '2000-09-30'],
      ['2000-05-01', '2000-06-15'],
      ['2000-05-10', '2000-05-25'],
      ['2000-05-20', '2000-06-30'],
      ['2000-02-01', '2001-02-01'],
      ['2001-01-01', '2001-03-01'],
      ['2000-06-01', '2000-07-01'],
    ];
    for (const [start, end] of windows) moved.timeline.zoomTo(start, end);
    const [start, end] = windows[windows.length - 1];
    const fresh = mount(events, { lang: 'en', lanes: 'actor', width: 1000 });
    fresh.timeline.zoomTo(start, end);
    const a = childStructure(moved.root);
    const b = childStructure(fresh.root);
    let compared = 0;
    for (const [key, structure] of a) {
      if (!b.has(key)) continue;
      expect(structure, key).toBe(b.get(key));
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
    moved.cleanup();
    fresh.cleanup();
  });

  it('zoom steps keep every mark path: a style without marks in view is emptied, never removed or restyled', async () => {
    const events = generateEvents(1500, { years: 2 });
    const view = mount(events, { lang: 'en', lanes: 'actor', width: 1000 });
    const windows: [string, string][] = [
      ['2000-01-01', '2001-12-31'],
      ['2000-03-01', '2000-09-30'],
      ['2000-05-01', '2000-06-15'],
      ['2000-05-10', '2000-05-25'],
    ];
    for (const [start, end] of windows) view.timeline.zoomTo(start, end);
    const plot = view.root.querySelector('svg[data-part="plot"] g.et-marks')!;
    const changes: string[] = [];
    const observer = new MutationObserver((list) => {
      for (const m of list) {
        if (m.type === 'childList' && m.target !== plot) for (const n of m.removedNodes) changes.push(`removed ${(n as Element).localName}`);
        if (m.type === 'attributes' && m.attributeName !== 'd') changes.push(`${m.attributeName} written`);
      }
    });
    observer.observe(plot, { subtree: true, childList: true, attributes: true });
    let emptied = 0;
    // the same steps again: every style they need has its path
    for (const [start, end] of windows) {
      view.timeline.zoomTo(start, end);
      emptied = Math.max(emptied, plot.querySelectorAll('g.et-lane-marks > path[d=""]').length);
    }
    await Promise.resolve();
    observer.disconnect();
    expect(changes).toEqual([]);
    expect(emptied).toBeGreaterThan(0);
    view.cleanup();
  });
});
