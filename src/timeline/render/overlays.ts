/** Focus ring and tooltip: drawn in SVG (no positioned HTML, so no style attributes), joined like everything else. */
import type { PlacedEvent } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import { MARKER_RADIUS, markExtent, round, translate } from './geometry.js';
import { estimateTextWidth } from './measure.js';
import { fitLabel } from '../layout/index.js';
import { isolateText } from '../format/isolate.js';

export interface TooltipContent {
  item: PlacedEvent;
  title: string;
  date: string;
}

/** A thick ring around the active event so keyboard focus is visible inside the plot. */
export function renderFocusRing(scene: SvgScene, active: PlacedEvent | null): void {
  scene.focus
    .selectAll<SVGRectElement, PlacedEvent>('rect.et-focus-ring')
    .data(active ? [active] : [])
    .join('rect')
    .attr('class', 'et-focus-ring')
    .attr('transform', (d) => translate(d.x, d.y))
    .attr('x', (d) => round(markExtent(d).left - 5))
    .attr('y', -MARKER_RADIUS - 6)
    .attr('width', (d) => {
      const { left, right } = markExtent(d);
      return round(right - left + 10);
    })
    .attr('height', MARKER_RADIUS * 2 + 12)
    .attr('rx', 4);
}

const PADDING = 6;
const LINE = 15;

export function renderTooltip(scene: SvgScene, tip: TooltipContent | null, width: number): void {
  scene.tooltip
    .selectAll<SVGGElement, TooltipContent>('g.et-tooltip-item')
    .data(tip ? [tip] : [], () => 'tip')
    .join((enter) => {
      const g = enter.append('g').attr('class', 'et-tooltip-item');
      g.append('rect').attr('class', 'et-tooltip-box');
      g.append('text').attr('class', 'et-tooltip-title');
      g.append('text').attr('class', 'et-tooltip-date');
      return g;
    })
    .each((d) => {
      const titleWidth = (text: string) => estimateTextWidth(text, 12) * 1.1; // bold
      const dateWidth = (text: string) => estimateTextWidth(text, 12);
      const room = Math.max(40, width - 4 - PADDING * 2);
      // Long titles are shortened to the plot width; the details panel and accessible name keep them whole.
      const title = fitLabel(d.title, room, titleWidth) || d.title.slice(0, 1);
      const date = fitLabel(d.date, room, dateWidth) || d.date;
      const boxWidth = Math.min(width - 4, Math.max(titleWidth(title), dateWidth(date)) + PADDING * 2);
      const boxHeight = LINE * 2 + PADDING * 2 - 2;
      // Above the marker when there is room, below otherwise; never past the plot's left or right edge.
      const above = d.item.y - boxHeight - 14 >= -40;
      const left = Math.max(2, Math.min(width - boxWidth - 2, d.item.x - boxWidth / 2));
      const top = above ? d.item.y - boxHeight - 14 : d.item.y + 14;
      const g = scene.tooltip.select<SVGGElement>('g.et-tooltip-item').attr('transform', translate(left, top));
      g.select('rect').attr('width', round(boxWidth)).attr('height', boxHeight).attr('rx', 4);
      g.select('.et-tooltip-title').attr('x', PADDING).attr('y', PADDING + 11).text(isolateText(title));
      g.select('.et-tooltip-date').attr('x', PADDING).attr('y', PADDING + 11 + LINE).text(date);
    });
}
