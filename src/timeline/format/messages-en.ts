/** English UI strings (also the fallback for languages without their own). */
import type { StaticListMessages, TimelineMessages } from './messages.js';

export const englishMessages: TimelineMessages = {
  kinds: {
    occurred: 'occurred',
    reported: 'reported',
    planned: 'planned',
    conditional: 'conditional',
    speculative: 'speculative',
    negated: 'negated',
  },
  legend: {
    point: 'known day',
    uncertainPoint: 'one day somewhere in this range',
    period: 'period',
    vagueEnds: 'vague start/end',
  },
  lanes: { none: '(none)' },
  buttons: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Show all',
    listView: 'List view',
    filters: 'Filters',
    close: 'Close',
  },
  announceEvent: '{title}, {date}, {kind}',
  clusterMany: '{n} events',
  clusterOne: '{n} event',
  timeline: 'Timeline',
  visibleCount: '{n} of {total} events visible',
};

export const englishStaticList: StaticListMessages = {
  heading: 'Not drawn in the rows above ({n}); the numbers are those of the grey marks',
  outside: 'Outside the dates shown ({n})',
  more: '… and {n} more',
};
