import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity as d3ZoomIdentity } from 'd3-zoom';
import { zoomIdentity } from '../../../src/timeline/render/zoom-transform.js';
import { scaleUtcLinear } from '../../../src/timeline/render/time-scale.js';

const from = new Date(Date.UTC(2020, 6, 20));
const to = new Date(Date.UTC(2020, 8, 10, 12));

describe('the linear UTC time scale agrees with d3 scaleUtc', () => {
  const ours = scaleUtcLinear().domain([from, to]).range([0, 1234]);
  const d3 = scaleUtc().domain([from, to]).range([0, 1234]);
  it('maps, inverts and reports its domain and range', () => {
    for (const t of [from, new Date(Date.UTC(2020, 7, 3)), to, new Date(Date.UTC(2019, 0, 1))]) expect(ours(t)).toBe(d3(t));
    for (const px of [0, 17.5, 600, 1234, -50]) expect(+ours.invert(px)).toBe(+d3.invert(px));
    expect(ours.domain()).toEqual([from, to]);
    expect(ours.range()).toEqual([0, 1234]);
  });
  it("rescales under the timeline's zoom transform as d3-zoom's transform rescales d3's scale", () => {
    const t = zoomIdentity.translate(-300, 0).scale(3);
    const reference = d3ZoomIdentity.translate(-300, 0).scale(3);
    expect([t.k, t.x, t.y]).toEqual([reference.k, reference.x, reference.y]);
    expect(t.rescaleX(ours).domain().map(Number)).toEqual(reference.rescaleX(d3).domain().map(Number));
    expect(t.invertX(reference.applyX(123.5))).toBeCloseTo(123.5, 9);
  });
  it('copies independently and rounds with rangeRound', () => {
    const rounded = ours.copy().rangeRound([0, 1234]);
    expect(rounded(new Date(Date.UTC(2020, 7, 3)))).toBe(Math.round(d3(new Date(Date.UTC(2020, 7, 3)))));
    expect(Number.isInteger(ours(new Date(Date.UTC(2020, 7, 3))))).toBe(false);
  });
});
