/**
 * Where an event's label goes and how much of it is written: one rule for the interactive layout (viewport.ts),
 * its gesture frames and the static picture (static/rows.ts). Pure, px in, px out.
 *
 * - A **point** has its label right of its marker, or left of it near the plot's right edge when it fits whole there.
 * - A **span** (a period's bar, or the window a `within` date lies somewhere in) long enough to hold a label has it
 *   written on it from its visible start (after a faded vague start): a window that runs out of view on the left
 *   keeps its label, pinned to the plot's left edge. A short span keeps its label beside it, like a marker.
 * - A label may run past its span's end up to the next mark of its row (less `labelGap`), and stays inside the
 *   plot: what does not fit is cut with an ellipsis. A mark out of view to the left gives its label up ('').
 * - But a label never straddles a bar's end, where no one colour reads on both the bar and the background: on a
 *   period it is written wholly on the bar's solid part (in the background colour), or after the bar when it does
 *   not fit there, or cut on the bar when even less of it fits after. A denied (struck) span keeps its label
 *   likewise, and some of its strike line in view after it: the strike belongs to the mark, not to the text
 *   ({@link strikeRuns}).
 */
import { FADE_SHARE, type MarkShape } from './types.js';

export interface LabelRules {
  /** Labels are kept inside [left, right] px (the plot, or a wider range laid out for panning). */
  left: number;
  right: number;
  /** Room between a mark and its own label, and between marks. */
  gap: number;
  /** Room between a label's end and the next mark or label of its row: wider than `gap`, so they read apart. */
  labelGap: number;
  markerRadius: number;
}

/** `after` its mark, `before` it (anchored at its end, next to the mark), `on` a span, or `none` (gives way). */
export type LabelSide = 'after' | 'before' | 'on' | 'none';

/** Where a label goes, and the footprint of mark and whole label for the row packing. */
export interface LabelSpot {
  side: LabelSide;
  labelX: number;
  /** Leftmost px of mark and label (a label before its mark keeps `labelGap` from what is left of it). */
  left: number;
  markLeft: number;
  markRight: number;
  /** Rightmost px of the whole label (at least `markRight`). */
  labelRight: number;
}

/** A span's label is written on it when its solid part is at least this wide; shorter spans keep it beside them. */
export const MIN_ON_SPAN_PX = 120;
/** Beside a short span, a label with less room than this goes on the span when more of it fits there. */
export const MIN_BESIDE_ROOM_PX = 40;
/** Default `labelGap`: a label ends this far before the next mark (a planned event's ring reaches 4 px past it). */
export const LABEL_GAP = 8;
/** A label on a denied span ends at least this far before the span's visible end, so its strike line shows. */
export const MIN_STRIKE_PX = 16;
/** Room between a label on a denied span and the strike line, which stops on either side of the text. */
export const STRIKE_GAP = 3;

/**
 * How far a mark's drawing reaches past its shape, px: a planned or speculative event's ring (4 px round a marker)
 * or outline (3 px round a bar or window), a denied marker's strike (3 px past it). A label beside the mark keeps
 * its gap from there.
 */
export function markReach(shape: MarkShape, ringed: boolean, struck: boolean): number {
  if (ringed) return shape === 'point' ? 4 : 3;
  return struck && shape === 'point' ? 3 : 0;
}

/** The px extent a window is drawn over: the window, at least a marker wide (centred) so a short one stays visible. */
export function windowExtent(x0: number, x1: number, markerRadius: number): [left: number, right: number] {
  const width = x1 - x0;
  const min = 2 * markerRadius;
  if (width >= min) return [x0, x1];
  const centre = (x0 + x1) / 2;
  return [centre - min / 2, centre + min / 2];
}

/**
 * Whether a span `span` px wide keeps its label beside it, as a marker does: when even its whole solid part would be
 * too short to hold a label. Decided on the span's whole width, not on the part in view, so a long bar entering the
 * view keeps its label on it.
 */
export function labelBesideSpan(span: number, vagueStart: boolean, vagueEnd: boolean): boolean {
  const solid = span * (1 - (vagueStart ? FADE_SHARE : 0) - (vagueEnd ? FADE_SHARE : 0));
  return solid < MIN_ON_SPAN_PX;
}

/** The px range of a span's solid part (its faded vague ends left out), and of that the part inside the rules. */
export function solidPart(x0: number, x1: number, vagueStart: boolean, vagueEnd: boolean): [start: number, end: number] {
  const span = x1 - x0;
  return [x0 + (vagueStart ? span * FADE_SHARE : 0), x1 - (vagueEnd ? span * FADE_SHARE : 0)];
}

/**
 * Whether a span's label is kept within the span (never running past its end): a bar's, whose label is written in
 * the background colour on it, and a denied span's, whose strike line must show after the label.
 */
const keptWithin = (shape: MarkShape, struck: boolean) => shape === 'period' || (struck && shape !== 'point');

/**
 * The px a label starting at `labelX` on a span kept within it (`keptWithin`) has before the span's solid part
 * ends (or the rules' right bound): less a gap, or less {@link MIN_STRIKE_PX} on a struck span.
 */
function roomWithin(labelX: number, x0: number, x1: number, vagueStart: boolean, vagueEnd: boolean, struck: boolean, rules: LabelRules): number {
  const solidEnd = solidPart(x0, x1, vagueStart, vagueEnd)[1];
  return Math.min(solidEnd, rules.right) - (struck ? MIN_STRIKE_PX : rules.gap) - labelX;
}

/**
 * The spot of one label. `x` is a point's marker, `x0..x1` a span's extent (px, already clamped), `full` the whole
 * label's width; `struck` for a denied event, drawn with a strike line; `reach` how far its drawing reaches past its
 * shape ({@link markReach}). Writes into `out` (the layout calls this for thousands of bars a frame) and returns it.
 */
export function labelSpot(
  out: LabelSpot,
  shape: MarkShape,
  x: number,
  x0: number,
  x1: number,
  vagueStart: boolean,
  vagueEnd: boolean,
  full: number,
  rules: LabelRules,
  struck = false,
  reach = 0,
): LabelSpot {
  const { gap, markerRadius: r } = rules;
  let markLeft: number;
  let markRight: number;
  if (shape === 'point') {
    markLeft = x - r;
    markRight = x + r;
  } else if (shape === 'period') {
    markLeft = x0;
    markRight = x1;
  } else [markLeft, markRight] = windowExtent(x0, x1, r);
  markLeft -= reach;
  markRight += reach;
  out.markLeft = markLeft;
  out.markRight = markRight;
  out.left = markLeft;
  out.labelRight = markRight;
  if (markRight <= rules.left || markLeft >= rules.right) {
    // Out of view: nothing to write (a label of a mark the reader cannot see would be clipped or misleading).
    out.side = 'none';
    out.labelX = markRight + gap;
    return out;
  }
  if (shape !== 'point' && !labelBesideSpan(x1 - x0, vagueStart, vagueEnd)) {
    // On the span, from its visible solid start; from where it enters the view when little of that is in view.
    const [solidStart, solidEnd] = solidPart(x0, x1, vagueStart, vagueEnd);
    const start = Math.max(solidStart, rules.left);
    // A bar's label starts on its solid part; a window's from where it enters the view when little of it shows.
    const labelX = (shape === 'period' || Math.min(solidEnd, rules.right) - start >= MIN_ON_SPAN_PX ? start : Math.max(x0, rules.left)) + gap;
    out.side = 'on';
    out.labelX = labelX;
    out.labelRight = Math.max(markRight, labelX + full);
    if (!keptWithin(shape, struck)) return out;
    const within = roomWithin(labelX, x0, x1, vagueStart, vagueEnd, struck, rules);
    if (full <= within) {
      out.labelRight = markRight;
      return out;
    }
    // Too long for the span: after it when more of it fits there, else cut on it.
    const afterX = markRight + gap;
    if (rules.right - gap - afterX >= within) {
      out.side = 'after';
      out.labelX = afterX;
      out.labelRight = afterX + full;
    } else out.labelRight = markRight;
    return out;
  }
  // Beside the mark: right of it, or left of it near the right edge when it fits whole there.
  const rightLabelX = markRight + gap;
  const leftLabelX = markLeft - gap - full;
  if (rightLabelX + full > rules.right - gap && leftLabelX >= rules.left + gap && x <= rules.right) {
    out.side = 'before';
    out.labelX = leftLabelX;
    out.left = leftLabelX - (rules.labelGap - gap);
    return out;
  }
  out.side = 'after';
  out.labelX = rightLabelX;
  out.labelRight = rightLabelX + full;
  return out;
}

/**
 * The room a placed label has: up to `limit` (the next mark of its row less `labelGap`, from the row packing) and
 * the right bound. A short span left under {@link MIN_BESIDE_ROOM_PX} beside it writes what fits on it instead; a
 * bar's or denied span's label stays within it (see {@link labelSpot}), and one moved after it for want of room
 * there goes back on it, cut, when the next mark leaves less room after it.
 */
export function labelRoom(
  spot: Pick<LabelSpot, 'side' | 'labelX'>,
  limit: number,
  shape: MarkShape,
  x0: number,
  x1: number,
  vagueStart: boolean,
  vagueEnd: boolean,
  rules: LabelRules,
  struck = false,
): { side: LabelSide; labelX: number; room: number } {
  if (spot.side === 'none') return { side: 'none', labelX: spot.labelX, room: 0 };
  const labelX = spot.labelX;
  const room = Math.min(limit, rules.right - rules.gap) - labelX;
  if (keptWithin(shape, struck) && !labelBesideSpan(x1 - x0, vagueStart, vagueEnd)) {
    if (spot.side === 'on') return { side: 'on', labelX, room: Math.min(room, roomWithin(labelX, x0, x1, vagueStart, vagueEnd, struck, rules)) };
    const onX = Math.max(solidPart(x0, x1, vagueStart, vagueEnd)[0], rules.left) + rules.gap;
    const within = roomWithin(onX, x0, x1, vagueStart, vagueEnd, struck, rules);
    if (spot.side === 'after' && room < within) return { side: 'on', labelX: onX, room: within };
  }
  if (shape !== 'point' && spot.side === 'after' && room < MIN_BESIDE_ROOM_PX) {
    const [solidStart, solidEnd] = solidPart(x0, x1, vagueStart, vagueEnd);
    const start = Math.max(solidStart, rules.left);
    const end = Math.min(solidEnd, rules.right);
    const inside = end - (struck ? MIN_STRIKE_PX : 2 * rules.gap) - (start + rules.gap);
    if (inside > Math.max(room, 0)) return { side: 'on', labelX: start + rules.gap, room: inside };
  }
  return { side: spot.side, labelX, room };
}

/**
 * Whether a label lies wholly on its bar's solid part, so it is written in the background colour on the bar's
 * colour (kind colours keep 4.5:1 against the background); otherwise it keeps the haloed text colour. Windows are
 * faint: their labels always keep the text colour.
 */
export function labelOnBar(shape: MarkShape, side: LabelSide, labelX: number, width: number, x0: number, x1: number, vagueStart: boolean, vagueEnd: boolean): boolean {
  if (shape !== 'period' || side !== 'on' || width <= 0) return false;
  const [solidStart, solidEnd] = solidPart(x0, x1, vagueStart, vagueEnd);
  return labelX >= solidStart && labelX + width + 2 <= solidEnd;
}

/**
 * Where a denied span's strike line runs: over the span `left..right`, less the label written on it (with
 * {@link STRIKE_GAP} either side), so the line strikes the mark and never the text. Runs shorter than the gap are
 * left out.
 */
export function strikeRuns(left: number, right: number, labelSide: LabelSide, labelX: number, labelWidth: number): [from: number, to: number][] {
  const runs: [number, number][] = [];
  const push = (from: number, to: number) => {
    if (to - from >= STRIKE_GAP) runs.push([from, to]);
  };
  if (labelSide !== 'on' || labelWidth <= 0 || labelX >= right || labelX + labelWidth <= left) {
    push(left, right);
    return runs;
  }
  push(left, labelX - STRIKE_GAP);
  push(labelX + labelWidth + STRIKE_GAP, right);
  return runs;
}

/** Room kept between a label and a window's end edge it runs up to: closer than this, the edge leaves way. */
export const EDGE_GAP = 4;

/**
 * Whether a label written on a window runs over the window's end edge at `edgeX` (its dashed border, or a planned or
 * speculative event's outline 3 px further): the label may run on past a faint window's end, and that edge is then
 * left open where the text passes, so no line runs through the text (as {@link strikeRuns} keeps the strike off it).
 */
export function labelCrossesEdge(d: { labelSide: LabelSide; labelX: number; labelWidth: number }, edgeX: number): boolean {
  // A label on a span starts inside it; on a bar or a denied window it ends before the span does (labelSpot), so
  // only a label on a window gets this close to the end.
  return d.labelSide === 'on' && d.labelX + d.labelWidth + EDGE_GAP > edgeX;
}
