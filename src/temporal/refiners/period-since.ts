/**
 * Language-independent refiner factory: a date right after a "since" signal ("since March", "since last year",
 * "sinds maandag") starts a period that runs up to the document date. The locale supplies the signal as a pattern
 * anchored at the end of the text before the expression; the expression keeps its value, and its window becomes
 * `period` from the date's start to the document date's end (see `periodSince`).
 */
import type { TemporalRefiner } from '../contract.js';
import { periodSince } from '../common/resolve.js';

/** How far back the signal may start, by default: signals are short words. */
const SIGNAL_REACH = 24;

/** `reach`: characters before the expression the signal pattern sees (longer for "since the storm in"). */
export function periodSinceRefiner(signalBefore: RegExp, reach = SIGNAL_REACH): TemporalRefiner {
  return {
    name: 'period-since',
    refine(timexes, context) {
      return timexes.map((timex) => {
        if (timex.type !== 'DATE' || !timex.window || timex.window.certainty === 'period') return timex;
        if (!signalBefore.test(context.text.slice(Math.max(0, timex.start - reach), timex.start))) return timex;
        const { window } = periodSince(context, { value: timex.value, window: timex.window, anchor: timex.anchor });
        if (!window || window.earliest > window.latest) return timex;
        // A start only known to lie in a window ("since Friday" in a month-dated article) is a vague start.
        return { ...timex, window: timex.window.certainty === 'within' ? { ...window, vagueStart: true } : window };
      });
    },
  };
}
