/**
 * A linear UTC time scale: the part of d3's `scaleUtc` the timeline uses (map, invert, domain, range,
 * rangeRound, copy), so a zoom transform's `rescaleX` accepts it, without d3-scale's interpolators, colour
 * parsing and tick formatting in the browser bundle. Ticks come from `format/ticks.ts`.
 */
export interface TimeScale {
  (value: Date | number | { valueOf(): number }): number;
  invert(px: number): Date;
  domain(): Date[];
  domain(domain: ReadonlyArray<Date | number | { valueOf(): number }>): this;
  range(): number[];
  range(range: readonly number[]): this;
  rangeRound(range: readonly number[]): this;
  copy(): this;
}

export function scaleUtcLinear(): TimeScale {
  return create(0, 1, 0, 1, false);
}

function create(d0: number, d1: number, r0: number, r1: number, round: boolean): TimeScale {
  const scale = ((value: Date | number | { valueOf(): number }) => {
    const t = +value;
    // The same arithmetic as d3 (normalize, then interpolate), so positions agree to the last bit.
    const u = d1 === d0 ? 0.5 : (t - d0) / (d1 - d0);
    const px = r0 * (1 - u) + r1 * u;
    return round ? Math.round(px) : px;
  }) as TimeScale;
  scale.invert = (px: number) => {
    const u = r1 === r0 ? 0.5 : (px - r0) / (r1 - r0);
    return new Date(Math.round(d0 * (1 - u) + d1 * u));
  };
  scale.domain = ((domain?: ReadonlyArray<Date | number | { valueOf(): number }>) => {
    if (!domain) return [new Date(d0), new Date(d1)];
    d0 = +domain[0];
    d1 = +domain[domain.length - 1];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((range?: readonly number[]) => {
    if (!range) return [r0, r1];
    [r0, r1] = [+range[0], +range[range.length - 1]];
    round = false;
    return scale;
  }) as TimeScale['range'];
  scale.rangeRound = (range: readonly number[]) => {
    scale.range(range);
    round = true;
    return scale;
  };
  scale.copy = () => create(d0, d1, r0, r1, round) as never;
  return scale;
}

/** `scale.invert` as a number of ms, without a Date each call (the same rounding). */
export function invertMs(scale: TimeScale): (px: number) => number {
  const [d0, d1] = scale.domain().map(Number);
  const [r0, r1] = scale.range();
  return (px) => {
    const u = r1 === r0 ? 0.5 : (px - r0) / (r1 - r0);
    return Math.round(d0 * (1 - u) + d1 * u);
  };
}
