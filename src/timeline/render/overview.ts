/**
 * The overview strip: the density of all (filtered) events over the whole extent, with a range brush that shows the
 * visible range and sets it when dragged. Pointer-only; the plot itself offers the same through the keyboard.
 */
import type { TimeScale } from './time-scale.js';
import type { EventRecord } from '../../types.js';
import type { PreparedEvent } from '../layout/types.js';
import { appendSvg, createSvg } from './svg-scene.js';
import { round } from './geometry.js';
import { setAttr } from './attr.js';
import { createRangeBrush } from './range-brush.js';
import { maxOf } from '../../lists.js';

export const OVERVIEW_HEIGHT = 32;
const BINS = 120;

export interface Overview {
  element: SVGSVGElement;
  /** Redraw the density (when data, filter or width changed) and move the brush to the visible range. */
  render(input: {
    events: readonly PreparedEvent[];
    filter: ((event: EventRecord) => boolean) | undefined;
    base: TimeScale;
    visible: TimeScale;
    width: number;
  }): void;
  destroy(): void;
}

export function createOverview(doc: Document, onBrush: (start: number, end: number) => void): Overview {
  const svg = createSvg(doc, 'svg', { class: 'et-svg et-overview', 'aria-hidden': 'true', 'data-part': 'overview', height: OVERVIEW_HEIGHT });
  const backdrop = appendSvg(svg, 'rect', { class: 'et-overview-bg', height: OVERVIEW_HEIGHT });
  const density = appendSvg(svg, 'path', { class: 'et-overview-density' });
  let base: TimeScale | null = null;
  let densityKey: unknown[] = [];
  // Moves only mirror the zoom; the reader's drags set it.
  const brush = createRangeBrush(doc, ([x0, x1]) => {
    if (base) onBrush(+base.invert(x0), +base.invert(x1));
  });
  brush.element.setAttribute('class', 'et-overview-brush');
  svg.append(brush.element);

  return {
    element: svg,
    render({ events, filter, base: newBase, visible, width }) {
      base = newBase;
      setAttr(svg, 'width', round(width));
      setAttr(svg, 'viewBox', `0 0 ${round(width)} ${OVERVIEW_HEIGHT}`);
      setAttr(backdrop, 'width', round(width));
      const key = [events, filter, width, +newBase.domain()[0], +newBase.domain()[1]];
      if (key.some((value, i) => value !== densityKey[i])) {
        densityKey = key;
        density.setAttribute('d', densityPath(events, filter, newBase, width));
        brush.resize(Math.max(1, width), OVERVIEW_HEIGHT);
      }
      const [a, b] = visible.domain();
      const x0 = Math.max(0, newBase(a));
      const x1 = Math.min(width, newBase(b));
      // A brush covering everything says nothing; clear it at zoom 1.
      brush.move(x1 - x0 >= width - 0.5 ? null : [round(x0), round(x1)]);
    },
    destroy() {
      brush.destroy();
      svg.remove();
    },
  };
}

/** An area path of event counts per bin, scaled to the strip height. */
export function densityPath(
  events: readonly PreparedEvent[],
  filter: ((event: EventRecord) => boolean) | undefined,
  base: TimeScale,
  width: number,
): string {
  if (!events.length || width <= 0) return '';
  const counts = new Array<number>(BINS).fill(0);
  for (const prepared of events) {
    if (filter && !filter(prepared.event)) continue;
    const bin = Math.floor((base(prepared.anchor) / width) * BINS);
    counts[Math.min(BINS - 1, Math.max(0, bin))]++;
  }
  const max = maxOf(counts, 1);
  const step = width / BINS;
  let path = `M0,${OVERVIEW_HEIGHT}`;
  counts.forEach((count, i) => {
    const y = round(OVERVIEW_HEIGHT - (count / max) * (OVERVIEW_HEIGHT - 4));
    path += `L${round(i * step)},${y}L${round((i + 1) * step)},${y}`;
  });
  return `${path}L${round(width)},${OVERVIEW_HEIGHT}Z`;
}
