/** Focus ring and tooltip: drawn in SVG (no positioned HTML, so no style attributes), joined like everything else. */
import type { PlacedEvent } from '../layout/types.js';
import { appendSvg, setAttributes, type SvgScene } from './svg-scene.js';
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
  const ring = scene.focus.querySelector('rect.et-focus-ring');
  if (!active) return ring?.remove();
  const { left, right } = markExtent(active);
  setAttributes(ring ?? appendSvg(scene.focus, 'rect'), {
    class: 'et-focus-ring',
    transform: translate(active.x, active.y),
    x: round(left - 5),
    y: -MARKER_RADIUS - 6,
    width: round(right - left + 10),
    height: MARKER_RADIUS * 2 + 12,
    rx: 4,
  });
}

const PADDING = 6;
const LINE = 15;

export function renderTooltip(scene: SvgScene, tip: TooltipContent | null, width: number): void {
  let g = scene.tooltip.querySelector('g.et-tooltip-item');
  if (!tip) return g?.remove();
  if (!g) {
    g = appendSvg(scene.tooltip, 'g', { class: 'et-tooltip-item' });
    appendSvg(g, 'rect', { class: 'et-tooltip-box' });
    appendSvg(g, 'text', { class: 'et-tooltip-title' });
    appendSvg(g, 'text', { class: 'et-tooltip-date' });
  }
  const titleWidth = (text: string) => estimateTextWidth(text, 12) * 1.1; // bold
  const dateWidth = (text: string) => estimateTextWidth(text, 12);
  const room = Math.max(40, width - 4 - PADDING * 2);
  // Long titles are shortened to the plot width; the details panel and accessible name keep them whole.
  const title = fitLabel(tip.title, room, titleWidth) || tip.title.slice(0, 1);
  const date = fitLabel(tip.date, room, dateWidth) || tip.date;
  const boxWidth = Math.min(width - 4, Math.max(titleWidth(title), dateWidth(date)) + PADDING * 2);
  const boxHeight = LINE * 2 + PADDING * 2 - 2;
  // Above the marker when there is room, below otherwise; never past the plot's left or right edge.
  const above = tip.item.y - boxHeight - 14 >= -40;
  const left = Math.max(2, Math.min(width - boxWidth - 2, tip.item.x - boxWidth / 2));
  const top = above ? tip.item.y - boxHeight - 14 : tip.item.y + 14;
  g.setAttribute('transform', translate(left, top));
  const [box, titleText, dateText] = g.children;
  setAttributes(box, { width: round(boxWidth), height: boxHeight, rx: 4 });
  setAttributes(titleText, { x: PADDING, y: PADDING + 11 });
  titleText.textContent = isolateText(title);
  setAttributes(dateText, { x: PADDING, y: PADDING + 11 + LINE });
  dateText.textContent = date;
}
