/**
 * Join a clock time to the day right before it: "zondag om 15.00 uur", "morgen om 10 uur", "9 augustus, 20.00 uur".
 * The result is one TIME whose value is the day's value with the time (`2020-08-16T15:00`) and whose window is the
 * day's. A time with no day before it keeps its `XXXX-XX-XX` date. A day with its part of the day puts the hour in
 * that part: "vanavond om 9 uur" is 21:00, "vanmiddag om half twee" 13:30 ("9 uur" alone stays 09:00).
 */
import { clockInPartOfDay } from '../../../../temporal/common/index.js';
import type { TemporalRefiner } from '../../../../temporal/contract.js';
import type { Timex } from '../../../../types.js';

const JOINER = /^(?:,?[ \t\u00a0]{1,3}(?:om|rond|omstreeks|tegen|vanaf|,)?[ \t\u00a0]{0,3}|,)$/iu;

export const dateWithTimeRefiner: TemporalRefiner = {
  name: 'date-with-time',
  refine(timexes, context) {
    const result: Timex[] = [];
    for (const timex of timexes) {
      const day = result.at(-1);
      if (
        day &&
        timex.type === 'TIME' &&
        timex.value.startsWith('XXXX-XX-XXT') &&
        (day.type === 'DATE' || day.type === 'TIME') &&
        day.window?.granularity === 'day' &&
        day.anchor !== 'event' &&
        /^[\dX]{4}-[\dX]{2}-[\dX]{2}(?:T[A-Z]{2})?$/.test(day.value) &&
        JOINER.test(context.text.slice(day.end, timex.start))
      ) {
        const clock = clockInPartOfDay(timex.value.slice('XXXX-XX-XX'.length), day.value);
        result[result.length - 1] = {
          ...day,
          end: timex.end,
          text: context.text.slice(day.start, timex.end),
          type: 'TIME',
          value: `${day.value.split('T')[0]}${clock}`,
        };
        continue;
      }
      result.push(timex);
    }
    return result;
  },
};
