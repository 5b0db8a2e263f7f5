// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawnMarks, mount } from './mount.js';
import { domId } from '../../../src/timeline/render/ids.js';
import { SEED, SHAPES } from './fixtures/events.js';
import { renderTimelineSVG } from '../../../src/timeline/static.js';

/** The parts of a mark by name (et-range, et-bar, et-marker, et-outline, et-glyph, et-badge, et-strike), in order, without the label. */
function partNames(g: Element): string {
  const names = [...g.children]
    .map((c) => c.getAttribute('class')!.split(' ').filter((n) => n !== 'et-batch')[0])
    .filter((name) => !name.startsWith('et-label'));
  return [...new Set(names)].join(' ');
}

/** Per event of the standalone SVG: its classes, where its mark starts (px) and its parts. */
function paperMarks(root: ParentNode): Map<string, { classes: string; x: number; parts: string }> {
  const out = new Map<string, { classes: string; x: number; parts: string }>();
  for (const g of root.querySelectorAll('g.et-event')) {
    const x = Number(/translate\(([-\d.]+),/.exec(g.getAttribute('transform')!)![1]);
    out.set(g.getAttribute('data-event-id')!, { classes: g.getAttribute('class')!, x, parts: partNames(g) });
  }
  return out;
}

describe('one look on screen and on paper', () => {
  it('the standalone SVG draws each event with the interactive plot\'s shape, kind and position', () => {
    const events = [...SEED, ...SHAPES];
    const view = mount(events, { lang: 'nl', lanes: 'actor', width: 900 });
    view.timeline.zoomTo('2020-08-01', '2020-08-31');
    const svg = renderTimelineSVG(events, { width: 900, lang: 'nl', lanes: 'actor', start: '2020-08-01', end: '2020-08-31' });
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    // On screen, marks are drawn in batches; each is drawn as an element of its own when selected.
    const screen = new Map<string, { classes: string; x: number; parts: string }>();
    for (const d of drawnMarks(view.root)) {
      if (screen.has(d.prepared.event.id)) continue;
      view.timeline.select(d.prepared.event.id);
      const g = view.root.querySelector(`g.et-event[id$="${domId('', 'event', d.key).slice(1)}"]`)!;
      const classes = g.getAttribute('class')!.replace(' et-selected', '').replace(' et-repeat', '');
      screen.set(d.prepared.event.id, { classes, x: d.prepared.shape === 'period' ? d.x0 : d.x, parts: partNames(g) });
    }
    view.timeline.select(null);
    const paper = paperMarks(parsed);
    expect(screen.size).toBeGreaterThan(10);
    for (const [id, mark] of screen) {
      const drawn = paper.get(id);
      expect(drawn, id).toBeDefined();
      expect(drawn!.classes, id).toBe(mark.classes);
      expect(drawn!.parts, id).toBe(mark.parts);
      // a bar that starts off-screen is clamped to a different far-off x; both are out of view
      if (mark.x >= 0 && mark.x <= 900) expect(Math.abs(drawn!.x - mark.x), id).toBeLessThanOrEqual(1);
    }
    view.cleanup();
  });
});
