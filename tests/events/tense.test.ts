/** English: an event its text gives no date is placed by its tense and aspect; kinds from grammar (issue 17). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';

const first = (text: string) => extractEvents(` date 2021-03-15 ${text}`, { language: 'en' })[0];
const dateOf = (text: string) => {
  const { edtf, source, mod, value } = first(text).date;
  return { edtf, source, mod, value };
};

describe('time from tense and aspect (English)', () => {
  it('puts the past and the perfect before the article\'s day, its start open', () => {
    expect(dateOf('The minister resigned.')).toEqual({ edtf: '[..2021-03-14]', source: 'tense', mod: 'BEFORE', value: 'PAST_REF' });
    expect(dateOf('The company has announced 500 job cuts.')).toMatchObject({ edtf: '[..2021-03-14]', mod: 'BEFORE' });
    expect(dateOf('The board had rejected the offer.')).toMatchObject({ edtf: '[..2021-03-14]', mod: 'BEFORE' });
    expect(dateOf('The plant was closed.')).toMatchObject({ edtf: '[..2021-03-14]', mod: 'BEFORE' });
    expect(dateOf('The bridge could have collapsed.')).toMatchObject({ edtf: '[..2021-03-14]' });
    // a past that is also an adjective is a verb after its subject; after an article it is none ("an experienced pilot")
    expect(dateOf('Many buyers experienced problems with the website.')).toMatchObject({ edtf: '[..2021-03-14]', mod: 'BEFORE' });
    expect(dateOf('Shares advanced 2% in early trading.')).toMatchObject({ mod: 'BEFORE' });
    expect(dateOf('An experienced pilot will fly the plane.')).toMatchObject({ mod: 'AFTER' });
    expect(first('The minister resigned.').date).toMatchObject({ earliest: '2011-03-14', latest: '2021-03-14', vagueStart: true, certainty: 'within' });
  });
  it('puts the future and modals after it', () => {
    expect(dateOf('The council will vote on the plan.')).toEqual({ edtf: '[2021-03-16..]', source: 'tense', mod: 'AFTER', value: 'FUTURE_REF' });
    expect(dateOf('The company is going to close the plant.')).toMatchObject({ mod: 'AFTER' });
    expect(dateOf('The minister is to resign.')).toMatchObject({ mod: 'AFTER' });
    expect(dateOf('Prices may rise further.')).toMatchObject({ mod: 'AFTER' });
    // a present "be" with "expected to", "set to", "likely to": ahead; a past one stays past, and "due to" is a cause
    expect(dateOf('A facelifted model is expected to be launched.')).toMatchObject({ mod: 'AFTER', source: 'tense' });
    expect(dateOf('The two firms are set to merge.')).toMatchObject({ mod: 'AFTER' });
    expect(dateOf('The merger was expected to save money.')).toMatchObject({ mod: 'BEFORE' });
    expect(dateOf('The delay is due to the weather.')).toMatchObject({ value: 'PRESENT_REF' });
  });
  it('puts the present and the progressive on the article\'s day', () => {
    expect(dateOf('The company is the largest employer in the region.')).toEqual({ edtf: '2021-03-15', source: 'tense', mod: undefined, value: 'PRESENT_REF' });
    expect(dateOf('Workers are building a new bridge.')).toMatchObject({ value: 'PRESENT_REF' });
    // "can" is what is possible now
    expect(dateOf('The aircraft can fly 9,000 miles.')).toMatchObject({ value: 'PRESENT_REF' });
  });
  it('dates a saying by the saying, unless what was said lies ahead', () => {
    expect(dateOf('The firm said sales fell by 5%.')).toMatchObject({ mod: 'BEFORE' });
    expect(dateOf('"The market is starting to recover," said the analyst.')).toMatchObject({ mod: 'BEFORE' });
    // the saying is before the article; what it said lies ahead (its own record)
    expect(dateOf('General Motors said that it would axe 10,000 jobs.')).toMatchObject({ mod: 'BEFORE' });
    expect(extractEvents(' date 2021-03-15 General Motors said that it would axe 10,000 jobs.', { language: 'en' })[1].date).toMatchObject({ mod: 'AFTER' });
    // negative: what was not said is no plan
    expect(dateOf('Orbis did not say how much the new delay would cost.')).toMatchObject({ mod: 'BEFORE' });
  });
  it('keeps a present split off a quotation at the article\'s date: no shift into the past, so it still holds', () => {
    const records = extractEvents(' date 2021-03-15 “We have cut costs and are focusing on new technology,” said the director.', { language: 'en' });
    expect(records.map((r) => [r.title, r.date.edtf, r.date.value])).toEqual([
      ['We have cut costs', '[..2021-03-14]', 'PAST_REF'],
      ['Are focusing on new technology', '2021-03-15', 'PRESENT_REF'],
    ]);
    // negative: a past split off the same quotation stays before the article
    const past = extractEvents(' date 2021-03-15 “We cut costs and then sold the plant,” said the director.', { language: 'en' });
    expect(past.map((r) => r.date.mod)).toEqual(['BEFORE', 'BEFORE']);
  });
  it('reads a date beside a deadline noun as a deadline: due by then, from the article on', () => {
    expect(dateOf('The automaker has a June 1 deadline to finish a restructuring plan.')).toMatchObject({ edtf: '[2021-03-15..2021-06-01]', mod: 'ON_OR_BEFORE' });
    expect(dateOf('The council has a deadline of June 1.')).toMatchObject({ edtf: '[2021-03-15..2021-06-01]', mod: 'ON_OR_BEFORE' });
    // negative: a date on another noun names the thing ("a June 3 hearing"), not a deadline
    expect(dateOf('A June 3 hearing has been scheduled.')).toMatchObject({ edtf: '2021-06-03', mod: undefined });
  });
  it('includes the article\'s day in a past told after a time on that day, in the same paragraph', () => {
    const records = extractEvents(' date 2021-03-15 Shares fell sharply today. The Dow lost 4%.\n\nThe index rose in January. Banks lost most.');
    expect(records.map((r) => [r.date.edtf, r.date.mod])).toEqual([
      ['2021-03-15', undefined],
      ['[..2021-03-15]', 'ON_OR_BEFORE'],
      ['2021-01', undefined],
      ['[..2021-03-14]', 'BEFORE'],
    ]);
  });
  it('takes the tense of the main clause after a phrase set before it', () => {
    expect(dateOf('If no buyer is found, the plant will close.')).toMatchObject({ mod: 'AFTER' });
    expect(dateOf('Although it can fly from London to Sydney non-stop, the jet will have to refuel.')).toMatchObject({ mod: 'AFTER' });
    expect(dateOf('However, given the weakened state of the economy, we will consider other options.')).toMatchObject({ mod: 'AFTER' });
    expect(dateOf('After going down 100 points, the index climbed back.')).toMatchObject({ mod: 'BEFORE' });
    // negative: an auxiliary before the comma makes it the main clause, not a participle phrase
    expect(dateOf('Trading on the markets has been suspended, the exchange said.')).toMatchObject({ mod: 'BEFORE' });
  });
  it('goes on telling of the article\'s day after a part of that day, or after a stretch up to it', () => {
    const told = (text: string) => extractEvents(` date 2021-03-15 ${text}`, { language: 'en' }).map((r) => r.date.edtf);
    expect(told('Shares fell sharply today. Late in the day the Dow rebounded. The Nasdaq lost 2%.')).toEqual(['2021-03-15', '2021-03-15', '[..2021-03-15]']);
    expect(told('Shares fell sharply today. Prices have been under pressure since 2019. The Nasdaq lost 2%.').at(-1)).toBe('[..2021-03-15]');
    // negative: a time of its own before the article's day tells of another day
    expect(told('Shares fell sharply today. Prices already fell in 2019. The Nasdaq lost 2%.').at(-1)).toBe('[..2021-03-14]');
  });
  it('puts the past before the article\'s day once the paragraph has told of a day of the week before it', () => {
    const told = (text: string) => extractEvents(` date 2021-03-15 ${text}`, { language: 'en' }).map((r) => r.date.edtf);
    // a story of Tuesday and of today: its undated past is of the days before the article
    expect(told('Chrysler released its list on Tuesday. Today GM filed for bankruptcy. Its chief said the move was painful.').at(-1)).toBe('[..2021-03-14]');
    expect(told('Shares fell yesterday. They rose sharply today. The Dow gained 4%.').at(-1)).toBe('[..2021-03-14]');
    // negative: a month before is no day of that week; the story's last time is the article's day
    expect(told('The bank failed last month. Shares fell sharply today. The Dow lost 4%.').at(-1)).toBe('[..2021-03-15]');
    // negative: a new paragraph starts afresh
    expect(told('Shares fell yesterday.\n\nShares fell sharply today. The Dow lost 4%.').at(-1)).toBe('[..2021-03-15]');
  });
  it('takes the date of a thing named ("the 1991 agreement") for no day the story tells of', () => {
    const told = (text: string) => extractEvents(` date 2021-03-15 ${text}`, { language: 'en' }).map((r) => r.date.edtf);
    expect(told('Shares fell sharply today. The court found the firm breached the 1991 agreement. The Dow lost 4%.')).toEqual(['2021-03-15', '1991', '[..2021-03-15]']);
    expect(told('Shares fell sharply today. The index fell from Friday\'s closing price. The Dow lost 4%.').at(-1)).toBe('[..2021-03-15]');
    // negative: a time of the event's own, and a phrase opening the clause with its occasion ("In a Wednesday media event,")
    expect(told('Shares fell sharply today. The firm breached the agreement in 1991. The Dow lost 4%.').at(-1)).toBe('[..2021-03-14]');
    expect(told('Shares fell sharply today. In a Wednesday media event, Apple released a laptop. It also showed a phone.').at(-1)).toBe('[..2021-03-14]');
  });
  it('takes the tense of the main verb after a subordinate part when the words before it tell none', () => {
    expect(dateOf('The 30,000 jobs which make up a quarter of the workforce will be cut.')).toMatchObject({ mod: 'AFTER' });
    expect(dateOf('The credit arrangements, also known as swap lines, will be used to help funding.')).toMatchObject({ mod: 'AFTER' });
  });
  it('reads a comparison\'s "since the ..." as dating nothing', () => {
    expect(dateOf('The index fell 5.5 percent, its biggest fall since the September 11, 2001, attacks.')).toMatchObject({ source: 'tense', mod: 'BEFORE' });
  });
  it('leaves a date its tense rules out to the thing it dates: a future or a present is not wholly before the article', () => {
    expect(dateOf('Ford will cut 30,000 jobs after a US$1.6 billion loss last year.')).toMatchObject({ edtf: '[2021-03-16..]', source: 'tense', mod: 'AFTER' });
    expect(dateOf('The iPod nano is the second model of its family, after the Shuffle was introduced in January.')).toMatchObject({ edtf: '2021-03-15', source: 'tense', value: 'PRESENT_REF' });
    // the next expression of the clause dates it when the tense allows it
    expect(dateOf('The plant will reopen after last week\'s fire in October.')).toMatchObject({ edtf: '2021-10', source: 'relative-to-document' });
    // negative: a modal may be a future of the past; a saying kept whole is dated by its content; a past with a date
    // ahead tells the time of the thing planned
    expect(dateOf('Under the old plan, the plant would reopen in 2020.')).toMatchObject({ edtf: '2020' });
    expect(dateOf('For the final quarter of 2020, Ford says it made a profit.')).toMatchObject({ edtf: '2020-10/2020-12' });
    expect(dateOf('A June 3 hearing has been scheduled.')).toMatchObject({ edtf: '2021-06-03' });
  });
  it('gives a participle joined on after "be" and a participle the host\'s tense ("are selected and purchased")', () => {
    const records = extractEvents(' date 2021-03-15 In China, airliners are selected and purchased by the government.', { language: 'en' });
    expect(records.map((r) => [r.date.edtf, r.date.value])).toEqual([['2021-03-15', 'PRESENT_REF'], ['2021-03-15', 'PRESENT_REF']]);
    // negative: a past "be" keeps both before the article; a time of the joined clause's own dates it
    const past = extractEvents(' date 2021-03-15 The suspects were arrested and charged with fraud.', { language: 'en' });
    expect(past.map((r) => r.date.mod)).toEqual(['BEFORE', 'BEFORE']);
    expect(extractEvents(' date 2021-03-15 The plant was closed and sold last year.', { language: 'en' }).map((r) => r.date.edtf)).toEqual(['[..2021-03-14]', '2020']);
  });
  it('leaves the time of a leading clause ordered before its main clause to that clause ("After the plan failed last week, ... has said")', () => {
    expect(dateOf('After a plan to rescue the carmakers failed to pass the Senate last week, the White House has said that it is considering using the bailout funds.'))
      .toMatchObject({ edtf: '[..2021-03-14]', source: 'tense', mod: 'BEFORE' });
    // negative: a leading phrase with no verb of its own is the main clause's time
    expect(dateOf('After the vote last week, the White House has said that it is considering using the funds.')).toMatchObject({ edtf: '2021-03-08/2021-03-14' });
  });
  it('reads a reporting verb that carries the present and opens no content as the clause\'s own verb ("is explained by")', () => {
    // the time is the cause's: the explaining holds at the article's date
    expect(dateOf('This rise is explained by strong demand during the Christmas period.')).toMatchObject({ edtf: '2021-03-15', source: 'tense', value: 'PRESENT_REF' });
    expect(dateOf('The loss is reported in the accounts for 2019.')).toMatchObject({ edtf: '2021-03-15', source: 'tense' });
    // negative: a present saying that opens a content is dated by the content's time; a bare past form after a noun
    // is a participle on it with its own time, a record of its own ("cuts announced in January"), and the present
    // host holds at the article's date
    expect(dateOf('Ford says it made a profit last year.')).toMatchObject({ edtf: '2020' });
    expect(dateOf('The measure comes on top of cuts announced in January.')).toMatchObject({ edtf: '2021-03-15' });
  });
  it('dates a past by its tense when its clause\'s time is a deadline or stretch from the article on (what lies ahead inside it)', () => {
    expect(dateOf('Republican leaders insisted that the union agree to cut wages by next year.')).toMatchObject({ edtf: '[..2021-03-14]', source: 'tense', mod: 'BEFORE' });
    expect(dateOf('The union asked the employers to raise wages within two weeks.')).toMatchObject({ edtf: '[..2021-03-14]', source: 'tense' });
    // negative: the promise is its own record; what it promised is dated by its own time
    const promise = extractEvents(' date 2021-03-15 The minister promised to adjust the rules within two weeks.', { language: 'en' });
    expect(promise.map((r) => [r.title, r.date.edtf, r.date.source])).toEqual([
      ['The minister promised', '[..2021-03-14]', 'tense'],
      ['The minister to adjust the rules', '[2021-03-15..2021-03-29]', 'relative-to-document'],
    ]);
    // negative: a future keeps the deadline, after the article's day
    expect(dateOf('The plants will be closed by the end of this year.')).toMatchObject({ edtf: '[2021-03-16..2021-12-31]', mod: 'ON_OR_BEFORE' });
  });
  it('reads a base-form verb of saying or thinking after its subject as a present ("experts say", "analysts believe")', () => {
    expect(dateOf('Industry experts say the deal had been killed.')).toMatchObject({ edtf: '2021-03-15', value: 'PRESENT_REF' });
    expect(dateOf('Analysts believe the bank lost money.')).toMatchObject({ value: 'PRESENT_REF' });
    // a third-person present of a common verb of news ("operates", "seeks", "comes") holds on the article's day
    expect(dateOf('Aer Lingus already operates an all-Airbus fleet.')).toMatchObject({ edtf: '2021-03-15', value: 'PRESENT_REF' });
    expect(dateOf('The carmaker seeks $16 billion in loans.')).toMatchObject({ value: 'PRESENT_REF' });
    expect(dateOf('The company operated three plants.')).toMatchObject({ mod: 'BEFORE' });
    // negative: after "did" or a past verb the base form is no present
    expect(dateOf('The firm did not say how much it lost.')).toMatchObject({ mod: 'BEFORE' });
    expect(dateOf('The minister declined to say when the talks ended.')).toMatchObject({ mod: 'BEFORE' });
  });
  it('leaves the time of a clause split off as its own record to that record', () => {
    const records = extractEvents(' date 2021-03-15 The government has promised to pay half of the cost, but the Treasury did not confirm the figure last week.', { language: 'en' });
    expect(records.map((r) => [r.title, r.date.edtf, r.date.source])).toEqual([
      ['The government has promised', '[..2021-03-14]', 'tense'],
      ['The government to pay half of the cost', '[2021-03-16..]', 'tense'],
      ['The Treasury did not confirm the figure', '2021-03-08/2021-03-14', 'relative-to-document'],
    ]);
  });
  it('puts a clock time on the day written right after it', () => {
    expect(dateOf('At a press conference at 16:15 UTC, March 12, the CEO outlined a plan.')).toMatchObject({ edtf: '2021-03-12', source: 'relative-to-document' });
    // negative: a clock time alone is on the article's day
    expect(dateOf('At a press conference at 16:15 UTC, the CEO outlined a plan.')).toMatchObject({ edtf: '2021-03-15' });
  });
  it('keeps a stated time first, and the article\'s day only where no verb tells a tense', () => {
    expect(dateOf('The minister resigned on Monday.')).toMatchObject({ edtf: '2021-03-15', source: 'relative-to-document' });
    expect(dateOf('Record profits for the bank.')).toMatchObject({ source: 'document-date' });
  });
});

describe('kinds from grammar (English)', () => {
  const kind = (text: string) => first(text).kind;
  /** What was said: the record with an attribution (a saying split off is a record of its own, of kind reported). */
  const saidKind = (text: string) => {
    const records = extractEvents(` date 2021-03-15 ${text}`, { language: 'en' });
    return (records.find((r) => r.attribution) ?? records[0]).kind;
  };
  it('"due to" a cause, "the plan to", "fears of" and "would like" are no plan or guess', () => {
    expect(kind('Trading was suspended due to the turmoil.')).toBe('occurred');
    expect(kind('The launch is due to take place in May.')).toBe('planned');
    expect(kind('This imperils the plan to assemble the planes in Alabama.')).toBe('occurred');
    expect(kind('Shares dropped on fears of a recession.')).toBe('occurred');
    // what is feared is a guess; the fearing, split off as a saying, is not
    expect(saidKind('Analysts fear that shares will drop.')).toBe('speculative');
    expect(kind('Analysts fear that shares will drop.')).toBe('occurred');
    expect(kind('The airline would like to thank its staff.')).toBe('occurred');
  });
  it('"not only" denies nothing; a negation near its modal denies the modal\'s verb', () => {
    expect(kind('The landing was a milestone not only for the airline but also for the airport.')).toBe('occurred');
    expect(kind('A figure not seen since last September was reached.')).toBe('occurred');
    expect(kind('The company could not meet the deadline.')).toBe('negated');
  });
  it('the content of reported speech takes its own kind', () => {
    expect(saidKind('The company said it will cut 500 jobs.')).toBe('planned');
    expect(saidKind('The minister said prices might rise.')).toBe('speculative');
    expect(saidKind('The minister said the plan would not go ahead.')).toBe('negated');
    expect(saidKind('The minister said the plant will close if no buyer is found.')).toBe('conditional');
    expect(kind('Otherwise the plant will close.')).toBe('conditional');
  });
});
