/**
 * Marks in batches: the path data of every placed event of one lane, grouped by drawing style (part, kind, repeat,
 * open tail, fade step), so a lane is a few `<path>` elements whatever the number of its marks. Pure: placed events
 * in, one `d` string per style out; the parts and their geometry are those of a single mark (marks.ts), in the
 * layout's coordinates. A vague end fades through one luminance mask shared by the whole plot (fadeSlices): the
 * bars and windows with a vague end are drawn whole in paths of their own that take the mask, and the mask holds,
 * for every vague end in view, FADE_STEPS slices of falling luminance (one path per step).
 */
import type { PlacedEvent } from '../layout/types.js';
import { hasOpenEnd } from '../layout/shape.js';
import { labelCrossesEdge, strikeRuns, windowExtent } from '../layout/label-spot.js';
import { BAR_HEIGHT, FADE_SHARE, MARKER_RADIUS, RANGE_HEIGHT, fadeOf, rectPath, roundedRectPath, round } from './geometry.js';

/** Slices of a faded end: enough that neighbouring steps differ by about 6% opacity (no visible banding). */
export const FADE_STEPS = 16;

/** Opacity of a repeated mark (the copy of an event drawn in its second lane), as `.et-repeat` gives a mark. */
export const REPEAT_OPACITY = 0.4;

/** The parts of a mark, in painting order. */
const PARTS = ['range-fill', 'range-edge', 'bar', 'marker', 'outline', 'glyph', 'strike'] as const;
type Part = (typeof PARTS)[number];
const KINDS = ['occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated'];

/** One batch path: its key (stable across frames), classes, opacity, path data, and whether it takes the fade mask. */
export interface MarkPath {
  key: string;
  className: string;
  opacity: number;
  d: string;
  /** Painting order within the lane. */
  order: number;
  faded: boolean;
}

interface Batch {
  className: string;
  opacity: number;
  order: number;
  faded: boolean;
  parts: string[];
}

/** Of an event's lanes, the one drawn first; the copies in the others are repeats. */
export type FirstLane = (keys: readonly string[]) => string;

export const isRepeatItem = (d: PlacedEvent, firstLane: FirstLane) => d.prepared.lanes.length > 1 && d.lane !== firstLane(d.prepared.lanes);

/**
 * The px extent a bar or window is drawn over: a bar at least 2 px wide; a window at least a marker wide, centred,
 * so a short one stays visible (the layout keeps labels clear of that extent: layout/label-spot.ts).
 */
export function spanExtent(d: PlacedEvent): { left: number; width: number } {
  if (d.prepared.shape === 'period') return { left: d.x0, width: Math.max(2, d.x1 - d.x0) };
  const [left, right] = windowExtent(d.x0, d.x1, MARKER_RADIUS);
  return { left, width: right - left };
}

/**
 * Where a mark's decorations (glyph, badge) sit: at the marker, or at the start of a bar's or window's solid,
 * visible part, next to its label.
 */
export function decorationAnchor(d: PlacedEvent): number {
  if (d.prepared.shape === 'point') return d.x;
  const fade = fadeOf(d);
  const { left, width } = spanExtent(d);
  const solidLeft = fade === 'start' || fade === 'both' ? left + width * FADE_SHARE : left;
  return Math.max(round(solidLeft), 2);
}

const r1 = round;

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
  const add: Add = (part, kind, variant, repeat, faded, path) => {
    const key = `${part}|${kind}|${variant}|${repeat ? 'r' : ''}|${faded ? 'f' : ''}`;
    let batch = batches.get(key);
    if (!batch) {
      const order = ((PARTS.indexOf(part) * KINDS.length + Math.max(0, KINDS.indexOf(kind))) * 2 + (repeat ? 1 : 0)) * 2 + (faded ? 1 : 0);
      batch = { className: classOf(part, kind, variant), opacity: repeat ? REPEAT_OPACITY : 1, order, faded, parts: [] };
      batches.set(key, batch);
    }
    batch.parts.push(path);
  };
  for (const d of items) addMark(d, isRepeatItem(d, firstLane), add);
  const out: MarkPath[] = [];
  for (const [key, b] of batches) out.push({ key, className: b.className, opacity: b.opacity, d: b.parts.join(''), order: b.order, faded: b.faded });
  return out.sort((a, b) => a.order - b.order);
}

/** The opacity of a fade step's slices (0 the faintest, at the outer edge). */
export const stepOpacity = (step: number) => Math.round((1 - (step + 0.5) / FADE_STEPS) * 1000) / 1000;

/**
 * The fade mask's content for `items`: per step (0 the faintest, at the outer edge), the slices of every vague end
 * at that step, each to be painted black at `1 - opacity` over white. Slices run on whole pixels inside the band
 * (its outer edges stay exact), so two slices never share a half-covered pixel column, and reach 2 px above and
 * below it to take the dashed edge of a window along.
 */
export function fadeSlices(items: readonly PlacedEvent[]): { step: number; opacity: number; d: string }[] {
  const steps: string[][] = Array.from({ length: FADE_STEPS }, () => []);
  for (const d of items) {
    const { shape } = d.prepared;
    const fade = shape === 'period' || shape === 'uncertain-point' ? fadeOf(d) : null;
    if (!fade) continue;
    const left = d.x0;
    const width = Math.max(2, d.x1 - d.x0);
    const fadeWidth = width * FADE_SHARE;
    const top = d.y - RANGE_HEIGHT / 2 - 2;
    const slice = (a: number, b: number, step: number) => {
      if (b > a) steps[step].push(rectPath(a, top, b - a, RANGE_HEIGHT + 4));
    };
    for (let step = 0; step < FADE_STEPS; step++) {
      const inner = ((step + 1) * fadeWidth) / FADE_STEPS;
      const outer = (step * fadeWidth) / FADE_STEPS;
      if (fade !== 'end') slice(step ? Math.round(left + outer) : left - 1, Math.round(left + inner), step);
      if (fade !== 'start') slice(Math.round(left + width - inner), step ? Math.round(left + width - outer) : left + width + 1, step);
    }
  }
  return steps.map((parts, step) => ({ step, opacity: stepOpacity(step), d: parts.join('') })).filter((s) => s.d);
}

function classOf(part: Part, kind: string, variant: string): string {
  const kindClass = ` et-kind-${kind}`;
  switch (part) {
    case 'range-fill':
      return `et-batch et-range et-range-fill${variant === 'open' ? ' et-open' : ''}${kindClass}`;
    case 'range-edge':
      return `et-batch et-range et-range-edge${variant === 'open' ? ' et-open' : ''}${kindClass}`;
    case 'marker':
      return `et-batch et-marker${kindClass}`;
    default:
      return `et-batch et-${part}${kindClass}`;
  }
}

type Add = (part: Part, kind: string, variant: string, repeat: boolean, faded: boolean, path: string) => void;

/** The parts of one mark, as childrenOf and updateChildren in marks.ts draw them. */
function addMark(d: PlacedEvent, repeat: boolean, add: Add): void {
  const { shape } = d.prepared;
  const { kind } = d.prepared.event;
  const isPeriod = shape === 'period';
  const isSpan = shape !== 'point';
  const { left, width } = spanExtent(d);
  const fade = isSpan ? fadeOf(d) : null;
  const y = d.y;
  const faded = fade !== null;
  // A label running on past a window's end crosses its right side there: that side is left open (no line through the text).
  if (shape === 'uncertain-point') {
    const variant = hasOpenEnd(d.prepared.event.date) ? 'open' : '';
    const top = y - RANGE_HEIGHT / 2;
    add('range-fill', kind, variant, repeat, faded, rectPath(left, top, width, RANGE_HEIGHT));
    add('range-edge', kind, variant, repeat, faded, rectPath(left, top, width, RANGE_HEIGHT, labelCrossesEdge(d, left + width)));
  }
  if (isPeriod) add('bar', kind, '', repeat, faded, roundedRectPath(left, y - BAR_HEIGHT / 2, width, BAR_HEIGHT, 2));
  const r = MARKER_RADIUS;
  if (shape === 'point') add('marker', kind, '', repeat, false, `M${r1(d.x)},${r1(y - r)}l${r},${r}l${-r},${r}l${-r},${-r}Z`);
  // A window is drawn as its span, never as a marker at its middle: where in it the event lies is not known.
  if (kind === 'planned' || kind === 'speculative') {
    const height = isPeriod ? BAR_HEIGHT : RANGE_HEIGHT;
    add('outline', kind, '', repeat, false, isSpan ? roundedRectPath(left - 3, y - height / 2 - 3, width + 6, height + 6, 4, labelCrossesEdge(d, left + width + 3)) : circle(d.x, y, r + 4));
  }
  const anchor = decorationAnchor(d);
  if (kind === 'reported') add('glyph', kind, '', repeat, false, `M${r1(anchor + 5)},${r1(y - 17)}h10v7h-5l-3,3v-3h-2Z`);
  if (kind === 'negated') {
    // Along a span, the strike stops either side of a label written on it: it strikes the mark, not the text.
    const along = () => strikeRuns(left, left + width, d.labelSide, d.labelX, d.labelWidth).map(([from, to]) => `M${r1(from)},${r1(y)}H${r1(to)}`).join('');
    add('strike', kind, '', repeat, false, isSpan ? along() : `M${r1(d.x - r - 3)},${r1(y + r + 3)}L${r1(d.x + r + 3)},${r1(y - r - 3)}`);
  }
}
