import { describe, expect, it } from 'vitest';
import { serves, viewAhead } from '../../../src/timeline/render/motion-ahead.js';

const limits = { zoomIn: 4, zoomOut: 1.5 };
const width = 1000;
const DAY = 86_400_000;
const k = width / (10 * DAY); // ten days across the view
const centre = (v: { k: number; a: number }) => v.a + width / v.k / 2;

describe('viewAhead', () => {
  const previous = { k, a: 100 * DAY };

  it('zooming out: the view at the outer limit of the layout in use, around the view centre', () => {
    const current = { k: k / 1.1, a: 100 * DAY - 0.5 * DAY };
    const ahead = viewAhead(k, previous, current, width, limits)!;
    expect(ahead.k).toBeCloseTo(k / 1.5, 12);
    expect(centre(ahead)).toBeCloseTo(centre(current), 0);
  });

  it('zooming in: the view at the inner limit, around the view centre', () => {
    const current = { k: k * 1.2, a: 101 * DAY };
    const ahead = viewAhead(k, previous, current, width, limits)!;
    expect(ahead.k).toBeCloseTo(k * 4, 12);
    expect(centre(ahead)).toBeCloseTo(centre(current), 0);
  });

  it('panning: one view width further the way it went, at the same zoom', () => {
    expect(viewAhead(k, previous, { k, a: 102 * DAY }, width, limits)).toEqual({ k, a: 112 * DAY });
    expect(viewAhead(k, previous, { k, a: 98 * DAY }, width, limits)).toEqual({ k, a: 88 * DAY });
  });

  it('a view that did not move foresees nothing', () => {
    expect(viewAhead(k, previous, { ...previous }, width, limits)).toBeNull();
  });
});

describe('serves', () => {
  const layout = { k, start: 90 * DAY, end: 120 * DAY };
  it('holds for views inside the range and zoom limits of the layout, not beyond', () => {
    expect(serves(layout, { k, a: 100 * DAY }, width, limits)).toBe(true);
    expect(serves(layout, { k, a: 110 * DAY }, width, limits)).toBe(true);
    expect(serves(layout, { k, a: 111 * DAY }, width, limits)).toBe(false); // ends after the layout's range
    expect(serves(layout, { k, a: 89 * DAY }, width, limits)).toBe(false);
    expect(serves(layout, { k: k * 4, a: 100 * DAY }, width, limits)).toBe(true);
    expect(serves(layout, { k: k * 4.01, a: 100 * DAY }, width, limits)).toBe(false);
    expect(serves(layout, { k: k / 1.5, a: 95 * DAY }, width, limits)).toBe(true);
    expect(serves(layout, { k: k / 1.51, a: 95 * DAY }, width, limits)).toBe(false);
  });
});
