// @vitest-environment jsdom
/**
 * Direction controls in data (U+202E right-to-left override and friends) stay inside their own string: every text
 * node and attribute the component writes ends with nothing left open, so the component's own text after a data
 * string (counts, dates, kinds, punctuation) keeps its order. Unit tests of the isolation itself below.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isolateText } from '../../../src/timeline/format/isolate.js';
import { renderTimelineSVG } from '../../../src/timeline/static.js';
import { makeEvent, SEED } from './fixtures/events.js';
import { mount } from './mount.js';

afterEach(() => document.body.replaceChildren());

const RLO = '\u202E';
const PDI = '\u2069';

/** What a string leaves open at its end (isolates and embeddings), by the Unicode bidi algorithm's matching. */
function leftOpen(text: string): number {
  const open: string[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x2066 && code <= 0x2068) open.push('i');
    else if ((code >= 0x202a && code <= 0x202b) || (code >= 0x202d && code <= 0x202e)) open.push('e');
    else if (ch === PDI) {
      if (open.includes('i')) while (open.pop() !== 'i');
    } else if (ch === '\u202C' && open.at(-1) === 'e') open.pop();
  }
  return open.length;
}

/** Every shown text node and attribute value under `root` that holds a direction control and leaves something open. */
function leaks(root: Node): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3 && leftOpen((node as Text).data)) found.push(`text ${JSON.stringify((node as Text).data)}`);
    // form values and data- attributes are machine data, never shown
    if (node.nodeType === 1) for (const a of (node as Element).attributes) if (a.name !== 'value' && !a.name.startsWith('data-') && leftOpen(a.value)) found.push(`${a.name}=${JSON.stringify(a.value)}`);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

const hostile = makeEvent({
  id: 'evil',
  title: `Rusland ${RLO}zegt${PDI}${PDI} iets`,
  date: { earliest: '2020-08-17', latest: '2020-08-17' },
  actors: [`${RLO}Poetin`, `\u2067\u05D0\u05D1`],
  places: [`Minsk${RLO}`],
  sentence: `Rusland ${RLO}zegt iets over Minsk.`,
});

describe('data strings are isolated', () => {
  it('in the interactive component: marks, lanes, details, list, filters, announcements', () => {
    const { root, timeline, cleanup } = mount([hostile, ...SEED], { lang: 'en', lanes: 'actor' });
    timeline.select('evil');
    const text = root.textContent ?? '';
    expect(text).toContain(RLO); // the data is shown, not stripped
    expect(leaks(root)).toEqual([]);
    cleanup();
  });
  it('in the static SVG', () => {
    const svg = renderTimelineSVG([hostile, ...SEED], { width: 800, height: 300, lang: 'en' });
    expect(leaks(new DOMParser().parseFromString(svg, 'image/svg+xml'))).toEqual([]);
  });
});

describe('isolateText', () => {
  it('leaves text with no right-to-left letter and no control as it is', () => {
    expect(isolateText('Loekasjenko zegt (3)')).toBe('Loekasjenko zegt (3)');
  });
  it('wraps in first-strong isolate and pop directional isolate, dropping closers without opener and closing what stays open', () => {
    expect(isolateText(`a${RLO}b`)).toBe(`\u2068a${RLO}b${PDI}`);
    expect(isolateText(`a${PDI}${RLO}b`)).toBe(`\u2068a${RLO}b${PDI}`);
    expect(isolateText('x\u2067y')).toBe(`\u2068x\u2067y${PDI}${PDI}`);
    expect(isolateText('\u05E9\u05DC\u05D5\u05DD')).toBe(`\u2068\u05E9\u05DC\u05D5\u05DD${PDI}`);
    for (const text of [`a${RLO}b`, `${PDI}${PDI}${RLO}`, '\u2066\u2067\u2068', `\u202C\u202B${PDI}x`]) expect(leftOpen(`${isolateText(text)}own`)).toBe(0);
  });
});
