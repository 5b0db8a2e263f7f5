/**
 * The marks of a frame drawn in batches: a keyed join over lanes (`g.et-lane-marks`), and in each lane over its
 * drawing styles (mark-paths.ts), so a frame writes a few `d` attributes per lane rather than moving one element
 * per mark. Each lane group holds its placed events as its datum (as d3 binds data), for tests and tools that ask
 * what is drawn; the pointer finds marks through hit-index.ts, not through these elements.
 */
import type { PlacedEvent } from '../layout/types.js';
import { joinRecycled, setAttr, type JoinOptions } from './attr.js';
import { createSvg } from './svg-scene.js';
import { fadeSlices, markPaths, type FirstLane, type MarkPath } from './mark-paths.js';

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
 */
export function renderMarkBatches(layer: SVGGElement, fadedLayer: SVGGElement, items: readonly PlacedEvent[], firstLane: FirstLane): void {
  const doc = layer.ownerDocument;
  const lanes = marksByLane(items);
  const groups = joinRecycled(layer, lanes, (d) => d.lane, () => createSvg(doc, 'g', { class: 'et-lane-marks' }));
  const newPath = () => createSvg(doc, 'path');
  const faded: MarkPath[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const paths: MarkPath[] = [];
    for (const path of markPaths(lanes[i].items, firstLane)) {
      if (path.faded) faded.push({ ...path, key: `${lanes[i].lane}\u0000${path.key}` });
      else paths.push(path);
    }
    const nodes = joinRecycled(group, paths, (d) => d.key, newPath, byClass);
    for (let j = 0; j < nodes.length; j++) drawPath(nodes[j], paths[j], null);
  }
  const nodes = joinRecycled(fadedLayer, faded, (d) => d.key, newPath, byClass);
  for (let j = 0; j < nodes.length; j++) drawPath(nodes[j], faded[j], null);
}

/** A spare path of the same style is recycled first: a path whose class changes is restyled. */
const byClass: JoinOptions<SVGPathElement, MarkPath> = {
  build: { ofNode: (node) => (node as SVGPathElement & { __data__?: MarkPath }).__data__?.className, ofDatum: (d) => d.className },
};

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
  const nodes = joinRecycled(group, slices, (d) => String(d.step), () => createSvg(doc, 'path'));
  for (let i = 0; i < nodes.length; i++) {
    setAttr(nodes[i], 'opacity', slices[i].opacity);
    setAttr(nodes[i], 'd', slices[i].d);
  }
}
