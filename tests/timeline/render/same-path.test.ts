// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawnIds, mount } from './mount.js';
import { SEED, SHAPES } from './fixtures/events.js';
import { renderTimelineSVG } from '../../../src/timeline/static.js';

/** Per drawn event: its classes (without the interactive plot's selection and repeat marks), where its mark starts (px) and its shape's parts without the label. */
function marks(root: ParentNode): Map<string, { classes: string; x: number; parts: string }> {
  const out = new Map<string, { classes: string; x: number; parts: string }>();
  for (const g of root.querySelectorAll('g.et-event')) {
    const x = Number(/translate\(([-\d.]+),/.exec(g.getAttribute('transform')!)![1]);
    const parts = [...g.children]
      .filter((c) => !c.getAttribute('class')!.startsWith('et-label'))
      .map((c) => `${c.localName}.${c.getAttribute('class')}`)
      .join(' ');
    out.set(g.getAttribute('data-event-id')!, { classes: g.getAttribute('class')!.replace(' et-selected', '').replace(' et-repeat', ''), x, parts });
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
    for (const id of drawnIds(view.root)) {
      view.timeline.select(id);
      for (const [key, mark] of marks(view.root.querySelector('svg[data-part="plot"]')!)) if (key === id) screen.set(key, mark);
    }
    view.timeline.select(null);
    const paper = marks(parsed);
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
