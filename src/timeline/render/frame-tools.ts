/**
 * Language-bound helpers a frame needs: honest date text (cached per event), axis ticks, label widths and lane
 * labels. Built once per timeline from the format module.
 */
import type { ScaleTime } from 'd3-scale';
import type { EventKind } from '../../types.js';
import { defaultLaneLabel } from '../layout/index.js';
import type { LaneField, PreparedEvent } from '../layout/types.js';
import { axisTicks, describeDate } from './interim.js';
import type { AxisTicks } from './axis.js';
import type { TimelineLabels } from './labels.js';
import { estimateTextWidth } from './measure.js';

export interface FrameTools {
  describe(prepared: PreparedEvent): string;
  ticks(x: ScaleTime<number, number>): AxisTicks;
  measureText(text: string): number;
  laneLabel(key: string, field: LaneField): string;
}

export function frameTools(lang: string, labels: TimelineLabels): FrameTools {
  const described = new WeakMap<PreparedEvent, string>();
  return {
    describe(prepared) {
      let text = described.get(prepared);
      if (text === undefined) described.set(prepared, (text = describeDate(prepared.event.date, lang)));
      return text;
    },
    ticks: (x) => axisTicks(x, lang),
    measureText: (text) => estimateTextWidth(text, 11),
    laneLabel(key, field) {
      if (field === 'kind' && key in labels.kinds) return labels.kinds[key as EventKind];
      return defaultLaneLabel(key);
    },
  };
}
