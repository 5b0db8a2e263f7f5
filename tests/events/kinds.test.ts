/** Event logic with a stand-in tagger whose answers are written by hand, so only the event stage is under test. */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';
import { stubTagger } from './stub-tagger.js';

const extract = (text: string) => extractEvents(text, { tagger: stubTagger });
const one = (text: string) => {
  const events = extract(text);
  expect(events).toHaveLength(1);
  return events[0];
};

describe('kinds (Dutch)', () => {
  it('occurred, dated by a relative expression against a day', () => {
    // the removed fronted "Gisteren" leaves verb-first order; the title puts the subject first again
    const e = one(' date 2020-08-16 Gisteren heeft Poetin in Minsk met Loekasjenko gesproken.');
    expect(e.kind).toBe('occurred');
    expect(e.date).toMatchObject({ earliest: '2020-08-15', latest: '2020-08-15', certainty: 'exact', source: 'relative-to-document', edtf: '2020-08-15', text: 'Gisteren' });
    expect(e.actors).toEqual(['Poetin', 'Loekasjenko']);
    expect(e.places).toEqual(['Minsk']);
    expect(e.title).toBe('Poetin heeft in Minsk met Loekasjenko gesproken');
    expect(e.source).toMatchObject({ sentenceStart: 17, timexStart: 17, timexEnd: 25 });
  });
  it('reported: "volgens", undated, in the perfect: one day on or before the document month\'s last day, its start open', () => {
    const e = one(' date 2020-08 Volgens Godfroid heeft Poetin Loekasjenko gebeld.');
    expect(e.kind).toBe('reported');
    // the month may hold the call: on or before its last day, not strictly before it
    expect(e.date).toEqual({ earliest: '2010-08-31', latest: '2020-08-31', granularity: 'day', certainty: 'within', vagueStart: true, value: 'PAST_REF', type: 'DATE', mod: 'ON_OR_BEFORE', source: 'tense', edtf: '[..2020-08-31]' });
  });
  it('planned: tomorrow against a month is one day somewhere in 2 Aug .. 1 Sep', () => {
    const e = one(' date 2020-08 De EU begint morgen met sancties tegen Wit-Rusland.');
    expect(e.kind).toBe('planned');
    expect(e.date).toMatchObject({ earliest: '2020-08-02', latest: '2020-09-01', certainty: 'within', edtf: '[2020-08-02..2020-09-01]' });
    expect(e.actors).toEqual(['EU']);
    // the EU acting is who and where, as a country that acts (issue 17: a place that acts stays a place)
    expect(e.places).toEqual(['EU', 'Wit-Rusland']);
  });
  it('conditional: "als" with a subject; speculative: "als" before a noun is "as"', () => {
    expect(one(' date 2020-08 De president begint morgen als dat is wat het volk wil.').kind).toBe('conditional');
    expect(one(' date 2020-08 Poetin kan dit zeggen als dreiging.').kind).toBe('speculative');
  });
  it('negated: a denial, and a negation right after a modal', () => {
    expect(one(' date 2020-08 De NAVO heeft dat ontkend.').kind).toBe('negated');
    expect(one(' date 2020-08 Rusland kan niet meteen militairen naar de grens sturen.').kind).toBe('negated');
    expect(one(' date 2020-08 Poetin kan dit zeggen, maar verder niets doen.').kind).toBe('speculative');
  });
  it('commentary makes no event', () => {
    expect(extract(' date 2020-08 Het is opmerkelijk dat Loekasjenko bij Rusland heeft aangeklopt.')).toEqual([]);
    expect(extract(' date 2020-08 Wat dat betekent, is nog onduidelijk, zegt Godfroid.')).toEqual([]);
  });
  it('"such as", "as well as" open no subordinate clause: the speech after them still counts', () => {
    const e = extractEvents(' date 2008-10-10 Charities, such as Cats Protection, today said that they have lost much of their funds.')[0];
    expect([e.kind, e.title]).toEqual(['reported', 'Charities, such as Cats Protection said that they have lost much of their funds']);
    expect(extractEvents(' date 2009-06-09 Features new to the iPhone include a camera as well as voice control.')[0].title).toBe('Features new to the iPhone include a camera as well as voice control');
    // negative: "as" alone still opens one, which the title keeps (a subordinate tail is never cut)
    expect(extractEvents(' date 2009-06-09 Shares in the retailer fell on Monday as investors sold.')[0].title).toBe('Shares in the retailer fell as investors sold');
  });
  it('a clause joined on after a comma, with its own subject, is its own record: it does not deny or doubt the first', () => {
    const kinds = (text: string) => extract(text).map((e) => [e.title, e.kind]);
    expect(kinds(' date 2024-02-08 Eneco verlaagt zijn tarieven, maar een woordvoerder wilde niet zeggen wanneer.')).toEqual([
      ['Eneco verlaagt zijn tarieven', 'occurred'],
      ['Een woordvoerder wilde niet zeggen wanneer', 'negated'],
    ]);
    expect(kinds(' date 2018-06-14 Engineers are working in remote villages, and some customers may not get power back.')[0]).toEqual(['Engineers are working in remote villages', 'occurred']);
    // negatives: without a subject of its own, or with one pointing back ("dat"), the second clause still counts
    expect(one(' date 2018-06-14 We have seen storms before, but never in June.').kind).toBe('negated');
    expect(one(' date 2022-11-04 We proberen een dienstregeling te rijden, maar dat lukt niet.').kind).toBe('negated');
    expect(one(' date 2020-08 Poetin kan dit zeggen, maar verder niets doen.').kind).toBe('speculative');
  });
  it('planned: what still has to happen ("moet ... nog", "nog moet")', () => {
    expect(one(' date 2023-03-14 De toezichthouder moet de fusie nog goedkeuren.').kind).toBe('planned');
    expect(one(' date 2023-03-14 De raad moet nog stemmen.').kind).toBe('planned');
    // negative: a duty already met, and "nog" without "moet"
    expect(one(' date 2023-03-14 De toezichthouder moest de fusie goedkeuren.').kind).toBe('occurred');
    expect(one(' date 2023-03-14 De raad stemde nog over de fusie.').kind).toBe('occurred');
  });
  it('an announcement of a plan: the announcing reported, what it announced planned, each titled around its own verb', () => {
    const kindsAndTitles = (text: string) => extract(text).map((e) => [e.kind, e.title]);
    expect(kindsAndTitles(' date 2020-08-16 De EU kondigde aan sancties in te stellen tegen Wit-Rusland.')).toEqual([
      ['reported', 'De EU kondigde sancties aan'],
      ['planned', 'De EU stelt sancties in tegen Wit-Rusland'],
    ]);
    expect(kindsAndTitles(' date 2009-03-05 The army announced plans to hold an exercise near the border.')).toEqual([
      ['reported', 'The army announced plans'],
      ['planned', 'The army plans to hold an exercise near the border'],
    ]);
    // negative: a plan held and a decision taken stay one record
    expect(one(' date 2020-08-16 De EU is van plan sancties in te stellen.').kind).toBe('planned');
    expect(one(' date 2020-08-16 De EU besloot sancties in te stellen.').kind).toBe('occurred');
  });
});

describe('kinds (English)', () => {
  it('reported, planned, conditional, speculative, negated, commentary', () => {
    expect(one(' date 2020-08-16 The army said yesterday that the exercise had ended.').kind).toBe('reported');
    const planned = one(' date 2020-08-16 The EU will impose sanctions tomorrow.');
    expect(planned.kind).toBe('planned');
    expect(planned.date.edtf).toBe('2020-08-17');
    expect(one(' date 2020-08-16 If the talks fail, the union could strike.').kind).toBe('conditional');
    expect(one(' date 2020-08-16 The company might close the plant.').kind).toBe('speculative');
    expect(one(' date 2020-08-16 The minister did not resign.').kind).toBe('negated');
    expect(extract(' date 2020-08-16 It is remarkable that the plan survived at all.')).toEqual([]);
  });
  it('the other term of a comparison dates nothing and stays in the title; a bound or an amount before "than" dates its event', () => {
    const first = (text: string) => extractEvents(text, { language: 'en' })[0];
    const sales = first(' date 2025-06-18 Sales were higher than last year.');
    expect([sales.title, sales.date.edtf]).toEqual(['Sales were higher than last year', '[..2025-06-17]']);
    expect(first(' date 2025-06-18 The airport may not operate more flights than last year.').date.edtf).toBe('[2025-06-19..]');
    expect(first(' date 2025-06-18 The plant closed more than two years ago.').date.edtf).toBe('2023');
    expect(first(' date 2025-06-18 The vote will be held no later than September 1.').date.edtf).toBe('[2025-06-19..2025-09-01]');
  });
  it('"until then" lasts up to the event told before: from the article\'s date to a later one, up to a deadline\'s last day, or before a past one', () => {
    const last = (text: string) => extractEvents(text, { language: 'en' }).at(-1)!.date.edtf;
    expect(last(' date 2025-06-18 The case will be heard after the summer. Until then, the airport may not grow.')).toBe('2025-06-18/2025-08-31~');
    expect(last(' date 2025-06-18 The case could reach the Supreme Court by early 2026. Until then, the law will not be enforced.')).toBe('2025-06-18/2026-05-01~');
    expect(last(' date 2025-06-18 The plant opened in 1990. Until then the town lived from fishing.')).toBe('[..1989-12-31]');
    // negative: "then" alone is after it
    expect(last(' date 2025-06-18 The plant opened in 1990. Then the town grew.')).not.toBe('[..1989-12-31]');
  });
  it('a leading condition keeps its own time: the main clause is dated by its own, else by the condition\'s', () => {
    const first = (text: string) => extractEvents(text, { language: 'en' })[0];
    const may = first(' date 2024-03-14 If the company does not make a new offer before April 1, more strikes could follow in May.');
    expect([may.kind, may.date.edtf]).toEqual(['conditional', '2024-05']);
    const none = first(' date 2024-03-14 If the company does not make a new offer before April 1, more strikes will follow.');
    expect([none.kind, none.date.edtf]).toEqual(['conditional', '[..2024-03-31]']);
  });
  it('a denied exclusion leaves the event possible: "did not rule out" is speculative; a plain denial is negated', () => {
    const kind = (text: string) => extractEvents(text, { language: 'en' })[0].kind;
    expect(kind(' date 2024-03-14 The union did not rule out a strike during Easter.')).toBe('speculative');
    expect(kind(' date 2024-03-14 The minister would not rule it out.')).toBe('speculative');
    expect(kind(' date 2024-03-14 Police have not excluded foul play.')).toBe('speculative');
    expect(kind(' date 2024-03-14 The union did not call a strike.')).toBe('negated');
    expect(kind(' date 2024-03-14 The minister ruled out a tax rise.')).toBe('occurred');
  });
  it('planned: what must or still has to happen; "must have" is a guess', () => {
    expect(one(' date 2023-06-20 The airport must complete a new bus link.').kind).toBe('planned');
    expect(one(' date 2023-06-20 The regulator has yet to approve the deal.').kind).toBe('planned');
    expect(one(' date 2023-06-20 The council still needs to vote.').kind).toBe('planned');
    const slated = extractEvents(' date 2010-06-16 It is slated for a U.S. release on June 24.')[0];
    expect([slated.kind, slated.date.value]).toEqual(['planned', '2010-06-24']);
    expect(one(' date 2023-06-20 The pilot must have seen the warning.').kind).toBe('speculative');
  });
  it('"the day after" is one day after the event it follows', () => {
    const [storm, after] = extract(' date 2020-08-16 The storm hit the coast on 9 August 2020. The day after, volunteers cleared the beach.');
    expect(storm.date).toMatchObject({ edtf: '2020-08-09', source: 'stated' });
    expect(after.date).toMatchObject({ earliest: '2020-08-10', latest: '2020-08-10', edtf: '2020-08-10', source: 'relative-to-event' });
    expect(after.relations).toEqual([{ type: 'after', target: storm.id, cue: 'The day after' }]);
    expect(after.title).toBe('Volunteers cleared the beach');
  });
});

describe('a speech act and its plan become two related events', () => {
  const text =
    ' date 2020-08 Rusland steunt de Wit-Russische president Loekasjenko. Volgens Loekasjenko zijn nieuwe verkiezingen ondenkbaar. De president beweert dat hij morgen met hervormingen begint als dat is wat het volk wil. ' +
    'Vlak na zijn toespraak kondigde het Wit-Russische leger aan morgen een militaire oefening te beginnen bij de grens met Litouwen en Polen.';
  const events = extract(text);
  it('gives six events: the claim and its conditional content, the announcement and its plan', () => {
    expect(events.map((e) => e.kind)).toEqual(['occurred', 'reported', 'reported', 'conditional', 'reported', 'planned']);
  });
  it('reads "de president" as Loekasjenko only when it was named before with that office', () => {
    expect(events[2].title).toBe('Loekasjenko beweert dat hij met hervormingen begint');
    expect(events[2].actors).toEqual(['Loekasjenko']);
    expect(events[3].attribution).toMatchObject({ speaker: 'Loekasjenko', verb: { text: 'beweert' } });
    const unnamed = extract(' date 2020-08 Volgens Loekasjenko is het ondenkbaar. De president beweert dat hij morgen begint.');
    // the content has a time of its own ("morgen"): the claim and what it claims are two records
    expect(unnamed.map((e) => e.title)).toEqual(['Volgens Loekasjenko is het ondenkbaar', 'De president beweert dat hij begint', 'Hij begint']);
    expect(unnamed[1].actors).toEqual([]);
  });
  it('ties the announcement to the speech it follows, dated when the speech was made', () => {
    const announcement = events[4];
    expect(announcement.title).toBe('Het Wit-Russische leger kondigde een militaire oefening aan');
    expect(announcement.relations).toEqual([{ type: 'after', target: events[2].id, cue: 'Vlak na zijn toespraak' }]);
    expect(announcement.date).toMatchObject({ source: 'relative-to-event', edtf: '[2020-08-01..2020-08-31]', certainty: 'within' });
    expect(announcement.actors).toEqual(['Wit-Russische leger']);
  });
  it('dates the planned exercise by its own "morgen"', () => {
    const exercise = events[5];
    expect(exercise.title.startsWith('Het Wit-Russische leger begint een militaire oefening bij de grens')).toBe(true);
    expect(exercise.date).toMatchObject({ source: 'relative-to-document', edtf: '[2020-08-02..2020-09-01]', text: 'morgen' });
    expect(exercise.places).toEqual(['Litouwen', 'Polen']);
    expect(text.slice(exercise.source.timexStart, exercise.source.timexEnd)).toBe('morgen');
    expect(exercise.id).not.toBe(events[4].id);
  });
});

describe('relations from the tagger', () => {
  it('ties "Two years later" to the event before it, dated by the tagger', () => {
    const tagger = () => [
      { start: 17, end: 21, text: '2019', type: 'DATE' as const, value: '2019', anchor: 'absolute' as const, window: { earliest: '2019-01-01', latest: '2019-12-31', granularity: 'year' as const, certainty: 'exact' as const }, parser: 'stub' },
      { start: 73, end: 88, text: 'Two years later', type: 'DATE' as const, value: '2021', anchor: 'event' as const, relation: 'after' as const, window: { earliest: '2021-01-01', latest: '2021-12-31', granularity: 'year' as const, certainty: 'exact' as const }, parser: 'stub' },
    ];
    const text = ' date 2023-02 In 2019 a first version was rejected by a narrow majority. Two years later a citizens panel advised the council to try again.';
    expect(text.slice(73, 88)).toBe('Two years later');
    const [first, later] = extractEvents(text, { tagger });
    expect(later.relations).toEqual([{ type: 'after', target: first.id, cue: 'Two years later' }]);
    expect(later.date).toMatchObject({ edtf: '2021', source: 'relative-to-event' });
    expect(later.title).toBe('A citizens panel advised the council to try again');
  });
});

describe('two clauses joined by a conjunction, each with its own time', () => {
  it('give two events (English)', () => {
    const events = extract(' date 2018-06-12 The storm hit the coast yesterday, and the ferries will sail again tomorrow.');
    expect(events.map((e) => [e.kind, e.date.edtf, e.title])).toEqual([
      ['occurred', '2018-06-11', 'The storm hit the coast'],
      ['planned', '2018-06-13', 'The ferries will sail again'],
    ]);
    expect(events[0].sentence).toBe(events[1].sentence);
    expect(events[0].id).not.toBe(events[1].id);
  });
  it('give two events (Dutch), the pronoun subject put first', () => {
    const events = extract(' date 2020-08-16 Poetin belde gisteren met Loekasjenko, en morgen reist hij naar Minsk.');
    expect(events.map((e) => [e.kind, e.date.edtf, e.title])).toEqual([
      ['occurred', '2020-08-15', 'Poetin belde met Loekasjenko'],
      ['planned', '2020-08-17', 'Hij reist naar Minsk'],
    ]);
    expect(events[1].places).toEqual(['Minsk']);
  });
  it('without a time of its own, the second clause is still its own event, dated with the first', () => {
    const events = extract(' date 2018-06-12 The storm hit the coast yesterday, and the ferries stopped.');
    expect(events.map((e) => [e.title, e.date.edtf, e.source.trigger?.text])).toEqual([
      ['The storm hit the coast', '2018-06-11', 'hit'],
      ['The ferries stopped', '2018-06-11', 'stopped'],
    ]);
  });
});

describe('which expression dates a clause (real tagger)', () => {
  const real = (text: string) => extractEvents(text);
  it('"now" gives way to another date in the clause, and a forecast is speculative', () => {
    const [e] = real(' date 2008-05-24 The delivery date for the plane is now anticipated to be around 2020.');
    expect(e.date).toMatchObject({ value: '2020', text: '2020', source: 'stated' });
    expect(e.kind).toBe('speculative');
    const [nl] = real(' date 2021-11 De oplevering is nu voorzien voor 2026.');
    expect(nl.date).toMatchObject({ value: '2026', text: '2026' });
    expect(nl.source.timexStart).toBe(' date 2021-11 De oplevering is nu voorzien voor '.length);
  });
  it('what is feared, predicted or expected is speculative; someone expected somewhere is not', () => {
    const kinds = (text: string) => extractEvents(text).map((e) => e.kind);
    expect(kinds(' date 2021-11 Milieuorganisaties vrezen dat de uitbreiding leidt tot meer uitstoot.')).toEqual(['speculative']);
    expect(kinds(' date 2021-11 Het bedrijf verwacht dat de winst volgend jaar stijgt.')).toEqual(['speculative']);
    expect(kinds(' date 2008-05-24 Industry analysts predict a merger.')).toEqual(['speculative']);
    expect(kinds(' date 2023-03-14 Shop owners fear a loss of customers.')).toEqual(['speculative']);
    expect(kinds(' date 2021-11 De minister wordt morgen verwacht in Brussel.')).toEqual(['planned']);
  });
  it('negative: "now" alone still dates its clause', () => {
    const [e] = real(' date 2021-11 De bouw ligt nu stil.');
    expect(e.date).toMatchObject({ value: 'PRESENT_REF', text: 'nu' });
  });
  it('"now" with a perfect: the result holds now, the event came on or before the article\'s date', () => {
    const [e] = real(' date 2021-11 De bouw is nu gestopt.');
    expect(e.date).toMatchObject({ edtf: '[..2021-11-30]', mod: 'ON_OR_BEFORE', source: 'tense' });
  });
});

describe('two dates that make a range date one event (real tagger)', () => {
  const dates = (text: string) => extractEvents(text).map((e) => e.date);
  it('"from April to September" is one period from the first end to the second', () => {
    const text = ' date 2023-03-14 The bridge will be closed from April to September.';
    const [e] = extractEvents(text);
    expect(e.date).toMatchObject({ earliest: '2023-04-01', latest: '2023-09-30', certainty: 'exact', value: '2023-04/2023-09', edtf: '2023-04/2023-09', text: 'April to September' });
    expect(text.slice(e.source.timexStart, e.source.timexEnd)).toBe('April to September');
    expect(dates(' date 2023-03-14 It runs from 3 April until 30 September.')[0]).toMatchObject({ earliest: '2023-04-03', latest: '2023-09-30', granularity: 'day' });
  });
  it('a year written at one end of a range is the other\'s too', () => {
    const range = (text: string) => dates(text)[0];
    expect(range(' date 2024-03-15 The bridge was closed from January to March 2023.')).toMatchObject({ earliest: '2023-01-01', latest: '2023-03-31', value: '2023-01/2023-03' });
    expect(range(' date 2024-03-15 The bridge was closed from 3 January to 5 March 2023.')).toMatchObject({ earliest: '2023-01-03', latest: '2023-03-05' });
    // the second end is the first such date after the first, across a new year too
    expect(range(' date 2024-03-15 It ran from January 2023 to March.')).toMatchObject({ earliest: '2023-01-01', latest: '2023-03-31' });
    expect(range(' date 2024-03-15 It ran from November 2022 to February.')).toMatchObject({ earliest: '2022-11-01', latest: '2023-02-28' });
    expect(range(' date 2024-03-15 Roads were shut between November and February 2021.')).toMatchObject({ earliest: '2020-11-01', latest: '2021-02-28' });
  });
  it('a weekday range runs forward: "from Wednesday to Monday" ends on the Monday after', () => {
    expect(dates(' date 2023-03-14 Talks ran from Wednesday to Monday.')[0]).toMatchObject({ earliest: '2023-03-08', latest: '2023-03-13' });
  });
  it('two verbs tell a range: "begin next month and last until the end of September", "begint volgende week en duurt tot eind april"', () => {
    const [en] = extractEvents(' date 2021-03 Construction will begin next month and last until the end of September, the council said.');
    expect(en.date).toMatchObject({ earliest: '2021-04-01', latest: '2021-09-30', certainty: 'period', value: '2021-04/2021-09' });
    expect(en.title).toBe('Construction will begin and last');
    expect(dates(' date 2021-03-14 Het werk begint volgende week en duurt nog tot eind april.')[0]).toMatchObject({ earliest: '2021-03-15', latest: '2021-04-30' });
  });
  it('negative: dates not joined as a range keep the first', () => {
    expect(dates(' date 2023-03-14 He moved from Paris in April to Berlin in September.')[0]).toMatchObject({ value: '2022-04' });
    expect(dates(' date 2023-03-14 The bridge closed in April and reopened in September.')[0]).toMatchObject({ value: '2022-04' });
    expect(dates(' date 2023-03-14 Sales rose in April and will be reported by the company until June.')[0]).toMatchObject({ value: '2022-04' });
  });
});

describe('relative clauses tell of their antecedent (real tagger)', () => {
  const events = (text: string) => extractEvents(text).map((e) => ({ title: e.title, value: e.date.value, actors: e.actors }));
  it('a closing relative clause on a name with its own time is the name\'s event', () => {
    expect(events(' date 2026-11-20 The satellite is meant to replace Aurora-1, which has been in orbit since 2012.')).toEqual([
      { title: 'The satellite is meant to replace Aurora-1', value: 'PRESENT_REF', actors: ['Aurora-1'] },
      { title: 'Aurora-1 has been in orbit', value: '2012', actors: ['Aurora-1'] },
    ]);
    expect(events(' date 2026-11-20 On Monday the board thanked Jane Smith, who retired in 2019.')).toEqual([
      { title: 'The board thanked Jane Smith', value: '2026-11-16', actors: ['Jane Smith'] },
      { title: 'Jane Smith retired', value: '2019', actors: ['Jane Smith'] },
    ]);
  });
  it('a relative clause on a name between commas is the name\'s event too', () => {
    expect(events(' date 2026-11-20 Mayor Helen Carter, who took office in 2022, said on Monday that the tram will run.')).toEqual([
      { title: 'Mayor Helen Carter said', value: '2026-11-16', actors: ['Helen Carter'] },
      { title: 'The tram will run', value: 'FUTURE_REF', actors: ['Helen Carter'] },
      { title: 'Helen Carter took office', value: '2022', actors: ['Helen Carter'] },
    ]);
  });
  it('a relative clause\'s time does not date the clause around it', () => {
    // the main clause's own tense dates it: after the article
    expect(events(' date 2026-11-20 The satellite, which was built in 2019, will replace Aurora-1.')[0].value).toBe('FUTURE_REF');
    expect(events(' date 2021-11 Het kabinet wil de fabriek sluiten, die sinds 1918 in IJmuiden staat.')[0].value).toBe('FUTURE_REF');
  });
  it('a relative clause without commas that ends in its own time before the main verb is the noun\'s event', () => {
    const events = extractEvents(' date 2025-01-10 A wildfire that broke out on Tuesday has destroyed more than 200 homes.');
    expect(events.map((e) => [e.title, e.date.value])).toEqual([
      ['A wildfire that broke out has destroyed more than 200 homes', 'PAST_REF'],
      ['A wildfire broke out', '2025-01-07'],
    ]);
    // negative: a "that" after a saying opens what was said
    expect(extractEvents(' date 2025-01-10 The mayor said that on Tuesday schools will close.').map((e) => e.date.value)).toEqual(['PAST_REF', '2025-01-14']);
  });
  it('the date of a change\'s baseline dates nothing: "down from 40,000 on Saturday", "vergeleken met vorig jaar"', () => {
    const dated = (text: string) => extractEvents(text).map((e) => e.date.value);
    expect(dated(' date 2021-11-03 About 2,000 homes were still cut off on Tuesday, down from 40,000 on Saturday.')).toEqual(['2021-11-02']);
    expect(dated(' date 2021-11-03 About 2,000 homes were still cut off, down from 40,000 on Saturday.')).toEqual(['PAST_REF']);
    expect(dated(' date 2021-11-03 De omzet steeg met vijf procent vergeleken met vorig jaar.')).toEqual(['PAST_REF']);
    // negatives: a comma parts the baseline from a time of the clause's own, and "from" alone starts a range
    expect(dated(' date 2021-11-03 Sales rose 5%, compared with a fall, on Monday.')).toEqual(['2021-11-01']);
    expect(dated(' date 2021-11-03 The road was closed from Monday.')).toEqual(['2021-11-01']);
  });
  it('a participle aside between commas on a noun phrase is that phrase\'s event, and dates nothing around it', () => {
    expect(events(' date 2021-11-03 A review of the network\'s resilience, announced in 2019, is due to be published early next year.')).toEqual([
      { title: 'A review of the network\'s resilience is due to be published', value: '2022', actors: [] },
      { title: 'A review of the network\'s resilience was announced', value: '2019', actors: [] },
    ]);
    expect(events(' date 2021-11-03 The bridges, built in 1960, will be replaced next year.').map((e) => [e.title, e.value])).toEqual([
      ['The bridges will be replaced', '2022'],
      ['The bridges were built', '1960'],
    ]);
    // negative: after an apposition the participle form is the verb
    expect(events(' date 2021-11-03 The primary index, the FTSE 100, dropped in value on Monday.').map((e) => e.value)).toEqual(['2021-11-01']);
  });
  it('a relative clause between commas on an article and its noun is that noun\'s event', () => {
    expect(events(' date 2023-11-30 De man, die in 2020 werd ontslagen, ontkende in oktober alle beschuldigingen.')).toEqual([
      { title: 'De man ontkende alle beschuldigingen', value: '2023-10', actors: [] },
      { title: 'De man werd ontslagen', value: '2020', actors: [] },
    ]);
    expect(events(' date 2026-11-20 The satellite, which was built in 2019, will replace Aurora-1.')[1]).toEqual({ title: 'The satellite was built', value: '2019', actors: [] });
    // negative: without a time of its own the aside makes no event
    expect(events(' date 2026-11-20 The satellite, which is large, will replace Aurora-1 next year.')).toHaveLength(1);
  });
  it('negative: a complement after a comma is no relative clause ("zei hij, dat ...")', () => {
    expect(events(' date 2021-11-20 Hij zei, dat hij morgen komt.').map((e) => e.value)).toContain('2021-11-21');
  });
});

describe('the scope of a comparison dates no event (real tagger)', () => {
  const dates = (text: string) => extractEvents(text).map((e) => e.date);
  it('"the highest since 2010", "voor het eerst sinds 1998": the event is dated otherwise', () => {
    expect(dates(' date 2024-08-20 Turnout was the highest since 2010, officials said.')[0]).toMatchObject({ value: 'PAST_REF', source: 'tense', edtf: '[..2024-08-19]' });
    expect(dates(' date 2024-08-20 Voor het eerst sinds 1998 won de club de beker.')[0]).toMatchObject({ value: 'PAST_REF', source: 'tense', edtf: '[..2024-08-19]' });
    expect(dates(' date 2024-08-20 The index suffered its worst single-day decline since 2001 on Monday.')[0]).toMatchObject({ value: '2024-08-19', text: 'Monday' });
  });
  it('negative: a state since a date is that period', () => {
    expect(dates(' date 2024-08-20 Interest rates have risen since 2010.')[0]).toMatchObject({ earliest: '2010-01-01', certainty: 'period' });
    expect(dates(' date 2024-08-20 The protest has grown since Monday.')[0]).toMatchObject({ earliest: '2024-08-19', certainty: 'period' });
  });
});

describe('a speech verb and its "that" a few words apart (real tagger)', () => {
  it('"zei zaterdag in een interview dat ...": the statement and what it says are two events', () => {
    const events = extractEvents(' date 2023-01-15 Minister Rob Jetten zei zaterdag in een interview dat huishoudens vanaf 1 april minder gaan betalen.');
    expect(events.map((e) => [e.date.value, e.kind])).toEqual([['2023-01-14', 'reported'], ['2023-04-01', 'planned']]);
    const en = extractEvents(' date 2023-01-15 The minister told reporters on Saturday that prices will fall in April.');
    expect(en.map((e) => [e.date.value, e.kind])).toEqual([['2023-01-14', 'reported'], ['2023-04', 'planned']]);
  });
});

describe('Dutch relative clauses (real tagger)', () => {
  it('"Tata Steel, dat vorig jaar verlies leed, schrapt morgen banen": two events, the main one dated tomorrow', () => {
    const events = extractEvents(' date 2021-11-20 Gisteren kondigde Tata Steel aan banen te schrappen. Tata Steel, dat vorig jaar verlies leed, schrapt morgen banen.');
    // the first sentence is the announcement and the cuts it announced
    expect(events.slice(2).map((e) => [e.title, e.date.value])).toEqual([['Tata Steel schrapt banen', '2021-11-21'], ['Tata Steel, dat verlies leed', '2020']]);
  });
  // its title is in main-clause order, the antecedent its subject ("De man werd ontslagen")
  it('a relative clause without commas ends in its verbs; the main clause\'s verb follows them and is not dated by it', () => {
    const titled = (text: string) => extractEvents(text).map((e) => [e.title, e.date.value]);
    // the main clause's past ("ontkende") puts it before the article, not on its day
    expect(titled(' date 2023-11-30 De man die in 2020 werd ontslagen ontkende alles.')).toEqual([
      ['De man die werd ontslagen ontkende alles', 'PAST_REF'],
      ['De man werd ontslagen', '2020'],
    ]);
    // words between the time and the verbs, and a comma that closes them before a main verb in the present
    expect(titled(' date 2023-11-30 De fabriek die in 2019 door het concern werd gekocht, sluit volgend jaar.')).toEqual([
      ['De fabriek die door het concern werd gekocht, sluit', '2024'],
      ['De fabriek werd door het concern gekocht', '2019'],
    ]);
    // a separable verb's participle ("afgezet"), and a main clause with a time of its own
    expect(titled(' date 2023-11-30 De wethouder die vorig jaar werd afgezet heeft gisteren zijn excuses aangeboden.')).toEqual([
      ['De wethouder die werd afgezet heeft zijn excuses aangeboden', '2023-11-29'],
      ['De wethouder werd afgezet', '2022'],
    ]);
  });
  it('negatives: no second finite verb, or no verb form right after the time, leaves the sentence one event', () => {
    // "banen" is no verb: the clause cannot be told apart, and the sentence stays whole
    expect(extractEvents(' date 2023-11-30 De fabriek die in 2020 banen schrapte sluit morgen.')).toHaveLength(1);
    // one finite verb only: "die" opens what the whole sentence says
    expect(extractEvents(' date 2023-11-30 Hij sprak met de man die in 2020 werd ontslagen.')).toHaveLength(1);
    // "die" after a preposition is a determiner
    expect(extractEvents(' date 2023-11-30 In die periode werd de man ontslagen.')).toHaveLength(1);
  });
  it('negative: ", dat" to the end of the sentence is a complement, not a relative clause', () => {
    // the saying and its content with a time of its own, not a main clause and a relative one
    expect(extractEvents(' date 2021-11-20 Hij zei, dat hij morgen komt.').map((e) => [e.title, e.date.value])).toEqual([['Hij zei dat hij komt', 'PAST_REF'], ['Hij komt', '2021-11-21']]);
  });
});

describe('the kind of a statement dated by its saying (real tagger)', () => {
  const kinds = (text: string) => extractEvents(text).map((e) => [e.date.value, e.kind]);
  it('a negation in what was said leaves the statement reported, and the denial is a record of its own', () => {
    expect(kinds(' date 2021-03-14 De woordvoerder zei dinsdag dat de werkzaamheden geen gevolgen hebben voor de treinen.')).toEqual([['2021-03-09', 'reported'], ['2021-03-09', 'negated']]);
    expect(kinds(' date 2021-03-14 The spokesman said on Tuesday that the works would not affect trains.')).toEqual([['2021-03-09', 'reported'], ['FUTURE_REF', 'negated']]);
  });
  it('negative: a negated saying, and a negation in content dated by the content', () => {
    expect(kinds(' date 2021-03-14 De woordvoerder wilde dinsdag niet zeggen of de treinen rijden.')).toEqual([['2021-03-09', 'negated']]);
    expect(kinds(' date 2021-03-14 Hij zegt dat de treinen morgen niet rijden.')).toEqual([['PRESENT_REF', 'reported'], ['2021-03-15', 'negated']]);
  });
  it('"would" after a reporting verb without "that" is a plan', () => {
    expect(kinds(' date 2021-03 She said work on the approach roads would start in the summer.')).toEqual([['2021-SU', 'planned']]);
    expect(kinds(' date 2021-03 Prices would rise in the summer, she fears.')).toEqual([['2021-SU', 'speculative']]);
  });
});

describe('a start and how long it lasts, and what happens in that period (real tagger)', () => {
  const text =
    ' date 2021-03-14 De gemeente sluit de stalling vanaf maandag voor drie weken. Dat maakte de wethouder vrijdag bekend. ' +
    'Volgens haar is onderhoud nodig. Fietsers moeten in die periode uitwijken naar het Jaarbeursplein.';
  it('"vanaf maandag voor drie weken" is one period of 21 days', () => {
    const [closure] = extractEvents(text);
    expect(closure.date).toMatchObject({ earliest: '2021-03-15', latest: '2021-04-04', certainty: 'exact', value: '2021-03-15/P3W', edtf: '2021-03-15/2021-04-04' });
    expect(closure.kind).toBe('planned');
    expect(extractEvents(' date 2021-03-14 The bridge will close on Monday for two months.')[0].date).toMatchObject({ earliest: '2021-03-15', latest: '2021-05-14' });
  });
  it('"in die periode" is that period, not the saying or the undated sentence before it', () => {
    const events = extractEvents(text);
    const detour = events.find((e) => e.title.startsWith('Fietsers'))!;
    expect(detour.title).toBe('Fietsers moeten uitwijken naar het Jaarbeursplein');
    expect(detour.relations).toEqual([{ type: 'during', target: events[0].id, cue: 'in die periode' }]);
    expect(detour.date).toMatchObject({ earliest: '2021-03-15', latest: '2021-04-04', source: 'relative-to-event' });
    expect(detour.kind).toBe('planned');
  });
  it('"daarna" after something that lasted is after its end, how long after unknown', () => {
    const after = (text: string) => extractEvents(text)[1];
    // of the future: a day after the end, the far edge vague
    const evaluation = after(' date 2024-03-15 De nieuwe tarieven gelden tot eind 2025. Daarna wil het college de regeling evalueren.');
    expect(evaluation.date).toMatchObject({ earliest: '2026-01-01', vagueEnd: true, certainty: 'within', mod: 'AFTER', source: 'relative-to-event', edtf: '[2026-01-01..]' });
    expect(evaluation.relations.map((r) => r.type)).toEqual(['after']);
    // of the past: between the end and the article's date
    expect(after(' date 2024-03-15 De weg was van 2019 tot 2021 afgesloten. Daarna werd hij verbreed.').date).toMatchObject({
      earliest: '2022-01-01',
      latest: '2024-03-15',
      certainty: 'within',
      mod: 'AFTER',
    });
    expect(after(' date 2020-08 De oppositie protesteerde van 9 tot 16 augustus. Daarna greep de politie in.').date).toMatchObject({ earliest: '2020-08-17', latest: '2020-08-31' });
    // "daarvoor": a day before its start, how long before unknown
    expect(after(' date 2024-03-15 De brug gaat van mei tot juli dicht. Daarvoor wordt de weg verbreed.').date).toMatchObject({
      latest: '2024-04-30',
      vagueStart: true,
      mod: 'BEFORE',
    });
  });
  it('some units after an event, how many unknown: two to nine units on from it, never its own date', () => {
    const second = (text: string) => extractEvents(text)[1].date;
    expect(second(' date 2024-03-15 De fabriek opende in maart 2020. Enkele maanden later sloot ze.')).toMatchObject({ earliest: '2020-05-01', latest: '2020-12-31', certainty: 'within', source: 'relative-to-event' });
    expect(second(' date 2024-03-15 The plant opened in March 2020. Months later, it closed.')).toMatchObject({ earliest: '2020-05-01', latest: '2020-12-31' });
    expect(second(' date 2024-03-15 The plant opened in March 2020. Years earlier, the site was a farm.')).toMatchObject({ earliest: '2011-01-01', latest: '2018-12-31' });
    // the stretch that follows an event starts with its first unit, wherever it stands in the sentence
    const visits = extractEvents(' date 2024-03-15 The investigation began in the summer of 2021. Officers visited the works three times in the following months.')[1];
    expect(visits.title).toBe('Officers visited the works three times');
    expect(visits.date).toMatchObject({ earliest: '2021-07-01', latest: '2022-05-31', certainty: 'within' });
    // told of the past, after a stretch up to the article: from the stretch's start, by the article's date
    expect(second(' date 2019 Sinds de beving in augustus 2012 staat de winning onder druk. In de jaren daarna volgden bevingen.')).toMatchObject({ earliest: '2013-01-01', latest: '2019-12-31' });
  });
  it('"Toen" before a verb ties its sentence to the event told before; before a subject it is "when"', () => {
    const [storing, stil] = extractEvents(' date 2022-06-21 Afgelopen donderdag was er een storing. Toen lag het treinverkeer vier uur stil.');
    expect(stil.date).toMatchObject({ earliest: '2022-06-16', latest: '2022-06-16', source: 'relative-to-event' });
    expect(stil.relations).toEqual([{ type: 'during', target: storing.id, cue: 'Toen' }]);
    expect(extractEvents(' date 2022-06-21 Afgelopen donderdag was er een storing. Toen de monteurs kwamen, lag alles stil.')[1].relations).toEqual([]);
  });
  it('negatives: "daarna" after one day is that day, after a state up to the article that stretch', () => {
    const after = (text: string) => extractEvents(text)[1].date;
    expect(after(' date 2024-03-15 Poetin sprak gisteren in Minsk. Daarna belde hij Loekasjenko.')).toMatchObject({ earliest: '2024-03-14', latest: '2024-03-14' });
    expect(after(' date 2024-03-15 Sinds 2012 zakt de bodem. In de jaren daarna volgden honderden bevingen.')).not.toHaveProperty('mod');
    // a month is a unit, not a stretch the event fills: what follows may come later that month
    expect(after(' date 2024-03-15 De brug was in januari dicht. Daarna werd hij geschilderd.')).toMatchObject({ earliest: '2024-01-01', latest: '2024-01-31' });
  });
  it('a start and a verb of lasting: "start this autumn and take about two years", "begint op 1 september en duurt drie maanden"', () => {
    const [work] = extractEvents(' date 2023-06-20 Work on the terminal will start this autumn and take about two years.');
    expect(work.date).toMatchObject({ earliest: '2023-09-01', latest: '2025-11-29', certainty: 'period', vagueStart: true, vagueEnd: true, value: '2023-FA/P2Y' });
    expect(work.title).toBe('Work on the terminal will start and take about two years');
    const [dutch] = extractEvents(' date 2023-06-20 Het werk begint op 1 september en duurt drie maanden.');
    expect(dutch.date).toMatchObject({ earliest: '2023-09-01', latest: '2023-11-30', certainty: 'exact', edtf: '2023-09-01/2023-11-30' });
    expect(extractEvents(' date 2024-07-19 De vorige hittegolf was in augustus 2020 en duurde elf dagen.')[0].date).toMatchObject({ earliest: '2020-08-01', latest: '2020-09-10', vagueEnd: true });
    // negative: "for" after a start known only to its month stays the start
    expect(extractEvents(' date 2023-06-20 Het werk begint in september voor drie maanden.')[0].date).toMatchObject({ earliest: '2023-09-01', latest: '2023-09-30' });
  });
  it('negative: a start known only to a window, or a vague duration, stays the start', () => {
    expect(extractEvents(' date 2021-03 The bridge will close on Monday for two months.')[0].date).toMatchObject({ value: '2021-XX-XX', certainty: 'within' });
    expect(extractEvents(' date 2021-03-14 The bridge will close on Monday for months.')[0].date).toMatchObject({ earliest: '2021-03-15', latest: '2021-03-15' });
  });
});

describe('"daarna" and "then" follow the last event with a time of its own (real tagger)', () => {
  it('skips a sentence dated only by the article', () => {
    const events = extractEvents(' date 2021-03-14 De stalling ging maandag dicht. Volgens de gemeente is dat nodig. Daarna werden de deuren vervangen.');
    expect(events[2].relations).toEqual([{ type: 'after', target: events[0].id, cue: 'Daarna' }]);
  });
});

describe('a date the event comes after or before (real tagger)', () => {
  const date = (text: string) => extractEvents(text)[0].date;
  it('"na de zomer": some day after the summer, the far edge vague; the expression keeps its value', () => {
    expect(date(' date 2021-03-14 Een besluit volgt pas na de zomer.')).toMatchObject({
      earliest: '2021-09-01', latest: '2021-11-30', certainty: 'within', vagueEnd: true, value: '2021-SU', mod: 'AFTER', edtf: '[2021-09-01..]',
    });
    expect(date(' date 2021-03-14 The plant will reopen after March.')).toMatchObject({ earliest: '2021-04-01', mod: 'AFTER', vagueEnd: true });
  });
  it('"after" a date of the past reaches to the article, firmly; "before" never says how long before', () => {
    const after = date(' date 2021-03-14 He left after 2010.');
    expect(after).toMatchObject({ earliest: '2011-01-01', latest: '2021-03-14' });
    expect(after.vagueEnd).toBeUndefined();
    expect(date(' date 2021-03-14 Het kabinet wil vóór 2025 een nieuwe wet.')).toMatchObject({ latest: '2024-12-31', certainty: 'within', mod: 'BEFORE', vagueStart: true });
    expect(date(' date 2008-12-12 The bill must pass before Christmas.')).toMatchObject({ latest: '2008-12-24', vagueStart: true });
    expect(date(' date 2021-03-14 Vóór 2010 woonde hij in Gent.')).toMatchObject({ latest: '2009-12-31', vagueStart: true });
  });
  it('negative: "voor" is no "before" (it also means "for"), and a date after other words is no bound', () => {
    expect(date(' date 2021-03-14 Het kabinet maakt plannen voor 2025.')).toMatchObject({ earliest: '2025-01-01', latest: '2025-12-31' });
    // (the vote in May is an event of its own, dated May; the talks are dated by their tense, never "after May")
    expect(date(' date 2021-03-14 Talks resumed after the vote in May.').mod).not.toBe('AFTER');
  });
});

describe('a state that lasts until a date (real tagger)', () => {
  const first = (text: string) => extractEvents(text)[0];
  it('"tot in april", "until Friday": a period from the article to the end of that date', () => {
    const e = first(' date 2021-03-14 De gemeente verwacht dat de stalling uiterlijk tot in april gedeeltelijk dicht blijft.');
    expect(e.date).toMatchObject({ earliest: '2021-03-14', latest: '2021-04-30', certainty: 'period', value: '2021-04', edtf: '2021-03-14/2021-04-30' });
    expect(e.title).toBe('De gemeente verwacht dat de stalling gedeeltelijk dicht blijft');
    expect(first(' date 2021-03-14 The road stays closed until Friday.').date).toMatchObject({ earliest: '2021-03-14', latest: '2021-03-19', certainty: 'period' });
  });
  it('of the past: a period ending there, its start vague', () => {
    expect(first(' date 2021-03-14 He served until 2018.').date).toMatchObject({ latest: '2018-12-31', certainty: 'period', vagueStart: true });
  });
  it('"tot" with no tense of its own points ahead: "blijft tot vrijdag dicht", "loopt tot eind februari"', () => {
    expect(first(' date 2021-03-14 De weg blijft tot vrijdag dicht.').date).toMatchObject({ earliest: '2021-03-14', latest: '2021-03-19', certainty: 'period' });
    expect(first(' date 2024-10 De tentoonstelling loopt tot eind februari.').date).toMatchObject({ earliest: '2024-10-01', latest: '2025-02-28', certainty: 'period' });
    // negative: a past of its own keeps it in the past
    expect(first(' date 2021-03-14 De weg was tot vrijdag dicht.').date).toMatchObject({ latest: '2021-03-12', vagueStart: true });
  });
  it('negative: an end that is one day somewhere in a window stays that window', () => {
    expect(first(' date 2021-03 De weg blijft tot vrijdag dicht.').date).toMatchObject({ earliest: '2021-03-05', latest: '2021-04-02', certainty: 'within' });
  });
});

describe('a duration the event falls within (real tagger)', () => {
  it('"binnen twee weken", "within two weeks": one day from the article to two weeks on', () => {
    const [nl] = extractEvents(' date 2022-06-09 Dat moet binnen twee weken gebeuren.');
    expect(nl.date).toMatchObject({ earliest: '2022-06-09', latest: '2022-06-23', certainty: 'within', value: 'P2W', edtf: '[2022-06-09..2022-06-23]' });
    expect(nl.title).toBe('Dat moet gebeuren');
    expect(extractEvents(' date 2022-06 An appeal must follow within three months.')[0].date).toMatchObject({ earliest: '2022-06-01', latest: '2022-09-30' });
  });
  it('negative: a date of its own comes first, and a duration after other words dates nothing', () => {
    expect(extractEvents(' date 2022-06-09 On Monday the court gave him two weeks to appeal.')[0].date).toMatchObject({ value: '2022-06-06' });
    expect(extractEvents(' date 2022-06-09 The strike lasted two weeks.')[0].date).toMatchObject({ source: 'tense', mod: 'BEFORE' });
  });
});

describe('the cues of a subordinate clause are not the event\'s (real tagger)', () => {
  const first = (text: string) => extractEvents(text)[0];
  it('"fell 12% on Thursday after the retailer reported a loss" occurred, and keeps its per cent sign', () => {
    const e = first(' date 2022-06-09 Shares in the retailer fell 12% on Thursday after the company reported its first loss since 2012.');
    expect([e.kind, e.title]).toEqual(['occurred', 'Shares in the retailer fell 12%']);
    expect(first(' date 2022-06-09 The vote went ahead on Monday after the opposition refused to attend.').kind).toBe('occurred');
  });
  it('negative: an aside between commas leaves the main clause going on after it', () => {
    expect(first(' date 2021-03 The bridge, which was designed by a local firm, will cost about £12 million.').kind).toBe('planned');
    expect(first(' date 2021-03 Councillor Sarah Mitchell, who chairs the committee, said on Tuesday that it was a turning point.').kind).toBe('reported');
  });
});

describe('open ends in both languages (real tagger)', () => {
  const date = (text: string) => extractEvents(text)[0].date;
  it('"later dan 2021", "later than 2021": after the year; "niet later dan", "no later than", "ten laatste": a deadline', () => {
    expect(date(' date 2020-05-12 Het kabinet beslist later dan 2021 over de bouw.')).toMatchObject({ mod: 'AFTER', earliest: '2022-01-01', vagueEnd: true });
    expect(date(' date 2020-05-12 The cabinet will decide later than 2021.')).toMatchObject({ mod: 'AFTER', earliest: '2022-01-01' });
    expect(date(' date 2020-05-12 Het kabinet beslist niet later dan 2021 over de bouw.')).toMatchObject({ mod: 'ON_OR_BEFORE', earliest: '2020-05-12', latest: '2021-12-31' });
    expect(date(' date 2020-05-12 The cabinet will decide no later than 2021.')).toMatchObject({ mod: 'ON_OR_BEFORE', latest: '2021-12-31' });
    expect(date(' date 2020-05-12 Het besluit valt ten laatste op 1 juni.')).toMatchObject({ mod: 'ON_OR_BEFORE', earliest: '2020-05-12', latest: '2020-06-01' });
    // the signal goes out of the title with its date
    expect(extractEvents(' date 2020-05-12 Het kabinet beslist niet later dan 2021 over de bouw.')[0].title).toBe('Het kabinet beslist over de bouw');
    expect(extractEvents(' date 2020-05-12 The cabinet will decide no later than 2021.')[0].title).toBe('The cabinet will decide');
  });
  it('"na half mei", "before the end of December": after or before the part of the month itself', () => {
    expect(date(' date 2020-05-01 Na half mei gaan de scholen weer open.')).toMatchObject({ mod: 'AFTER', earliest: '2020-05-22', latest: '2020-06-21', vagueEnd: true });
    expect(date(' date 2020-05-01 Schools will reopen after mid-May.')).toMatchObject({ mod: 'AFTER', earliest: '2020-05-22' });
    expect(date(' date 2020-05-01 Voor eind december moet de brug klaar zijn.')).toMatchObject({ mod: 'BEFORE', latest: '2020-12-21', vagueStart: true });
    expect(date(' date 2020-05-01 The bridge must be finished before the end of December.')).toMatchObject({ mod: 'BEFORE', latest: '2020-12-21' });
    // negative: "voor" before a whole month is "for" as often as "before"; "later dan gepland" names no date
    expect(date(' date 2020-05-01 Hij werkte voor december bij de bank.').mod).toBeUndefined();
    expect(date(' date 2020-05-01 De trein kwam later dan gepland.').text).toBeUndefined();
  });
  it('"sinds juli", "since July" in a May article: last July up to the article', () => {
    expect(date(' date 2020-05-12 Sinds juli is de winkel van Jansen dicht.')).toMatchObject({ value: '2019-07', earliest: '2019-07-01', latest: '2020-05-12', certainty: 'period' });
    expect(date(' date 2020-05-12 The shop has been closed since July.')).toMatchObject({ value: '2019-07', earliest: '2019-07-01' });
  });
});

describe('deadlines and asides (real tagger)', () => {
  it('"by January 2025", "uiterlijk in september": one day up to that date, after the article for what is still to come', () => {
    expect(extractEvents(' date 2024-05-23 An election must be held by January 2025.')[0].date).toMatchObject({
      earliest: '2024-05-24', latest: '2025-01-31', certainty: 'within', mod: 'ON_OR_BEFORE', value: '2025-01',
    });
    expect(extractEvents(' date 2024-05-23 Het ziekenhuis gaat uiterlijk in september weer open.')[0].date).toMatchObject({ earliest: '2024-05-24', latest: '2024-09-30' });
    // negative: a present ("opens") may be on the article's day itself
    expect(extractEvents(' date 2024-05-23 The hospital reopens by September.')[0].date).toMatchObject({ earliest: '2024-05-23', latest: '2024-09-30' });
  });
  it('"by the end of the year", "uiterlijk eind dit jaar": the part of a unit is a deadline at its last day', () => {
    expect(extractEvents(' date 2024-03-15 She expects the review to finish by the end of the year.')[0].date).toMatchObject({
      earliest: '2024-03-15', latest: '2024-12-31', certainty: 'within', mod: 'ON_OR_BEFORE',
    });
    expect(extractEvents(' date 2024-03-15 De herziening moet uiterlijk eind dit jaar klaar zijn.')[0].date).toMatchObject({ earliest: '2024-03-16', latest: '2024-12-31' });
    // negative: without the deadline word the end of the year stays its last stretch
    expect(extractEvents(' date 2024-03-15 The review will finish at the end of the year.')[0].date).toMatchObject({ earliest: '2024-09-01', latest: '2024-12-31' });
  });
  it('what must happen by a deadline still ahead is planned', () => {
    expect(extractEvents(' date 2019 De gaswinning stopt uiterlijk in 2022, een jaar eerder dan het kabinet had aangekondigd.')[0].kind).toBe('planned');
  });
  it('Dutch "voor" before a day is "before"; before a length it is "for"', () => {
    expect(extractEvents(' date 2022-09 De Tweede Kamer wil voor 1 november een brief van de minister.')[0].date).toMatchObject({ latest: '2022-10-31', mod: 'BEFORE', vagueStart: true });
    expect(extractEvents(' date 2022-09-10 De sluis gaat maandag voor drie weken dicht.')[0].date).toMatchObject({ earliest: '2022-09-12', latest: '2022-10-02' });
    // "voor de zomer" may be "for the summer": left as the summer
    expect(extractEvents(' date 2024-02-08 Het fonds moet voor de zomer klaar zijn.')[0].date).toMatchObject({ earliest: '2024-06-01', latest: '2024-08-31' });
  });
  it('negative: a deadline in the past leaves the date as it is', () => {
    expect(extractEvents(' date 2024-05-23 By 2010, prices had doubled.')[0].date).toMatchObject({ earliest: '2010-01-01', latest: '2010-12-31', certainty: 'exact' });
  });
  it('a relative clause on a name does not decide the kind: "who asked not to be named"', () => {
    const [e] = extractEvents(' date 2024-05-23 One minister, who asked not to be named, said on Thursday that colleagues were surprised.');
    expect(e.kind).toBe('reported');
  });
});

describe('Dutch split reporting verbs (real tagger)', () => {
  it('"Dat maakte de wethouder vrijdag bekend" is a statement; "liet ... weten dat" opens what was said', () => {
    expect(extractEvents(' date 2021-03-14 Dat maakte de wethouder vrijdag bekend.')[0].kind).toBe('reported');
    const events = extractEvents(' date 2021-03-14 De minister liet zaterdag weten dat de wet op 1 april zal ingaan.');
    expect(events.map((e) => [e.date.value, e.kind])).toEqual([['2021-03-13', 'reported'], ['2021-04-01', 'planned']]);
  });
  it('negative: the first word without its particle is no statement', () => {
    expect(extractEvents(' date 2021-03-14 De gemeente maakte vrijdag een plan.')[0].kind).toBe('occurred');
    expect(extractEvents(' date 2021-03-14 Hij liet vrijdag zijn fiets achter bij het station.')[0].kind).toBe('occurred');
  });
});

describe('two clauses before a saying\'s "that" (real tagger)', () => {
  it('"Winds will return over the weekend, and the fire service warned that ..." are two events', () => {
    const events = extractEvents(' date 2025-01-10 Strong winds are forecast to return over the weekend, and the fire service warned that evacuation orders could be extended until next Wednesday.');
    expect(events.map((e) => [e.title, e.date.earliest])).toEqual([
      ['Strong winds are forecast to return', '2025-01-11'],
      ['The fire service warned that evacuation orders could be extended', '2025-01-10'],
    ]);
    // negative: a saying with its own time keeps its content apart
    expect(extractEvents(' date 2025-01-10 The fire service warned on Friday that orders could be extended until next Wednesday.').map((e) => e.title)).toEqual([
      'The fire service warned',
      'Orders could be extended',
    ]);
  });
});

describe('what a saying in the past reports takes no past from it (real tagger)', () => {
  it('"zei zaterdag dat de wet op 1 april ingaat": this year\'s 1 April, a plan', () => {
    const [, law] = extractEvents(' date 2021-03-14 De minister zei zaterdag dat de wet op 1 april ingaat.');
    expect([law.date.value, law.kind, law.title]).toEqual(['2021-04-01', 'planned', 'De wet gaat in']);
    const [, english] = extractEvents(' date 2021-03-14 The minister said on Saturday that the law takes effect on 1 April.');
    expect(english.date.value).toBe('2021-04-01');
    // negative: a past of its own keeps the content in the past
    expect(extractEvents(' date 2021-03-14 The minister said on Saturday that the law took effect on 1 March.')[1].date.value).toBe('2021-03-01');
  });
});

describe('"sindsdien" and "since then" last from the earlier event up to the article (real tagger)', () => {
  it('a period from the earlier event’s date to the document date, its value that date', () => {
    const [closure, growth] = extractEvents(' date 2023-06-20 De brug ging in 2020 dicht. Sindsdien is het verkeer gegroeid.');
    expect(growth.title).toBe('Het verkeer is gegroeid');
    expect(growth.relations).toEqual([{ type: 'after', target: closure.id, cue: 'Sindsdien' }]);
    expect(growth.date).toMatchObject({ earliest: '2020-01-01', latest: '2023-06-20', certainty: 'period', value: '2020', edtf: '2020/2023-06-20', source: 'relative-to-event' });
    const english = extractEvents(' date 2023-06-20 The council rejected it in 2020. Since then, passenger numbers have recovered.');
    expect(english[1].date).toMatchObject({ earliest: '2020-01-01', latest: '2023-06-20', certainty: 'period' });
  });
  it('a start known only to a window is a vague start; "sinds het onderhoud" names the earlier event', () => {
    const [, jam] = extractEvents(' date 2023-06 De brug ging vorige week dicht. Sindsdien staat het verkeer vast.');
    expect(jam.date).toMatchObject({ earliest: '2023-05-22', latest: '2023-06-30', certainty: 'period', vagueStart: true });
    const [repair, since] = extractEvents(' date 2023-06-20 In 2021 begon het onderhoud aan de brug. Sinds het onderhoud is de brug dicht.');
    expect(since.relations).toEqual([{ type: 'after', target: repair.id, cue: 'Sinds het onderhoud' }]);
    expect(since.date).toMatchObject({ earliest: '2021-01-01', latest: '2023-06-20', certainty: 'period' });
  });
  it('negatives: "sinds 2020" is a date, not a relation; "then" alone is one point after the earlier event', () => {
    const [, since2020] = extractEvents(' date 2023-06-20 De raad stemde in 2020 over de brug. Sinds 2020 ligt het werk stil.');
    expect(since2020.relations).toEqual([]);
    expect(since2020.date).toMatchObject({ earliest: '2020-01-01', latest: '2023-06-20', source: 'stated' });
    const [, then] = extractEvents(' date 2023-06-20 The council voted in 2020. Then the work stopped.');
    expect(then.date).toMatchObject({ earliest: '2020-01-01', latest: '2020-12-31' });
  });
});
