/**
 * Lane labels from lane keys: the no-value lane says "(geen)" / "(none)", kind lanes say the kind's name, other
 * keys (actors, places, article ids) are shown as they are.
 */
import { ALL_EVENTS_LANE, NO_VALUE_LANE, type LaneField } from '../layout/types.js';
import type { EventKind } from '../../types.js';
import { kindName } from './kind-names.js';
import { messages } from './messages.js';

export function laneLabel(key: string, field: LaneField, lang: string): string {
  if (key === NO_VALUE_LANE) return messages(lang).lanes.none;
  if (key === ALL_EVENTS_LANE) return '';
  if (field === 'kind') return kindName(key as EventKind, lang);
  return key;
}

/** A `laneLabel` option for `layoutViewport`. */
export function laneLabeler(field: LaneField, lang: string): (key: string) => string {
  return (key) => laneLabel(key, field, lang);
}
