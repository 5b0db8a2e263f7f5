/**
 * `layoutViewport`: on every zoom frame, lay out only what is visible. Per lane:
 * 1. Thin marks (duration classes narrower than the cluster gap) are counted per cluster bucket with binary
 *    searches; a bucket whose marks are closer than the gap becomes one cluster, otherwise its marks are drawn.
 *    Work is O(buckets · log n), not O(visible), so the fully zoomed-out view of 100,000 events is cheap.
 * 2. Wide marks (bars, wide uncertainty windows) that overlap the view are found through the duration classes.
 * 3. Drawn marks are packed into rows (`packRows`); what does not fit folds into the cluster of its bucket, and
 *    clusters get the lane's top row. Labels are then cut to their room (`fitLabel`).
 * Lanes are stacked top-down. If the total still exceeds `maxMarks`, the cluster gap doubles and the layout runs
 * again, so the output is bounded at any zoom. Pure: no DOM; deterministic; px rounded to 0.01.
 */
import { bucketGrid, bucketOf, type BucketGrid } from './buckets.js';
import { lanesFor } from './filtered-index.js';
import { cachedFitLabel } from './fit-label.js';
import { bisectLeft, overlapping, type DurationClass, type LaneIndex } from './lane-index.js';
import type { TimelineIndex } from './prepare.js';
import { packRows, type PackItem } from './row-packing.js';
import {
  ALL_EVENTS_LANE,
  FADE_SHARE,
  NO_VALUE_LANE,
  type Lane,
  type LayoutOptions,
  type PlacedCluster,
  type PlacedEvent,
  type PreparedEvent,
  type PreparedTimeline,
  type ViewportLayout,
} from './types.js';
import { viewportTimes } from './viewport-scale.js';

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
  markerRadius: number;
  gap: number;
  maxRows: number;
  measure: (text: string) => number;
  /** `fitLabel` with this measure, remembering the prefix widths it measured per title. */
  fit: (text: string, maxWidth: number) => string;
  /** Per lane, the row of each event id in the previous frame, counted below the cluster row. */
  previousRows: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

interface ClusterAcc {
  bucket: number;
  count: number;
  ids: string[];
  /** Anchors of members that joined from a neighbouring bucket; they widen the cluster's time span. */
  outside: number[];
}

interface LaneResult {
  events: { prepared: PreparedEvent; row: number; x: number; x0: number; x1: number; label: string; labelX: number }[];
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
  const measure = cachedMeasure(options.measureText);
  const fit = cachedFitLabel(options.measureText);
  const rows = previousRows(options.previous);
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
      markerRadius: options.markerRadius ?? 5,
      gap: options.gap ?? 4,
      maxRows: Math.max(1, options.maxRowsPerLane ?? 6),
      measure,
      fit,
      previousRows: rows,
    });
    if (layout) return layout;
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
    const sweep = sweepLane(lane, s);
    swept.push(sweep);
    laterClusters += sweep.clusterByBucket.size;
    if (laterClusters > maxMarks) return null;
  }
  let y = 0;
  for (const sweep of swept) {
    const key = sweep.lane.key;
    laterClusters -= sweep.clusterByBucket.size;
    const result = layoutLane(sweep, s, maxMarks - events.length - clusters.length - laterClusters);
    if (!result) return null;
    if (options.hideEmptyLanes && result.events.length === 0 && result.clusters.length === 0) continue;
    const rows = Math.max(1, result.rows);
    const height = rows * rowHeight;
    outLanes.push({ key, label: label(key), y: round(y), height, rows });
    const rowY = (row: number) => round(y + row * rowHeight + rowHeight / 2);
    for (const e of result.events) {
      events.push({
        key: `${e.prepared.event.id}@${key}`,
        prepared: e.prepared,
        lane: key,
        row: e.row,
        x: round(e.x),
        x0: round(e.x0),
        x1: round(e.x1),
        y: rowY(e.row),
        label: e.label,
        labelX: round(e.labelX),
      });
    }
    for (const c of result.clusters) {
      const start = Math.min(c.bucket * s.grid.size, ...c.outside.map(Math.floor));
      const end = Math.max((c.bucket + 1) * s.grid.size, ...c.outside.map((t) => Math.floor(t) + 1));
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
        memberIds: c.ids,
        start,
        end,
      });
    }
    y += height + laneGap;
  }
  if (events.length + clusters.length > maxMarks) return null;
  return { lanes: outLanes, events, clusters, height: round(Math.max(0, y - laneGap)) };
}

/** Keep far-off-screen ends at a sane distance (SVG precision), still well outside the view. */
function clampPx(px: number, s: Settings): number {
  return Math.min(Math.max(px, -s.margin - s.width), 2 * s.width + s.margin);
}

interface SweptLane {
  lane: LaneIndex;
  /** Thin marks drawn one by one (well apart, in sparse buckets). */
  candidates: PreparedEvent[];
  clusterByBucket: Map<number, ClusterAcc>;
}

/** Step 1 for one lane: its thin marks, counted per bucket into clusters or kept as candidates. */
function sweepLane(lane: LaneIndex, s: Settings): SweptLane {
  const thin = lane.classes.filter((cls) => cls.maxDuration <= s.thinMs);
  const clusterByBucket = new Map<number, ClusterAcc>();
  const candidates: PreparedEvent[] = [];
  if (thin.length > 0) sweepBuckets(thin, s, candidates, clusterByBucket);
  return { lane, candidates, clusterByBucket };
}

/**
 * Steps 2 and 3 for one swept lane, or null as soon as the lane is certain to hold more than `budget` events and
 * clusters together (clusters are only ever added, and an event placed by the packing stays placed).
 */
function layoutLane({ lane, candidates, clusterByBucket }: SweptLane, s: Settings, budget: number): LaneResult | null {
  if (clusterByBucket.size > budget) return null;
  for (const cls of lane.classes) if (cls.maxDuration > s.thinMs) overlapping(cls, s.t0, s.t1, candidates);

  const hints = s.previousRows.get(lane.key);
  const items = candidates.map((p) => geometry(p, s, hints));
  const byLeft = items.map((_, i) => i).sort((a, b) => items[a].left - items[b].left || candidates[a].order - candidates[b].order);
  const sortedItems = byLeft.map((i) => items[i]);

  const place = (rows: number) => placeRows(sortedItems, candidates, byLeft, rows, s, clusterByBucket);
  // Clusters take the top row; without any, marks may use every row. A cluster never holds a single event:
  // a mark that overflows alone into its bucket is an orphan and is drawn as itself in a row below.
  let rowOffset = clusterByBucket.size > 0 ? 1 : 0;
  let placed = place(s.maxRows - rowOffset);
  if (rowOffset === 0 && placed.folded.length > 0) {
    const withClusterRow = place(s.maxRows - 1);
    if (withClusterRow.folded.length > 0) {
      rowOffset = 1;
      placed = withClusterRow;
    }
  }
  const { packing, folded, orphans } = placed;
  if (clusterByBucket.size + packing.rows.length - packing.overflowCount > budget) return null;
  // Orphans get up to maxRows extra rows; what still does not fit joins the nearest cluster of its lane.
  const orphanPacking = packRows(orphans.map((i) => sortedItems[i]), s.maxRows, s.gap);
  const leftovers = orphans.filter((_, j) => orphanPacking.rows[j] < 0);
  const fold = (i: number, bucket = bucketOf(s.grid, clampTime(candidates[byLeft[i]].anchor, s)), anchor?: number) =>
    addToCluster(clusterByBucket, bucket, 1, [candidates[byLeft[i]].event.id], anchor);
  for (const i of folded) fold(i);
  let extraRows = orphanPacking.rowCount;
  const lastRow = new Map<number, number>();
  if (leftovers.length === 1 && clusterByBucket.size === 0) lastRow.set(leftovers[0], extraRows++);
  else if (leftovers.length > 0) {
    const targets = clusterByBucket.size > 0 ? [...clusterByBucket.keys()] : [bucketOfItem(leftovers[leftovers.length >> 1])];
    for (const i of leftovers) {
      const own = bucketOfItem(i);
      const target = targets.reduce((best, b) => (Math.abs(b - own) < Math.abs(best - own) ? b : best));
      fold(i, target, target === own ? undefined : candidates[byLeft[i]].anchor);
    }
    rowOffset = 1; // a cluster may have appeared just now; it takes the top row
  }
  function bucketOfItem(i: number): number {
    return bucketOf(s.grid, clampTime(candidates[byLeft[i]].anchor, s));
  }

  const slots: [i: number, row: number, limit: number][] = [];
  const push = (i: number, row: number, limit: number) => slots.push([i, row, limit]);
  sortedItems.forEach((_, i) => {
    if (packing.rows[i] >= 0) push(i, packing.rows[i] + rowOffset, packing.labelLimits[i]);
  });
  orphans.forEach((i, j) => {
    if (orphanPacking.rows[j] >= 0) push(i, packing.rowCount + orphanPacking.rows[j] + rowOffset, orphanPacking.labelLimits[j]);
  });
  for (const [i, extra] of lastRow) push(i, packing.rowCount + extra + rowOffset, Infinity);
  // In left-edge order, whichever pass placed them.
  const events: LaneResult['events'] = slots
    .sort((a, b) => a[0] - b[0])
    .map(([i, row, limit]) => {
      const p = candidates[byLeft[i]];
      const item = sortedItems[i];
      const room = Math.min(limit, item.labelMax, s.width - s.gap) - item.labelX;
      return { prepared: p, row, x: item.x, x0: item.x0, x1: item.x1, label: s.fit(p.event.title, room), labelX: item.labelX };
    });
  const clusters = [...clusterByBucket.values()].sort((a, b) => a.bucket - b.bucket);
  const rows = Math.max(clusters.length > 0 ? 1 : 0, packing.rowCount + extraRows + rowOffset);
  return { events, clusters, rows };
}

function clampTime(t: number, s: Settings): number {
  return Math.min(Math.max(t, s.t0), s.t1 - 1);
}

interface Placement {
  packing: ReturnType<typeof packRows>;
  /** Overflowing items (indices into the sorted items) that join a cluster of two or more in their bucket. */
  folded: number[];
  /** Overflowing items alone in their bucket: drawn as themselves below the packed rows. */
  orphans: number[];
}

function placeRows(
  items: readonly Geometry[],
  candidates: readonly PreparedEvent[],
  byLeft: readonly number[],
  maxRows: number,
  s: Settings,
  clusters: ReadonlyMap<number, ClusterAcc>,
): Placement {
  const packing = packRows(items, maxRows, s.gap);
  const byBucket = new Map<number, number[]>();
  items.forEach((_, i) => {
    if (packing.rows[i] >= 0) return;
    const bucket = bucketOf(s.grid, clampTime(candidates[byLeft[i]].anchor, s));
    const list = byBucket.get(bucket);
    if (list) list.push(i);
    else byBucket.set(bucket, [i]);
  });
  const folded: number[] = [];
  const orphans: number[] = [];
  for (const [bucket, list] of byBucket) (list.length > 1 || clusters.has(bucket) ? folded : orphans).push(...list);
  orphans.sort((a, b) => a - b);
  return { packing, folded, orphans };
}

interface Geometry extends PackItem {
  x: number;
  x0: number;
  x1: number;
  labelX: number;
  /** The x before which the label must end (the solid part of a bar), or Infinity. */
  labelMax: number;
}

/** A period's label goes on its bar when the bar's solid part is at least this wide. */
const MIN_ON_BAR_PX = 120;
/** An uncertainty window at most this wide is kept clear of the label. */
const NARROW_WINDOW_PX = 48;

function geometry(p: PreparedEvent, s: Settings, hints: ReadonlyMap<string, number> | undefined): Geometry {
  const preferredRow = hints?.get(p.event.id);
  const x = clampPx(s.x(p.anchor), s);
  const x0 = clampPx(s.x(p.start), s);
  const x1 = clampPx(s.x(p.end), s);
  const r = s.markerRadius;
  const full = s.measure(p.event.title);
  if (p.shape === 'period') {
    // On a bar with room, the label is written on its solid part (cut to fit), clear of the faded ends.
    const span = x1 - x0;
    const { vagueStart, vagueEnd } = p.event.date;
    const solidStart = Math.max(x0 + (vagueStart ? span * FADE_SHARE : 0), 0);
    const solidEnd = Math.min(x1 - (vagueEnd ? span * FADE_SHARE : 0), s.width);
    if (solidEnd - solidStart >= MIN_ON_BAR_PX) {
      const labelX = solidStart + s.gap;
      const labelMax = solidEnd - 2 * s.gap;
      return { x, x0, x1, labelX, labelMax, left: x0, markRight: x1, labelRight: Math.min(labelX + full, labelMax), preferredRow };
    }
    if (span > NARROW_WINDOW_PX) {
      const labelX = Math.max(x0, 0) + s.gap;
      return { x, x0, x1, labelX, labelMax: Infinity, left: x0, markRight: x1, labelRight: labelX + full, preferredRow };
    }
  }
  // A narrow bar or window is kept clear of the label, like a marker; a wide window is a faint backdrop the label
  // may run over.
  const markLeft = p.shape === 'point' ? x - r : p.shape === 'period' ? x0 : Math.min(x0, x - r);
  const markRight = p.shape === 'point' ? x + r : p.shape === 'period' ? x1 : Math.max(x1, x + r);
  const narrow = p.shape !== 'point' && x1 - x0 <= NARROW_WINDOW_PX;
  // Labels stay inside the plot: near the right edge, one that fits whole left of the marker goes there.
  const rightLabelX = (narrow ? markRight : x + r) + s.gap;
  const leftLabelX = (narrow ? markLeft : x - r) - s.gap - full;
  if (rightLabelX + full > s.width - s.gap && leftLabelX >= s.gap && x <= s.width) {
    return { x, x0, x1, labelX: leftLabelX, labelMax: Infinity, left: Math.min(markLeft, leftLabelX), markRight, labelRight: markRight, preferredRow };
  }
  return { x, x0, x1, labelX: rightLabelX, labelMax: Infinity, left: markLeft, markRight, labelRight: rightLabelX + full, preferredRow };
}

const previousRowCache = new WeakMap<ViewportLayout, Map<string, Map<string, number>>>();
const NO_ROWS: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map();

/**
 * Rows of the previous frame's items per lane and event id, below their lane's cluster row when it had one.
 * (Looked up by lane, then id, so no `id@lane` string is built per item and frame.)
 */
function previousRows(previous: ViewportLayout | undefined): ReadonlyMap<string, ReadonlyMap<string, number>> {
  if (!previous) return NO_ROWS;
  let rows = previousRowCache.get(previous);
  if (!rows) {
    rows = new Map();
    const clustered = new Set(previous.clusters.map((c) => c.lane));
    for (const e of previous.events) {
      let lane = rows.get(e.lane);
      if (!lane) rows.set(e.lane, (lane = new Map()));
      lane.set(e.prepared.event.id, e.row - (clustered.has(e.lane) ? 1 : 0));
    }
    previousRowCache.set(previous, rows);
  }
  return rows;
}

/**
 * Step 1: count thin marks per bucket; well-spaced ones in sparse buckets become candidates, the rest clusters.
 * A lone mark that sits closer than the gap to a neighbouring cluster joins it, so the grid does not leave a
 * stray mark glued to a cluster's edge.
 */
function sweepBuckets(classes: readonly DurationClass[], s: Settings, candidates: PreparedEvent[], clusters: Map<number, ClusterAcc>) {
  const { grid } = s;
  const size = grid.size;
  const first = bucketOf(grid, s.t0);
  const last = bucketOf(grid, s.t1);
  const k = classes.length;
  // Plain loops over typed arrays: this runs once per non-empty bucket, so no closures or arrays per bucket.
  let cursors = new Int32Array(k);
  let ends = new Int32Array(k);
  for (let j = 0; j < k; j++) cursors[j] = bisectLeft(classes[j].anchors, first * size);
  const sparse: { bucket: number; members: PreparedEvent[] }[] = [];
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
      if (members && wellSpaced(members, s)) sparse.push({ bucket, members });
      else {
        addToClusterMembers(clusters, bucket, count, members ?? collect(classes, cursors, ends, MAX_CLUSTER_IDS));
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
      }
    }
    const swap = cursors;
    cursors = ends;
    ends = swap;
  }
  for (const { bucket, members } of sparse) {
    for (const p of members) {
      const x = s.x(p.anchor);
      const before = dense.get(bucket - 1);
      const after = dense.get(bucket + 1);
      const gapBefore = before ? x - s.x(before.lastAnchor) : Infinity;
      const gapAfter = after ? s.x(after.firstAnchor) - x : Infinity;
      if (Math.min(gapBefore, gapAfter) >= s.clusterGap) candidates.push(p);
      else addToCluster(clusters, gapBefore <= gapAfter ? bucket - 1 : bucket + 1, 1, [p.event.id], p.anchor);
    }
  }
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
 * Up to `limit` members of a bucket across classes, in time order: a merge of the classes' runs, each already in
 * time order (a class lists its members by anchor, ties in `order`).
 */
function collect(classes: readonly DurationClass[], from: Int32Array, to: Int32Array, limit: number): PreparedEvent[] {
  const out: PreparedEvent[] = [];
  const k = classes.length;
  if (k === 1) {
    const items = classes[0].items;
    const end = Math.min(to[0], from[0] + limit);
    for (let i = from[0]; i < end; i++) out.push(items[i]);
    return out;
  }
  const heads = Int32Array.from(from);
  while (out.length < limit) {
    let best = -1;
    let bestOrder = Infinity;
    for (let j = 0; j < k; j++) {
      if (heads[j] < to[j]) {
        const order = classes[j].items[heads[j]].order;
        if (order < bestOrder) {
          bestOrder = order;
          best = j;
        }
      }
    }
    if (best < 0) break;
    out.push(classes[best].items[heads[best]++]);
  }
  return out;
}

function wellSpaced(members: readonly PreparedEvent[], s: Settings): boolean {
  const xs = members.map((p) => s.x(p.anchor)).sort((a, b) => a - b);
  for (let i = 1; i < xs.length; i++) if (xs[i] - xs[i - 1] < s.clusterGap) return false;
  return true;
}

/** `addToCluster` for a bucket's own members (ids taken from the events, no array of ids built). */
function addToClusterMembers(clusters: Map<number, ClusterAcc>, bucket: number, count: number, members: readonly PreparedEvent[]): void {
  let acc = clusters.get(bucket);
  if (!acc) clusters.set(bucket, (acc = { bucket, count: 0, ids: [], outside: [] }));
  const fresh = acc.count === 0;
  acc.count += count;
  for (let i = 0; i < members.length && acc.ids.length < MAX_CLUSTER_IDS; i++) {
    const id = members[i].event.id;
    // Members of one bucket are distinct events: a new cluster takes their ids without looking for repeats.
    if (fresh || !acc.ids.includes(id)) acc.ids.push(id);
  }
}

function addToCluster(clusters: Map<number, ClusterAcc>, bucket: number, count: number, ids: readonly string[], anchor?: number): void {
  let acc = clusters.get(bucket);
  if (!acc) clusters.set(bucket, (acc = { bucket, count: 0, ids: [], outside: [] }));
  acc.count += count;
  if (anchor !== undefined) acc.outside.push(anchor);
  for (const id of ids) if (acc.ids.length < MAX_CLUSTER_IDS && !acc.ids.includes(id)) acc.ids.push(id);
}

const measureCaches = new WeakMap<(text: string) => number, Map<string, number>>();

/** Label widths are asked for every frame; remember them per measuring function. */
function cachedMeasure(measure: (text: string) => number): (text: string) => number {
  let cache = measureCaches.get(measure);
  if (!cache) measureCaches.set(measure, (cache = new Map()));
  const widths = cache;
  return (text) => {
    let w = widths.get(text);
    if (w === undefined) {
      if (widths.size > 50_000) widths.clear();
      widths.set(text, (w = measure(text)));
    }
    return w;
  };
}
