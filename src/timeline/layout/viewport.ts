/**
 * `layoutViewport`: on every zoom frame, lay out only what is visible. Per lane:
 * 1. Thin marks (duration classes narrower than the cluster gap) are counted per cluster bucket with binary
 *    searches; a bucket whose marks are closer than the gap becomes one cluster, otherwise its marks are drawn.
 *    Work is O(buckets · log n), not O(visible), so the fully zoomed-out view of 100,000 events is cheap.
 * 2. Wide marks (bars, wide uncertainty windows) that overlap the view are found through the duration classes.
 * 3. Drawn marks are packed into rows (`packRows`); what does not fit folds into the cluster of its bucket, and
 *    clusters get the lane's top row. Labels are then cut to their room (`fitLabel`).
 * Lanes are stacked top-down. If the total still exceeds `maxMarks`, the cluster gap doubles and the layout runs
 * again, so the output is bounded at any zoom; an attempt stops as soon as it must exceed the bound (step 1 runs
 * for every lane first, its clusters being a lower bound), and the output objects are built only for the attempt
 * that is kept. Candidates are refs into the index's typed arrays, their geometry is typed arrays too: zoomed out,
 * thousands of bars per frame are packed or folded without an object each.
 * Pure: no DOM; deterministic; px rounded to 0.01.
 */
import { bucketGrid, bucketOf, type BucketGrid } from './buckets.js';
import { lanesFor } from './filtered-index.js';
import { titleMeasure, type FittedLabel, type TitleMeasure } from './fit-label.js';
import { LABEL_GAP, labelOnBar, labelRoom, labelSpot, markReach, type LabelRules, type LabelSide, type LabelSpot } from './label-spot.js';
import { bisectLeft } from './bisect.js';
import {
  overlappingIndices,
  SHAPE_MASK,
  SHAPE_PERIOD,
  SHAPE_POINT,
  SHAPE_UNCERTAIN,
  RINGED,
  STRUCK,
  VAGUE_END,
  VAGUE_START,
  type DurationClass,
  type LaneIndex,
} from './lane-index.js';
import type { TimelineIndex } from './prepare.js';
import { packRows, type Packing, type PackItems } from './row-packing.js';
import {
  ALL_EVENTS_LANE,
  NO_VALUE_LANE,
  type MarkShape,
  type Lane,
  type LayoutOptions,
  type PlacedCluster,
  type PlacedEvent,
  type PreparedEvent,
  type PreparedTimeline,
  type ViewportLayout,
} from './types.js';
import { viewportTimes } from './viewport-scale.js';
import { appendAll } from '../../lists.js';

/** At most this many marks in one bucket are drawn one by one (if far enough apart); more always cluster. */
const MAX_LONE_PER_BUCKET = 4;
/** Member ids kept per cluster (for a tooltip); `count` has the total. */
const MAX_CLUSTER_IDS = 8;

const round = (v: number) => Math.round(v * 100) / 100;

export function defaultLaneLabel(key: string): string {
  if (key === ALL_EVENTS_LANE) return '';
  if (key === NO_VALUE_LANE) return '(none)';
  return key;
}

interface Settings {
  x: (t: number) => number;
  t0: number;
  t1: number;
  width: number;
  margin: number;
  grid: BucketGrid;
  /** Classes whose longest member is at most this many ms are thin at this zoom. */
  thinMs: number;
  clusterGap: number;
  gap: number;
  labelGap: number;
  /** Where labels may go and the room around them (label-spot.ts). */
  rules: LabelRules;
  maxRows: number;
  /** Title widths and `fitLabel` of a lane's title (by id) with the layout's measure, remembered across frames. */
  titles: TitleMeasure;
  /** Per lane, the row of each event in the previous frame, counted below the cluster row. */
  previousRows: PreviousRows;
}

interface ClusterAcc {
  bucket: number;
  count: number;
  /** The first members' orders (up to MAX_CLUSTER_IDS): their ids are read only for the layout that is returned. */
  members: number[];
  /** Anchors of members that joined from a neighbouring bucket; they widen the cluster's time span. */
  outside: number[];
}

interface LaneResult {
  /** `title` is the title's id in the lane's table; its label is cut to `room` once the attempt is kept. */
  events: {
    prepared: PreparedEvent;
    /** `prepared.order`, read from the lane's typed array rather than the event object. */
    order: number;
    row: number;
    x: number;
    x0: number;
    x1: number;
    title: number;
    room: number;
    labelX: number;
    side: LabelSide;
    vagueStart: boolean;
    vagueEnd: boolean;
  }[];
  clusters: ClusterAcc[];
  rows: number;
}

export function layoutViewport(prepared: PreparedTimeline, options: LayoutOptions): ViewportLayout {
  const width = options.width;
  // Not measured yet (a hidden container): nothing to place, and no reason to throw inside a render loop.
  if (!(width > 0)) return { lanes: [], events: [], clusters: [], height: 0 };
  const margin = options.margin ?? 40;
  const { t0, t1, msPerPx } = viewportTimes(options.x, options.invert, width, margin);
  const lanes = lanesFor(prepared.index as TimelineIndex, options.filter);
  const maxMarks = options.maxMarks ?? 1000;
  let clusterGap = options.clusterGap ?? 12;
  const titles = titleMeasure(options.measureText);
  const rows = previousRows(options.previous, prepared);
  const gap = options.gap ?? 4;
  const labelGap = Math.max(gap, options.labelGap ?? LABEL_GAP);
  const rules: LabelRules = {
    left: options.labelBounds?.[0] ?? 0,
    right: options.labelBounds?.[1] ?? width,
    gap,
    labelGap,
    markerRadius: options.markerRadius ?? 5,
  };
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= 16;
    // An attempt that already holds more than maxMarks is given up as soon as that is known: it would be rerun
    // with a coarser gap anyway, and zoomed out it is the costly part (thousands of bars packed, then dropped).
    const layout = layoutOnce(prepared, lanes, options, last ? Infinity : maxMarks, {
      x: options.x,
      t0,
      t1,
      width,
      margin,
      grid: bucketGrid(msPerPx, clusterGap),
      thinMs: clusterGap * msPerPx,
      clusterGap,
      gap,
      labelGap,
      rules,
      maxRows: Math.max(1, options.maxRowsPerLane ?? 8),
      titles,
      previousRows: rows,
    });
    if (layout) return { ...layout, clusterGap };
    clusterGap *= 2;
  }
}

function layoutOnce(
  prepared: PreparedTimeline,
  lanes: ReadonlyMap<string, LaneIndex>,
  options: LayoutOptions,
  maxMarks: number,
  s: Settings,
): ViewportLayout | null {
  const rowHeight = options.rowHeight ?? 24;
  const laneGap = options.laneGap ?? 8;
  const label = options.laneLabel ?? defaultLaneLabel;
  const outLanes: Lane[] = [];
  const events: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  // Thin marks of every lane first: their clusters are a lower bound on the output, so an attempt that must
  // exceed maxMarks is given up before any bar is packed.
  const swept: SweptLane[] = [];
  let laterClusters = 0;
  for (const key of prepared.laneKeys) {
    const lane = lanes.get(key);
    if (!lane) continue;
    // a lane's sweep stops as soon as its clusters alone exceed what is left of the bound
    const sweep = sweepLane(lane, s, maxMarks - laterClusters);
    if (!sweep) return null;
    swept.push(sweep);
    laterClusters += sweep.clusterByBucket.size;
  }
  // Then lane by lane; nothing is built for the output (labels, keys) until the attempt is known to fit.
  const results: LaneResult[] = [];
  let marks = 0;
  for (const sweep of swept) {
    laterClusters -= sweep.clusterByBucket.size;
    const result = layoutLane(sweep, s, maxMarks - marks - laterClusters);
    if (!result) return null;
    marks += result.events.length + result.clusters.length;
    results.push(result);
  }
  if (marks > maxMarks) return null;
  const ids = idsByOrder(prepared);
  const fitted: FittedLabel = { label: '', width: 0 };
  let y = 0;
  for (let l = 0; l < swept.length; l++) {
    const { lane } = swept[l];
    const key = lane.key;
    const result = results[l];
    if (options.hideEmptyLanes && result.events.length === 0 && result.clusters.length === 0) continue;
    const rows = Math.max(1, result.rows);
    const height = rows * rowHeight;
    outLanes.push({ key, label: label(key), y: round(y), height, rows });
    const rowY = (row: number) => round(y + row * rowHeight + rowHeight / 2);
    let keys = eventKeys.get(prepared.events)?.get(key);
    if (!keys) {
      let byLane = eventKeys.get(prepared.events);
      if (!byLane) eventKeys.set(prepared.events, (byLane = new Map()));
      byLane.set(key, (keys = []));
    }
    for (const e of result.events) {
      s.titles.fit(lane.titles, e.title, e.room, fitted);
      const { label, width: labelWidth } = fitted;
      events.push({
        key: (keys[e.order] ??= `${e.prepared.event.id}@${key}`),
        prepared: e.prepared,
        lane: key,
        row: e.row,
        x: round(e.x),
        x0: round(e.x0),
        x1: round(e.x1),
        y: rowY(e.row),
        label,
        labelX: round(e.labelX),
        labelWidth: round(labelWidth),
        labelSide: label === '' ? 'none' : e.side,
        labelOnBar: label !== '' && labelOnBar(e.prepared.shape, e.side, e.labelX, labelWidth, e.x0, e.x1, e.vagueStart, e.vagueEnd),
      });
    }
    for (const c of result.clusters) {
      let start = c.bucket * s.grid.size;
      let end = (c.bucket + 1) * s.grid.size;
      for (const t of c.outside) {
        start = Math.min(start, Math.floor(t));
        end = Math.max(end, Math.floor(t) + 1);
      }
      // Drawn over its own bucket, so neighbouring clusters never overlap; the time span may be a little wider.
      const x0 = clampPx(s.x(c.bucket * s.grid.size), s);
      const x1 = clampPx(s.x((c.bucket + 1) * s.grid.size), s);
      clusters.push({
        key: `${key}|${s.grid.level}|${c.bucket}`,
        lane: key,
        x: round((x0 + x1) / 2),
        x0: round(x0),
        x1: round(x1),
        y: rowY(0),
        count: c.count,
        memberIds: c.members.map(ids),
        start,
        end,
      });
    }
    y += height + laneGap;
  }
  return { lanes: outLanes, events, clusters, height: round(Math.max(0, y - laneGap)) };
}

const idCache = new WeakMap<PreparedTimeline, (order: number) => string>();

/**
 * Event ids by order, each read once per prepared timeline when a cluster first lists it: a cluster's member ids
 * are read from here every frame, not from its members' event objects scattered in memory, and a first frame
 * reads a few thousand ids, not all 100,000 (that took 40 ms of a first render).
 */
function idsByOrder(prepared: PreparedTimeline): (order: number) => string {
  let idOf = idCache.get(prepared);
  if (!idOf) {
    const ids: string[] = new Array(prepared.events.length);
    idCache.set(prepared, (idOf = (order) => (ids[order] ??= prepared.events[order].event.id)));
  }
  return idOf;
}

/** `id@lane` keys of placed events, per prepared timeline and lane, by order: built once, not every frame. */
const eventKeys = new WeakMap<readonly PreparedEvent[], Map<string, string[]>>();

/** Keep far-off-screen ends at a sane distance (SVG precision), still well outside the view. */
function clampPx(px: number, s: Settings): number {
  return Math.min(Math.max(px, -s.margin - s.width), 2 * s.width + s.margin);
}

interface SweptLane {
  lane: LaneIndex;
  /** Thin marks drawn one by one (well apart, in sparse buckets), as member refs (see `ref`). */
  candidates: number[];
  clusterByBucket: Map<number, ClusterAcc>;
}

/** A lane member as one number: its index in its class, and the class's index in the lane (< 64). */
const ref = (classIndex: number, i: number) => i * 64 + classIndex;
const refClass = (r: number) => r % 64;
const refItem = (r: number) => Math.floor(r / 64);

/**
 * Step 1 for one lane: its thin marks, counted per bucket into clusters or kept as candidates; null as soon as
 * the lane has more than `limit` clusters (they are only ever added to, so the attempt must exceed its bound).
 */
function sweepLane(lane: LaneIndex, s: Settings, limit: number): SweptLane | null {
  const thin: number[] = [];
  lane.classes.forEach((cls, j) => {
    if (cls.maxDuration <= s.thinMs) thin.push(j);
  });
  const clusterByBucket = new Map<number, ClusterAcc>();
  const candidates: number[] = [];
  if (thin.length > 0 && !sweepBuckets(lane.classes, thin, s, candidates, clusterByBucket, limit)) return null;
  return { lane, candidates, clusterByBucket };
}

/**
 * Steps 2 and 3 for one swept lane, or null as soon as the lane is certain to hold more than `budget` events and
 * clusters together (clusters are only ever added, and an event placed by the packing stays placed).
 */
function layoutLane({ lane, candidates, clusterByBucket }: SweptLane, s: Settings, budget: number): LaneResult | null {
  if (clusterByBucket.size > budget) return null;
  const indices: number[] = [];
  lane.classes.forEach((cls, j) => {
    if (cls.maxDuration <= s.thinMs) return;
    indices.length = 0;
    overlappingIndices(cls, s.t0, s.t1, indices);
    for (const i of indices) candidates.push(ref(j, i));
  });

  const g = geometries(lane, candidates, s);
  const n = candidates.length;
  const orders = new Float64Array(n);
  // an Int32Array sorts a fifth faster than an array of numbers with the same comparison
  const byLeft = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    orders[k] = lane.classes[refClass(candidates[k])].orders[refItem(candidates[k])];
    byLeft[k] = k;
  }
  const left = g.left;
  byLeft.sort((a, b) => left[a] - left[b] || orders[a] - orders[b]);
  const sorted = packItems(g, byLeft);
  const memberAt = (i: number) => {
    const r = candidates[byLeft[i]];
    return lane.classes[refClass(r)].orders[refItem(r)];
  };
  const anchorAt = (i: number) => {
    const r = candidates[byLeft[i]];
    return lane.classes[refClass(r)].anchors[refItem(r)];
  };
  const bucketOfItem = (i: number) => bucketOf(s.grid, clampTime(anchorAt(i), s));

  const place = (rows: number, limit = Infinity) => placeRows(sorted, bucketOfItem, rows, s, clusterByBucket, limit);
  // Clusters take the top row; without any, marks may use every row. A cluster never holds a single event:
  // a mark that overflows alone into its bucket is an orphan and is drawn as itself in a row below.
  let rowOffset = clusterByBucket.size > 0 ? 1 : 0;
  // With clusters already, this packing is the one kept: it stops as soon as it places more than the budget leaves
  // (an item placed stays placed), as the check below would reject it.
  const first = place(s.maxRows - rowOffset, rowOffset > 0 ? budget - clusterByBucket.size : Infinity);
  if (!first) return null;
  let placed = first;
  if (rowOffset === 0 && placed.folded.length > 0) {
    const withClusterRow = place(s.maxRows - 1)!;
    if (withClusterRow.folded.length > 0) {
      rowOffset = 1;
      placed = withClusterRow;
    }
  }
  const { packing, folded, orphans } = placed;
  if (clusterByBucket.size + packing.rows.length - packing.overflowCount > budget) return null;
  // Orphans get up to maxRows extra rows; what still does not fit joins the nearest cluster of its lane.
  const orphanPacking = packRows(packItems(g, orphans.map((i) => byLeft[i])), s.maxRows, s.gap, s.labelGap);
  const leftovers = orphans.filter((_, j) => orphanPacking.rows[j] < 0);
  const fold = (i: number, bucket = bucketOfItem(i), anchor?: number) => addToCluster(clusterByBucket, bucket, 1, memberAt(i), anchor);
  for (const i of folded) fold(i);
  let extraRows = orphanPacking.rowCount;
  const lastRow = new Map<number, number>();
  if (leftovers.length === 1 && clusterByBucket.size === 0) lastRow.set(leftovers[0], extraRows++);
  else if (leftovers.length > 0) {
    const targets = clusterByBucket.size > 0 ? [...clusterByBucket.keys()] : [bucketOfItem(leftovers[leftovers.length >> 1])];
    for (const i of leftovers) {
      const own = bucketOfItem(i);
      const target = targets.reduce((best, b) => (Math.abs(b - own) < Math.abs(best - own) ? b : best));
      fold(i, target, target === own ? undefined : anchorAt(i));
    }
    rowOffset = 1; // a cluster may have appeared just now; it takes the top row
  }

  // Each item's row and label limit, whichever pass placed it (-1: folded), then the events in left-edge order.
  const rowOf = new Int32Array(n).fill(-1);
  const limitOf = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rowOf[i] = packing.rows[i] < 0 ? -1 : packing.rows[i] + rowOffset;
    limitOf[i] = packing.labelLimits[i];
  }
  orphans.forEach((i, j) => {
    if (orphanPacking.rows[j] < 0) return;
    rowOf[i] = packing.rowCount + orphanPacking.rows[j] + rowOffset;
    limitOf[i] = orphanPacking.labelLimits[j];
  });
  for (const [i, extra] of lastRow) {
    rowOf[i] = packing.rowCount + extra + rowOffset;
    limitOf[i] = Infinity;
  }
  const events: LaneResult['events'] = [];
  for (let i = 0; i < n; i++) {
    if (rowOf[i] < 0) continue;
    const k = byLeft[i];
    const r = candidates[k];
    const cls = lane.classes[refClass(r)];
    const item = refItem(r);
    const flags = cls.flags[item];
    const shape = SHAPES[flags & SHAPE_MASK];
    const vagueStart = (flags & VAGUE_START) !== 0;
    const vagueEnd = (flags & VAGUE_END) !== 0;
    const { side, labelX, room } = labelRoom({ side: SIDES[g.side[k]], labelX: g.labelX[k] }, limitOf[i], shape, g.x0[k], g.x1[k], vagueStart, vagueEnd, s.rules, (flags & STRUCK) !== 0);
    events.push({ prepared: lane.table.events[cls.orders[item]], order: cls.orders[item], row: rowOf[i], x: g.x[k], x0: g.x0[k], x1: g.x1[k], title: cls.titleIds[item], room, labelX, side, vagueStart, vagueEnd });
  }
  const clusters = [...clusterByBucket.values()].sort((a, b) => a.bucket - b.bucket);
  const rows = Math.max(clusters.length > 0 ? 1 : 0, packing.rowCount + extraRows + rowOffset);
  return { events, clusters, rows };
}

/** The packing's view of some items (`which`: indices into the geometries, in left-edge order). */
function packItems(g: Geometries, which: ArrayLike<number>): PackItems {
  // A loop, not Float64Array.from(which, fn): that is many times slower in V8.
  const pick = (values: Float64Array) => {
    const out = new Float64Array(which.length);
    for (let i = 0; i < which.length; i++) out[i] = values[which[i]];
    return out;
  };
  return { length: which.length, left: pick(g.left), markRight: pick(g.markRight), labelRight: pick(g.labelRight), preferredRow: pick(g.preferredRow) };
}

function clampTime(t: number, s: Settings): number {
  return Math.min(Math.max(t, s.t0), s.t1 - 1);
}

interface Placement {
  packing: Packing;
  /** Overflowing items (indices into the sorted items) that join a cluster of two or more in their bucket. */
  folded: number[];
  /** Overflowing items alone in their bucket: drawn as themselves below the packed rows. */
  orphans: number[];
}

function placeRows(
  items: PackItems,
  bucketOfItem: (i: number) => number,
  maxRows: number,
  s: Settings,
  clusters: ReadonlyMap<number, ClusterAcc>,
  limit: number,
): Placement | null {
  const packing = packRows(items, maxRows, s.gap, s.labelGap, limit);
  if (!packing) return null;
  const byBucket = new Map<number, number[]>();
  for (let i = 0; i < items.length; i++) {
    if (packing.rows[i] >= 0) continue;
    const bucket = bucketOfItem(i);
    const list = byBucket.get(bucket);
    if (list) list.push(i);
    else byBucket.set(bucket, [i]);
  }
  const folded: number[] = [];
  const orphans: number[] = [];
  for (const [bucket, list] of byBucket) appendAll(list.length > 1 || clusters.has(bucket) ? folded : orphans, list);
  orphans.sort((a, b) => a - b);
  return { packing, folded, orphans };
}

/** Geometry of a lane's candidates, one typed array per field (no object per candidate). */
interface Geometries {
  x: Float64Array;
  x0: Float64Array;
  x1: Float64Array;
  labelX: Float64Array;
  /** The label's side (SIDES index). */
  side: Uint8Array;
  left: Float64Array;
  markRight: Float64Array;
  labelRight: Float64Array;
  /** Row in the previous frame, or -1. */
  preferredRow: Float64Array;
}

const SIDES: readonly LabelSide[] = ['after', 'before', 'on', 'none'];
const SHAPES: Record<number, MarkShape> = { [SHAPE_POINT]: 'point', [SHAPE_PERIOD]: 'period', [SHAPE_UNCERTAIN]: 'uncertain-point' };

/**
 * Geometry of every candidate, read from the classes' typed arrays: the event objects themselves are only
 * visited for row hints from another prepared timeline (by id). Where labels go is `labelSpot`'s rule.
 */
function geometries(lane: LaneIndex, candidates: readonly number[], s: Settings): Geometries {
  const n = candidates.length;
  const g: Geometries = {
    x: new Float64Array(n),
    x0: new Float64Array(n),
    x1: new Float64Array(n),
    labelX: new Float64Array(n),
    side: new Uint8Array(n),
    left: new Float64Array(n),
    markRight: new Float64Array(n),
    labelRight: new Float64Array(n),
    preferredRow: new Float64Array(n),
  };
  const hints = s.previousRows.lanes.get(lane.key);
  const byOrder = s.previousRows.byOrder;
  const widths = s.titles.fullWidths(lane.titles);
  const spot: LabelSpot = { side: 'none', labelX: 0, left: 0, markLeft: 0, markRight: 0, labelRight: 0 };
  for (let k = 0; k < n; k++) {
    const cls = lane.classes[refClass(candidates[k])];
    const i = refItem(candidates[k]);
    const hint = hints === undefined ? undefined : byOrder ? hints.get(cls.orders[i]) : hints.get(lane.table.events[cls.orders[i]].event.id);
    g.preferredRow[k] = hint ?? -1;
    const x = clampPx(s.x(cls.anchors[i]), s);
    const x0 = clampPx(s.x(cls.starts[i]), s);
    const x1 = clampPx(s.x(cls.ends[i]), s);
    g.x[k] = x;
    g.x0[k] = x0;
    g.x1[k] = x1;
    const titleId = cls.titleIds[i];
    let full = widths[titleId];
    if (Number.isNaN(full)) full = s.titles.widthOf(lane.titles, titleId);
    const flags = cls.flags[i];
    const shape = SHAPES[flags & SHAPE_MASK];
    const struck = (flags & STRUCK) !== 0;
    labelSpot(spot, shape, x, x0, x1, (flags & VAGUE_START) !== 0, (flags & VAGUE_END) !== 0, full, s.rules, struck, markReach(shape, (flags & RINGED) !== 0, struck));
    g.labelX[k] = spot.labelX;
    g.side[k] = SIDES.indexOf(spot.side);
    g.left[k] = spot.left;
    g.markRight[k] = spot.markRight;
    g.labelRight[k] = spot.labelRight;
  }
  return g;
}

interface PreviousRows {
  /** Keys are `PreparedEvent.order` when the previous frame laid out this same prepared timeline, else event ids. */
  byOrder: boolean;
  lanes: ReadonlyMap<string, ReadonlyMap<number | string, number>>;
}

const previousRowCache = new WeakMap<ViewportLayout, { prepared: PreparedTimeline; rows: PreviousRows }>();
const NO_ROWS: PreviousRows = { byOrder: true, lanes: new Map() };

/**
 * Rows of the previous frame's items per lane, below their lane's cluster row when it had one; keyed by order
 * (a number, read from the index without visiting the event) when the previous frame is of the same prepared
 * timeline, else by event id.
 */
function previousRows(previous: ViewportLayout | undefined, prepared: PreparedTimeline): PreviousRows {
  if (!previous) return NO_ROWS;
  const cached = previousRowCache.get(previous);
  if (cached && cached.prepared === prepared) return cached.rows;
  const byOrder = previous.events.every((e) => prepared.events[e.prepared.order] === e.prepared);
  const lanes = new Map<string, Map<number | string, number>>();
  const clustered = new Set(previous.clusters.map((c) => c.lane));
  for (const e of previous.events) {
    let lane = lanes.get(e.lane);
    if (!lane) lanes.set(e.lane, (lane = new Map()));
    lane.set(byOrder ? e.prepared.order : e.prepared.event.id, e.row - (clustered.has(e.lane) ? 1 : 0));
  }
  const rows = { byOrder, lanes };
  previousRowCache.set(previous, { prepared, rows });
  return rows;
}

/**
 * Step 1: count thin marks per bucket; well-spaced ones in sparse buckets become candidates, the rest clusters.
 * A lone mark that sits closer than the gap to a neighbouring cluster joins it, so the grid does not leave a
 * stray mark glued to a cluster's edge. `thin` lists the indices of the thin classes in `all`.
 */
function sweepBuckets(
  all: readonly DurationClass[],
  thin: readonly number[],
  s: Settings,
  candidates: number[],
  clusters: Map<number, ClusterAcc>,
  limit: number,
): boolean {
  const classes = thin.map((j) => all[j]);
  const { grid } = s;
  const size = grid.size;
  const first = bucketOf(grid, s.t0);
  const last = bucketOf(grid, s.t1);
  const k = classes.length;
  // Plain loops over typed arrays: this runs once per non-empty bucket, so no closures or arrays per bucket.
  let cursors = new Int32Array(k);
  let ends = new Int32Array(k);
  for (let j = 0; j < k; j++) cursors[j] = bisectLeft(classes[j].anchors, first * size);
  const sparse: { bucket: number; members: number[] }[] = [];
  const dense = new Map<number, { firstAnchor: number; lastAnchor: number }>();
  // Jump from one non-empty bucket to the next, so a sparse lane costs what it holds, not the view's width.
  const nextBucket = () => {
    let next = Infinity;
    for (let j = 0; j < k; j++) {
      const anchors = classes[j].anchors;
      if (cursors[j] < anchors.length) next = Math.min(next, bucketOf(grid, anchors[cursors[j]]));
    }
    return next;
  };
  for (let bucket = Math.max(first, nextBucket()); bucket <= last; bucket = nextBucket()) {
    const bucketEnd = (bucket + 1) * size;
    let count = 0;
    for (let j = 0; j < k; j++) {
      ends[j] = gallopLeft(classes[j].anchors, bucketEnd, cursors[j]);
      count += ends[j] - cursors[j];
    }
    if (count > 0) {
      const members = count <= MAX_LONE_PER_BUCKET ? collect(classes, cursors, ends, count) : null;
      if (members && wellSpaced(members, classes, s)) sparse.push({ bucket, members });
      else {
        addToClusterMembers(clusters, bucket, count, members ?? collect(classes, cursors, ends, MAX_CLUSTER_IDS), classes);
        let firstAnchor = Infinity;
        let lastAnchor = -Infinity;
        for (let j = 0; j < k; j++) {
          if (ends[j] > cursors[j]) {
            const anchors = classes[j].anchors;
            firstAnchor = Math.min(firstAnchor, anchors[cursors[j]]);
            lastAnchor = Math.max(lastAnchor, anchors[ends[j] - 1]);
          }
        }
        dense.set(bucket, { firstAnchor, lastAnchor });
        if (clusters.size > limit) return false;
      }
    }
    const swap = cursors;
    cursors = ends;
    ends = swap;
  }
  for (const { bucket, members } of sparse) {
    for (const m of members) {
      const anchor = classes[refClass(m)].anchors[refItem(m)];
      const x = s.x(anchor);
      const before = dense.get(bucket - 1);
      const after = dense.get(bucket + 1);
      const gapBefore = before ? x - s.x(before.lastAnchor) : Infinity;
      const gapAfter = after ? s.x(after.firstAnchor) - x : Infinity;
      if (Math.min(gapBefore, gapAfter) >= s.clusterGap) candidates.push(ref(thin[refClass(m)], refItem(m)));
      else addToCluster(clusters, gapBefore <= gapAfter ? bucket - 1 : bucket + 1, 1, classes[refClass(m)].orders[refItem(m)], anchor);
    }
  }
  return true;
}

/**
 * `bisectLeft(values, x, lo)` for an answer usually near `lo` (the next bucket's end): probe 1, 2, 4, … ahead,
 * then bisect the last step, so an empty or small bucket costs a comparison or two, not a full binary search.
 */
function gallopLeft(values: Float64Array, x: number, lo: number): number {
  const n = values.length;
  if (lo >= n || values[lo] >= x) return lo;
  let step = 1;
  let hi = lo + 1;
  while (hi < n && values[hi] < x) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  return bisectLeft(values, x, lo + 1, Math.min(hi, n));
}

/**
 * Up to `limit` members of a bucket across classes, in time order, as refs into `classes`: a merge of the
 * classes' runs, each already in time order (a class lists its members by anchor, ties in `order`).
 */
function collect(classes: readonly DurationClass[], from: Int32Array, to: Int32Array, limit: number): number[] {
  const out: number[] = [];
  const k = classes.length;
  if (k === 1) {
    const end = Math.min(to[0], from[0] + limit);
    for (let i = from[0]; i < end; i++) out.push(ref(0, i));
    return out;
  }
  const heads = from.slice();
  while (out.length < limit) {
    let best = -1;
    let bestOrder = Infinity;
    for (let j = 0; j < k; j++) {
      if (heads[j] < to[j]) {
        const order = classes[j].orders[heads[j]];
        if (order < bestOrder) {
          bestOrder = order;
          best = j;
        }
      }
    }
    if (best < 0) break;
    out.push(ref(best, heads[best]++));
  }
  return out;
}

function wellSpaced(members: readonly number[], classes: readonly DurationClass[], s: Settings): boolean {
  // A typed array: x may come back as a small integer or a double, and a plain array changing its element kind
  // between frames deoptimizes this hot function.
  const xs = new Float64Array(members.length);
  for (let i = 0; i < members.length; i++) xs[i] = s.x(classes[refClass(members[i])].anchors[refItem(members[i])]);
  xs.sort();
  for (let i = 1; i < xs.length; i++) if (xs[i] - xs[i - 1] < s.clusterGap) return false;
  return true;
}

/** `addToCluster` for a bucket's own members (refs into `classes`). */
function addToClusterMembers(clusters: Map<number, ClusterAcc>, bucket: number, count: number, members: readonly number[], classes: readonly DurationClass[]): void {
  const acc = clusterAt(clusters, bucket, count);
  for (const m of members) addMember(acc, classes[refClass(m)].orders[refItem(m)]);
}

function addToCluster(clusters: Map<number, ClusterAcc>, bucket: number, count: number, member: number, anchor?: number): void {
  const acc = clusterAt(clusters, bucket, count);
  if (anchor !== undefined) acc.outside.push(anchor);
  addMember(acc, member);
}

/** The cluster of a bucket (made when missing), with `count` more members. */
function clusterAt(clusters: Map<number, ClusterAcc>, bucket: number, count: number): ClusterAcc {
  let acc = clusters.get(bucket);
  if (!acc) clusters.set(bucket, (acc = { bucket, count: 0, members: [], outside: [] }));
  acc.count += count;
  return acc;
}

/** Keep a member's order among the first MAX_CLUSTER_IDS distinct ones. */
function addMember(acc: ClusterAcc, order: number): void {
  if (acc.members.length < MAX_CLUSTER_IDS && !acc.members.includes(order)) acc.members.push(order);
}
