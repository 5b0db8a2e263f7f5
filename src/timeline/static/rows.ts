/**
 * The static picture's layout: every event in view gets a mark in its lane's rows if any row has room for it;
 * there is no zoom to open a crowd later, so marks are never grouped for being close, only for want of rows.
 * What does not fit in `maxRows` rows is gathered, per lane and place, into groups drawn in one row under the
 * lane. Built on the pure layout's parts (prepared events, `packRows`, `fitLabel`) with the interactive layout's
 * geometry of marks and labels (layout/viewport.ts). Pure: no DOM; px rounded to 0.01.
 */
import type { EventRecord } from '../../types.js';
import type { Lane, PlacedEvent, PreparedEvent, PreparedTimeline } from '../layout/types.js';
import { FADE_SHARE } from '../layout/types.js';
import { packRows } from '../layout/row-packing.js';
import { fitLabel } from '../layout/fit-label.js';
import { labelBesideBar, NARROW_WINDOW_PX } from '../layout/viewport.js';

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
/** A period's label goes on its bar when the bar's solid part in view is at least this wide (as layout/viewport.ts). */
const MIN_ON_BAR_PX = 120;

const round = (v: number) => Math.round(v * 100) / 100;

interface Item {
  prepared: PreparedEvent;
  x: number;
  x0: number;
  x1: number;
  left: number;
  markRight: number;
  labelX: number;
  labelRight: number;
  /** The label must end before this x (the solid part of a bar), or Infinity. */
  labelMax: number;
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
    );
    const rowY = (row: number) => round(y + row * o.rowHeight + o.rowHeight / 2);
    const overflow: Item[] = [];
    items.forEach((item, i) => {
      const row = packing.rows[i];
      if (row < 0) {
        overflow.push(item);
        return;
      }
      const room = Math.min(packing.labelLimits[i], item.labelMax, o.width - o.gap) - item.labelX;
      events.push({
        key: `${item.prepared.event.id}@${key}`,
        prepared: item.prepared,
        lane: key,
        row,
        x: round(item.x),
        x0: round(item.x0),
        x1: round(item.x1),
        y: rowY(row),
        label: fitLabel(item.prepared.event.title, room, o.measureText),
        labelX: round(item.labelX),
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

/** Mark and label extents of one event, as the interactive layout places them (layout/viewport.ts `geometries`). */
function geometry(p: PreparedEvent, o: StaticRowsOptions): Item {
  const clamp = (px: number) => Math.min(Math.max(px, -o.width), 2 * o.width);
  const x = clamp(o.x(p.anchor));
  const x0 = clamp(o.x(p.start));
  const x1 = clamp(o.x(p.end));
  const r = o.markerRadius;
  const full = o.measureText(p.event.title);
  const { vagueStart, vagueEnd } = p.event.date;
  const base = { prepared: p, x, x0, x1, full, labelMax: Infinity };
  if (p.shape === 'period' && !labelBesideBar(x1 - x0, !!vagueStart, !!vagueEnd)) {
    const span = x1 - x0;
    const solidStart = Math.max(x0 + (vagueStart ? span * FADE_SHARE : 0), 0);
    const solidEnd = Math.min(x1 - (vagueEnd ? span * FADE_SHARE : 0), o.width);
    if (solidEnd - solidStart >= MIN_ON_BAR_PX) {
      const labelX = solidStart + o.gap;
      const labelMax = solidEnd - 2 * o.gap;
      return { ...base, left: x0, markRight: x1, labelX, labelMax, labelRight: Math.min(labelX + full, labelMax) };
    }
    const labelX = Math.max(x0, 0) + o.gap;
    return { ...base, left: x0, markRight: x1, labelX, labelRight: labelX + full };
  }
  const markLeft = p.shape === 'point' ? x - r : p.shape === 'period' ? x0 : Math.min(x0, x - r);
  const markRight = p.shape === 'point' ? x + r : p.shape === 'period' ? x1 : Math.max(x1, x + r);
  const narrow = p.shape === 'period' || (p.shape !== 'point' && x1 - x0 <= NARROW_WINDOW_PX);
  const rightLabelX = (narrow ? markRight : x + r) + o.gap;
  const leftLabelX = (narrow ? markLeft : x - r) - o.gap - full;
  if (rightLabelX + full > o.width - o.gap && leftLabelX >= o.gap && x <= o.width) {
    return { ...base, left: Math.min(markLeft, leftLabelX), markRight, labelX: leftLabelX, labelRight: markRight };
  }
  return { ...base, left: markLeft, markRight, labelX: rightLabelX, labelRight: rightLabelX + full };
}
