/**
 * Layout value types. Layout is pure: it turns event records and a scale into positions and touches no DOM,
 * so it is tested without a document and reused by the interactive and the static renderer.
 */
import type { EventRecord } from '../../types.js';

/** How an event is drawn, from what is known of its date. */
export type MarkShape =
  /** a known day (or time): a marker on that day */
  | 'point'
  /** one day (week ...) somewhere in a window: a marker at an uncertain position over a faint range */
  | 'uncertain-point'
  /** a period: a bar over the window, with soft ends where start or end is vague */
  | 'period';

/** What the lanes group by: nothing, a built-in field, or a caller's function (may return several keys). */
export type LaneField = 'none' | 'actor' | 'place' | 'article' | 'kind' | ((event: EventRecord) => string | readonly string[] | null | undefined);

/** An event prepared once per data update: times in UTC milliseconds, shape, lane keys, order rank. */
export interface PreparedEvent {
  event: EventRecord;
  shape: MarkShape;
  /** UTC ms of the window's first instant (earliest day 00:00). */
  start: number;
  /** UTC ms just after the window (latest day + 1, 00:00). */
  end: number;
  /** Where the marker sits for points and uncertain points: a time inside [start, end), ordered by relations. */
  anchor: number;
  /** Lane keys this event is drawn in (one row per key). */
  lanes: readonly string[];
  /** Position in time order (ties broken by text order and relations); arrow keys follow it. */
  order: number;
}

/** One lane (a row band) of the timeline. */
export interface Lane {
  key: string;
  label: string;
  /** Top of the lane, px from the top of the plot area. */
  y: number;
  height: number;
  /** Number of rows the lane packed its visible items into. */
  rows: number;
}

/** A visible event placed on screen. */
export interface PlacedEvent {
  /** Unique per drawn item (an event in two lanes is two items): `${event.id}@${lane}`. */
  key: string;
  prepared: PreparedEvent;
  lane: string;
  row: number;
  /** Marker x (points) in px. */
  x: number;
  /** Window or bar extent in px. */
  x0: number;
  x1: number;
  /** Marker centre y in px. */
  y: number;
  /** Label text after shortening ('' when it gave way), and its left x. */
  label: string;
  labelX: number;
  /** Width of `label` in px as the layout measured it (0 for none): a label `before` its mark ends at labelX + this. */
  labelWidth: number;
  /**
   * Where the label sits: `after` its mark, `before` it (draw it anchored at its end, next to the mark, so a wider
   * font runs into the free space), `on` a bar or window, or `none`.
   */
  labelSide: 'after' | 'before' | 'on' | 'none';
  /** The label lies wholly on a bar's solid part: written in the background colour on the bar's. */
  labelOnBar: boolean;
  /** Set by the renderer for one gesture frame: the label would run into the next mark, so it is not shown. */
  labelHidden?: boolean;
}

/** A dense group drawn as one mark with a count; splits as the user zooms in. */
export interface PlacedCluster {
  /** Stable across zoom steps while the members stay the same. */
  key: string;
  lane: string;
  x: number;
  x0: number;
  x1: number;
  y: number;
  count: number;
  /** Ids of the member events (first few are enough for a tooltip; `count` is the total). */
  memberIds: readonly string[];
  /** The time span [start, end) that contains the members, to zoom to on activation. */
  start: number;
  end: number;
}

/** Everything the renderer draws for one viewport. */
export interface ViewportLayout {
  lanes: Lane[];
  events: PlacedEvent[];
  clusters: PlacedCluster[];
  /** Total plot height in px. */
  height: number;
  /**
   * The cluster gap (px) this layout was made with: `clusterGap`, doubled as often as `maxMarks` needed. A layout of
   * a wider range with this gap and no bound clusters the same times alike (gesture frames rely on it).
   */
  clusterGap?: number;
}

/** Lane key of the single lane when lanes group by nothing. Contains U+0000 so no real value can collide with it. */
/** Share of a period bar that fades out at a vague end; the label of a period is written on the solid rest. */
export const FADE_SHARE = 0.3;

export const ALL_EVENTS_LANE = '\u0000all';
/** Lane key for events without a value for the lane field (no actor, no place). Labelled by `format` ("(geen)"). */
export const NO_VALUE_LANE = '\u0000none';

/** Options of `prepareEvents`. */
export interface PrepareOptions {
  /** What lanes group by; `none` (one lane) when absent. */
  lanes?: LaneField;
}

/** Events prepared once per data update, with the sorted indexes that make viewport layout cheap. */
export interface PreparedTimeline {
  /** All prepared events in time order: `events[i].order === i` (arrow keys walk this array). */
  events: readonly PreparedEvent[];
  /** Prepared event by event id. */
  byId: ReadonlyMap<string, PreparedEvent>;
  /** Lane keys in display order (use `format`'s lane labels to show them). */
  laneKeys: readonly string[];
  /** The lane field used, so labels can be chosen for it (kind names for `kind`). */
  laneField: LaneField;
  /** Earliest start and latest end over all events (UTC ms), or null when there are none; for "fit". */
  extent: { start: number; end: number } | null;
  /** Internal per-lane search indexes; opaque to callers. */
  readonly index: unknown;
  /** Records left out because their date window cannot be read (bad day, latest before earliest), with why. */
  invalid?: readonly { event: EventRecord; reason: string }[];
}

/** Options of `layoutViewport`. The scale must be linear in time (a d3 `scaleUtc`, possibly rescaled by zoom). */
export interface LayoutOptions {
  /** Time (UTC ms) to px. */
  x: (timeMs: number) => number;
  /** px to time (UTC ms); derived from `x` when absent. */
  invert?: (px: number) => number;
  /** Plot width in px; marks in [-margin, width + margin] are laid out. */
  width: number;
  /** Extra px laid out left and right of the plot, so panning does not pop marks in (default 40). */
  margin?: number;
  /**
   * The px range labels are kept inside (default the plot, `[0, width]`). A layout made wider than the view for
   * panning passes the whole laid-out range, so marks beyond the view have labels when they pan in.
   */
  labelBounds?: readonly [number, number];
  /** Height of one row in px (default 24). */
  rowHeight?: number;
  /** Vertical gap between lanes in px (default 8). */
  laneGap?: number;
  /** Rows a lane may use, including its cluster row (default 8, as in the static picture: an explainer lane of a busy month keeps its events as marks). */
  maxRowsPerLane?: number;
  /** Width of a text in px, for label shortening. */
  measureText: (text: string) => number;
  /** Points closer than this in px are grouped into a cluster (default 12). */
  clusterGap?: number;
  /** Only events for which this returns true are laid out. Pass the same function between frames (it is cached). */
  filter?: (event: EventRecord) => boolean;
  /** Radius of a point marker in px, for overlap tests (default 5). */
  markerRadius?: number;
  /** Horizontal room kept between neighbouring marks, and between a mark and its own label, px (default 4). */
  gap?: number;
  /** Room between a label's end and the next mark or label of its row, px (default 8; at least `gap`). */
  labelGap?: number;
  /** Lane label from a lane key (default: the key itself, "(none)" for the no-value lane, '' for the single lane). */
  laneLabel?: (key: string) => string;
  /** Leave out lanes with no visible mark (default false: every lane keeps its place). */
  hideEmptyLanes?: boolean;
  /** Upper bound on events + clusters (default 1000); clusters grow coarser until it holds. */
  maxMarks?: number;
  /** The layout of the previous frame: items keep their rows when they still fit, so rows do not jump on zoom. */
  previous?: ViewportLayout;
}
