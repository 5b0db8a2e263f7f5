// README is a short first page (issue 18 point 11): its claims about itself and its links hold.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '..', '..');
const README = readFileSync(join(REPO, 'README.md'), 'utf8');

describe('README', () => {
  it('is under 150 lines and opens with the seed screenshot, which the screenshot test keeps current', () => {
    expect(README.split('\n').length).toBeLessThan(150);
    const firstImage = /!\[[^\]]*\]\(([^)]+)\)/.exec(README)!;
    expect(README.indexOf(firstImage[0])).toBeLessThan(README.indexOf('\n## '));
    expect(firstImage[1]).toBe('tests/browser/screenshots/seed-desktop.png');
    expect(existsSync(join(REPO, firstImage[1]))).toBe(true);
    expect(readFileSync(join(REPO, 'tests', 'browser', 'screenshots.test.ts'), 'utf8')).toContain("'seed-desktop.png'");
  });

  it('links only to files that exist', () => {
    const links = [...README.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^https?:/.test(l));
    expect(links).toEqual(expect.arrayContaining(['docs/api.md', 'docs/evidence.md', 'CHANGELOG.md']));
    for (const link of links) expect(existsSync(join(REPO, link)), link).toBe(true);
    for (const [file, anchor] of [...README.matchAll(/\]\((docs\/[\w.-]+\.md)#([\w-]+)\)/g)].map((m) => [m[1], m[2]])) {
      const headings = readFileSync(join(REPO, file), 'utf8').match(/^#+ .+$/gm)!.map((h) => h.replace(/^#+ /, '').toLowerCase().replace(/[^\w\s-]/g, '').replace(/\s+/g, '-'));
      expect(headings, `${file}#${anchor}`).toContain(anchor);
    }
  });

  it("keeps a newcomer's two commands true: npm start runs the examples, npm test the tests, as CI does", () => {
    expect(README).toContain('npm ci && npm start');
    expect(README).toContain('npm ci && npm test');
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe('node scripts/start.mjs');
    expect(pkg.scripts.test).toMatch(/^npm run build && vitest run$/);
    expect(readFileSync(join(REPO, '.ci', 'run'), 'utf8')).toMatch(/^TZ=\S+ npm test$/m);
  });
});
