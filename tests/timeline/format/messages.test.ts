import { describe, expect, it } from 'vitest';
import { announceEvent, clusterLabel } from '../../../src/timeline/format/announce.js';
import { kindName } from '../../../src/timeline/format/kind-names.js';
import { laneLabel, laneLabeler } from '../../../src/timeline/format/lane-labels.js';
import { legendEntries } from '../../../src/timeline/format/legend.js';
import { fillTemplate, messages } from '../../../src/timeline/format/messages.js';
import { ALL_EVENTS_LANE, NO_VALUE_LANE } from '../../../src/timeline/layout/types.js';
import { resolveLabels } from '../../../src/timeline/render/labels.js';
import { makeEvent } from '../layout/fixtures.js';

describe('UI strings', () => {
  it('names kinds', () => {
    expect(['occurred', 'reported', 'planned', 'conditional', 'speculative', 'negated'].map((k) => kindName(k as never, 'nl'))).toEqual([
      'gebeurd',
      'gemeld',
      'gepland',
      'voorwaardelijk',
      'speculatief',
      'ontkend',
    ]);
    expect(kindName('planned', 'en')).toBe('planned');
    expect(kindName('negated', 'ja')).toBe('negated'); // English fallback
  });
  it('labels lanes: the no-value lane, kinds, and keys as they are', () => {
    expect(laneLabel(NO_VALUE_LANE, 'actor', 'nl')).toBe('(geen)');
    expect(laneLabel(NO_VALUE_LANE, 'actor', 'en')).toBe('(none)');
    expect(laneLabel(ALL_EVENTS_LANE, 'none', 'nl')).toBe('');
    expect(laneLabel('speculative', 'kind', 'nl')).toBe('speculatief');
    expect(laneLabeler('actor', 'nl')('Mark Rutte')).toBe('Mark Rutte');
  });
  it('has legend texts and buttons', () => {
    expect(legendEntries('nl').map((e) => e.label)).toEqual(['vaste dag', 'één dag ergens in deze periode', 'periode', 'vaag begin/einde']);
    expect(legendEntries('en').map((e) => e.swatch)).toEqual(['point', 'uncertain-point', 'period', 'vague']);
    expect(messages('nl').buttons.zoomIn).toBe('Inzoomen');
    expect(messages('en-GB').buttons.close).toBe('Close');
    expect(messages('xx').buttons.fit).toBe('Show all');
  });
  it('announces an event: title, date, kind', () => {
    const event = makeEvent('x', { earliest: '2020-08-02', latest: '2020-09-01', certainty: 'within' }, { title: 'Explosie in de haven', kind: 'reported' });
    expect(announceEvent(event, 'nl')).toBe('Explosie in de haven, één dag tussen 2 augustus en 1 september 2020, gemeld');
    expect(announceEvent(event, 'en')).toBe('Explosie in de haven, one day between 2 August and 1 September 2020, reported');
  });
  it('counts clusters with the grouping of the language', () => {
    expect(clusterLabel(12, 'nl')).toBe('12 gebeurtenissen');
    expect(clusterLabel(1, 'nl')).toBe('1 gebeurtenis');
    expect(clusterLabel(1234, 'nl')).toBe('1.234 gebeurtenissen');
    expect(clusterLabel(1234, 'en')).toBe('1,234 events');
  });
  it('counts visible events with the grouping of the language', () => {
    expect(resolveLabels('nl').shown(9876, 100_000)).toBe('9.876 van 100.000 gebeurtenissen zichtbaar');
    expect(resolveLabels('en-GB').shown(10_000, 10_000)).toBe('10,000 of 10,000 events visible');
    expect(resolveLabels('en').shown(3, 10)).toBe('3 of 10 events visible');
  });
  it('fills templates and leaves unknown slots visible', () => {
    expect(fillTemplate('{n} van {total}', { n: 3, total: 10 })).toBe('3 van 10');
    expect(fillTemplate('{n} {missing}', { n: 1 })).toBe('1 {missing}');
  });
});
