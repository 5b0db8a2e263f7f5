// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './mount.js';
import { HOSTILE, SEED } from './fixtures/events.js';
import { renderTimelineSVG } from '../../../src/timeline/static.js';
import { adoptStyles } from '../../../src/timeline/styles/adopt.js';
import { componentRules } from '../../../src/timeline/styles/rules.js';

let current: ReturnType<typeof mount> | null = null;
afterEach(() => {
  current?.cleanup();
  current = null;
});

/** Every element and attribute the component may create; anything else came from data. */
const ALLOWED_TAGS = new Set(
  'div span p h2 dl dt dd blockquote mark cite button section ol li ul fieldset legend label input select option style svg g rect circle path line text title desc defs lineargradient stop mask'.split(' '),
);

function assertInert(root: ParentNode) {
  for (const element of root.querySelectorAll('*')) {
    expect(ALLOWED_TAGS.has(element.tagName.toLowerCase()), `unexpected <${element.tagName}>`).toBe(true);
    for (const attribute of element.attributes) {
      expect(attribute.name.toLowerCase().startsWith('on'), `${attribute.name} on <${element.tagName}>`).toBe(false);
      expect(attribute.name, `style on <${element.tagName}>`).not.toBe('style');
    }
  }
  expect(root.querySelectorAll('img, script, iframe, object, embed, a').length).toBe(0);
}

describe('markup and script in event text', () => {
  it('never becomes an element or an attribute (plot, details, list, filters)', () => {
    const view = (current = mount(HOSTILE, { lanes: 'actor' }));
    view.timeline.zoomTo('2020-08-01', '2020-08-31');
    view.press('Home');
    view.press('Enter');
    assertInert(view.root);
    const panel = view.details();
    expect(panel.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(panel.querySelector('mark')!.textContent).toBe('9 augustus <img src=x onerror=alert(3)>');
    expect(panel.querySelector('cite')!.textContent).toBe('"><img src=x onerror=alert(6)>');
    view.press('ArrowRight');
    view.press('Enter');
    assertInert(view.root);
    (view.root.querySelector('[data-action="list"]') as HTMLButtonElement).click();
    assertInert(view.root);
    const items = [...view.root.querySelectorAll('[data-part="list"] li')].map((li) => li.querySelector('button')!.textContent);
    expect(items).toEqual(expect.arrayContaining(['<img src=x onerror=alert(1)>', '"><svg onload=alert(7)>']));
    const lanes = [...view.root.querySelectorAll('.et-lane-label')].map((t) => t.textContent);
    expect(lanes).toContain('<script>alert(1)</script>');
    const options = [...view.root.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toContain('<img src=x onerror=alert(8)>');
  });

  it('stays text in the standalone SVG', () => {
    const svg = renderTimelineSVG(HOSTILE, { width: 600, lang: 'nl', lanes: 'actor' });
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    assertInert(parsed);
    expect(parsed.querySelectorAll('svg').length).toBe(1);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('strict Content-Security-Policy', () => {
  it('uses no style attributes and no inline style text', () => {
    const view = (current = mount(SEED, { lanes: 'actor' }));
    view.press('Home');
    view.press('Enter');
    view.timeline.zoomTo('2020-08-01', '2020-08-31');
    for (const element of view.root.querySelectorAll('*')) expect(element.hasAttribute('style'), element.tagName).toBe(false);
    for (const style of view.root.querySelectorAll('style')) expect(style.textContent).toBe('');
    expect(view.host.hasAttribute('style')).toBe(false);
  });

  it('adopts a constructable stylesheet where the engine has one, and removes it again', () => {
    class FakeSheet {
      cssRules: string[] = [];
      insertRule(rule: string, index: number) {
        this.cssRules.splice(index, 0, rule);
        return index;
      }
    }
    const root = { adoptedStyleSheets: [] as unknown[], ownerDocument: { defaultView: { CSSStyleSheet: FakeSheet } } } as unknown as ShadowRoot;
    const adopted = adoptStyles(root, componentRules());
    const sheets = (root as unknown as { adoptedStyleSheets: FakeSheet[] }).adoptedStyleSheets;
    expect(sheets.length).toBe(1);
    expect(sheets[0].cssRules.length).toBe(componentRules().length);
    expect(sheets[0].cssRules.some((r) => r.startsWith('@media (prefers-reduced-motion: reduce)'))).toBe(true);
    adopted.remove();
    expect((root as unknown as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets.length).toBe(0);
  });

  it('keeps everything inside its shadow root', () => {
    const view = (current = mount(SEED));
    expect(view.host.childNodes.length).toBe(0);
    expect(view.host.shadowRoot).toBe(view.root);
    expect(document.querySelectorAll('.et-root, svg').length).toBe(0);
  });
});
