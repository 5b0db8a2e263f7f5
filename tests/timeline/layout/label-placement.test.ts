import { describe, expect, it } from 'vitest';
import { prepareEvents } from '../../../src/timeline/layout/prepare.js';
import { layoutViewport } from '../../../src/timeline/layout/viewport.js';
import { MIN_STRIKE_PX, STRIKE_GAP, strikeRuns } from '../../../src/timeline/layout/label-spot.js';
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

  it("a period's label is written on the solid part of its bar, clear of a vague start, and never straddles the bar's end", () => {
    const events = [makeEvent('p', { earliest: '2020-08-01', latest: '2020-08-30', certainty: 'period', vagueStart: true }, { title })];
    const [e] = layoutViewport(prepareEvents(events), { ...scale, measureText }).events;
    // Bar 0..300; the first 30 % fades, so the label starts at 90 + 4. Whole it would run past the bar's end (to
    // 332), and after the bar (304..496) less of it fits than on it (94..296): it is cut on the bar.
    expect(e.labelX).toBe(94);
    expect(e.labelSide).toBe('on');
    expect(e.label.endsWith('…')).toBe(true);
    expect(e.labelX + e.labelWidth).toBeLessThanOrEqual(300 - 4);
    // wholly on the bar: written in the background colour on the bar's
    expect(e.labelOnBar).toBe(true);
  });

  it("a bar's label too long for the bar goes after it, whole, when it fits there", () => {
    // 15 days: bar 0..150 px, long enough to write on, too short for 238 px of label; 154..392 is free.
    const events = [makeEvent('p', { earliest: '2020-08-01', latest: '2020-08-15', certainty: 'period' }, { title })];
    const [e] = layoutViewport(prepareEvents(events), { ...scale, measureText }).events;
    expect([e.x0, e.x1]).toEqual([0, 150]);
    expect(e.labelSide).toBe('after');
    expect(e.labelX).toBe(154);
    expect(e.label).toBe(title);
    expect(e.labelOnBar).toBe(false);
  });

  it("a bar's label that fits neither on the bar nor after it, up to the next mark of its row, is cut on the bar", () => {
    const events = [
      makeEvent('p', { earliest: '2020-08-01', latest: '2020-08-30', certainty: 'period' }, { title: title + title }),
      makeEvent('q', { earliest: '2020-09-03' }, { title: 'Next' }),
    ];
    const result = layoutViewport(prepareEvents(events), { ...scale, measureText, maxRowsPerLane: 1 });
    const bar = result.events.find((e) => e.prepared.event.id === 'p')!;
    const next = result.events.find((e) => e.prepared.event.id === 'q')!;
    expect(bar.row).toBe(next.row);
    expect(bar.label.endsWith('…')).toBe(true);
    expect(bar.labelSide).toBe('on');
    expect(bar.labelX + bar.labelWidth).toBeLessThanOrEqual(300 - 4);
    expect(bar.labelOnBar).toBe(true);
    // the next mark (marker of 3 September at 335 px) keeps its own label
    expect(next.label).toBe('Next');
  });

  it("a bar's label moved after it goes back on it, cut, when the next mark of its row leaves less room after it", () => {
    const events = [
      makeEvent('a', { earliest: '2020-08-01', latest: '2020-08-15', certainty: 'period' }, { title }),
      makeEvent('b', { earliest: '2020-08-20' }, { title: 'Next' }),
    ];
    const result = layoutViewport(prepareEvents(events), { ...scale, measureText, maxRowsPerLane: 1 });
    const bar = result.events.find((e) => e.prepared.event.id === 'a')!;
    expect(bar.row).toBe(result.events.find((e) => e.prepared.event.id === 'b')!.row);
    // after the bar only 154..182 would be free (the marker of 20 August at 195, less radius and label gap)
    expect(bar.labelSide).toBe('on');
    expect(bar.labelX).toBe(4);
    expect(bar.label.endsWith('…')).toBe(true);
    expect(bar.labelX + bar.labelWidth).toBeLessThanOrEqual(150 - 4);
    expect(bar.labelOnBar).toBe(true);
  });

  it('a label that fits on the solid part of its bar is written on the bar', () => {
    const events = [makeEvent('p', { earliest: '2020-08-01', latest: '2020-08-30', certainty: 'period' }, { title: 'Short' })];
    const [e] = layoutViewport(prepareEvents(events), { ...scale, measureText }).events;
    expect(e.labelOnBar).toBe(true);
  });

  it("a label beside a mark keeps its gap from the mark's ring, outline or strike, not only from its shape", () => {
    const at = (kind: 'occurred' | 'planned' | 'negated', earliest = '2020-08-10', latest = earliest, certainty: 'exact' | 'period' = 'exact') =>
      layoutViewport(prepareEvents([makeEvent('k', { earliest, latest, certainty }, { title: 'Short', kind })]), { ...scale, measureText }).events[0];
    // the marker of 10 August at 95 px, radius 5, gap 4
    expect(at('occurred').labelX).toBe(95 + 5 + 4);
    expect(at('planned').labelX).toBe(95 + 5 + 4 + 4); // its ring reaches 4 px past the marker
    expect(at('negated').labelX).toBe(95 + 5 + 3 + 4); // its strike 3 px
    // a short planned bar (5 to 7 August, 40..70 px): its outline reaches 3 px past it
    expect(at('planned', '2020-08-05', '2020-08-07', 'period').labelX).toBe(70 + 3 + 4);
  });

  it('a mark out of view on the left gives its label up rather than showing it clipped', () => {
    // 28 July sits at -35 px, in the 40 px margin
    const [e] = layoutViewport(prepareEvents([makeEvent('l', { earliest: '2020-07-28' }, { title })]), { ...scale, measureText }).events;
    expect(e.x).toBeLessThan(0);
    expect(e.label).toBe('');
    expect(e.labelSide).toBe('none');
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

describe("a denied span's strike line strikes the mark, not its label", () => {
  it('a label on a denied window leaves some of the window after it for the strike', () => {
    const denied = (t: string) => makeEvent('n', { earliest: '2020-08-01', latest: '2020-08-31', certainty: 'within' }, { title: t, kind: 'negated' });
    // the window runs 0..310 px
    const [whole] = layoutViewport(prepareEvents([denied(title)]), { ...scale, measureText }).events;
    expect(whole.labelSide).toBe('on');
    expect(whole.label).toBe(title);
    const [cut] = layoutViewport(prepareEvents([denied(title + title)]), { ...scale, measureText }).events;
    expect(cut.labelSide).toBe('on');
    expect(cut.label.endsWith('…')).toBe(true);
    expect(cut.labelX + cut.labelWidth).toBeLessThanOrEqual(310 - MIN_STRIKE_PX);
    // the same window, not denied, lets its label run past its end into the free room
    const [free] = layoutViewport(prepareEvents([{ ...denied(title + title), kind: 'occurred' }]), { ...scale, measureText }).events;
    expect(free.labelX + free.labelWidth).toBeGreaterThan(310);
    // the strike runs where the label is not: after it, to the window's end
    const runs = strikeRuns(cut.x0, cut.x1, cut.labelSide, cut.labelX, cut.labelWidth);
    expect(runs).toEqual([[cut.labelX + cut.labelWidth + STRIKE_GAP, 310]]);
    expect(310 - runs[0][0]).toBeGreaterThanOrEqual(MIN_STRIKE_PX - STRIKE_GAP);
  });

  it('the strike runs the whole span when the label is beside it, and stops either side of a label on it', () => {
    expect(strikeRuns(0, 300, 'after', 304, 100)).toEqual([[0, 300]]);
    expect(strikeRuns(0, 300, 'none', 0, 0)).toEqual([[0, 300]]);
    expect(strikeRuns(0, 300, 'on', 40, 100)).toEqual([[0, 40 - STRIKE_GAP], [140 + STRIKE_GAP, 300]]);
    // a piece shorter than the gap is left out
    expect(strikeRuns(0, 300, 'on', 4, 100)).toEqual([[104 + STRIKE_GAP, 300]]);
  });
});

describe('a window reads as a window at every zoom', () => {
  const august = makeEvent('w', { earliest: '2020-08-01', latest: '2020-08-31', certainty: 'within' }, { title: 'Somewhere in August' });
  const at = (from: number, days: number, width = 500) => ({
    x: (t: number) => ((t - from) / (days * DAY)) * width,
    invert: (px: number) => from + (px / width) * days * DAY,
    width,
  });

  it('zoomed in to a few days inside the window, its label is pinned to the plot\'s left edge, whole', () => {
    for (const width of [1280, 375]) {
      const [e] = layoutViewport(prepareEvents([august]), { ...at(Date.UTC(2020, 7, 14), 4, width), measureText }).events;
      expect(e.x0).toBeLessThan(0);
      expect(e.x1).toBeGreaterThan(width);
      expect(e.labelSide).toBe('on');
      expect(e.labelX).toBe(4);
      expect(e.label).toBe('Somewhere in August');
    }
  });

  it('a wide window in view has its label at its start, not at its middle', () => {
    const [e] = layoutViewport(prepareEvents([august]), { ...at(Date.UTC(2020, 6, 20), 50), measureText }).events;
    // 1 August at 120 px, 1 September at 430 px
    expect(e.x0).toBe(120);
    expect(e.labelX).toBe(124);
  });

  it('a short window keeps its label beside it, clear of it', () => {
    const week = makeEvent('k', { earliest: '2020-08-10', latest: '2020-08-16', certainty: 'within' }, { title: 'That week' });
    const [e] = layoutViewport(prepareEvents([week]), { ...at(AUG_1, 50), measureText }).events;
    expect([e.x0, e.x1]).toEqual([90, 160]);
    expect(e.labelSide).toBe('after');
    expect(e.labelX).toBe(164);
  });
});

describe('labels stay inside the plot and apart from the next mark, at every zoom', () => {
  const events = Array.from({ length: 40 }, (_, i) =>
    i % 3 === 0
      ? makeEvent(`w${i}`, { earliest: `2020-08-${String(1 + (i % 20)).padStart(2, '0')}`, latest: '2020-08-31', certainty: i % 2 ? 'within' : 'period' }, { title: `Window or period number ${i}` })
      : makeEvent(`p${i}`, { earliest: `2020-08-${String(1 + ((i * 7) % 31)).padStart(2, '0')}` }, { title: `Point number ${i} with a title` }),
  );
  const prepared = prepareEvents(events);
  for (const [days, width] of [[4, 375], [10, 1280], [31, 375], [31, 1280], [120, 1280], [900, 375]] as const) {
    it(`${days} days across ${width} px`, () => {
      const from = Date.UTC(2020, 7, 16) - (days / 2) * DAY;
      const x = (t: number) => ((t - from) / (days * DAY)) * width;
      const layout = layoutViewport(prepared, { x, invert: (px) => from + (px / width) * days * DAY, width, measureText, labelGap: 8 });
      const rows = new Map<string, typeof layout.events>();
      for (const e of layout.events) {
        if (e.label) {
          expect(e.labelX, e.key).toBeGreaterThanOrEqual(0);
          expect(e.labelX + e.labelWidth, e.key).toBeLessThanOrEqual(width);
          expect(e.labelWidth).toBe(measureText(e.label));
        }
        const key = `${e.lane}|${e.row}`;
        rows.set(key, [...(rows.get(key) ?? []), e]);
      }
      const markLeft = (e: (typeof layout.events)[number]) => (e.prepared.shape === 'point' ? e.x - 5 : e.prepared.shape === 'period' ? e.x0 : Math.min(e.x0, (e.x0 + e.x1) / 2 - 5));
      for (const row of rows.values()) {
        row.sort((a, b) => markLeft(a) - markLeft(b));
        for (let i = 0; i + 1 < row.length; i++) {
          const e = row[i];
          if (!e.label || e.labelSide === 'before') continue;
          // the next mark, or the next label when that goes before its mark
          const next = row[i + 1];
          const nextLeft = next.labelSide === 'before' && next.label ? next.labelX : markLeft(next);
          expect(e.labelX + e.labelWidth + 8, `${e.key} then ${next.key}`).toBeLessThanOrEqual(nextLeft + 0.01);
        }
      }
    });
  }
});
