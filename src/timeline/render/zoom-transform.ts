/**
 * A zoom transform as d3-zoom defines it (scale `k`, then translate `x`, `y`): the part the timeline uses, so the
 * bundle needs no d3-zoom. `rescaleX(base)` is the visible scale of a base scale.
 */
import type { TimeScale } from './time-scale.js';

export class ZoomTransform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}

  /** The transform scaled by `k` around the origin. */
  scale(k: number): ZoomTransform {
    return k === 1 ? this : new ZoomTransform(this.k * k, this.x, this.y);
  }

  /** The transform translated by `x`, `y` in its own (scaled) units. */
  translate(x: number, y: number): ZoomTransform {
    return x === 0 && y === 0 ? this : new ZoomTransform(this.k, this.x + this.k * x, this.y + this.k * y);
  }

  invertX(x: number): number {
    return (x - this.x) / this.k;
  }

  /** A copy of `scale` whose domain is what the transformed range shows. */
  rescaleX<S extends TimeScale>(scale: S): S {
    return scale.copy().domain(scale.range().map((px) => scale.invert(this.invertX(px))));
  }
}

export const zoomIdentity = new ZoomTransform(1, 0, 0);
