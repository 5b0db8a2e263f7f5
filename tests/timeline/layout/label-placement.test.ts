import { describe, expect, it } from 'vitest';
import { prepareEvents } from '../../../src/timeline/layout/prepare.js';
import { layoutViewport } from '../../../src/timeline/layout/viewport.js';
import { makeEvent } from './fixtures.js';

const DAY = 86_400_000;
const measureText = (text: string) => text.length * 7;
const AUG_1 = Date.UTC(2020, 7, 1);
// 10 px a day from 1 August over 500 px.
const scale = { x: (t: number) => ((t - AUG_1) / (50 * DAY)) * 500, invert: (px: number) => AUG_1 + (px / 500) * 50 * DAY, width: 500 };
const title = 'A rather long title of twenty-nine'; // 34 chars: 238 px

describe('labels stay inside the plot', () => {
  it('near the right edge a label that fits left of the marker goes there, whole', () => {
    const result = layoutViewport(prepareEvents([makeEvent('r', { earliest: '2020-09-15' }, { title })]), { ...scale, measureText });
    const [e] = result.events;
    expect(e.x).toBe(455); // day 45, middle
    expect(e.label).toBe(title);
    // It ends a gap (4) before the marker (radius 5).
    expect(e.labelX + measureText(e.label)).toBeCloseTo(455 - 5 - 4, 5);
  });

  it('when neither side has room, the label is cut at the plot edge', () => {
    const result = layoutViewport(prepareEvents([makeEvent('m', { earliest: '2020-08-20' }, { title: title + title })]), { ...scale, measureText });
    const [e] = result.events;
    expect(e.labelX).toBe(195 + 5 + 4);
    expect(e.labelX + measureText(e.label)).toBeLessThanOrEqual(500 - 4);
    expect(e.label.endsWith('…')).toBe(true);
  });

  it("a period's label is written on the solid part of its bar, clear of a vague start", () => {
    const events = [makeEvent('p', { earliest: '2020-08-01', latest: '2020-08-30', certainty: 'period', vagueStart: true }, { title })];
    const [e] = layoutViewport(prepareEvents(events), { ...scale, measureText }).events;
    // Bar 0..300; the first 30 % fades, so the label starts at 90 + 4 and ends before 300 - 8.
    expect(e.labelX).toBe(94);
    expect(e.labelX + measureText(e.label)).toBeLessThanOrEqual(292);
    expect(e.label.endsWith('…')).toBe(true);
  });

  it('a narrow bar keeps its label outside, after the bar', () => {
    const events = [makeEvent('n', { earliest: '2020-08-05', latest: '2020-08-07', certainty: 'period' }, { title: 'Short' })];
    const [e] = layoutViewport(prepareEvents(events), { ...scale, measureText }).events;
    expect([e.x0, e.x1]).toEqual([40, 70]);
    expect(e.labelX).toBe(74);
  });

  it('a short bar (solid part under 120 px) keeps its whole label beside it rather than starting it on the bar', () => {
    // 10 days: bar 40..140 px, wide enough to start a label on but too short to hold this one.
    const events = [makeEvent('s', { earliest: '2020-08-05', latest: '2020-08-14', certainty: 'period' }, { title: 'Twenty characters ok' })];
    const [e] = layoutViewport(prepareEvents(events), { ...scale, measureText }).events;
    expect([e.x0, e.x1]).toEqual([40, 140]);
    expect(e.labelX).toBe(144);
    expect(e.label).toBe('Twenty characters ok');
  });

  it('a bar long enough whose solid part is short for a vague end counts as short', () => {
    // 15 days, 150 px, but 30 % of it fades: 105 px of solid bar.
    const events = [makeEvent('v', { earliest: '2020-08-05', latest: '2020-08-19', certainty: 'period', vagueEnd: true }, { title: 'Short' })];
    const [e] = layoutViewport(prepareEvents(events), { ...scale, measureText }).events;
    expect(e.labelX).toBe(e.x1 + 4);
  });

  it('a short bar with a mark right after it in its only row writes what fits on the bar instead', () => {
    const events = [
      makeEvent('a', { earliest: '2020-08-05', latest: '2020-08-14', certainty: 'period' }, { title: 'A bar with a long title here' }),
      makeEvent('b', { earliest: '2020-08-16' }, { title: 'Next' }),
    ];
    const result = layoutViewport(prepareEvents(events), { ...scale, measureText, maxRowsPerLane: 1 });
    const bar = result.events.find((e) => e.prepared.event.id === 'a')!;
    const next = result.events.find((e) => e.prepared.event.id === 'b')!;
    expect(bar.row).toBe(next.row);
    // On the bar (40..140), cut to end before the bar's end.
    expect(bar.labelX).toBe(44);
    expect(bar.label.endsWith('…')).toBe(true);
    expect(bar.labelX + measureText(bar.label)).toBeLessThanOrEqual(140 - 8);
  });

  it('labelBounds widens where labels may go: a mark beyond the plot (in the margin) keeps its label', () => {
    // 30 September (day 60, its middle) sits at 605 px, past the 500 px plot, inside a 200 px margin
    const beyond = prepareEvents([makeEvent('b', { earliest: '2020-09-30' }, { title })]);
    const plain = layoutViewport(beyond, { ...scale, measureText, margin: 200 }).events[0];
    expect(plain.x).toBe(605);
    expect(plain.label).toBe('');
    const wide = layoutViewport(beyond, { ...scale, measureText, margin: 200, labelBounds: [-200, 900] }).events[0];
    expect(wide.label).toBe(title);
    expect(wide.labelX).toBe(605 + 5 + 4);
  });
});
