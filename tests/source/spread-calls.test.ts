/**
 * Spreading a list into one call (`push(...list)`, `Math.max(...list)`, `fn(...list)`) passes every item as an
 * argument on the stack and throws RangeError past about 125,000 items: an article with that many events, a folder
 * with that many files, a paragraph with that many lines. No call in src/ spreads a list into its arguments (use
 * `appendAll` and `maxOf` from src/lists.ts, or pass the list); a spread of a fixed, small tuple is allowed only by
 * name below, with its reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { appendAll, maxOf } from '../../src/lists.js';

/** `file: callee(...argument)` of allowed spreads, with why each is bounded. None is needed today. */
const ALLOWED: Record<string, string> = {};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every spread into the arguments of a call or `new` in a source text, as `callee(...argument)` with its line. */
function spreadCalls(file: string, text: string): { key: string; line: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: { key: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      const key = `${file.replace(/\\/g, '/')}: ${node.parent.expression.getText(source)}(...${node.expression.getText(source)})`;
      found.push({ key, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no list is spread into a call', () => {
  it('finds the spreads it forbids', () => {
    const found = spreadCalls('x.ts', 'a.push(...b); Math.max(...c.map(f)); new Set([...d, ...e]); f({ ...g }); h(...[1, 2]);');
    expect(found.map((f) => f.key)).toEqual(['x.ts: a.push(...b)', 'x.ts: Math.max(...c.map(f))', 'x.ts: h(...[1, 2])']);
  });

  it('holds in every source file but the allowed ones', () => {
    const found = sourceFiles('src').flatMap((file) => spreadCalls(file, readFileSync(file, 'utf8')));
    expect(found.filter(({ key }) => !(key in ALLOWED)).map(({ key, line }) => `${key} (line ${line})`)).toEqual([]);
  });

  it('appends and finds the largest of 130,000 items, where a spread throws', () => {
    const items = Array.from({ length: 130_000 }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target = [-1];
    expect(appendAll(target, items)).toBe(target);
    expect(target).toHaveLength(130_001);
    expect(target[130_000]).toBe(129_999);
    expect(maxOf(items)).toBe(129_999);
    expect(maxOf([], 1)).toBe(1);
    expect(maxOf([])).toBe(-Infinity);
    expect(maxOf([3, Number.NaN, 5])).toBeNaN();
  });
});
