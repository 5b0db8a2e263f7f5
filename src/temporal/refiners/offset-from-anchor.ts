/**
 * Language-independent refiner factory: an amount of time counted from a date right after it, "drie dagen na
 * vandaag", "twee dagen vanaf morgen", "drie weken na 2 maart", "vier dagen voor Kerstmis", "two weeks from Friday",
 * "four days from yesterday". The amount is any tagged duration of whole years, months, weeks and days (P3W, P1M21D),
 * the anchor any tagged date with a calendar window (a day, a weekday, a holiday, a month, "now"), so every parser
 * that dates something serves as an anchor. The two join into one DATE: the window is the anchor's moved by the
 * amount, on the finer of the two units ("drie weken na maart" is a day somewhere from 22 March to 21 April).
 *
 * Not joined: a length ("voor drie dagen vanaf maandag", "for two weeks from Friday", "lasting three days after
 * the vote"), a range ("three days from Monday to Wednesday"), a bound ("less than 2 weeks from today": a stretch,
 * another refiner's), an event with no calendar date ("drie dagen na de aanslag", which stays event-relative).
 */
import type { Timex } from '../../types.js';
import type { TemporalRefiner } from '../contract.js';
import { countedWindow, type DayOffset } from '../common/day-arithmetic.js';
import { eventShiftOf } from '../common/event-shift.js';
import { alternation } from '../common/patterns.js';
import { spanOfWindow, windowValue } from '../../time/window.js';
import type { CalendarUnit, DaySpan } from '../../time/units.js';

/** A language's words around an amount counted from a date. */
export interface OffsetWords {
  /** Between amount and anchor, counting forward: "na", "vanaf", "gerekend vanaf"; "after", "from". */
  readonly forward: readonly string[];
  /** Between amount and anchor, counting back: "voor", "vóór"; "before", "prior to". */
  readonly backward: readonly string[];
  /** Right before the amount, making it a length: "voor", "gedurende"; "for", "lasting". */
  readonly lengthBefore: readonly string[];
  /** Between the anchor and a date after it, making the anchor a range's start: "tot", "t/m"; "to", "until". */
  readonly rangeAfter: readonly string[];
  /** Right after "now", making "from now" an idiom: "from now on". */
  readonly nowIdiomAfter: readonly string[];
}

/** A whole-unit TIMEX3 duration as calendar parts (`P1M21D`); null for anything else (`PXD`, `PT3H`, `P1.5Y`). */
export function durationOffset(value: string): DayOffset | null {
  const parts = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(value);
  if (!parts || value === 'P') return null;
  const [, years, months, weeks, days] = parts.map((p) => (p === undefined ? undefined : Number(p)));
  return { years, months, weeks, days };
}

const FINE_TO_COARSE: readonly CalendarUnit[] = ['day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century'];

export function offsetFromAnchorRefiner(words: OffsetWords): TemporalRefiner {
  const forward = new RegExp(`^[ \\t]{1,3}${alternation(words.forward)}[ \\t]{1,3}$`, 'iu');
  const backward = new RegExp(`^[ \\t]{1,3}${alternation(words.backward)}[ \\t]{1,3}$`, 'iu');
  const lengthBefore = new RegExp(`(?:^|[^\\p{L}])${alternation(words.lengthBefore)}[ \\t]{1,3}$`, 'iu');
  const rangeWord = new RegExp(`^,?[ \\t]{1,3}${alternation(words.rangeAfter)}[ \\t]{1,3}$`, 'iu');
  const nowIdiom = words.nowIdiomAfter.length ? new RegExp(`^[ \\t]{1,3}${alternation(words.nowIdiomAfter)}(?![\\p{L}])`, 'iu') : undefined;
  return {
    name: 'offset-from-anchor',
    refine(timexes, context) {
      const { text } = context;
      /** The days the anchor can be: its window, or the document date for "now". */
      const anchorDays = (anchor: Timex): DaySpan | undefined => {
        if (anchor.value === 'PRESENT_REF') return context.referenceSpan;
        if ((anchor.type !== 'DATE' && anchor.type !== 'TIME') || !anchor.window || anchor.window.certainty === 'period') return undefined;
        if (eventShiftOf(anchor) || !/^\d{4}/.test(anchor.value)) return undefined;
        return spanOfWindow(anchor.window);
      };
      const join = (amount: Timex, anchor: Timex, next: Timex | undefined): Timex | undefined => {
        if (amount.type !== 'DURATION' || (amount.mod && amount.mod !== 'APPROX')) return undefined;
        const offset = durationOffset(amount.value);
        const days = anchorDays(anchor);
        if (!offset || !days) return undefined;
        const between = text.slice(amount.end, anchor.start);
        const sign = forward.test(between) ? 1 : backward.test(between) ? -1 : 0;
        if (!sign) return undefined;
        if (lengthBefore.test(text.slice(Math.max(0, amount.start - 16), amount.start))) return undefined;
        if (next && rangeWord.test(text.slice(anchor.end, next.start))) return undefined;
        if (anchor.value === 'PRESENT_REF' && nowIdiom?.test(text.slice(anchor.end, anchor.end + 16))) return undefined;
        const granularity = anchor.window?.granularity;
        const anchorUnit = granularity === undefined || granularity === 'minute' || granularity === 'hour' ? 'day' : granularity;
        const offsetUnit: CalendarUnit = offset.days || offset.weeks ? 'day' : offset.months ? 'month' : 'year';
        const unit = FINE_TO_COARSE.indexOf(anchorUnit) < FINE_TO_COARSE.indexOf(offsetUnit) ? anchorUnit : offsetUnit;
        const window = countedWindow(days, { kind: 'offset', offset, sign }, unit);
        const joined: Timex = {
          start: amount.start,
          end: anchor.end,
          text: text.slice(amount.start, anchor.end),
          type: 'DATE',
          value: windowValue(window),
          window,
          anchor: anchor.value === 'PRESENT_REF' ? 'document' : anchor.anchor,
          parser: 'offset-from-anchor',
        };
        if (amount.mod) joined.mod = amount.mod;
        return joined;
      };
      const result: Timex[] = [];
      for (let i = 0; i < timexes.length; i++) {
        const joined = i + 1 < timexes.length ? join(timexes[i], timexes[i + 1], timexes[i + 2]) : undefined;
        if (joined) {
          result.push(joined);
          i++;
        } else result.push(timexes[i]);
      }
      return result;
    },
  };
}
