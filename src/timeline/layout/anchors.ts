/**
 * Where a marker sits inside its window. The date alone often cannot separate events (three things "yesterday"
 * against a month-only article share one window), but the text can: "daarna", "the day after". So events that
 * share exactly the same window are put in topological order of their `after`/`before` relations, ties broken
 * by text order, and spread evenly at fractions (i+1)/(n+1) of the window. A single event sits in the middle.
 *
 * The anchor stays inside the window, so a date is never moved outside what is known. Relations between events
 * in different windows are not enforced: the windows themselves already say which comes first, or honestly
 * that it is unknown.
 */
import type { EventRecord } from '../../types.js';
import { MinHeap } from './min-heap.js';

export interface AnchorInput {
  event: EventRecord;
  start: number;
  end: number;
  /** Rank in text order over all events (0 = told first). */
  textRank: number;
}

/** Anchors for events (in any order); returns one anchor per input, same index. */
export function spreadAnchors(inputs: readonly AnchorInput[]): Float64Array {
  const anchors = new Float64Array(inputs.length);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < inputs.length; i++) {
    const key = `${inputs[i].start}/${inputs[i].end}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  for (const members of groups.values()) {
    const { start, end } = inputs[members[0]];
    if (members.length === 1) {
      anchors[members[0]] = start + (end - start) / 2;
      continue;
    }
    const ordered = topologicalOrder(inputs, members);
    const n = ordered.length;
    for (let i = 0; i < n; i++) anchors[ordered[i]] = start + ((end - start) * (i + 1)) / (n + 1);
  }
  return anchors;
}

/** Kahn's algorithm over the members' relations; the ready event told first goes first; a cycle is cut in text order. */
function topologicalOrder(inputs: readonly AnchorInput[], members: readonly number[]): number[] {
  const local = new Map<string, number>();
  members.forEach((input, i) => local.set(inputs[input].event.id, i));
  const successors: number[][] = members.map(() => []);
  const indegree = new Int32Array(members.length);
  members.forEach((input, i) => {
    for (const relation of inputs[input].event.relations ?? []) {
      const other = local.get(relation.target);
      if (other === undefined || other === i) continue;
      if (relation.type === 'after') link(other, i);
      else if (relation.type === 'before') link(i, other);
    }
  });
  function link(from: number, to: number): void {
    successors[from].push(to);
    indegree[to]++;
  }

  const rank = (i: number) => inputs[members[i]].textRank;
  const ready = new MinHeap(rank);
  indegree.forEach((d, i) => d === 0 && ready.push(i));
  const done = new Uint8Array(members.length);
  const byText = members.map((_, i) => i).sort((a, b) => rank(a) - rank(b));
  let nextByText = 0;
  const out: number[] = [];
  while (out.length < members.length) {
    let i = ready.pop();
    if (i === undefined) {
      // A cycle: take the earliest told event that is left.
      while (done[byText[nextByText]]) nextByText++;
      i = byText[nextByText];
    }
    if (done[i]) continue;
    done[i] = 1;
    out.push(members[i]);
    for (const next of successors[i]) if (--indegree[next] === 0 && !done[next]) ready.push(next);
  }
  return out;
}
