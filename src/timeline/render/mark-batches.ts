/**
 * The marks of a frame drawn in batches: a keyed join over lanes (`g.et-lane-marks`), and in each lane over its
 * drawing styles (mark-paths.ts), so a frame writes a few `d` attributes per lane rather than moving one element
 * per mark. Each lane group holds its placed events as its datum (as d3 binds data), for tests and tools that ask
 * what is drawn; the pointer finds marks through hit-index.ts, not through these elements.
 */
import type { PlacedEvent } from '../layout/types.js';
import { joinRecycled, setAttr } from './attr.js';
import { createSvg } from './svg-scene.js';
import { FADE_STEPS, fadeSlices, markPaths, stepOpacity, type FirstLane, type MarkPath } from './mark-paths.js';

/** One lane's marks. */
export interface LaneMarks {
  lane: string;
  items: readonly PlacedEvent[];
}

/** Group `items` by lane, in the order lanes first appear. */
export function marksByLane(items: readonly PlacedEvent[]): LaneMarks[] {
  const lanes = new Map<string, PlacedEvent[]>();
  for (const item of items) {
    const list = lanes.get(item.lane);
    if (list) list.push(item);
    else lanes.set(item.lane, [item]);
  }
  return [...lanes].map(([lane, list]) => ({ lane, items: list }));
}

/**
 * The paths of bars and windows with a vague end go to `fadedLayer`, which takes the plot's fade mask (svg-scene.ts)
 * as a whole: a mask costs a rendering of its content for every element that takes it. They are painted under the
 * lane's other paths, which never overlap them but on the mark's own outline and strike, as before.
 *
 * A lane keeps the path of each style it has drawn from frame to frame (styledPaths): a style with no mark in a frame
 * is left with an empty `d`, not removed, so zooming writes `d`s and never adds, removes or restyles a path.
 */
export function renderMarkBatches(layer: SVGGElement, fadedLayer: SVGGElement, items: readonly PlacedEvent[], firstLane: FirstLane): void {
  const doc = layer.ownerDocument;
  const lanes = marksByLane(items);
  const groups = joinRecycled(layer, lanes, (d) => d.lane, () => createSvg(doc, 'g', { class: 'et-lane-marks' }));
  const faded: MarkPath[] = [];
  const drawn = new Set<string>();
  for (let i = 0; i < groups.length; i++) {
    const paths: MarkPath[] = [];
    const lane = lanes[i].lane;
    drawn.add(lane);
    for (const path of markPaths(lanes[i].items, firstLane)) {
      if (path.faded) faded.push({ ...path, key: `${lane}\u0000${path.key}` });
      else paths.push(path);
    }
    styledPaths(groups[i], paths, () => true);
  }
  // the faded paths of lanes no longer drawn go
  styledPaths(fadedLayer, faded, (key) => drawn.has(key.slice(0, key.lastIndexOf('\u0000'))));
}

type Styled = Element & { __etStyle?: string; __etOrder?: number };

/**
 * Draw `paths` (in painting order) into `parent`'s paths by style key: a style's path stays from frame to frame,
 * emptied when it has no marks and removed only when `keep` says so; a new style's path is put in painting order.
 */
function styledPaths(parent: Element, paths: readonly MarkPath[], keep: (key: string) => boolean): void {
  const byKey = new Map<string, Styled>();
  for (let child = parent.firstElementChild as Styled | null; child; child = child.nextElementSibling as Styled | null) byKey.set(child.__etStyle!, child);
  for (const path of paths) {
    let node = byKey.get(path.key);
    if (node) byKey.delete(path.key);
    else {
      node = createSvg(parent.ownerDocument, 'path') as Styled;
      node.__etStyle = path.key;
      node.__etOrder = path.order;
      let before = parent.firstElementChild as Styled | null;
      while (before && before.__etOrder! <= path.order) before = before.nextElementSibling as Styled | null;
      parent.insertBefore(node, before);
    }
    (node as Styled & { __data__?: MarkPath }).__data__ = path;
    drawPath(node, path, null);
  }
  for (const [key, node] of byKey) {
    if (keep(key)) setAttr(node, 'd', '');
    else node.remove();
  }
}

/**
 * Every path carries the same attributes in the same order (opacity 1 too), so a recycled one is like a new one.
 * `fadeMask` is the id of the fade mask a faded path takes itself, or null when its group takes it.
 */
export function drawPath(node: Element, path: MarkPath, fadeMask: string | null): void {
  setAttr(node, 'class', path.className);
  setAttr(node, 'opacity', path.opacity);
  setAttr(node, 'mask', path.faded && fadeMask ? `url(#${fadeMask})` : 'none');
  setAttr(node, 'd', path.d);
}

/** The fade mask's slices (mark-paths.ts fadeSlices) into the mask's group: one black path per step. */
export function renderFadeMask(group: SVGGElement, items: readonly PlacedEvent[]): void {
  const slices = fadeSlices(items);
  const doc = group.ownerDocument;
  // One path a step, kept from frame to frame (a step without slices has an empty `d`).
  while (group.childElementCount < FADE_STEPS && slices.length) group.append(createSvg(doc, 'path'));
  const steps = group.children;
  let next = 0;
  for (let step = 0; step < steps.length; step++) {
    const slice = slices[next]?.step === step ? slices[next++] : null;
    setAttr(steps[step], 'opacity', stepOpacity(step));
    setAttr(steps[step], 'd', slice ? slice.d : '');
  }
}
