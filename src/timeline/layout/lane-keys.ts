/**
 * Which lanes an event is drawn in, and in what order lanes are stacked. An event with two actors is drawn in
 * both actor lanes; an event without any goes to the no-value lane, which is stacked last.
 */
import type { EventKind, EventRecord } from '../../types.js';
import { ALL_EVENTS_LANE, NO_VALUE_LANE, type LaneField } from './types.js';
import { compareStrings } from './text-order.js';

const KIND_ORDER: readonly EventKind[] = ['occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated'];

const NO_VALUE_KEYS: readonly string[] = Object.freeze([NO_VALUE_LANE]);
const ALL_KEYS: readonly string[] = Object.freeze([ALL_EVENTS_LANE]);
// Blank values name no lane; trim only when the first character is white space (hot path).
const usable = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && (value.charCodeAt(0) > 32 || value.trim() !== '');

// One shared array per single key: 100,000 events need not mean 100,000 one-element arrays.
const singleKeys = new Map<string, readonly string[]>();
function singleKey(key: string): readonly string[] {
  let keys = singleKeys.get(key);
  if (!keys) {
    if (singleKeys.size > 10_000) singleKeys.clear();
    singleKeys.set(key, (keys = Object.freeze([key])));
  }
  return keys;
}

/** Distinct, non-empty lane keys of one event (never empty: falls back to the no-value lane). */
export function laneKeysOf(event: EventRecord, field: LaneField): readonly string[] {
  let values: readonly string[];
  if (typeof field === 'function') {
    const given = field(event);
    values = given == null ? [] : typeof given === 'string' ? [given] : given;
  } else {
    switch (field) {
      case 'none':
        return ALL_KEYS;
      case 'actor':
        values = event.actors ?? [];
        break;
      case 'place':
        values = event.places ?? [];
        break;
      case 'article':
        values = [event.source.article];
        break;
      case 'kind':
        values = [event.kind];
        break;
    }
  }
  // Fast paths for the common none/one value cases; shared arrays are never mutated.
  if (values.length === 0) return NO_VALUE_KEYS;
  if (values.length === 1) return usable(values[0]) ? singleKey(values[0]) : NO_VALUE_KEYS;
  const keys = Array.isArray(values) && values.length <= 8 ? distinctFew(values) : [...new Set(values.filter(usable))];
  return keys.length > 0 ? keys : NO_VALUE_KEYS;
}

/** The usable values without repeats, first occurrence first: for the few values of one event, a loop, not a Set. */
function distinctFew(values: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i < values.length; i++) if (usable(values[i]) && !keys.includes(values[i])) keys.push(values[i]);
  return keys;
}

/**
 * Lane stacking order. Kinds follow the kind list (what happened first, denied last); articles follow their first
 * event in time; other fields put the busiest lane on top, then code-point order. The no-value lane goes last.
 */
export function orderLaneKeys(
  field: LaneField,
  stats: ReadonlyMap<string, { count: number; firstOrder: number }>,
): string[] {
  const keys = [...stats.keys()].filter((key) => key !== NO_VALUE_LANE);
  if (field === 'kind') {
    const rank = (key: string) => {
      const i = KIND_ORDER.indexOf(key as EventKind);
      return i < 0 ? KIND_ORDER.length : i;
    };
    keys.sort((a, b) => rank(a) - rank(b) || compareStrings(a, b));
  } else if (field === 'article') {
    keys.sort((a, b) => stats.get(a)!.firstOrder - stats.get(b)!.firstOrder || compareStrings(a, b));
  } else {
    keys.sort((a, b) => stats.get(b)!.count - stats.get(a)!.count || compareStrings(a, b));
  }
  if (stats.has(NO_VALUE_LANE)) keys.push(NO_VALUE_LANE);
  return keys;
}
