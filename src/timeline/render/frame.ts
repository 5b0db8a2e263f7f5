/**
 * One frame: everything the SVG shows for one layout. The only render path — data updates, zoom steps,
 * filter changes, focus moves, resizes and the standalone SVG all end here, so they cannot drift apart.
 */
import type { TimeScale } from './time-scale.js';
import type { PlacedEvent, ViewportLayout } from '../layout/types.js';
import type { SvgScene } from './svg-scene.js';
import type { TimelineLabels } from './labels.js';
import type { DescribeEvent } from './describe.js';
import { renderAxis, type AxisTicks } from './axis.js';
import { renderLanes } from './lanes.js';
import { renderClusters } from './clusters.js';
import { renderEvents } from './marks.js';
import { renderFadeMask, renderMarkBatches } from './mark-batches.js';
import { renderBadgePool, renderLabelPool } from './label-pool.js';
import { renderFocusRing, renderTooltip } from './overlays.js';
import { PLOT_TOP, round } from './geometry.js';
import { setAttr } from './attr.js';

export interface FrameState {
  width: number;
  /** Minimum plot height (below the axis); the plot grows when the lanes need more. */
  minPlotHeight: number;
  layout: ViewportLayout;
  x: TimeScale;
  ticks: AxisTicks;
  lang: string;
  labels: TimelineLabels;
  describe: DescribeEvent;
  activeKey: string | null;
  selectedId: string | null;
  tooltipKey: string | null;
  /** The cluster the pointer is on: drawn as a real element with its accessible name (clusters.ts). */
  focusedCluster?: string | null;
  /** Lanes out of view whose marks were left out (lane-culling.ts), with the number of events each holds. */
  culled?: ReadonlyMap<string, number>;
  /**
   * px the marks are drawn shifted by (motion frames, reproject.ts): the layout's x values are then relative, and
   * panning moves the layers instead of every mark. 0 or absent in a settled frame.
   */
  offsetX?: number;
  /** The frame is at least this tall (px): a view in motion keeps its height (height-hold.ts). */
  minHeight?: number;
}

/** Total SVG height for a frame. */
export function frameHeight(state: Pick<FrameState, 'layout' | 'minPlotHeight' | 'minHeight'>): number {
  return Math.max(PLOT_TOP + Math.max(state.layout.height, state.minPlotHeight) + 8, state.minHeight ?? 0);
}

/** Of an event's lanes, the one drawn highest (its other copies are repeats); lanes not laid out do not count. */
function firstLaneOf(lanes: ViewportLayout['lanes']): (keys: readonly string[]) => string {
  const rank = new Map(lanes.map((lane, i) => [lane.key, i]));
  return (keys) => {
    let first = keys[0];
    for (const key of keys) if ((rank.get(key) ?? Infinity) < (rank.get(first) ?? Infinity)) first = key;
    return first;
  };
}

export function renderFrame(scene: SvgScene, state: FrameState): void {
  const height = frameHeight(state);
  const plotHeight = height - PLOT_TOP;
  // Unchanged values are not written (attr.ts): a viewBox write re-lays out the whole plot.
  const svg = scene.svg;
  setAttr(svg, 'width', round(state.width));
  setAttr(svg, 'height', round(height));
  setAttr(svg, 'viewBox', `0 0 ${round(state.width)} ${round(height)}`);
  setAttr(scene.background, 'width', round(state.width));
  setAttr(scene.background, 'height', round(height));
  renderAxis(scene, state.x, state.ticks, plotHeight);
  renderLanes(scene, state.layout.lanes, state.width, state.culled);
  const context = { idPrefix: scene.idPrefix, labels: state.labels, lang: state.lang };
  const offset = state.offsetX ? round(state.offsetX) : 0;
  for (const layer of [scene.clusterSpans.parentElement!, scene.clusters, scene.fadedMarks, scene.marks, scene.badges, scene.labels, scene.events, scene.focus]) {
    setAttr(layer, 'transform', offset ? `translate(${offset},0)` : null);
  }
  renderClusters(scene, state.layout.clusters, context, state.focusedCluster);
  const firstLane = firstLaneOf(state.layout.lanes);
  // Every mark is drawn in batches, but the active and the selected one, which are real elements on top.
  const isReal = (d: PlacedEvent) => d.key === state.activeKey || d.prepared.event.id === state.selectedId;
  const batched = state.layout.events.filter((d) => !isReal(d));
  renderMarkBatches(scene.marks, scene.fadedMarks, batched, firstLane);
  renderFadeMask(scene.fades, state.layout.events);
  renderBadgePool(scene.badges, batched, state.labels, firstLane);
  renderLabelPool(scene.labels, batched, firstLane);
  renderEvents(scene, state.layout.events.filter(isReal), { ...context, describe: state.describe, selectedId: state.selectedId, firstLane });
  const active = state.activeKey ? (state.layout.events.find((e) => e.key === state.activeKey) ?? null) : null;
  renderFocusRing(scene, active);
  const hovered = state.tooltipKey ? (state.layout.events.find((e) => e.key === state.tooltipKey) ?? null) : null;
  const tipItem = hovered && offset ? { ...hovered, x: hovered.x + offset } : hovered;
  renderTooltip(scene, tipItem ? { item: tipItem, title: tipItem.prepared.event.title, date: state.describe(tipItem.prepared) } : null, state.width);
}
