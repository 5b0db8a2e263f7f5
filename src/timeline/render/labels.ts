/**
 * Interface text of the component. Dutch and English are built in; any other language falls back to English
 * words (dates and axis labels still follow the language through Intl and the d3 time-format locale).
 */
import type { EventKind } from '../../types.js';
import type { MarkShape } from '../layout/types.js';

export interface TimelineLabels {
  /** aria-roledescription of the plot */
  roleDescription: string;
  /** accessible name of the plot */
  timelineLabel: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  listView: string;
  filters: string;
  kind: string;
  actor: string;
  place: string;
  article: string;
  all: string;
  close: string;
  date: string;
  source: string;
  published: string;
  legend: string;
  previous: string;
  next: string;
  noEvents: string;
  keyboardHelp: string;
  kinds: Record<EventKind, string>;
  /** small text badge on conditional events */
  conditionalBadge: string;
  shapes: Record<MarkShape | 'vague', string>;
  cluster: (count: number) => string;
  clusterAction: string;
  /** "12 van 40" above the list view and in the filter bar */
  shown: (visible: number, total: number) => string;
}

const NL: TimelineLabels = {
  roleDescription: 'tijdlijn',
  timelineLabel: 'Tijdlijn van gebeurtenissen',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  fit: 'Alles tonen',
  listView: 'Lijstweergave',
  filters: 'Filters',
  kind: 'Soort',
  actor: 'Wie',
  place: 'Plaats',
  article: 'Artikel',
  all: 'Alle',
  close: 'Sluiten',
  date: 'Datum',
  source: 'Bron',
  published: 'Verschenen',
  legend: 'Legenda',
  previous: 'Vorige',
  next: 'Volgende',
  noEvents: 'Geen gebeurtenissen',
  keyboardHelp: 'Pijltjes: vorige of volgende gebeurtenis. Enter: details. + en −: zoomen. Home en End: eerste en laatste.',
  kinds: {
    occurred: 'gebeurd',
    reported: 'gemeld',
    planned: 'gepland',
    conditional: 'voorwaardelijk',
    speculative: 'speculatief',
    negated: 'niet gebeurd',
  },
  conditionalBadge: 'als',
  shapes: {
    point: 'bekende dag',
    'uncertain-point': 'één dag ergens in deze periode',
    period: 'periode',
    vague: 'vaag begin of einde',
  },
  cluster: (count) => `${count} gebeurtenissen`,
  clusterAction: 'activeren om in te zoomen',
  shown: (visible, total) => `${visible} van ${total} gebeurtenissen`,
};

const EN: TimelineLabels = {
  roleDescription: 'timeline',
  timelineLabel: 'Timeline of events',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  listView: 'List view',
  filters: 'Filters',
  kind: 'Kind',
  actor: 'Who',
  place: 'Place',
  article: 'Article',
  all: 'All',
  close: 'Close',
  date: 'Date',
  source: 'Source',
  published: 'Published',
  legend: 'Legend',
  previous: 'Previous',
  next: 'Next',
  noEvents: 'No events',
  keyboardHelp: 'Arrows: previous or next event. Enter: details. + and −: zoom. Home and End: first and last.',
  kinds: {
    occurred: 'occurred',
    reported: 'reported',
    planned: 'planned',
    conditional: 'conditional',
    speculative: 'speculative',
    negated: 'did not happen',
  },
  conditionalBadge: 'if',
  shapes: {
    point: 'known day',
    'uncertain-point': 'one day somewhere in this window',
    period: 'period',
    vague: 'vague start or end',
  },
  cluster: (count) => `${count} events`,
  clusterAction: 'activate to zoom in',
  shown: (visible, total) => `${visible} of ${total} events`,
};

/** Built-in labels for a BCP 47 tag (by primary language), with the caller's overrides on top. */
export function resolveLabels(lang: string, overrides?: Partial<TimelineLabels>): TimelineLabels {
  const base = lang.toLowerCase().split('-')[0] === 'nl' ? NL : EN;
  return {
    ...base,
    ...overrides,
    kinds: { ...base.kinds, ...overrides?.kinds },
    shapes: { ...base.shapes, ...overrides?.shapes },
  };
}
