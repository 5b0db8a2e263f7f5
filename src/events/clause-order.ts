/**
 * A clause ordered against the clause it hangs on by a stretch of time: "GM's move comes a day after Chrysler
 * released its list", "Het besluit kwam twee weken nadat de minister was afgetreden". The clause's event lies that
 * stretch before its host's ("after") or after it ("before"), so its date is the host's moved by the stretch, and
 * the record says how the two are ordered. The stretch is a duration of whole days, weeks, months or years right
 * before the opener (`orderingOpeners` in the locale's events cues); "days after" with no count orders nothing here.
 */
import { formatDay, parseDay } from '../time/calendar.js';
import { shiftDay, type CalendarUnit } from '../time/units.js';
import { windowValue } from '../time/window.js';
import type { DateWindow, EventDate, EventRelation, Timex } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import { windowToEdtf } from './edtf.js';
import type { EventClause } from './event-clauses.js';
import type { Token } from './tokens.js';

/** The date of a clause ordered against its host, and its relation to the host (`target` left to the caller). */
export interface OrderedDate {
  date: EventDate;
  relation: Omit<EventRelation, 'target'>;
  /** Character range of the stretch, which the host's title leaves out ("The move comes", not "comes a day"). */
  stretch: readonly [number, number];
}

/** Punctuation that sets a phrase off from the clause before it; a quotation mark among it opens another voice. */
const SET_OFF = /[,;:“"(]/;
const QUOTED = /[“"]/;

const UNITS: Readonly<Record<string, CalendarUnit>> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

/**
 * The stretch and direction of a subordinate clause opened by an ordering word with a duration right before it,
 * or undefined: `direction` -1 when the clause's event comes before its host's ("a day after"), +1 after it.
 */
export function orderingOf(text: string, tokens: readonly Token[], timexes: readonly Timex[], own: EventClause, cues: CompiledCues): { duration: Timex; direction: 1 | -1; cue: string } | undefined {
  const openers = cues.raw.orderingOpeners;
  if (!openers || own.link !== 'subordinate' || own.body <= own.from) return undefined;
  const word = tokens.slice(own.from, own.body).map((t) => t.lower).join(' ');
  const direction = openers.after.includes(word) ? -1 : openers.before.includes(word) ? 1 : 0;
  if (direction === 0) return undefined;
  const opener = tokens[own.from];
  const duration = timexes.find((t) => t.type === 'DURATION' && t.end <= opener.start && text.slice(t.end, opener.start).trim() === '');
  if (!duration || !/^P\d+[DWMY]$/.test(duration.value)) return undefined;
  // the stretch follows the host's words, not a state's length ("declining for more than two years after ..."); set
  // off by a comma it closes the host (", a week after the report appeared."), not a phrase set before another
  // clause (", just one year after launching the iPhone, we're launching ...")
  let before = own.from - 1;
  while (before >= 0 && tokens[before].end > duration.start) before--;
  if (before < 1 || cues.prepositions.has(tokens[before].lower)) return undefined;
  const setOff = SET_OFF.test(text.slice(tokens[before].end, duration.start)) || SET_OFF.test(text.slice(tokens[before - 1].end, tokens[before].start));
  if (setOff && (QUOTED.test(text.slice(tokens[before - 1].end, duration.start)) || tokens.slice(own.body, own.to).some((t) => t.commaBefore))) return undefined;
  return { duration, direction, cue: text.slice(duration.start, opener.end) };
}

/** The date of the clause, the host's moved by the stretch; undefined when the host's date comes from no text or tense. */
export function orderedDate(text: string, tokens: readonly Token[], timexes: readonly Timex[], own: EventClause, host: EventDate, cues: CompiledCues): OrderedDate | undefined {
  const ordering = orderingOf(text, tokens, timexes, own, cues);
  if (!ordering || host.source === 'document-date') return undefined;
  const [, count, letter] = /^P(\d+)([DWMY])$/.exec(ordering.duration.value)!;
  const move = (day: string) => formatDay(shiftDay(UNITS[letter], parseDay(day), ordering.direction * Number(count)));
  const window: DateWindow = { earliest: move(host.earliest), latest: move(host.latest), granularity: host.granularity, certainty: host.certainty };
  if (host.vagueStart) window.vagueStart = true;
  if (host.vagueEnd) window.vagueEnd = true;
  const date: EventDate = { ...window, value: windowValue(window), type: 'DATE', source: 'relative-to-event', edtf: windowToEdtf(window), text: ordering.cue };
  // before a time that lies before the article's date is before it too (and after one after it, after it)
  const keeps = (host.mod === 'BEFORE' || host.mod === 'ON_OR_BEFORE') ? ordering.direction < 0 : host.mod === 'AFTER' && ordering.direction > 0;
  if (keeps) date.mod = host.mod;
  return { date, relation: { type: ordering.direction < 0 ? 'before' : 'after', cue: ordering.cue }, stretch: [ordering.duration.start, ordering.duration.end] };
}
