/**
 * The time axis on two levels: d3-axis draws the fine ticks with their labels (days, months ...) and a keyed
 * join draws the coarse labels above them ("augustus 2020") with a grid line at each boundary.
 */
import { axisTop } from 'd3-axis';
import type { TimeScale } from './time-scale.js';
import type { SvgScene } from './svg-scene.js';
import { PLOT_TOP, round } from './geometry.js';
import { estimateTextWidth } from './measure.js';

export interface AxisTick {
  date: Date;
  label: string;
}

export interface AxisTicks {
  minor: readonly AxisTick[];
  major: readonly AxisTick[];
}

export function renderAxis(scene: SvgScene, x: TimeScale, ticks: AxisTicks, plotHeight: number): void {
  // Whole-pixel positions keep the output stable across engines and snapshot files readable.
  const rounded = x.copy().rangeRound(x.range() as [number, number]);
  const [left, right] = x.range();
  // A label that would be cut by the plot edge is left out rather than shown half.
  const fits = (at: number, text: string) => {
    const half = estimateTextWidth(text, 11) / 2;
    return at - half >= left && at + half <= right;
  };
  const labels = new Map(ticks.minor.map((t) => [+t.date, fits(rounded(t.date), t.label) ? t.label : '']));
  const minor = axisTop<Date>(rounded)
    .tickValues(ticks.minor.map((t) => t.date))
    .tickFormat((d) => labels.get(+d) ?? '')
    .tickSizeOuter(0)
    .tickSize(5);
  scene.axisMinor.call(minor);
  scene.axisMinor.attr('font-family', null).attr('font-size', null);

  // The coarse label of the period the view starts in stays pinned at the left edge until the next one pushes it away.
  const major = ticks.major.map((t) => ({ key: +t.date, label: t.label, x: Math.round(x(t.date)) }));
  const firstInside = major.findIndex((t) => t.x >= left);
  const pinned = firstInside > 0 ? major[firstInside - 1] : firstInside < 0 ? major[major.length - 1] : null;
  const visible = major.filter((t) => t.x >= left && t.x <= right);
  // ... and gives way when the next label would run into it.
  const pinnedFits = pinned && (!visible.length || visible[0].x - left >= estimateTextWidth(pinned.label, 12) * 1.1 + 12);
  const items = [...(pinned && pinnedFits ? [{ ...pinned, x: left, pinned: true }] : []), ...visible.map((t) => ({ ...t, pinned: false }))];

  scene.axisMajor
    .selectAll<SVGGElement, (typeof items)[number]>('g.et-axis-major-tick')
    .data(items, (d) => `${d.key}${d.pinned ? 'p' : ''}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'et-axis-major-tick');
      g.append('line');
      g.append('text');
      return g;
    })
    .attr('transform', (d) => `translate(${d.x},0)`)
    .call((g) =>
      g
        .select('line')
        .attr('y1', 4)
        .attr('y2', round(PLOT_TOP + plotHeight))
        .attr('visibility', (d) => (d.pinned ? 'hidden' : null)),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', 4)
        .attr('y', 16)
        .text((d) => d.label),
    );
}
