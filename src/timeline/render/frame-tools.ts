/**
 * Language-bound helpers a frame needs, from the format module: honest date text (cached per event), two-level
 * axis ticks, label widths and lane labels. Built once per timeline.
 */
import type { TimeScale } from './time-scale.js';
import type { LaneField, PreparedEvent } from '../layout/types.js';
import { describeDate, laneLabel, multiLevelTicks } from '../format/index.js';
import { DAY_MS } from '../layout/shape.js';
import type { AxisTicks } from './axis.js';
import { estimateTextWidth } from './measure.js';

export interface FrameTools {
  describe(prepared: PreparedEvent): string;
  ticks(x: TimeScale): AxisTicks;
  measureText(text: string): number;
  laneLabel(key: string, field: LaneField): string;
  /** Remember article titles, so article lanes are labelled by title rather than by id. */
  learnArticles(events: readonly PreparedEvent[]): void;
}

export function frameTools(lang: string): FrameTools {
  const described = new WeakMap<PreparedEvent, string>();
  // Titles are gathered when an article lane first asks for one, not for every timeline (100,000 events read).
  let articleEvents: readonly PreparedEvent[] = [];
  let articleTitles: Map<string, string> | null = null;
  const titleOf = (article: string) => {
    if (!articleTitles) {
      articleTitles = new Map();
      for (const { event } of articleEvents) {
        if (event.source.articleTitle && !articleTitles.has(event.source.article)) articleTitles.set(event.source.article, event.source.articleTitle);
      }
    }
    return articleTitles.get(article);
  };
  return {
    describe(prepared) {
      let text = described.get(prepared);
      if (text === undefined) described.set(prepared, (text = describeDate(prepared.event.date, lang)));
      return text;
    },
    ticks(x) {
      const [left, right] = x.range();
      // Dates are drawn by whole days (never an hour inside one): the axis goes no finer than days.
      const { primary, secondary } = multiLevelTicks(x, Math.abs(right - left), lang, { minStep: DAY_MS });
      return {
        minor: primary.map((t) => ({ date: new Date(t.time), label: t.label })),
        major: secondary.map((t) => ({ date: new Date(t.time), label: t.label })),
      };
    },
    measureText: (text) => estimateTextWidth(text, 11),
    laneLabel: (key, field) => (field === 'article' && titleOf(key)) || laneLabel(key, field, lang),
    learnArticles(events) {
      articleEvents = events;
      articleTitles = null;
    },
  };
}
