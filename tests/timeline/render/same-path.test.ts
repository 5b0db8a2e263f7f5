// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mount } from './mount.js';
import { SEED, SHAPES } from './fixtures/events.js';
import { renderTimelineSVG } from '../../../src/timeline/static.js';

describe('one render path', () => {
  it('the interactive plot and the standalone SVG draw the same axis, lanes and marks', async () => {
    const events = [...SEED, ...SHAPES];
    const view = mount(events, { lang: 'nl', lanes: 'actor', width: 900 });
    view.timeline.zoomTo('2020-08-01', '2020-08-31');
    const idPrefix = view.svg.getAttribute('aria-describedby')!.replace(/-help$/, '');
    const svg = await renderTimelineSVG(events, { width: 900, lang: 'nl', lanes: 'actor', start: '2020-08-01', end: '2020-08-31', idPrefix, document });
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const layer = (root: ParentNode, selector: string) => new XMLSerializer().serializeToString(root.querySelector(selector)!);
    for (const selector of ['g.et-events', 'g.et-lanes', 'g.et-clusters', 'g.et-axis-minor', 'g.et-axis-major', 'defs']) {
      expect(layer(view.root, `svg[data-part="plot"] ${selector}`), selector).toBe(layer(parsed, selector));
    }
    expect(view.root.querySelectorAll('svg[data-part="plot"] g.et-event').length).toBeGreaterThan(10);
    view.cleanup();
  });
});
