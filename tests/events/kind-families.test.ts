/**
 * Kinds by family of construction (issue 17), each with negatives: the kind a reader gives the event, read from the
 * grammar of its clause. Dutch rows of the same families are in golden-nl.tsv.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';

const kinds = (text: string, language = 'en') => extractEvents(text, { language }).map((e) => [e.title, e.kind]);

describe('a verb of ceasing denies what ceases', () => {
  it('before a progressive: the act no longer happens', () => {
    expect(kinds(' date 2008-05-25 The team would cease looking at specific designs.')).toEqual([['The team would cease looking at specific designs', 'negated']]);
    expect(kinds(' date 2008-05-25 Apple will stop selling the iPod Classic next year.')).toEqual([['Apple will stop selling the iPod Classic', 'negated']]);
    expect(kinds(' date 2008-05-25 The company stopped making cars in May.')).toEqual([['The company stopped making cars', 'negated']]);
  });
  it('negative: with an object, or with no act after it, the stopping is the event', () => {
    expect(kinds(' date 2008-05-25 Police stopped the match on Monday.')).toEqual([['Police stopped the match', 'occurred']]);
    expect(kinds(' date 2008-05-25 The bus will stop in Leeds tomorrow.')).toEqual([['The bus will stop in Leeds', 'planned']]);
  });
  it('Dutch: before "met" and an act, a time between; not "met" as "with" or "met ingang van" ("as of")', () => {
    expect(kinds(' date 2021-03-15 De winkel stopt volgend jaar met de verkoop van vuurwerk.', 'nl')).toEqual([['De winkel stopt met de verkoop van vuurwerk', 'negated']]);
    expect(kinds(' date 2021-03-15 De trein stopt morgen in Utrecht met vertraging.', 'nl')).toEqual([['De trein stopt in Utrecht met vertraging', 'planned']]);
    expect(kinds(' date 2021-03-15 De trein stopte in januari met veertig reizigers in Utrecht.', 'nl')).toEqual([['De trein stopte met veertig reizigers in Utrecht', 'occurred']]);
    expect(kinds(' date 2021-03-15 De bus stopt met ingang van morgen in Utrecht.', 'nl')[0][1]).toBe('planned');
  });
});

describe('a cause beside a plan, a guess or a denial is a fact of its own', () => {
  it('a record of its own at the article\'s date, left out of the plan\'s title', () => {
    expect(kinds(' date 2010-07-16 Apple will give owners a free case in response to mounting concerns over the antenna.')).toEqual([
      ['Apple will give owners a free case', 'planned'],
      ['Mounting concerns over the antenna', 'occurred'],
    ]);
    const [, cause] = extractEvents(' date 2010-07-16 The plant will not close, despite the falling demand.');
    expect([cause.title, cause.kind, cause.date.edtf, cause.date.source]).toEqual(['The falling demand', 'occurred', '2010-07-16', 'tense']);
    expect(kinds(' date 2010-07-16 The plant could close amid a slump in demand.')).toEqual([
      ['The plant could close', 'speculative'],
      ['A slump in demand', 'occurred'],
    ]);
  });
  it('negative: beside a fact it stays in its record; after "be" it is what the clause says; not one that runs on', () => {
    expect(kinds(' date 2010-07-16 Stocks fell on Monday amid heavy declines in revenues.')).toEqual([['Stocks fell amid heavy declines in revenues', 'occurred']]);
    expect(kinds(' date 2010-07-16 This is despite the falling demand.')).toHaveLength(1);
    expect(kinds(' date 2010-07-16 The plant could close amid declining confidence and worries about the economy.')).toHaveLength(1);
    // "due to", "because of" name things as readily as events ("can be run due to a new Apple technology")
    expect(kinds(' date 2005-06-06 Programs can be run on Intel processors due to a new Apple technology.')).toHaveLength(1);
  });
});

describe('a quotation after a saying participle is what was said, with its own kind', () => {
  it('its condition or its future does not reach the clause it hangs on, nor the saying', () => {
    expect(kinds(' date 2010-06-08 Steve Jobs opened the event on Monday, saying, "Stop me if you have seen this."')).toEqual([
      ['Steve Jobs opened the event', 'occurred'],
      ['Steve Jobs saying', 'reported'],
      ['Stop me if you have seen this', 'conditional'],
    ]);
    expect(kinds(' date 2010-06-08 Steve Jobs opened the event on Monday, saying, "We will ship it soon."').map(([, kind]) => kind)).toEqual(['occurred', 'reported', 'planned']);
  });
  it('a participle of saying before a quotation is a verb, whatever the quotation opens with', () => {
    const text = ' date 2010-06-08 Steve Jobs unveiled the iPhone 4. While introducing iPhone 4, at the annual conference, Jobs started by hinting at the incident, saying, “Stop me if you’ve already seen this.”';
    expect(kinds(text).slice(1).map(([, kind]) => kind)).toEqual(['occurred', 'conditional']);
    expect(kinds(text)[1][0]).toBe('While introducing iPhone 4, at the annual conference, Jobs started by hinting at the incident');
  });
  it('negative: a condition of the clause itself still makes it conditional', () => {
    expect(kinds(' date 2010-06-08 Steve Jobs will open the event if the weather holds, saying, "We are ready."')[0][1]).toBe('conditional');
  });
});
