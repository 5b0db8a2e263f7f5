/**
 * The time axis as SVG strings, with the interactive axis's markup and rules (render/axis.ts): fine ticks with
 * their labels, coarse labels above them with a grid line at each boundary, the first coarse label pinned left.
 */
import type { TimeScale } from '../render/time-scale.js';
import type { AxisTicks } from '../render/axis.js';
import { AXIS_HEIGHT, PLOT_TOP } from '../render/geometry.js';
import { estimateTextWidth } from '../render/measure.js';
import { element, px, textElement } from './markup.js';
import type { Painter } from './paint.js';

const TICK_SIZE = 5;
const TICK_PADDING = 3;

export function axisMarkup(x: TimeScale, ticks: AxisTicks, plotHeight: number, paint: Painter): string {
  const [left, right] = x.range();
  const at = (date: Date) => Math.round(x(date));
  const fits = (pos: number, text: string) => {
    const half = estimateTextWidth(text, 11) / 2;
    return pos - half >= left && pos + half <= right;
  };
  // d3-axis's half-pixel offset: crisp 1 px lines.
  const offset = 0.5;
  const minor = ticks.minor.map((t) => {
    const pos = at(t.date);
    return element(
      'g',
      { class: 'tick', opacity: 1, transform: `translate(${pos + offset},0)` },
      element('line', { stroke: 'currentColor', y2: -TICK_SIZE }),
      fits(pos, t.label) ? textElement('text', { fill: 'currentColor', y: -(TICK_SIZE + TICK_PADDING), dy: '0em' }, t.label) : '',
    );
  });
  const domain = element('path', { class: 'domain', stroke: 'currentColor', d: `M${left + offset},${-TICK_SIZE}V${offset}H${right + offset}V${-TICK_SIZE}` });

  const major = ticks.major.map((t) => ({ label: t.label, x: at(t.date) }));
  const firstInside = major.findIndex((t) => t.x >= left);
  const pinned = firstInside > 0 ? major[firstInside - 1] : firstInside < 0 ? major[major.length - 1] : null;
  const visible = major.filter((t) => t.x >= left && t.x <= right);
  const pinnedFits = pinned && (!visible.length || visible[0].x - left >= estimateTextWidth(pinned.label, 12) * 1.1 + 12);
  const items = [...(pinned && pinnedFits ? [{ ...pinned, x: left, pinned: true }] : []), ...visible.map((t) => ({ ...t, pinned: false }))];
  const majorMarkup = items.map((d) =>
    element(
      'g',
      { class: 'et-axis-major-tick', transform: `translate(${d.x},0)` },
      element('line', { y1: 4, y2: px(PLOT_TOP + plotHeight), visibility: d.pinned ? 'hidden' : null, ...paint.paint('axis-major-line') }),
      textElement('text', { x: 4, y: 16, ...paint.paint('axis-major-text') }, d.label),
    ),
  );

  return element(
    'g',
    { class: 'et-axis', 'aria-hidden': 'true', ...paint.paint('axis') },
    element('g', { class: 'et-axis-major' }, majorMarkup),
    element('g', { class: 'et-axis-minor', transform: `translate(0,${AXIS_HEIGHT})`, fill: 'none', 'text-anchor': 'middle', ...paint.paint('axis-minor') }, domain, minor),
  );
}
