/** Dutch UI strings. */
import type { StaticListMessages, TimelineMessages } from './messages.js';

export const dutchMessages: TimelineMessages = {
  kinds: {
    occurred: 'gebeurd',
    reported: 'gemeld',
    planned: 'gepland',
    conditional: 'voorwaardelijk',
    speculative: 'speculatief',
    negated: 'ontkend',
  },
  legend: {
    point: 'vaste dag',
    uncertainPoint: 'één dag ergens in deze periode',
    period: 'periode',
    vagueEnds: 'vaag begin/einde',
  },
  lanes: { none: '(geen)' },
  buttons: {
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fit: 'Alles tonen',
    listView: 'Lijstweergave',
    filters: 'Filters',
    close: 'Sluiten',
  },
  announceEvent: '{title}, {date}, {kind}',
  clusterMany: '{n} gebeurtenissen',
  clusterOne: '{n} gebeurtenis',
  timeline: 'Tijdlijn',
  visibleCount: '{n} van {total} gebeurtenissen zichtbaar',
};

export const dutchStaticList: StaticListMessages = {
  heading: 'Niet getekend in de rijen hierboven ({n}); de nummers staan bij de grijze markeringen',
  outside: 'Buiten de getoonde periode ({n})',
  more: '… en nog {n}',
};
