import { describe, expect, it } from 'vitest';
import type { PlacedCluster } from '../../../src/timeline/layout/types.js';
import { clusterIndex, countGlyphs, countText } from '../../../src/timeline/render/clusters.js';

/** A cluster at hand-picked pixels: its badge at (x, y), its span from x0 to x1. */
const cluster = (key: string, at: { x: number; y: number; x0?: number; x1?: number; count?: number }): PlacedCluster => ({
  key,
  lane: 'a',
  memberIds: [],
  start: 0,
  end: 1,
  x0: at.x - 20,
  x1: at.x + 20,
  count: 5,
  ...at,
});

describe('cluster counts as one text (clusters)', () => {
  it('places each character of every count by its middle, side by side and centred on its badge', () => {
    const glyphs = countGlyphs([cluster('a', { x: 100, y: 20, count: 7 }), cluster('b', { x: 200, y: 46, count: 123 }), cluster('c', { x: 300, y: 20, count: 12_400 })], 7);
    expect(glyphs.text).toBe('712312k');
    expect(glyphs.x.split(' ').map(Number)).toEqual([100, 193, 200, 207, 293, 300, 307]);
    expect(glyphs.y.split(' ').map(Number)).toEqual([24, 50, 50, 50, 24, 24, 24]);
  });

  it('writes counts up to 999, then in thousands', () => {
    expect([1, 999, 1000, 1499, 1500, 250_000].map(countText)).toEqual(['1', '999', '1k', '1k', '2k', '250k']);
  });

  it('an empty view has no characters and no positions', () => {
    expect(countGlyphs([], 7)).toEqual({ text: '', x: '', y: '' });
  });
});

describe('hit testing clusters by index (clusters)', () => {
  const clusters = [
    cluster('left', { x: 100, y: 20, x0: 60, x1: 140 }),
    cluster('right', { x: 120, y: 20, x0: 118, x1: 122, count: 150 }),
    cluster('far', { x: 400, y: 20 }),
    cluster('below', { x: 100, y: 72 }),
  ];
  const index = clusterIndex(clusters);
  const at = (x: number, y: number) => index.find(x, y)?.key;

  it('finds a cluster by its badge or its span, in its own row', () => {
    expect(at(400, 20)).toBe('far');
    expect(at(409, 25)).toBe('far');
    expect(at(100, 72)).toBe('below');
    expect(at(65, 23)).toBe('left');
  });

  it('a badge is round, and the last badge drawn is on top; a badge is over any span', () => {
    // inside both badges: the later one ('right', radius 12 for three digits) is on top
    expect(at(110, 20)).toBe('right');
    // outside left's badge, on its span
    expect(at(88, 24)).toBe('left');
    expect(at(131, 20)).toBe('right');
    expect(at(137, 23)).toBe('left');
  });

  it('finds nothing beside every badge and span, or between rows', () => {
    expect(at(300, 20)).toBeUndefined();
    expect(at(50, 20)).toBeUndefined();
    expect(at(100, 46)).toBeUndefined();
    expect(at(150, 35)).toBeUndefined();
  });
});
