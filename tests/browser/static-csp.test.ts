/**
 * A static SVG inlined in a page under a strict Content-Security-Policy (`style-src 'self'`, issue 19 point 7):
 * with `styles: 'attributes'` it shows its colours and the page reports no violation; the default `<style>` is
 * refused by such a page, which is why the option exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openPage, readExampleData, REPO_ROOT, startSession, type Session } from './lib/harness.js';

let session: Session;
let lib: { renderTimelineSVG: (events: unknown[], options: object) => string };
beforeAll(async () => {
  session = await startSession();
  lib = await import(pathToFileURL(join(REPO_ROOT, 'dist', 'index.js')).href);
});
afterAll(async () => {
  await session?.close();
});

/** Inline the SVG in the strict-CSP example page; the violations it causes and the colour of an occurred mark (its outline). */
async function inline(svg: string): Promise<{ violations: string[]; stroke: string; background: string; shown: number }> {
  const { page } = await openPage(session.context, `${session.url}/examples/csp/`, { waitReady: false });
  try {
    return await page.evaluate(async (text) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const host = document.createElement('div');
      host.append(document.importNode(doc.documentElement, true));
      document.body.append(host);
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      const marker = host.querySelector('.et-kind-occurred .et-marker')!;
      return {
        violations,
        stroke: getComputedStyle(marker).stroke,
        background: getComputedStyle(host.querySelector('.et-plot-bg')!).fill,
        shown: host.querySelectorAll('.et-event').length,
      };
    }, svg);
  } finally {
    await page.close();
  }
}

describe('a static SVG inlined under a strict CSP', () => {
  it("with styles: 'attributes' is drawn in its colours with no violation", async () => {
    const events = readExampleData('seed.json');
    const result = await inline(lib.renderTimelineSVG(events, { lang: 'nl', lanes: 'actor', styles: 'attributes' }));
    expect(result.violations).toEqual([]);
    expect(result.stroke).toBe('rgb(31, 95, 168)');
    expect(result.background).toBe('rgb(255, 255, 255)');
    expect(result.shown).toBeGreaterThan(10);
  });

  it('with its own <style> (the default) is refused by such a page', async () => {
    const events = readExampleData('seed.json');
    const result = await inline(lib.renderTimelineSVG(events, { lang: 'nl', lanes: 'actor' }));
    expect(result.violations.some((v) => v.startsWith('style-src'))).toBe(true);
    expect(result.stroke).not.toBe('rgb(31, 95, 168)');
  });
});
