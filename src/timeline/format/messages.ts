/**
 * The timeline's UI strings per language (nl, en; English for any other). Templates use `{name}` slots.
 */
import type { EventKind } from '../../types.js';
import { englishMessages, englishStaticList } from './messages-en.js';
import { dutchMessages, dutchStaticList } from './messages-nl.js';
import { phraseLanguage } from './language.js';

export interface TimelineMessages {
  kinds: Record<EventKind, string>;
  legend: {
    /** an exactly known day */
    point: string;
    /** one day (week ...) somewhere in the shaded range */
    uncertainPoint: string;
    period: string;
    /** soft ends */
    vagueEnds: string;
  };
  lanes: {
    /** the lane of events without a value for the lane field */
    none: string;
  };
  buttons: {
    zoomIn: string;
    zoomOut: string;
    fit: string;
    listView: string;
    filters: string;
    close: string;
  };
  /** "{title}, {date}, {kind}" */
  announceEvent: string;
  /** "{n} gebeurtenissen" / "{n} events", and the singular */
  clusterMany: string;
  clusterOne: string;
  /** "Tijdlijn" */
  timeline: string;
  /** "{n} van {total} gebeurtenissen zichtbaar" */
  visibleCount: string;
}

/** The static picture's numbered list of events it could not draw as a mark. */
export interface StaticListMessages {
  /** heading of the list: "Not drawn in the rows above ({n})" */
  heading: string;
  /** heading of the events outside the dates shown */
  outside: string;
  /** the last line when the list is cut: "… and {n} more" */
  more: string;
}

export function messages(lang: string): TimelineMessages {
  return phraseLanguage(lang) === 'nl' ? dutchMessages : englishMessages;
}

/** Words of the static picture's list, apart from `messages`, so the interactive bundle does not carry them. */
export function staticListMessages(lang: string): StaticListMessages {
  return phraseLanguage(lang) === 'nl' ? dutchStaticList : englishStaticList;
}

/** Fill `{slot}`s; unknown slots stay as written so a missing value is visible rather than silent. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
