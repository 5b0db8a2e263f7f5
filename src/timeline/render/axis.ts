/**
 * The time axis on two levels: fine ticks with their labels (days, months ...) and, above them, the coarse labels
 * ("augustus 2020") with a grid line at each boundary. Both are keyed joins on the tick's time, so a zoom or pan
 * frame moves the ticks that stay and writes text only for ticks that come. The fine ticks have d3-axis's markup
 * (an `axisTop` with tick size 5), but d3-axis keys ticks by their position: on a moving scale every tick is new
 * on every frame, with a new text element to lay out each time.
 */
import type { TimeScale } from './time-scale.js';
import { appendSvg, createSvg, type SvgScene } from './svg-scene.js';
import { PLOT_TOP, round } from './geometry.js';
import { estimateTextWidth } from './measure.js';
import { joinRecycled, setAttr, setText } from './attr.js';

/** Tick length (px) up from the axis line, and the gap between a tick's end and its label, as d3-axis draws them. */
const TICK_SIZE = 5;
const TICK_PADDING = 3;

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
  renderMinorAxis(scene.axisMinor, ticks.minor.map((t) => ({ key: String(+t.date), x: rounded(t.date), label: fits(rounded(t.date), t.label) ? t.label : '' })), [left, right]);

  // The coarse label of the period the view starts in stays pinned at the left edge until the next one pushes it away.
  const major = ticks.major.map((t) => ({ key: +t.date, label: t.label, x: Math.round(x(t.date)) }));
  const firstInside = major.findIndex((t) => t.x >= left);
  const pinned = firstInside > 0 ? major[firstInside - 1] : firstInside < 0 ? major[major.length - 1] : null;
  const visible = major.filter((t) => t.x >= left && t.x <= right);
  // ... and gives way when the next label would run into it.
  const pinnedFits = pinned && (!visible.length || visible[0].x - left >= estimateTextWidth(pinned.label, 12) * 1.1 + 12);
  const items = [...(pinned && pinnedFits ? [{ ...pinned, x: left, pinned: true }] : []), ...visible.map((t) => ({ ...t, pinned: false }))];

  const layer = scene.axisMajor;
  const nodes = joinRecycled(layer, items, (d) => `${d.key}${d.pinned ? 'p' : ''}`, () => {
    const g = createSvg(layer.ownerDocument, 'g', { class: 'et-axis-major-tick' });
    appendSvg(g, 'line');
    appendSvg(g, 'text');
    return g;
  });
  nodes.forEach((g, i) => {
    const d = items[i];
    setAttr(g, 'transform', `translate(${d.x},0)`);
    const line = g.firstElementChild!;
    setAttr(line, 'y1', 4);
    setAttr(line, 'y2', round(PLOT_TOP + plotHeight));
    setAttr(line, 'visibility', d.pinned ? 'hidden' : null);
    const text = line.nextElementSibling!;
    setAttr(text, 'x', 4);
    setAttr(text, 'y', 16);
    setText(text, d.label);
  });
}

interface MinorTick {
  key: string;
  x: number;
  label: string;
}

const isTick = (node: Element) => node.getAttribute('class') === 'tick';

/** The fine ticks and the axis line, in d3-axis's markup for `axisTop(scale).tickSize(5)`. */
function renderMinorAxis(layer: SVGGElement, ticks: readonly MinorTick[], [left, right]: number[]): void {
  // d3-axis's half-pixel offset: crisp 1 px lines on a standard-density screen.
  const offset = (layer.ownerDocument.defaultView?.devicePixelRatio ?? 1) > 1 ? 0 : 0.5;
  if (!layer.hasAttribute('fill')) {
    layer.setAttribute('fill', 'none');
    layer.setAttribute('text-anchor', 'middle');
  }
  let domain = layer.firstElementChild;
  if (!domain || domain.getAttribute('class') !== 'domain') {
    domain = layer.insertBefore(createSvg(layer.ownerDocument, 'path', { class: 'domain', stroke: 'currentColor' }), layer.firstChild);
  }
  setAttr(domain, 'd', `M${left + offset},${-TICK_SIZE}V${offset}H${right + offset}V${-TICK_SIZE}`);
  const nodes = joinRecycled(
    layer,
    ticks,
    (d) => d.key,
    () => {
      const g = createSvg(layer.ownerDocument, 'g', { class: 'tick', opacity: 1 });
      appendSvg(g, 'line', { stroke: 'currentColor', y2: -TICK_SIZE });
      appendSvg(g, 'text', { fill: 'currentColor', y: -(TICK_SIZE + TICK_PADDING), dy: '0em' });
      return g;
    },
    { isMember: isTick },
  );
  nodes.forEach((g, i) => {
    setAttr(g, 'transform', `translate(${ticks[i].x + offset},0)`);
    setText(g.lastElementChild!, ticks[i].label);
  });
}
