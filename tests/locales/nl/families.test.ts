/**
 * Per-family tests of the Dutch parsers and refiners, with fixed references. Expected values are worked out by hand
 * from the calendar (2020-08-16 is a Sunday in ISO week 33; 2019-03-05 a Tuesday; 2021-01-10 a Sunday in 2021-W01).
 */
import { describe, expect, it } from 'vitest';
import { temporal } from '../../../src/locales/nl/temporal/index.js';
import { tagTemporalExpressions } from '../../../src/temporal/tagger.js';
import type { Timex } from '../../../src/types.js';

const tag = (text: string, reference: string): Timex[] => tagTemporalExpressions(text, { language: 'nl', reference });
const only = (text: string, reference: string): Timex => {
  const found = tag(text, reference);
  expect(found, JSON.stringify(found.map((t) => t.text))).toHaveLength(1);
  return found[0];
};
const texts = (text: string, reference = '2020-08-16'): string[] => tag(text, reference).map((t) => t.text);

describe('absolute dates', () => {
  it('are anchored absolutely when the year is written, to the document otherwise', () => {
    expect(only('Op 9 augustus 2020 werd gestemd.', '2020-08')).toMatchObject({ anchor: 'absolute', parser: 'absolute-date' });
    expect(only('Op 9 augustus stemt het land.', '2020-08')).toMatchObject({ value: '2020-08-09', anchor: 'document' });
    // A day of the article's own month is that day, whatever the tense (a 9 August of the year before would have
    // been written with its year); against a day the tense decides, and against a year-only date the year stays open.
    expect(only('Op 9 augustus werd gestemd.', '2020-08')).toMatchObject({
      value: '2020-08-09',
      window: { earliest: '2020-08-09', latest: '2020-08-09', certainty: 'exact' },
    });
    expect(only('Op 9 augustus werd gestemd.', '2020-08-05')).toMatchObject({ value: '2019-08-09' });
    expect(only('Op 9 augustus werd gestemd.', '2020')).toMatchObject({ value: 'XXXX-08-09', window: { certainty: 'within' } });
    // a day of another month keeps the tense's reading
    expect(only('Op 9 juli werd gestemd.', '2020-08')).toMatchObject({ value: '2020-07-09' });
  });
  it('keep a sentence-final abbreviation dot out of the span', () => {
    expect(only('Het gebeurde op 9 aug.', '2020-08-16')).toMatchObject({ text: '9 aug', value: '2020-08-09' });
  });
  it('reject impossible days and month numbers', () => {
    expect(texts('Het formulier 31-6-2020 en 2020-13-01 en 2020-02-30 zijn fout.')).toEqual([]);
  });
  it('read numeric dates day first', () => {
    expect(only('Op 3/4/2020 begon het.', '2020').value).toBe('2020-04-03');
  });
});

describe('months without a year', () => {
  it('take the tense into account against a day reference', () => {
    expect(only('In november werd hij gekozen.', '2020-08-16').value).toBe('2019-11');
    expect(only('In november zal hij gekozen worden.', '2020-08-16').value).toBe('2020-11');
    expect(only('In maart gaat de nieuwe wet in.', '2020-08-16').value).toBe('2021-03');
  });
  it('ignore capitalised names mid-sentence but accept a month opening a sentence', () => {
    expect(texts('Het beeld van Augustus staat in Rome.')).toEqual([]);
    expect(texts('Juni was nat.')).toEqual(['Juni']);
  });
  it('do not accept a bare abbreviation', () => {
    expect(texts('De dec heeft gestemd en jan en piet zijn blij.')).toEqual([]);
  });
});

describe('years', () => {
  it('need a word that introduces a time', () => {
    expect(texts('Er waren 1994 deelnemers en 2008 stemmen.')).toEqual([]);
    expect(texts('Er waren in 1994 deelnemers.')).toEqual([]);
    expect(texts('In 1994 waren er deelnemers.')).toEqual(['1994']);
  });
  it('reject percentages and decimals', () => {
    expect(texts('De groei was in 2020% en in 2019,5 geen.')).toEqual([]);
  });
});

describe('relative days', () => {
  it('resolve against every day a month reference can be', () => {
    expect(only('Overmorgen vergadert de raad.', '2020-08')).toMatchObject({
      value: '2020-XX-XX',
      window: { earliest: '2020-08-03', latest: '2020-09-02', granularity: 'day', certainty: 'within' },
    });
  });
  it('read "morgen" after an article as the morning', () => {
    expect(texts('Op een morgen in mei, en deze morgen ook.')).toEqual(['mei']);
  });
});

describe('weekdays', () => {
  it('follow the nearest tense cue', () => {
    expect(tag('Hij zei maandag dat hij volgende maand vertrekt.', '2020-08-16')[0]).toMatchObject({ text: 'maandag', value: '2020-08-10' });
    expect(tag('Volgende maand zei hij maandag te vertrekken.', '2020-08-16')[1]).toMatchObject({ text: 'maandag', value: '2020-08-10' });
  });
  it('exclude the document day for "vorige" and "volgende"', () => {
    expect(only('Vorige zondag was het rustig.', '2020-08-16').value).toBe('2020-08-09');
    expect(only('Volgende zondag is het feest.', '2020-08-16').value).toBe('2020-08-23');
  });
  it('without a tense cover both the past and the coming one', () => {
    expect(only('De betoging op woensdag.', '2019-03-05')).toMatchObject({
      value: '2019-XX-XX',
      window: { earliest: '2019-02-27', latest: '2019-03-06', certainty: 'within' },
    });
  });
  it('are not taken from names: a holiday named after its weekday is the holiday', () => {
    expect(texts('Op Witte Donderdag en Stille Zaterdag.')).toEqual(['Witte Donderdag', 'Stille Zaterdag']);
  });
});

describe('relative units and vague references', () => {
  it('weekend at the turn of a year', () => {
    expect(only('Dit weekend is het koud.', '2021-01-01')).toMatchObject({
      value: '2020-W53-WE',
      window: { earliest: '2021-01-02', latest: '2021-01-03', certainty: 'exact' },
    });
  });
  it('"de afgelopen week" is the previous week, "de afgelopen weken" a vague period', () => {
    expect(only('De afgelopen week was het rustig.', '2020-08-16').value).toBe('2020-W32');
    expect(only('De afgelopen weken was het rustig.', '2020-08-16').value).toBe('PAST_REF');
  });
  it('"de komende dagen" is a FUTURE_REF period with a vague end', () => {
    expect(only('De komende dagen blijft het warm.', '2020-08-16')).toMatchObject({
      value: 'FUTURE_REF',
      window: { earliest: '2020-08-16', certainty: 'period', vagueEnd: true },
    });
  });
  it('"nu" inside words is not "now"', () => {
    expect(texts('Het nummer en de nuance van het menu.')).toEqual([]);
  });
});

describe('offsets and event anchoring', () => {
  it('plural units without a number are as vague as "enkele": "maanden geleden", "jaren later"', () => {
    expect(only('Het begon maanden geleden.', '2023-01-15')).toMatchObject({ value: '2022-XX', window: { certainty: 'within' } });
    expect(only('Jaren later stopte het.', '2023-01-15')).toMatchObject({ value: 'XXXX', anchor: 'event', relation: 'after' });
    // negative: a singular unit needs its number ("week geleden" is no expression of its own)
    expect(texts('Het was week geleden.')).toEqual([]);
  });
  it('"drie dagen later" re-anchors to the previous day and says "after"', () => {
    const [, later] = tag('Op 3 mei was het feest. Drie dagen later ging hij.', '2020-08-16');
    expect(later).toMatchObject({ value: '2020-05-06', anchor: 'event', relation: 'after' });
  });
  it('without an earlier day it falls back to the document date', () => {
    expect(only('Drie dagen later ging hij.', '2020-08-16')).toMatchObject({ value: '2020-08-19', anchor: 'document', relation: 'after' });
  });
  it('"geleden" is anchored to the document and has no relation', () => {
    const found = only('Twee jaar geleden begon het.', '2020-08');
    expect(found).toMatchObject({ value: '2018', anchor: 'document' });
    expect(found.relation).toBeUndefined();
  });
  it('"enkele maanden later" names no calendar place', () => {
    const found = only('Enkele maanden later was hij terug.', '2020-08-16');
    expect(found).toMatchObject({ value: 'XXXX-XX', anchor: 'event', relation: 'after' });
    expect(found.window).toBeUndefined();
  });
  it('event cues carry their relation and no window', () => {
    for (const [sentence, relation] of [
      ['Daarna sprak de president.', 'after'],
      ['Kort daarvoor was er een explosie.', 'before'],
      ['Tijdens de top werd er gedemonstreerd.', 'during'],
      ['Vlak voor de verkiezingen trad hij af.', 'before'],
    ] as const) {
      const found = only(sentence, '2020-08-16');
      expect(found).toMatchObject({ anchor: 'event', relation, value: 'XXXX-XX-XX' });
      expect(found.window).toBeUndefined();
    }
  });
  it('"voor" alone is "for", and "na een jaar" is no event', () => {
    expect(texts('Hij stemde voor de wet.')).toEqual([]);
    expect(tag('Na een jaar kwam hij vrij.', '2020-08-16').map((t) => [t.text, t.type])).toEqual([['een jaar', 'DURATION']]);
  });
});

describe('durations and sets', () => {
  it('have no window and no anchor', () => {
    for (const timex of tag('Hij zat 26 jaar vast en komt elke week langs.', '2020-08-16')) {
      expect(timex.window).toBeUndefined();
      expect(timex.anchor).toBe('none');
    }
  });
  it('vague quantities become X', () => {
    expect(only('Het duurde enkele dagen.', '2020').value).toBe('PXD');
    expect(only('Het duurde honderden jaren.', '2020').value).toBe('PXY');
  });
  it('a number without a unit is nothing', () => {
    expect(texts('Hij kreeg drie stemmen en twee zetels.')).toEqual([]);
  });
});

describe('ranges and times', () => {
  it('a year range must run forwards', () => {
    expect(texts('Zie pagina 2020-2019.')).toEqual([]);
  });
  it('clock times join the day before them', () => {
    expect(only('Vanavond om 20.00 uur spreekt hij.', '2020-08-16')).toMatchObject({
      text: 'Vanavond om 20.00 uur',
      type: 'TIME',
      value: '2020-08-16T20:00',
    });
  });
  it('accept a typographic apostrophe and a line break inside an expression', () => {
    expect(only('Het museum is ’s maandags dicht.', '2020-08-16')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
    expect(only('Om 8 uur ’s avonds.', '2020-08-16').value).toBe('XXXX-XX-XXT20:00');
    expect(only('Het gebeurde op 9 augustus\n2020.', '2020').value).toBe('2020-08-09');
    expect(texts('Het gebeurde op 9 augustus\n\n2020 was druk.', '2020')).toEqual(['9 augustus']);
  });
  it('a clock time after a week is not joined', () => {
    expect(texts('Deze week om 15.00 uur.')).toEqual(['Deze week', '15.00 uur']);
  });
});

describe('the locale', () => {
  it('lists each parser once, with global patterns', () => {
    const names = temporal.parsers.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const parser of temporal.parsers) expect(parser.pattern.global).toBe(true);
  });
  it('no pattern repeats a group that itself holds an unbounded quantifier (no catastrophic backtracking)', () => {
    for (const parser of temporal.parsers) expect(nestedUnboundedQuantifier(parser.pattern.source), parser.name).toBe(false);
  });
});

/** True when a group containing `+`, `*` or `{n,}` is itself followed by `+`, `*` or `{n,}`. */
function nestedUnboundedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const inner = stack.pop()!;
      const unboundedAfter = /^(?:[+*]|\{\d+,\})/.test(source.slice(i + 1));
      if (inner && unboundedAfter) return true;
      if (inner && stack.length) stack[stack.length - 1] = true;
    } else if ((c === '+' || c === '*' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)))) && stack.length) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}
