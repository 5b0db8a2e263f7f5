/**
 * A clause with a time of its own is dated by it, and only by it (issue 17, deliverable 2): a saying's content with
 * a time of its own is a record of its own beside the saying; a second "that" after the saying's object is its
 * content too; a noun phrase with a verb of its own closing a clause tells of its noun, so its times date nothing
 * there.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';

const dated = (text: string, language = 'en') => extractEvents(text, { language }).map((r) => [r.title, r.kind, r.date.edtf, r.date.source]);

describe('a clause with a time of its own', () => {
  it('a content with its own time is a record beside its saying, which its tense dates', () => {
    expect(dated(' date 2021-03-15 The spokesman said that the plant closed in March.')).toEqual([
      ['The spokesman said', 'reported', '[..2021-03-14]', 'tense'],
      ['The plant closed', 'reported', '2021-03', 'relative-to-document'],
    ]);
    // without a time of its own the content stays with its saying
    expect(dated(' date 2021-03-15 The spokesman said that the plant closed.')).toHaveLength(1);
  });
  it('a second "that" after the saying\'s object, past an aside, is the saying\'s content', () => {
    const records = dated(' date 2005-06-06 Jobs announced a new music service for schools, and, to the surprise of many analysts, that the company will move to Intel processors next year.');
    expect(records.map((r) => [r[1], r[2]])).toEqual([['reported', '[..2005-06-05]'], ['planned', '2006']]);
  });
  it('a noun phrase with a verb of its own closing the clause tells of its noun: its "currently" does not date the clause', () => {
    expect(dated(' date 2007-06-10 Aeroflot has negotiated the purchase of 22 Dreamliners, an aircraft Boeing currently has under development.')[0]).toEqual(
      ['Aeroflot has negotiated the purchase of 22 Dreamliners, an aircraft Boeing has under development', 'occurred', '[..2007-06-09]', 'tense'],
    );
  });
  it('negative: a closing frame keeps its time; a phrase without a verb tells of the event itself', () => {
    expect(dated(' date 2024-05-20 The launch has been postponed by at least three weeks, the launch company Orbis announced this afternoon.')[0][2]).toBe('2024-05-20');
    expect(dated(' date 2021-03-15 The minister resigned, the second this year.')[0][2]).toBe('2021');
  });
});
