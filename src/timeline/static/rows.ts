/**
 * The static picture's layout: every event in view gets a mark in its lane's rows if any row has room for it;
 * there is no zoom to open a crowd later, so marks are never grouped for being close, only for want of rows.
 * What does not fit in `maxRows` rows is gathered, per lane and place, into groups drawn in one row under the
 * lane. Built on the pure layout's parts (prepared events, `packRows`, `fitLabel`) with the interactive layout's
 * geometry of marks and labels (layout/viewport.ts). Pure: no DOM; px rounded to 0.01.
 */
import type { EventRecord } from '../../types.js';
import type { Lane, PlacedEvent, PreparedEvent, PreparedTimeline } from '../layout/types.js';
import { packRows } from '../layout/row-packing.js';
import { fitLabel } from '../layout/fit-label.js';
import { LABEL_GAP, labelOnBar, labelRoom, labelSpot, markReach, type LabelRules, type LabelSpot } from '../layout/label-spot.js';

export interface StaticRowsOptions {
  x: (time: number) => number;
  /** The dates shown [start, end), UTC ms. */
  view: { start: number; end: number };
  width: number;
  rowHeight: number;
  laneGap: number;
  maxRows: number;
  markerRadius: number;
  gap: number;
  /** Room between a label's end and the next mark of its row (default `LABEL_GAP`). */
  labelGap?: number;
  measureText: (text: string) => number;
  laneLabel: (key: string) => string;
  filter?: (event: EventRecord) => boolean;
}

/** Events of one lane that found no row, near each other: one badge, their numbers in the list. */
export interface OverflowGroup {
  lane: string;
  /** Badge centre and the px span of the members' marks, y of the overflow row. */
  x: number;
  x0: number;
  x1: number;
  y: number;
  members: PreparedEvent[];
}

export interface StaticLayout {
  lanes: Lane[];
  events: PlacedEvent[];
  groups: OverflowGroup[];
  height: number;
  /** Events passing the filter with no mark and in no group: outside the dates shown. */
  outside: PreparedEvent[];
}

/** Overflowing marks closer than this (px) share a badge. */
const GROUP_GAP = 56;

const round = (v: number) => Math.round(v * 100) / 100;

interface Item extends LabelSpot {
  prepared: PreparedEvent;
  x: number;
  x0: number;
  x1: number;
  full: number;
}

export function layoutStaticRows(prepared: PreparedTimeline, o: StaticRowsOptions): StaticLayout {
  const inView = (p: PreparedEvent) =>
    p.shape === 'period' ? p.end > o.view.start && p.start < o.view.end : p.anchor >= o.view.start && p.anchor < o.view.end;
  const byLane = new Map<string, PreparedEvent[]>();
  const outside: PreparedEvent[] = [];
  for (const p of prepared.events) {
    if (o.filter && !o.filter(p.event)) continue;
    if (!inView(p)) {
      outside.push(p);
      continue;
    }
    for (const lane of p.lanes) {
      const list = byLane.get(lane);
      if (list) list.push(p);
      else byLane.set(lane, [p]);
    }
  }

  const lanes: Lane[] = [];
  const events: PlacedEvent[] = [];
  const rules = rulesOf(o);
  const groups: OverflowGroup[] = [];
  let y = 0;
  for (const key of prepared.laneKeys) {
    const members = byLane.get(key);
    if (!members) continue;
    const items = members.map((p) => geometry(p, o)).sort((a, b) => a.left - b.left || a.prepared.order - b.prepared.order);
    const packing = packRows(
      { length: items.length, left: items.map((i) => i.left), markRight: items.map((i) => i.markRight), labelRight: items.map((i) => i.labelRight), preferredRow: items.map(() => -1) },
      o.maxRows,
      o.gap,
      rules.labelGap,
    );
    const rowY = (row: number) => round(y + row * o.rowHeight + o.rowHeight / 2);
    const overflow: Item[] = [];
    items.forEach((item, i) => {
      const row = packing.rows[i];
      if (row < 0) {
        overflow.push(item);
        return;
      }
      const { vagueStart = false, vagueEnd = false } = item.prepared.event.date;
      const struck = item.prepared.event.kind === 'negated';
      const { side, labelX, room } = labelRoom(item, packing.labelLimits[i], item.prepared.shape, item.x0, item.x1, vagueStart, vagueEnd, rules, struck);
      const label = fitLabel(item.prepared.event.title, room, o.measureText);
      const labelWidth = label === '' ? 0 : o.measureText(label);
      events.push({
        key: `${item.prepared.event.id}@${key}`,
        prepared: item.prepared,
        lane: key,
        row,
        x: round(item.x),
        x0: round(item.x0),
        x1: round(item.x1),
        y: rowY(row),
        label,
        labelX: round(labelX),
        labelWidth: round(labelWidth),
        labelSide: label === '' ? 'none' : side,
        labelOnBar: label !== '' && labelOnBar(item.prepared.shape, side, labelX, labelWidth, item.x0, item.x1, vagueStart, vagueEnd),
      });
    });
    const rows = Math.max(1, packing.rowCount) + (overflow.length ? 1 : 0);
    for (const group of groupsOf(overflow, o.width)) groups.push({ ...group, lane: key, y: rowY(rows - 1) });
    const height = rows * o.rowHeight;
    lanes.push({ key, label: o.laneLabel(key), y: round(y), height, rows });
    y += height + o.laneGap;
  }
  return { lanes, events, groups, height: round(Math.max(0, y - o.laneGap)), outside };
}

/** Consecutive overflowing marks (by their marker or visible bar middle) within GROUP_GAP of each other. */
function groupsOf(overflow: readonly Item[], width: number): Omit<OverflowGroup, 'lane' | 'y'>[] {
  const at = (item: Item) => (item.prepared.shape === 'period' ? (Math.max(item.x0, 0) + Math.min(item.x1, width)) / 2 : item.x);
  const sorted = [...overflow].sort((a, b) => at(a) - at(b) || a.prepared.order - b.prepared.order);
  const out: Omit<OverflowGroup, 'lane' | 'y'>[] = [];
  let current: { items: Item[]; last: number } | null = null;
  const flush = () => {
    if (!current) return;
    let x0 = width;
    let x1 = 0;
    for (const i of current.items) {
      x0 = Math.min(x0, Math.max(i.prepared.shape === 'point' ? i.x : i.x0, 0));
      x1 = Math.max(x1, Math.min(i.prepared.shape === 'point' ? i.x : i.x1, width));
    }
    out.push({
      x: round((at(current.items[0]) + current.last) / 2),
      x0: round(x0),
      x1: round(Math.max(x0, x1)),
      members: current.items.map((i) => i.prepared).sort((a, b) => a.order - b.order),
    });
  };
  for (const item of sorted) {
    const x = at(item);
    if (current && x - current.last <= GROUP_GAP) {
      current.items.push(item);
      current.last = x;
    } else {
      flush();
      current = { items: [item], last: x };
    }
  }
  flush();
  return out;
}

/** Mark and label extents of one event, as the interactive layout places them (layout/label-spot.ts). */
function geometry(p: PreparedEvent, o: StaticRowsOptions): Item {
  const clamp = (px: number) => Math.min(Math.max(px, -o.width), 2 * o.width);
  const x = clamp(o.x(p.anchor));
  const x0 = clamp(o.x(p.start));
  const x1 = clamp(o.x(p.end));
  const full = o.measureText(p.event.title);
  const { vagueStart = false, vagueEnd = false } = p.event.date;
  const { kind } = p.event;
  const struck = kind === 'negated';
  const reach = markReach(p.shape, kind === 'planned' || kind === 'speculative', struck);
  const spot = labelSpot({ side: 'none', labelX: 0, left: 0, markLeft: 0, markRight: 0, labelRight: 0 }, p.shape, x, x0, x1, vagueStart, vagueEnd, full, rulesOf(o), struck, reach);
  return { prepared: p, x, x0, x1, full, ...spot };
}

function rulesOf(o: StaticRowsOptions): LabelRules {
  return { left: 0, right: o.width, gap: o.gap, labelGap: Math.max(o.gap, o.labelGap ?? LABEL_GAP), markerRadius: o.markerRadius };
}
