/**
 * A clause ordered against its host by a stretch of time ("comes a day after Chrysler released its list"): its date
 * is the host's moved by the stretch, and its record says it came before (or after) the host.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';

const dated = (text: string, language = 'en') =>
  extractEvents(text, { language }).map((r) => ({ title: r.title, edtf: r.date.edtf, source: r.date.source, relations: r.relations.map((x) => x.type) }));

describe('a clause ordered against its host by a stretch', () => {
  it('"a day after" puts the clause a day before its host, the stretch left out of the host title', () => {
    const [host, clause] = dated(' date 2009-05-15 GM\n\nThe move comes a day after Chrysler released a list of 789 dealerships.');
    expect(host).toEqual({ title: 'The move comes', edtf: '2009-05-15', source: 'tense', relations: [] });
    expect(clause).toEqual({ title: 'Chrysler released a list of 789 dealerships', edtf: '2009-05-14', source: 'relative-to-event', relations: ['before'] });
  });
  it('a name with an apposition between commas is the clause\'s subject ("after Chrysler, another car maker, released")', () => {
    const records = dated(' date 2009-05-15 GM\n\nThe move comes a day after Chrysler, another U.S. car maker, released a list of 789 dealerships.');
    expect(records.map((r) => [r.title, r.edtf])).toEqual([['The move comes', '2009-05-15'], ['Chrysler released a list of 789 dealerships', '2009-05-14']]);
  });
  it('a host dated by its tense moves its open window, keeping "before"', () => {
    const [, clause] = dated(' date 2009-05-15 X\n\nThe vote came two days after the minister resigned.');
    expect(clause).toMatchObject({ title: 'The minister resigned', edtf: '[..2009-05-12]', source: 'relative-to-event' });
  });
  it('after a comma closing the sentence, against a dated host; "voordat" the other way', () => {
    expect(dated(' date 2008-06-10 X\n\nThe minister resigned on Tuesday, a week after the report was published.')[1]).toMatchObject({ edtf: '2008-06-03', relations: ['before'] });
    expect(dated(' date 2021-03-15 X\n\nHet kabinet viel op 10 maart, twee dagen voordat de Kamer zou stemmen.', 'nl')[1]).toMatchObject({ edtf: '2021-03-12', relations: ['after'] });
  });
  it('negative: the length of a state, or a phrase set before another clause, orders nothing', () => {
    expect(dated(' date 2007-08-10 X\n\nThe housing market has been declining for more than two years after the Federal Reserve raised rates.')[1]).toMatchObject({ source: 'tense', relations: [] });
    const quoted = dated(' date 2008-06-10 X\n\nHe said that, " just one year after launching the iPhone, we are launching the iPhone 3G.');
    expect(quoted.every((r) => r.source !== 'relative-to-event')).toBe(true);
  });
});
