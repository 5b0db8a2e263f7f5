/**
 * The marks of a frame drawn in batches: a keyed join over lanes (`g.et-lane-marks`), and in each lane over its
 * drawing styles (mark-paths.ts), so a frame writes a few `d` attributes per lane rather than moving one element
 * per mark. Each lane group holds its placed events as its datum (as d3 binds data), for tests and tools that ask
 * what is drawn; the pointer finds marks through hit-index.ts, not through these elements.
 */
import type { PlacedEvent } from '../layout/types.js';
import { joinRecycled, setAttr } from './attr.js';
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

/** `fadeMask`: the id of the plot's fade mask (svg-scene.ts), which paths of bars and windows with a vague end take. */
export function renderMarkBatches(layer: SVGGElement, items: readonly PlacedEvent[], firstLane: FirstLane, fadeMask: string): void {
  const doc = layer.ownerDocument;
  const lanes = marksByLane(items);
  const groups = joinRecycled(layer, lanes, (d) => d.lane, () => {
    const g = doc.createElementNS(layer.namespaceURI, 'g') as SVGGElement;
    g.setAttribute('class', 'et-lane-marks');
    return g;
  });
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const paths = markPaths(lanes[i].items, firstLane);
    const nodes = joinRecycled(group, paths, (d) => d.key, () => doc.createElementNS(layer.namespaceURI, 'path') as SVGPathElement);
    for (let j = 0; j < nodes.length; j++) drawPath(nodes[j], paths[j], fadeMask);
  }
}

/** Every path carries the same attributes in the same order (opacity 1 too), so a recycled one is like a new one. */
export function drawPath(node: Element, path: MarkPath, fadeMask: string): void {
  setAttr(node, 'class', path.className);
  setAttr(node, 'opacity', path.opacity);
  setAttr(node, 'mask', path.faded ? `url(#${fadeMask})` : 'none');
  setAttr(node, 'd', path.d);
}

/** The fade mask's slices (mark-paths.ts fadeSlices) into the mask's group: one black path per step. */
export function renderFadeMask(group: SVGGElement, items: readonly PlacedEvent[]): void {
  const slices = fadeSlices(items);
  const doc = group.ownerDocument;
  const nodes = joinRecycled(group, slices, (d) => String(d.step), () => doc.createElementNS(group.namespaceURI, 'path') as SVGPathElement);
  for (let i = 0; i < nodes.length; i++) {
    setAttr(nodes[i], 'opacity', slices[i].opacity);
    setAttr(nodes[i], 'd', slices[i].d);
  }
}
