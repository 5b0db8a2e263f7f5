import { describe, expect, it } from 'vitest';
import { interpolate, interpolateZoom } from '../../../src/timeline/render/interpolate-shim.js';

describe('browser-bundle stand-ins for d3-interpolate', () => {
  it('interpolates numbers and nested arrays of numbers (a brush selection)', () => {
    const i = interpolate([[0, 0], [100, 20]], [[50, 0], [300, 20]]);
    expect(i(0)).toEqual([[0, 0], [100, 20]]);
    expect(i(0.5)).toEqual([[25, 0], [200, 20]]);
    expect(i(1)).toEqual([[50, 0], [300, 20]]);
    expect(interpolate(2, 4)(0.25)).toBe(2.5);
  });
  it('interpolates zoom views: centre linear, width geometric, with a duration', () => {
    const i = interpolateZoom([0, 0, 100], [100, 0, 400]);
    expect(i(0)).toEqual([0, 0, 100]);
    expect(i(0.5)).toEqual([50, 0, 200]);
    expect(i(1)).toEqual([100, 0, 400]);
    expect(i.duration).toBeGreaterThan(0);
  });
});
