/**
 * Honour `after` / `before` relations between events in different windows. When the text says L happens after E
 * but L's anchor is not to the right of E's, and the two windows overlap, E moves to one third and L to two
 * thirds of the overlap (only ever towards each other). The events that share E's window and come before it are
 * spread again between the window start and E, and those after L between L and its window end, so the order
 * inside every shared window is kept and every anchor stays inside its window. When the windows do not overlap
 * the dates contradict the text, and the dates win. A few passes settle chains; it is best effort, not a solver.
 */
import type { AnchorInputs, WindowGroups } from './anchors.js';

const PASSES = 3;

export function nudgeForRelations(inputs: AnchorInputs, anchors: Float64Array, windows: WindowGroups): void {
  const pairs = crossWindowPairs(inputs, windows);
  if (pairs.length === 0) return;
  for (let pass = 0; pass < PASSES; pass++) {
    let moved = false;
    for (const [earlier, later] of pairs) {
      if (anchors[earlier] < anchors[later]) continue;
      const from = Math.max(inputs.starts[earlier], inputs.starts[later]);
      const to = Math.min(inputs.ends[earlier], inputs.ends[later]);
      if (from >= to) continue;
      const earlierTarget = from + (to - from) / 3;
      const laterTarget = from + (2 * (to - from)) / 3;
      if (anchors[earlier] > earlierTarget) move(earlier, earlierTarget, -1);
      if (anchors[later] < laterTarget) move(later, laterTarget, 1);
      moved = true;
    }
    if (!moved) break;
  }

  /**
   * Moves event `i` to `anchor`. When that reaches a neighbour in its shared window (`side` -1: the one before it,
   * 1: the one after), the members on that side are spread again evenly between the window's edge and `anchor`.
   */
  function move(i: number, anchor: number, side: -1 | 1): void {
    anchors[i] = anchor;
    const g = windows.groupOf[i];
    if (g < 0) return;
    const members = windows.groups[g];
    const place = windows.placeInGroup[i];
    const neighbour = members[place + side];
    if (neighbour === undefined || !(side < 0 ? anchors[neighbour] >= anchor : anchors[neighbour] <= anchor)) return;
    const [first, count, from, to] = side < 0 ? [0, place, inputs.starts[i], anchor] : [place + 1, members.length - 1 - place, anchor, inputs.ends[i]];
    for (let k = 0; k < count; k++) anchors[members[first + k]] = from + ((to - from) * (k + 1)) / (count + 1);
  }
}

/** [earlier, later] input pairs from relations whose two events have different windows. */
function crossWindowPairs(inputs: AnchorInputs, windows: WindowGroups): [number, number][] {
  const targets = new Set<string>();
  for (const event of inputs.events) for (const relation of event.relations ?? []) targets.add(relation.target);
  if (targets.size === 0) return [];
  const indexOf = new Map<string, number>();
  inputs.events.forEach((event, i) => targets.has(event.id) && !indexOf.has(event.id) && indexOf.set(event.id, i));
  const pairs: [number, number][] = [];
  inputs.events.forEach((event, i) => {
    for (const relation of event.relations ?? []) {
      const j = indexOf.get(relation.target);
      if (j === undefined || j === i) continue;
      const sameWindow = inputs.starts[i] === inputs.starts[j] && inputs.ends[i] === inputs.ends[j];
      if (sameWindow) continue; // already ordered inside the shared window
      if (relation.type === 'after') pairs.push([j, i]);
      else if (relation.type === 'before') pairs.push([i, j]);
    }
  });
  return pairs;
}
