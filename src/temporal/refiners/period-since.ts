/**
 * Language-independent refiner factory: a date right after a "since" word ("since March", "sinds vorig jaar",
 * "sedert 2015"), or after the short phrase it opens ("since the storm in", "sinds de zware beving bij Huizinge in"),
 * starts a period that runs up to the document date. The expression keeps its value ("since" is a TIMEX3 signal
 * outside it); its window becomes `period` from the date's first day to the document date's last (`periodSince`).
 * "Since" looks back: a month, day or weekday whose year or week the tagger chose ("sinds juli" in a May article) is
 * the last one on or before the document date, never a later one. The locale supplies the words.
 */
import type { TemporalRefiner } from '../contract.js';
import { alternation } from '../common/patterns.js';
import { periodSince } from '../common/resolve.js';
import { latestOnOrBefore } from '../common/bounds.js';
import { formatDay } from '../../time/calendar.js';
import type { Timex } from '../../types.js';

/** A language's "since" words. */
export interface SinceWords {
  /** The signal itself: "since", "sinds", "sedert", "al sinds". */
  readonly signals: readonly string[];
  /** Words that open the short phrase naming what happened then: "the", "de", "zijn". */
  readonly phraseOpenings: readonly string[];
  /** Words that close it right before the date: "in", "of", "op". */
  readonly phraseLinks: readonly string[];
}

/** How far back the signal may stand: the short phrase between it and the date included. */
const SIGNAL_REACH = 64;

/** A calendar place ("begin augustus" too), not a vague period ("the last years") nor a time told from an event. */
function placeable(timex: Timex): timex is Timex & { window: NonNullable<Timex['window']> } {
  if (timex.type !== 'DATE' || !timex.window || timex.anchor === 'event' || !/^\d/.test(timex.value) || timex.value.includes('/')) return false;
  const part = timex.mod === 'START' || timex.mod === 'MID' || timex.mod === 'END';
  return timex.window.certainty !== 'period' || part;
}

export function periodSinceRefiner(words: SinceWords): TemporalRefiner {
  const signal = new RegExp(
    `(?<![\\p{L}])${alternation(words.signals)}\\s{1,3}(?:${alternation(words.phraseOpenings)}\\s+(?:[\\p{L}-]+\\s+){1,4}${alternation(words.phraseLinks)}\\s+)?$`,
    'iu',
  );
  return {
    name: 'period-since',
    refine(timexes, context) {
      const documentEnd = formatDay(context.referenceSpan.end);
      return timexes.map((timex) => {
        if (!placeable(timex) || !signal.test(context.text.slice(Math.max(0, timex.start - SIGNAL_REACH), timex.start))) return timex;
        const placed = latestOnOrBefore(timex, context.referenceSpan);
        // "since" a date still ahead of the article is no period up to it: leave it
        if (placed.window.earliest > documentEnd) return timex;
        const { window } = periodSince(context, { value: placed.value, window: placed.window, anchor: placed.anchor, mod: placed.mod });
        if (!window || window.earliest > window.latest) return timex;
        // a start only known to lie in a window ("since Friday" in a month-dated article) is a vague start
        return { ...placed, window: placed.window.certainty === 'within' ? { ...window, vagueStart: true } : window };
      });
    },
  };
}
