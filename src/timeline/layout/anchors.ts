/**
 * Where a marker sits inside its window. The date alone often cannot separate events (three things "yesterday"
 * against a month-only article share one window), but the text can: "daarna", "the day after". So the events of
 * a shared window that the text orders (an `after`/`before` relation to another member) are put in topological
 * order, ties broken by text order, and spread evenly at fractions (i+1)/(n+1) of the window. Every other event
 * sits in the middle of its window: spreading unrelated events along it would draw a sequence nobody stated.
 *
 * The anchor stays inside the window, so a date is never moved outside what is known. Relations between events
 * in different but overlapping windows are then honoured where the windows allow it (see `relation-nudge.ts`).
 */
import type { EventRecord } from '../../types.js';
import { heapPop, heapPush } from './min-heap.js';
import { DAY_MS } from './shape.js';
import { identity, sortByValues } from './sort-keys.js';

/** Events with their windows in UTC ms as parallel columns, and their text order as a comparator of indices. */
export interface AnchorInputs {
  events: readonly EventRecord[];
  starts: Float64Array;
  ends: Float64Array;
  /** Negative when event `a` is told before event `b` (text-order.ts). */
  textCompare: (a: number, b: number) => number;
}

/** Events sharing one window, in their order inside it. */
export interface WindowGroups {
  /** Members of each shared window (two or more events), in order. */
  groups: number[][];
  /** Group of each input, -1 when it has its window to itself. */
  groupOf: Int32Array;
  /** Place of each input inside its group. */
  placeInGroup: Int32Array;
}

/** Anchors for events (in any order): one anchor per input, same index, and the shared-window groups. */
export function spreadAnchors(inputs: AnchorInputs): { anchors: Float64Array } & WindowGroups {
  const n = inputs.events.length;
  const { starts, ends } = inputs;
  const anchors = new Float64Array(n);
  const groups: number[][] = [];
  const groupOf = new Int32Array(n).fill(-1);
  const placeInGroup = new Int32Array(n);
  const ordering = orderingEvents(inputs.events);
  // Runs of equal windows, found by sorting (cheaper than hashing 100,000 window keys).
  const byWindow = windowOrder(inputs);
  for (let from = 0; from < n; ) {
    const start = starts[byWindow[from]];
    const end = ends[byWindow[from]];
    let to = from + 1;
    while (to < n && starts[byWindow[to]] === start && ends[byWindow[to]] === end) to++;
    if (to - from === 1 || !anyOf(ordering, byWindow, from, to)) {
      // Alone in its window, or no member has an after/before relation (most shared windows): the middle.
      for (let k = from; k < to; k++) anchors[byWindow[k]] = start + (end - start) / 2;
    } else {
      // Only a window whose order the text gives needs its members in text order.
      const members = Array.from(byWindow.subarray(from, to)).sort(inputs.textCompare);
      const related = relatedMembers(inputs, members);
      for (const i of members) if (!related.has(i)) anchors[i] = start + (end - start) / 2;
      if (related.size > 0) {
        const ordered = topologicalOrder(inputs, members.filter((i) => related.has(i)));
        const count = ordered.length;
        for (let i = 0; i < count; i++) {
          anchors[ordered[i]] = start + ((end - start) * (i + 1)) / (count + 1);
          groupOf[ordered[i]] = groups.length;
          placeInGroup[ordered[i]] = i;
        }
        groups.push(ordered);
      }
    }
    from = to;
  }
  return { anchors, groups, groupOf, placeInGroup };
}

/** Inputs by window start, then end (equal windows in input order). */
function windowOrder({ starts, ends }: AnchorInputs): Int32Array {
  // Least significant column first; windows are whole days.
  let order: Int32Array | null = identity(starts.length);
  for (const column of [ends, starts]) if (order) order = sortByValues(order, column, DAY_MS);
  return order ?? identity(starts.length).sort((a, b) => starts[a] - starts[b] || ends[a] - ends[b] || a - b);
}

/** 1 for each event with an `after`/`before` relation (to anyone): only such events can order a shared window. */
function orderingEvents(events: readonly EventRecord[]): Uint8Array {
  const flags = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const relations = events[i].relations;
    if (!relations) continue;
    for (let r = 0; r < relations.length; r++) {
      if (relations[r].type === 'after' || relations[r].type === 'before') {
        flags[i] = 1;
        break;
      }
    }
  }
  return flags;
}

/** Whether `flags` is set for any of `indices[from .. to)`. */
function anyOf(flags: Uint8Array, indices: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (flags[indices[k]]) return true;
  return false;
}

/** Members that have an `after`/`before` relation to or from another member of the same window. */
function relatedMembers(inputs: AnchorInputs, members: readonly number[]): Set<number> {
  const byId = new Map<string, number>();
  for (const i of members) byId.set(inputs.events[i].id, i);
  const related = new Set<number>();
  for (const i of members) {
    for (const relation of inputs.events[i].relations ?? []) {
      const other = byId.get(relation.target);
      if (other === undefined || other === i || (relation.type !== 'after' && relation.type !== 'before')) continue;
      related.add(i);
      related.add(other);
    }
  }
  return related;
}

/**
 * Kahn's algorithm over the members' relations (given in text order); the ready event told first goes first; a
 * cycle is cut in text order.
 */
function topologicalOrder(inputs: AnchorInputs, members: readonly number[]): number[] {
  const local = new Map<string, number>();
  members.forEach((input, i) => local.set(inputs.events[input].id, i));
  const successors: number[][] = members.map(() => []);
  const indegree = new Int32Array(members.length);
  members.forEach((input, i) => {
    for (const relation of inputs.events[input].relations ?? []) {
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

  // members are in text order: an index is its rank among them
  const ready: number[] = [];
  indegree.forEach((d, i) => d === 0 && heapPush(ready, i));
  const done = new Uint8Array(members.length);
  const byText = members.map((_, i) => i);
  let nextByText = 0;
  const out: number[] = [];
  while (out.length < members.length) {
    let i = heapPop(ready);
    if (i === undefined) {
      // A cycle: take the earliest told event that is left.
      while (done[byText[nextByText]]) nextByText++;
      i = byText[nextByText];
    }
    if (done[i]) continue;
    done[i] = 1;
    out.push(members[i]);
    for (const next of successors[i]) if (--indegree[next] === 0 && !done[next]) heapPush(ready, next);
  }
  return out;
}
