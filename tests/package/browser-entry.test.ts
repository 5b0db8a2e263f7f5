/**
 * The script-tag bundle (src/browser.ts) lists its exports by name, leaving out the static SVG renderer, which has a
 * file of its own (src/browser-static.ts): every other runtime export of `event-timeline/timeline` must be in it.
 */
import { describe, expect, it } from 'vitest';
import * as timeline from '../../src/timeline.js';
import * as browser from '../../src/browser.js';
import * as browserStatic from '../../src/browser-static.js';

describe('the browser entries', () => {
  it('together hold every runtime export of event-timeline/timeline, the static renderer apart', () => {
    expect(Object.keys(browserStatic).sort()).toEqual(['renderTimelineSVG', 'staticSvgStylesheet']);
    const expected = Object.keys(timeline).filter((name) => !(name in browserStatic));
    expect(Object.keys(browser).sort()).toEqual(expected.sort());
  });
});
