/**
 * Marks in batches: the path data of every placed event of one lane, grouped by drawing style (part, kind, repeat,
 * open tail, fade step), so a lane is a few `<path>` elements whatever the number of its marks. Pure: placed events
 * in, one `d` string per style out; the parts and their geometry are those of a single mark (marks.ts), in the
 * layout's coordinates. A vague end (a luminance-mask gradient on a single mark) is drawn as FADE_STEPS slices of
 * falling opacity, each step one path.
 */
import type { PlacedEvent } from '../layout/types.js';
import { hasOpenEnd } from '../layout/shape.js';
import { BAR_HEIGHT, FADE_SHARE, MARKER_RADIUS, RANGE_HEIGHT, fadeOf, round } from './geometry.js';

/** Slices of a faded end: enough that neighbouring steps differ by about 4% opacity (no visible banding). */
export const FADE_STEPS = 12;

/** Opacity of a repeated mark (the copy of an event drawn in its second lane), as `.et-repeat` gives a mark. */
export const REPEAT_OPACITY = 0.4;

/** The parts of a mark, in painting order. */
const PARTS = ['range-fill', 'range-edge', 'bar', 'marker', 'outline', 'glyph', 'strike'] as const;
type Part = (typeof PARTS)[number];
const KINDS = ['occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated'];

/** One batch path: its key (stable across frames), classes, opacity and path data. */
export interface MarkPath {
  key: string;
  className: string;
  opacity: number;
  d: string;
  /** Painting order within the lane. */
  order: number;
}

interface Batch {
  className: string;
  opacity: number;
  order: number;
  parts: string[];
}

/** Of an event's lanes, the one drawn first; the copies in the others are repeats. */
export type FirstLane = (keys: readonly string[]) => string;

export const isRepeatItem = (d: PlacedEvent, firstLane: FirstLane) => d.prepared.lanes.length > 1 && d.lane !== firstLane(d.prepared.lanes);

/** Where a mark's decorations (glyph, badge) sit: at the marker, or at the start of a bar's solid, visible part. */
export function decorationAnchor(d: PlacedEvent): number {
  if (d.prepared.shape !== 'period') return d.x;
  const fade = fadeOf(d);
  const width = Math.max(2, d.x1 - d.x0);
  const solidLeft = fade === 'start' || fade === 'both' ? d.x0 + width * FADE_SHARE : d.x0;
  return Math.max(round(solidLeft), 2);
}

const r1 = round;

function rect(x: number, y: number, w: number, h: number): string {
  return `M${r1(x)},${r1(y)}h${r1(w)}v${r1(h)}h${r1(-w)}Z`;
}

/** A rectangle with rounded corners, traced as SVG traces a `<rect rx>` (from the top edge, clockwise). */
function roundedRect(x: number, y: number, w: number, h: number, r: number): string {
  const rr = Math.min(r, w / 2, h / 2);
  const a = `a${r1(rr)},${r1(rr)} 0 0 1`;
  return `M${r1(x + rr)},${r1(y)}h${r1(w - 2 * rr)}${a} ${r1(rr)},${r1(rr)}v${r1(h - 2 * rr)}${a} ${r1(-rr)},${r1(rr)}h${r1(-(w - 2 * rr))}${a} ${r1(-rr)},${r1(-rr)}v${r1(-(h - 2 * rr))}${a} ${r1(rr)},${r1(-rr)}Z`;
}

/** A circle, traced as SVG traces a `<circle>` (from its rightmost point, clockwise), so dashes fall alike. */
function circle(cx: number, cy: number, r: number): string {
  return `M${r1(cx + r)},${r1(cy)}A${r},${r} 0 1 1 ${r1(cx - r)},${r1(cy)}A${r},${r} 0 1 1 ${r1(cx + r)},${r1(cy)}Z`;
}

/**
 * The batch paths of `items` (the placed events of one lane, or any set of them): one entry per style that has
 * at least one mark, in painting order.
 */
export function markPaths(items: readonly PlacedEvent[], firstLane: FirstLane): MarkPath[] {
  const batches = new Map<string, Batch>();
  const add = (part: Part, kind: string, variant: string, repeat: boolean, step: number, path: string) => {
    const key = `${part}|${kind}|${variant}|${repeat ? 'r' : ''}|${step}`;
    let batch = batches.get(key);
    if (!batch) {
      const fadeOpacity = step < 0 ? 1 : (step + 0.5) / FADE_STEPS;
      const opacity = fadeOpacity * (repeat ? REPEAT_OPACITY : 1);
      const order = ((PARTS.indexOf(part) * KINDS.length + Math.max(0, KINDS.indexOf(kind))) * 2 + (repeat ? 1 : 0)) * (FADE_STEPS + 2) + step + 1;
      batch = { className: classOf(part, kind, variant), opacity: Math.round(opacity * 1000) / 1000, order, parts: [] };
      batches.set(key, batch);
    }
    batch.parts.push(path);
  };
  for (const d of items) addMark(d, isRepeatItem(d, firstLane), add);
  const out: MarkPath[] = [];
  for (const [key, batch] of batches) out.push({ key, className: batch.className, opacity: batch.opacity, d: batch.parts.join(''), order: batch.order });
  return out.sort((a, b) => a.order - b.order);
}

function classOf(part: Part, kind: string, variant: string): string {
  const kindClass = ` et-kind-${kind}`;
  switch (part) {
    case 'range-fill':
      return `et-batch et-range et-range-fill${variant === 'open' ? ' et-open' : ''}${kindClass}`;
    case 'range-edge':
      return `et-batch et-range et-range-edge${variant === 'open' ? ' et-open' : ''}${kindClass}`;
    case 'marker':
      return `et-batch et-marker${variant === 'uncertain' ? ' et-shape-uncertain-point' : ''}${kindClass}`;
    default:
      return `et-batch et-${part}${kindClass}`;
  }
}

type Add = (part: Part, kind: string, variant: string, repeat: boolean, step: number, path: string) => void;

/** The parts of one mark, as childrenOf and updateChildren in marks.ts draw them. */
function addMark(d: PlacedEvent, repeat: boolean, add: Add): void {
  const { shape } = d.prepared;
  const { kind } = d.prepared.event;
  const isPeriod = shape === 'period';
  const left = d.x0;
  const width = Math.max(2, d.x1 - d.x0);
  const fade = shape === 'period' || shape === 'uncertain-point' ? fadeOf(d) : null;
  const y = d.y;
  if (shape === 'uncertain-point') {
    const variant = hasOpenEnd(d.prepared.event.date) ? 'open' : '';
    addBand(left, width, y, RANGE_HEIGHT, fade, (step, path) => add('range-fill', kind, variant, repeat, step, path), (step, path) => add('range-edge', kind, variant, repeat, step, path));
  }
  if (isPeriod) addBand(left, width, y, BAR_HEIGHT, fade, (step, path) => add('bar', kind, '', repeat, step, path), null);
  const r = MARKER_RADIUS;
  if (shape === 'point') add('marker', kind, '', repeat, -1, `M${r1(d.x)},${r1(y - r)}l${r},${r}l${-r},${r}l${-r},${-r}Z`);
  if (shape === 'uncertain-point') add('marker', kind, 'uncertain', repeat, -1, circle(d.x, y, r));
  if (kind === 'planned' || kind === 'speculative') {
    add('outline', kind, '', repeat, -1, isPeriod ? roundedRect(left - 3, y - BAR_HEIGHT / 2 - 3, width + 6, BAR_HEIGHT + 6, 4) : circle(d.x, y, r + 4));
  }
  const anchor = decorationAnchor(d);
  if (kind === 'reported') add('glyph', kind, '', repeat, -1, `M${r1(anchor + 5)},${r1(y - 17)}h10v7h-5l-3,3v-3h-2Z`);
  if (kind === 'negated') {
    add('strike', kind, '', repeat, -1, isPeriod ? `M${r1(left)},${r1(y)}H${r1(left + width)}` : `M${r1(d.x - r - 3)},${r1(y + r + 3)}L${r1(d.x + r + 3)},${r1(y - r - 3)}`);
  }
}

/**
 * A range or bar from `left`, `width` px wide, centred on `y`: its solid part in one path, each faded end as slices
 * of falling opacity (step 0 the faintest, at the outer edge). A bar gets rounded corners at solid ends; a range's
 * edge (its dashed outline) follows the same slices without edges between them.
 */
function addBand(
  left: number,
  width: number,
  y: number,
  height: number,
  fade: 'start' | 'end' | 'both' | null,
  fill: (step: number, path: string) => void,
  edge: ((step: number, path: string) => void) | null,
): void {
  const top = y - height / 2;
  const bottom = top + height;
  const fadeStart = fade === 'start' || fade === 'both';
  const fadeEnd = fade === 'end' || fade === 'both';
  const fadeWidth = width * FADE_SHARE;
  // Slice bounds on whole pixels inside the band (its outer edges stay exact): two slices sharing a fractional
  // edge would each half-cover that pixel column, and it would show as a lighter seam.
  const startBound = (i: number) => (i === 0 ? left : Math.round(left + (i * fadeWidth) / FADE_STEPS));
  const endBound = (i: number) => (i === 0 ? left + width : Math.round(left + width - (i * fadeWidth) / FADE_STEPS));
  const solidLeft = fadeStart ? startBound(FADE_STEPS) : left;
  const solidRight = fadeEnd ? endBound(FADE_STEPS) : left + width;
  if (!fade) {
    fill(-1, edge ? rect(left, top, width, height) : roundedRect(left, top, width, height, 2));
    edge?.(-1, rect(left, top, width, height));
    return;
  }
  if (solidRight > solidLeft) fill(-1, rect(solidLeft, top, solidRight - solidLeft, height));
  if (edge && solidRight > solidLeft) {
    let path = `M${r1(solidLeft)},${r1(top)}H${r1(solidRight)}`;
    path += fadeEnd ? `M${r1(solidRight)},${r1(bottom)}` : `V${r1(bottom)}`;
    path += `H${r1(solidLeft)}`;
    if (!fadeStart) path += `V${r1(top)}`;
    edge(-1, path);
  }
  const slice = (a: number, b: number, step: number) => {
    if (b - a <= 0) return;
    fill(step, rect(a, top, b - a, height));
    edge?.(step, `M${r1(a)},${r1(top)}H${r1(b)}M${r1(a)},${r1(bottom)}H${r1(b)}`);
  };
  for (let step = 0; step < FADE_STEPS; step++) {
    // step 0 is the outermost slice, the faintest
    if (fadeStart) slice(startBound(step), startBound(step + 1), step);
    if (fadeEnd) slice(endBound(step + 1), endBound(step), step);
  }
}
