/**
 * Interface text of the component. Shared words (kinds, legend, buttons, counts) come from the format module's
 * messages, so the timeline and everything else say the same thing; only the component's own words live here.
 * Dutch and English are built in; any other language uses English words (dates and axis still follow Intl).
 */
import type { EventKind } from '../../types.js';
import type { MarkShape } from '../layout/types.js';
import { clusterLabel, fillTemplate, formatCount, messages } from '../format/index.js';

export interface TimelineLabels {
  /** aria-roledescription of the plot */
  roleDescription: string;
  /** aria-roledescription of an event mark and of a cluster mark */
  eventRole: string;
  clusterRole: string;
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
  /** list view paging */
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
  /** "9 van 10 gebeurtenissen zichtbaar" */
  shown: (visible: number, total: number) => string;
  /** "{title}, {date}, {kind}" */
  announce: (title: string, date: string, kind: string) => string;
  /** Legend: the faded copy of an event drawn in a second lane (two actors). */
  repeat: string;
  /** Added to a repeated mark's accessible name: "{lane}" is the lane where it is drawn first. */
  alsoIn: string;
  /** Shown in `<event-timeline>` when its `src` cannot be loaded: "{src}" and "{reason}" are filled in. */
  loadError: string;
  /** Added to that message on a page opened from disk (file://), where nothing can be fetched. */
  loadFromFile: string;
}

type OwnWords = Pick<
  TimelineLabels,
  'roleDescription' | 'eventRole' | 'clusterRole' | 'kind' | 'actor' | 'place' | 'article' | 'all' | 'date' | 'source' | 'published' | 'legend' | 'previous' | 'next' | 'noEvents' | 'keyboardHelp' | 'conditionalBadge' | 'clusterAction' | 'loadError' | 'loadFromFile' | 'repeat' | 'alsoIn'
>;

const NL: OwnWords = {
  roleDescription: 'tijdlijn',
  eventRole: 'gebeurtenis',
  clusterRole: 'groep',
  kind: 'Soort',
  actor: 'Wie',
  place: 'Plaats',
  article: 'Artikel',
  all: 'Alle',
  date: 'Datum',
  source: 'Bron',
  published: 'verschenen',
  legend: 'Legenda',
  previous: 'Vorige pagina',
  next: 'Volgende pagina',
  noEvents: 'Geen gebeurtenissen',
  keyboardHelp: 'Pijltjes: vorige of volgende gebeurtenis. Enter: details. + en −: zoomen. Home en End: eerste en laatste. Escape: details sluiten.',
  conditionalBadge: 'als',
  clusterAction: 'activeren om in te zoomen',
  repeat: 'herhaald (staat ook in een andere baan)',
  alsoIn: 'herhaald, eerst bij {lane}',
  loadError: 'De gebeurtenissen uit {src} konden niet worden geladen ({reason}).',
  loadFromFile: 'Een pagina die als bestand (file://) is geopend, kan niets ophalen: open haar via http(s), of geef de gebeurtenissen mee met de eigenschap events.',
};

const EN: OwnWords = {
  roleDescription: 'timeline',
  eventRole: 'event',
  clusterRole: 'group',
  kind: 'Kind',
  actor: 'Who',
  place: 'Place',
  article: 'Article',
  all: 'All',
  date: 'Date',
  source: 'Source',
  published: 'published',
  legend: 'Legend',
  previous: 'Previous page',
  next: 'Next page',
  noEvents: 'No events',
  keyboardHelp: 'Arrows: previous or next event. Enter: details. + and −: zoom. Home and End: first and last. Escape: close details.',
  conditionalBadge: 'if',
  clusterAction: 'activate to zoom in',
  repeat: 'repeated (also in another lane)',
  alsoIn: 'repeated, first under {lane}',
  loadError: 'The events in {src} could not be loaded ({reason}).',
  loadFromFile: 'A page opened from a file (file://) cannot fetch anything: open it over http(s), or pass the events in the events property.',
};

/** Labels for a BCP 47 tag, with the caller's overrides on top. */
export function resolveLabels(lang: string, overrides?: Partial<TimelineLabels>): TimelineLabels {
  const m = messages(lang);
  const own = lang.toLowerCase().split(/[-_]/)[0] === 'nl' ? NL : EN;
  const base: TimelineLabels = {
    ...own,
    timelineLabel: m.timeline,
    zoomIn: m.buttons.zoomIn,
    zoomOut: m.buttons.zoomOut,
    fit: m.buttons.fit,
    listView: m.buttons.listView,
    filters: m.buttons.filters,
    close: m.buttons.close,
    kinds: m.kinds,
    shapes: { point: m.legend.point, 'uncertain-point': m.legend.uncertainPoint, period: m.legend.period, vague: m.legend.vagueEnds },
    cluster: (count) => clusterLabel(count, lang),
    shown: (visible, total) => fillTemplate(m.visibleCount, { n: formatCount(visible, lang), total: formatCount(total, lang) }),
    announce: (title, date, kind) => fillTemplate(m.announceEvent, { title, date, kind }),
  };
  return {
    ...base,
    ...overrides,
    kinds: { ...base.kinds, ...overrides?.kinds },
    shapes: { ...base.shapes, ...overrides?.shapes },
  };
}
