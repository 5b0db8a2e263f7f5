/**
 * "sinds 1994", "sinds augustus", "sinds vorig jaar", "sedert 2015", "sinds de beving in augustus 2012": the date
 * after "sinds" (or after the short phrase it opens) starts a period that runs up to the document date. As in the English locale (shared `periodSince`), the expression stays the date
 * itself ("sinds" is a TIMEX3 signal outside it) with its own value; the window becomes the stretch from that date's
 * first day to the last day the document date can be, certainty `period`.
 */
import { periodSince } from '../../../../temporal/common/index.js';
import { formatDay } from '../../../../time/calendar.js';
import type { TemporalRefiner } from '../../../../temporal/contract.js';

// right before the date, or before a short phrase naming what happened then: "sinds de zware beving bij Huizinge in"
const SINCE_BEFORE =
  /(?<![\p{L}])(?:sinds|sedert|al\s{1,3}sinds)\s{1,3}(?:(?:de|het|een|zijn|haar|hun)\s+(?:[\p{L}-]+\s+){1,4}(?:in|van|op)\s+)?$/iu;
/** How far back "sinds" may stand: the short phrase between it and the date included. */
const SINCE_REACH = 64;

export const sinceRefiner: TemporalRefiner = {
  name: 'since',
  refine(timexes, context) {
    return timexes.map((timex) => {
      // A named calendar place only ("sinds begin augustus" too); "sinds de laatste jaren" is no start.
      if (timex.type !== 'DATE' || !timex.window || timex.anchor === 'event' || !/^\d/.test(timex.value)) return timex;
      if (!SINCE_BEFORE.test(context.text.slice(Math.max(0, timex.start - SINCE_REACH), timex.start))) return timex;
      if (timex.window.earliest > formatDay(context.referenceSpan.end)) return timex; // "sinds" a future date: leave it
      const resolution = periodSince(context, { value: timex.value, window: timex.window, anchor: timex.anchor, mod: timex.mod });
      return { ...timex, window: resolution.window };
    });
  },
};
