/**
 * The layout options of one frame, the same for the interactive timeline and the static SVG, so both lay out
 * with one geometry.
 */
import type { EventRecord } from '../../types.js';
import type { LayoutOptions, PreparedTimeline } from '../layout/types.js';
import type { FrameTools } from './frame-tools.js';
import { CLUSTER_GAP, MARKER_RADIUS, MAX_MARKS, ROW_HEIGHT } from './geometry.js';
import { invertMs, type TimeScale } from './time-scale.js';

export function viewportOptions(
  prepared: PreparedTimeline,
  scale: TimeScale,
  width: number,
  tools: FrameTools,
  filter: ((event: EventRecord) => boolean) | undefined,
): LayoutOptions {
  return {
    x: (time) => scale(time),
    invert: invertMs(scale),
    width,
    rowHeight: ROW_HEIGHT,
    markerRadius: MARKER_RADIUS,
    clusterGap: CLUSTER_GAP,
    maxMarks: MAX_MARKS,
    measureText: tools.measureText,
    filter,
    laneLabel: (key) => tools.laneLabel(key, prepared.laneField),
  };
}
