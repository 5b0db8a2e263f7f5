/**
 * A clause with its own time is its own record, both times kept (issue 17, deliverable 2): a relative clause set off
 * by commas on a thing already named tells an event of its own, in its own tense ("Japan, which accounts for 7% of
 * world output, has entered a recession": the accounting holds at the article's date, the entering before it). A
 * relative clause with no comma before it says which thing is meant and stays in its host's record.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';

const dated = (text: string, language = 'en') => extractEvents(text, { language }).map((r) => [r.title, r.kind, r.date.edtf, r.date.source]);

describe('a relative clause with a time of its own', () => {
  it('between commas before its host\'s verb, its present verb known by its place holds at the article\'s date', () => {
    expect(dated(' date 2008-11-18 Japan, which accounts for 7% of world output, has entered a recession.')).toEqual([
      ['Japan has entered a recession', 'occurred', '[..2008-11-17]', 'tense'],
      ['Japan accounts for 7% of world output', 'occurred', '2008-11-18', 'tense'],
    ]);
  });
  it('its tense is read in its own words, which the host leaves out as an aside', () => {
    expect(dated(' date 2008-11-18 The company, which employs 3,000 people, said demand was weak.')).toEqual([
      ['The company said demand was weak', 'reported', '[..2008-11-17]', 'tense'],
      ['The company employs 3,000 people', 'occurred', '2008-11-18', 'tense'],
    ]);
  });
  it('after its host\'s verb too ("..., which displays images")', () => {
    expect(dated(' date 2010-06-08 Apple launched a new screen, which displays images at 326 pixels per inch.')).toEqual([
      ['Apple launched a new screen', 'occurred', '[..2010-06-07]', 'tense'],
      ['A new screen displays images at 326 pixels per inch', 'occurred', '2010-06-08', 'tense'],
    ]);
  });
  it('"have" alone owns something, as "employs" does: no copula state', () => {
    expect(dated(' date 2008-11-18 The company, which has 3,000 employees, has cut 500 jobs.')[1]).toEqual(['The company has 3,000 employees', 'occurred', '2008-11-18', 'tense']);
  });
  it('closing the sentence, its own time dates it, though its host leaves it out as an aside', () => {
    expect(dated(' date 2008-11-18 Apple launched a new screen, which was designed in 2005.')).toEqual([
      ['Apple launched a new screen', 'occurred', '[..2008-11-17]', 'tense'],
      ['A new screen was designed', 'occurred', '2005', 'stated'],
    ]);
  });
  it('negative: a past in the relative clause is its own past, dated by its own time', () => {
    expect(dated(' date 2008-11-18 The firm, which sold its plant in 2005, has cut 500 jobs.')).toEqual([
      ['The firm has cut 500 jobs', 'occurred', '[..2008-11-17]', 'tense'],
      ['The firm sold its plant', 'occurred', '2005', 'stated'],
    ]);
  });
  it('negative: a state told by a copula alone before the host\'s verb is no record', () => {
    expect(dated(' date 2008-11-18 The firm, which is large, has cut 500 jobs.')).toHaveLength(1);
  });
  it('negative: with no comma before it, it says which thing is meant and stays in its host\'s record', () => {
    expect(dated(' date 2008-11-18 GM offers protection for customers who lose their job.')).toHaveLength(1);
  });
});

describe('a comma inside a number parts no clause', () => {
  it('"7,000" and "1,5 miljoen" stay whole in titles', () => {
    expect(dated(' date 2008-11-18 The firm cut 1,500 jobs, the company said.')[0][0]).toBe('The firm cut 1,500 jobs');
    expect(dated(' date 2020-06-15 De wethouder heeft 1,5 miljoen euro uitgegeven.', 'nl')[0][0]).toBe('De wethouder heeft 1,5 miljoen euro uitgegeven');
  });
  it('a restrictive relative clause ends where its host\'s auxiliary follows a noun ("people will be cut")', () => {
    const records = dated(' date 2006-01-23 To accomplish this 30,000 jobs which make up 20 to 25 percent of the workforce of 122,000 people will be cut.');
    expect(records[0].slice(1, 3)).toEqual(['planned', '[2006-01-24..]']);
  });
});

describe('a content that keeps the present after a past saying holds at the article\'s date', () => {
  it('"announced that it seeks": the saying before the article, what holds now on its day', () => {
    expect(dated(' date 2009-02-18 General Motors announced that it seeks $16.6 billion in loans.')).toEqual([
      ['General Motors announced', 'reported', '[..2009-02-17]', 'tense'],
      ['It seeks $16.6 billion in loans', 'reported', '2009-02-18', 'tense'],
    ]);
    expect(dated(' date 2009-02-18 The company has said that demand is weak.')[1]).toEqual(['Demand is weak', 'reported', '2009-02-18', 'tense']);
  });
  it('a time of a clause ordered before the saying is not the saying\'s', () => {
    const records = dated(' date 2008-12-13 After the plan failed to pass the Senate this week, the White House has said that it is considering using the funds.');
    expect(records[records.length - 1]).toEqual(['It is considering using the funds', 'reported', '2008-12-13', 'tense']);
  });
  it('negative: a content shifted into the past, a present saying, a quotation, no "that", or a clause inside the content with a time of its own stay one record', () => {
    expect(dated(' date 2009-02-18 General Motors announced that it sought $16.6 billion in loans.')).toHaveLength(1);
    expect(dated(' date 2009-02-18 General Motors says that it seeks $16.6 billion in loans.')).toHaveLength(1);
    expect(dated(' date 2009-02-18 Jobs said: “We love the Beatles.”')).toHaveLength(1);
    expect(dated(' date 2009-02-18 The company said demand is weak.')).toHaveLength(1);
    expect(dated(' date 2009-02-18 The company said that it seeks loans, in addition to the money that it has already received.')).toHaveLength(1);
  });
});

describe('a date that another part of the sentence has: the baseline of a change', () => {
  it('"an increase of 54 points from March 12", "up 3% from a year earlier": the baseline\'s date dates no event', () => {
    expect(dated(' date 2009-03-13 The Dow finished at 7,223.98, an increase of 54 points from March 12.')[0].slice(2)).toEqual(['[..2009-03-12]', 'tense']);
    expect(dated(' date 2009-03-13 Sales were up 3% from a year earlier.')[0].slice(2)).toEqual(['[..2009-03-12]', 'tense']);
  });
  it('negative: a range from a date, a date with no change before it, and a place after "from" date the event', () => {
    expect(dated(' date 2009-03-13 The index rose 54 points from March 12 to March 15.')[0][2]).toBe('2009-03-12/2009-03-15');
    expect(dated(' date 2009-03-13 The index rose 54 points on March 12.')[0][2]).toBe('2009-03-12');
    expect(dated(' date 2009-03-13 The company moved its offices from Detroit in March.')[0][2]).toBe('2009-03');
  });
});

describe('a past participle on a noun with a time of its own is a record of its own', () => {
  it('"comes on top of plans announced in January": the plans were announced in January, the measure comes now', () => {
    expect(dated(' date 2006-08-19 The measure comes on top of existing turnaround plans announced in January.')).toEqual([
      ['The measure comes on top of existing turnaround plans', 'reported', '2006-08-19', 'tense'],
      ['Turnaround plans were announced', 'reported', '2006-01', 'relative-to-document'],
    ]);
    expect(dated(' date 2010-07-20 The announcement came in a rare press conference held by Apple on Friday.')[1]).toEqual(['A rare press conference was held by Apple', 'occurred', '2010-07-16', 'relative-to-document']);
  });
  it('negative: a verb after a conjunction and its subject, a passive, a verb with an object stay the clause\'s verbs', () => {
    expect(dated(' date 2010-07-16 It lost money and the company reported a loss in March.').map((r) => r[0])).toEqual(['It lost money', 'The company reported a loss']);
    expect(dated(' date 2010-07-16 The MacBook Air had not been significantly updated since 2008.')).toHaveLength(1);
    expect(dated(' date 2010-07-16 The chaos reared its head again on May 7.')).toHaveLength(1);
  });
});

describe('after a colon, a name and a present singular are a clause of its own, in its own tense', () => {
  it('"...: Spotlight integrates search": the feature holds at the article\'s date, the rolling out before it', () => {
    expect(dated(' date 2005-05-07 Entirely new features have been rolled out in this release: Spotlight integrates search in the core of the OS.')).toEqual([
      ['Entirely new features have been rolled out in this release', 'occurred', '[..2005-05-06]', 'tense'],
      ['Spotlight integrates search in the core of the OS', 'occurred', '2005-05-07', 'tense'],
    ]);
  });
  it('negative: a plural noun before a verb, and what a saying\'s colon opens, stay one record', () => {
    expect(dated(' date 2005-05-07 He made this comment: Industry analysts have pointed to the failures.')).toHaveLength(1);
    expect(dated(' date 2005-05-07 The minister said: Boeing wins the contract.')).toHaveLength(1);
  });
});
