/** Issue 17, Deliver 4: one person however named; places are places, and actors only when they act. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';

const who = (text: string) => extractEvents(text, { language: 'en' }).map((e) => ({ actors: e.actors, places: e.places }));

/** A fresh Dutch article (not from any corpus): a swimming pool closes, the council will vote. */
const ZWEMBAD = ` date 2025-03-14
Zwembad De Kuil in Amersfoort gaat dicht

Het zwembad De Kuil in Amersfoort sluit op 1 mei de deuren. Wethouder Kees de Bruijn maakte dat donderdag bekend. De Bruijn zei dat de gemeente de veiligheid van het gebouw niet langer kan garanderen. Volgens hem is het dak in slechte staat.

De gemeenteraad stemt in juni over een nieuw zwembad aan de rand van de stad. De wethouder verwacht dat het nieuwe bad in 2027 opengaat. Hij wil de zwemclub tot die tijd onderbrengen in het Sportfondsenbad in Leusden.

Amersfoort besloot vorig jaar al om de sporthal aan de Neptunusweg te sluiten. Zwemclub De Dolfijn is boos. "We hebben jarenlang gewaarschuwd", zegt voorzitter Anouk Visser. Zij vreest dat leden naar Utrecht of Nijkerk vertrekken.
`;

describe('a Dutch article: one lane per person, places as places', () => {
  const events = extractEvents(ZWEMBAD);
  const about = (words: string) => {
    const found = events.find((e) => e.sentence.includes(words));
    if (!found) throw new Error(`no record for "${words}"`);
    return found;
  };
  it('"Kees de Bruijn", "De Bruijn", "hem", "de wethouder" and "hij" are one actor', () => {
    const actors = new Set(events.flatMap((e) => e.actors));
    expect(actors.has('De Bruijn')).toBe(false);
    expect(actors.has('Bruijn')).toBe(false);
    for (const words of ['Wethouder Kees de Bruijn', 'De Bruijn zei', 'De wethouder verwacht', 'Hij wil']) expect(about(words).actors).toContain('Kees de Bruijn');
  });
  it('a swimming pool, a sports bath and a street are places; a town is a place and an actor only where it acts', () => {
    expect(about('Het zwembad De Kuil').places).toEqual(['De Kuil', 'Amersfoort']);
    expect(about('Het zwembad De Kuil').actors).toEqual([]);
    expect(about('Hij wil').places).toEqual(['Sportfondsenbad', 'Leusden']);
    expect(about('Amersfoort besloot').actors).toEqual(['Amersfoort']);
    expect(about('Amersfoort besloot').places).toContain('Amersfoort');
    expect(about('Zij vreest').places).toEqual(['Utrecht', 'Nijkerk']);
  });
  it('"zij" after a quoted chair is the chair; a swimming club is an actor, not a place', () => {
    expect(about('Zij vreest').actors).toEqual(['Anouk Visser']);
    expect(about('Zwemclub De Dolfijn').actors).toEqual(['De Dolfijn']);
    expect(about('Zwemclub De Dolfijn').places).toEqual([]);
  });
  it('"de gemeente" points back to the town named before', () => {
    expect(about('De Bruijn zei').places).toEqual(['Amersfoort']);
  });
});

describe('English: one person however named', () => {
  it('"Mary Barra", "Barra", "she" and "the chief executive" are one actor', () => {
    const text =
      ' date 2013-12-10 Mary Barra, the chief executive of General Motors, said on Tuesday that sales rose. Barra will visit Detroit in January. She said the plant would stay open. The chief executive also met union leaders.';
    const actors = extractEvents(text).map((e) => e.actors);
    expect(actors.every((list) => list.includes('Mary Barra'))).toBe(true);
    expect(actors.flat()).not.toContain('Barra');
  });
  it('"the company", "the automaker" and "it" point back to the organisation; "GM" is "General Motors"', () => {
    const text = ' date 2009-05-01 General Motors reported a loss on Friday. GM will close 14 plants. The automaker said it would cut 3,000 jobs.';
    expect(extractEvents(text).at(-1)?.actors).toEqual(['General Motors']);
    // a quoted "we" is the organisation of a speaker given with it or with an office; a resident's "we" is nobody's
    const spokeswoman = ' date 2011-06-01 Boeing delayed its new jet. Spokeswoman Sandy Angers said the team was merged. “We have reduced our design effort,” said Angers.';
    expect(extractEvents(spokeswoman, { language: 'en' }).at(-1)?.actors).toEqual(['Boeing', 'Sandy Angers']);
    const member = ' date 2022-11-04 Woordvoerder Sanne de Bruin van de NS zegt dat de reizigers worden geïnformeerd. "We proberen een dienstregeling te maken," zegt De Bruin.';
    expect(extractEvents(member, { language: 'nl' }).at(-1)?.actors).toEqual(['NS', 'Sanne de Bruin']);
    const resident = ' date 2018-06-12 Boeing delayed its new jet. Daniel Price, who runs a guesthouse, said the wall held. “We have seen storms before,” he said.';
    expect(extractEvents(resident, { language: 'en' }).at(-1)?.actors).toEqual(['Daniel Price']);
  });
  it('"It could part ways", "it would axe": a modal before a verb of its own is the organisation acting', () => {
    const text = ' date 2007-02-14 Car company DaimlerChrysler announced today it would cut 13,000 jobs. It could part ways with the loss-making business.';
    expect(who(text).at(-1)?.actors).toEqual(['DaimlerChrysler']);
  });
  it('negative: "it could be that" and "it may seem" are no one', () => {
    expect(who(' date 2007-02-14 Car company DaimlerChrysler cut jobs. It could be that sales fell.')[1].actors).toEqual([]);
  });
  it('"the airline" is the organisation named as one ("China Eastern Airlines"); of equally named ones, the first', () => {
    const text = ' date 2009-06-18 China Eastern Airlines said it had signed a contract with Airbus. The airline, the third largest in China, signed the agreement in Paris.';
    expect(who(text).at(-1)?.actors).toEqual(['China Eastern Airlines']);
    const first = ' date 2009-05-20 General Motors said it would cut jobs at Opel. The firm wanted to reduce costs by 30%.';
    expect(who(first).at(-1)?.actors).toEqual(['General Motors']);
  });
  it('a quoted "we" after "Chief executive Thomas Enders said" is his organisation, in the next sentence too', () => {
    const text = ' date 2009-07-30 Airbus will fund the search. Chief executive Thomas Enders said in a statement, “We want to know what happened. We are fully committed to the search.”';
    const records = who(text);
    expect(records[1].actors).toEqual(['Thomas Enders', 'Airbus']);
    expect(records.at(-1)?.actors).toContain('Airbus');
  });
  it('"Apple Inc." is Apple and "Steve Jobs" written together twice is one person, whom "He" means', () => {
    const text = ' date 2011-10-06 Apple Inc. said Steve Jobs had died. Steve Jobs was 56. On August 24, Jobs resigned. He has been fighting cancer since 2004.';
    const actors = who(text).map((r) => r.actors);
    expect(actors.flat()).not.toContain('Inc');
    expect(actors[0]).toEqual(['Apple', 'Steve Jobs']);
    expect(actors.at(-1)).toEqual(['Steve Jobs']);
  });
  it('name words after a listed organisation name another one ("Apple Records", "Boeing Defense Systems", "Treasury Department")', () => {
    const records = who(' date 2011-03-02 Apple Records has sued Apple Computer in Leeds. Boeing Defense Systems won the order. The Treasury Department said so.');
    expect(records[0].actors).toEqual(['Apple Records', 'Apple Computer']);
    expect(records[0].places).toEqual(['Leeds']);
    expect(records[1].actors).toEqual(['Boeing Defense Systems']);
    expect(records[2].actors).toEqual(['Treasury Department']);
  });
  it('negatives: an office, a place, a legal form or a longer run after a listed organisation is not part of its name', () => {
    const actorsOf = (text: string) => who(` date 2011-03-02 ${text}`).flatMap((r) => r.actors);
    expect(actorsOf('Apple CEO Tim Cook said the plan works.')).toEqual(['Apple', 'Tim Cook']);
    expect(actorsOf('Senate Majority Leader Sam Hart said the bill failed.')).not.toContain('Senate Majority');
    expect(actorsOf('Ford Europe has cut jobs.')).not.toContain('Ford Europe');
    expect(actorsOf('Google Inc. said it grew.')).toContain('Google');
    expect(actorsOf('Rosa Maria Ford Jones resigned.')).not.toContain('Ford Jones');
    expect(actorsOf('Apple Worldwide Developers Conference opened.')).not.toContain('Apple Worldwide Developers');
  });
  it('particles of names Dutch and English news writes join the name ("Ahmed el Idrissi", "Ursula von der Leyen", "Mohammed bin Salman")', () => {
    const nl = extractEvents(' date 2024-11-14 De bouw begint volgend jaar, zegt wethouder Ahmed el Idrissi. Volgens de wethouder kost de brug 400 miljoen euro. Ursula von der Leyen zei dinsdag dat de EU betaalt. Von der Leyen sprak in Brussel.');
    const actors = nl.flatMap((e) => e.actors);
    expect(actors).not.toContain('Ahmed');
    expect(actors).not.toContain('Idrissi');
    expect(nl.find((e) => e.sentence.startsWith('Volgens'))?.actors).toEqual(['Ahmed el Idrissi']);
    expect(nl.find((e) => e.sentence.startsWith('Von der Leyen'))?.actors).toEqual(['Ursula von der Leyen']);
    const en = who(' date 2024-11-14 Crown Prince Mohammed bin Salman said the plan works.');
    expect(en[0].actors).toEqual(['Mohammed bin Salman']);
  });
  it('negatives: a particle that is a word of the sentence joins no names ("Ik ben Jan", "Zo ben ik")', () => {
    const nl = extractEvents(' date 2024-11-14 Ik ben Jan. Zo ben ik nu eenmaal.');
    expect(nl.flatMap((e) => e.actors)).not.toContain('Ik ben Jan');
  });
  it('negatives: a word opening a sentence with no name after it is no name ("Additionally, Ford said", "Totaling US$180 billion")', () => {
    expect(who(' date 2010-01-05 Additionally, Ford said that its share rose.')[0].actors).toEqual(['Ford']);
    expect(who(' date 2008-09-29 Totaling US$180 billion, the Federal Reserve raised swap lines on Monday.')[0].actors).toEqual(['Federal Reserve']);
  });
  it('a description set beside a name describes it: "Ford Motors Co., the automobile manufacturing firm," then "the car company" is Ford', () => {
    const text = ' date 2010-01-28 Ford Motors Co., the automobile manufacturing firm, has posted a profit. In 2008 the car company posted a loss.';
    expect(who(text).map((r) => r.actors)).toEqual([['Ford'], ['Ford']]);
    // negative: a description of its own, with no name beside it, is another organisation ("the energy company")
    const other = ' date 2010-01-28 Ford posted a profit. The energy company said it lost money. The company denied it.';
    expect(who(other).at(-1)?.actors).toEqual([]);
  });
  it('negatives: participles opening sentences are no names ("Speaking to the press", "Following a large fall")', () => {
    const text = ' date 2009-06-01 Speaking to the press, Fritz Henderson described the plan. Speaking to the public he said more. Following a large fall, the Dow recovered. Following this, the market fell.';
    const actors = who(text).flatMap((r) => r.actors);
    expect(actors).not.toContain('Speaking');
    expect(actors).not.toContain('Following');
  });
  it('a possessive makes a place of a town opening a sentence ("London\'s FTSE 100")', () => {
    expect(who(' date 2007-03-13 London\'s FTSE 100 and Frankfurt\'s DAX 30 closed down on Tuesday.')[0].places).toEqual(['London', 'Frankfurt']);
  });
  it('negatives: an impersonal "it", a passive "it is expected", and "they" point to no one', () => {
    const text = ' date 2009-05-01 Chrysler reported a loss. It is expected that sales will rise. It seems the plan works. They met on Monday.';
    // "It is expected that ..." is the expectation and what is expected: two records
    expect(who(text).slice(1).map((r) => r.actors)).toEqual([[], [], [], []]);
  });
  it('negative: "he" is a person who acts, not one named after a verb or a preposition', () => {
    const text = ' date 2005-06-06 Intel added Digital Rights to its chips in May. He was pleased.';
    expect(who(text)[1].actors).toEqual([]);
  });
});

describe('English: places from the gazetteer, acting or not', () => {
  it('countries, states and cities are places ("in Mobile, Alabama", "Toulouse, France")', () => {
    expect(who(' date 2008-03-01 The planes will be assembled in Mobile, Alabama and in Toulouse, France.')[0].places).toEqual([
      'Mobile',
      'Alabama',
      'Toulouse',
      'France',
    ]);
  });
  it('a place that acts is an actor and stays a place ("Washington said", "Japan saw a collapse")', () => {
    expect(who(' date 2020-03-01 Washington said on Monday that it would respond.')[0]).toEqual({ actors: ['Washington'], places: ['Washington'] });
    expect(who(' date 2008-10-10 Japan also saw the collapse of an insurer.')[0]).toEqual({ actors: ['Japan'], places: ['Japan'] });
  });
  it('"the White House" is where after "at", who and where when it speaks, as a town that acts', () => {
    const at = who(' date 2008-12-12 The president met union leaders at the White House on Friday.')[0];
    expect(at.places).toEqual(['White House']);
    expect(at.actors).not.toContain('White House');
    expect(who(' date 2008-12-12 The White House said on Friday that it would help.')[0]).toEqual({ actors: ['White House'], places: ['White House'] });
    expect(who(' date 2007-07-06 The EU made the decision on Friday.')[0]).toEqual({ actors: ['EU'], places: ['EU'] });
  });
  it('a country\'s government is the country acting: an actor that is also where ("the Romanian government", "the US Government\'s")', () => {
    expect(who(' date 2007-09-27 The Romanian government bought the plant in 2006.')[0]).toEqual({ actors: ['Romanian government'], places: ['Romanian government'] });
    const owners = who(' date 2009-04-30 Chrysler will be owned by the United Auto Workers, the United States Government and the Canadian Government.')[0];
    expect(owners.places).toEqual(['United States Government', 'Canadian Government']);
    expect(owners.actors).toContain('United Auto Workers');
    expect(who(' date 2008-10-10 This follows the US Government\'s bail out of the banks in September.')[0].places).toEqual(['US Government']);
    // "the government" alone is the country named last
    expect(who(' date 2008-10-10 Shares fell in China. In March the government bought airliners.')[1]).toEqual({ actors: ['China'], places: ['China'] });
  });
  it('negatives: "the government of Indonesia" names its own country; no country named, no government', () => {
    const named = who(' date 2008-10-10 Shares fell in China. In March the government of Indonesia bought airliners.')[1];
    expect(named.actors).not.toContain('China');
    expect(who(' date 2008-10-10 In March the government bought airliners.')[0]).toEqual({ actors: [], places: [] });
  });
  it('a facility word after a name and a kind of place after a listed one make places ("the Moscone West center", "the Atlantic Ocean")', () => {
    expect(who(' date 2011-06-06 Apple held its keynote at the Moscone West center in San Francisco on Monday.')[0].places).toEqual(['Moscone West', 'San Francisco']);
    const ocean = who(' date 2009-06-02 The jetliner crashed into the Atlantic Ocean in June.')[0];
    expect(ocean).toEqual({ actors: [], places: ['Atlantic Ocean'] });
  });
  it('buildings are places ("the Moscone West Convention Center"); "Craiova-based" says where', () => {
    expect(who(' date 2005-09-07 Apple held the event at the Moscone West Convention Center on Wednesday.')[0].places).toEqual(['Moscone West Convention Center']);
    expect(who(' date 2007-09-27 The government bought the Craiova-based car maker in 2006.')[0].places).toEqual(['Craiova']);
  });
  it('"the country" points back to the country named before', () => {
    expect(who(' date 2007-07-06 Indonesia banned the flights. Two accidents in the country killed 100 people.')[1].places).toEqual(['Indonesia']);
  });
  it('a demonym names its country for "the country" and "the government" after it ("the Japanese Nikkei ... hit the country")', () => {
    expect(who(' date 2011-03-17 The Japanese Nikkei index fell on Thursday after the earthquake hit the country a week ago.')[0].places).toEqual(['Japan']);
    const russia = who(' date 2008-09-17 Russian markets fell on Wednesday. Facing its worst crisis since 1989, the government is fighting to stem a crash.');
    expect(russia[1]).toEqual({ actors: ['Russia'], places: ['Russia'] });
  });
  it('negatives: a demonym of no country in the gazetteer ("European") and one with no country close enough name none', () => {
    expect(who(' date 2011-03-17 European shares fell on Thursday after the storm hit the country.')[0].places).toEqual([]);
    expect(who(' date 2011-03-17 Christian groups met on Thursday after the storm hit the country.')[0].places).toEqual([]);
  });
  it('negatives: names that hold a place are no place ("Singapore Airlines", "Air Canada", "Paris Air Show", "Fritz Henderson")', () => {
    expect(who(' date 2007-10-25 Singapore Airlines flew the first A380.')[0]).toEqual({ actors: ['Singapore Airlines', 'A380'], places: [] });
    expect(who(' date 2007-04-25 Air Canada ordered new airliners.')[0]).toEqual({ actors: ['Air Canada'], places: [] });
    expect(who(' date 2007-06-18 Airbus won orders at the Paris Air Show on Monday.')[0].places).toEqual([]);
    const henderson = who(' date 2009-06-01 Fritz Henderson outlined a plan on Monday. Henderson said the company would shrink.');
    expect(henderson[1]).toEqual({ actors: ['Fritz Henderson'], places: [] });
  });
  it('an occasion is neither who nor where: "the Paris Air Show", "Worldwide Developers Conference (WWDC)"', () => {
    expect(who(' date 2007-06-18 Airbus won orders at the Paris Air Show on Monday.')[0]).toEqual({ actors: ['Airbus'], places: [] });
    const wwdc = who(' date 2011-06-06 Apple unveiled iOS 5 at its Worldwide Developers Conference (WWDC) in San Francisco on Monday.')[0];
    expect(wwdc).toEqual({ actors: ['Apple'], places: ['San Francisco'] });
  });
  it('negatives: a town that is also a word opens no place at a sentence start ("Mobile phones", "Reading the report")', () => {
    expect(who(' date 2020-03-01 Mobile phones were banned on Monday.')[0].places).toEqual([]);
    expect(who(' date 2020-03-01 Reading the report, the minister resigned on Monday.')[0].places).toEqual([]);
  });
});

describe('the gazetteer', () => {
  it('is what its data packages give (node scripts/gazetteer.mjs --check)', () => {
    const result = spawnSync(process.execPath, ['scripts/gazetteer.mjs', '--check'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});

describe('a named day is a time, not who or where', () => {
  it('holidays and named days inside a time expression are no actors ("on Memorial Day", "during Thanksgiving")', () => {
    expect(who(' date 2021-05-20 The union will strike on Memorial Day.')[0].actors).toEqual([]);
    expect(who(' date 2021-11-01 The retailer Target will open its stores during Thanksgiving.')[0].actors).toEqual(['Target']);
    const nl = (text: string) => extractEvents(text, { language: 'nl' })[0];
    expect(nl(' date 2024-03-14 De vakbond staakt tijdens Koningsdag.').actors).toEqual([]);
    expect(nl(' date 2024-03-14 Na Pinksteren opent Rijkswaterstaat de brug.').actors).toEqual(['Rijkswaterstaat']);
  });
  it('negative: a holiday\'s name inside a longer name is no time ("Easter Seals"), after a word of time it is ("On Christmas Pope Francis")', () => {
    const seals = extractEvents(' date 2021-05-20 Easter Seals opened a clinic in Ohio on Monday.', { language: 'en' })[0];
    expect(seals.date.edtf).toBe('2021-05-17');
    const pope = extractEvents(' date 2021-12-20 On Christmas Pope Francis will address the crowd.', { language: 'en' })[0];
    expect(pope.date.edtf).toBe('2021-12-25');
  });
});

describe('a pronoun after an unnamed speaker\'s saying is that speaker', () => {
  it('"The state attorney general said he would appeal" is not the judge named before; "Pitman said he" is Pitman', () => {
    const judge = ' date 2025-06-18 Judge Robert Pitman wrote that the state had failed. ';
    const appeal = extractEvents(`${judge}The state attorney general said he would appeal the ruling.`, { language: 'en' }).at(-1)!;
    expect(appeal.actors).not.toContain('Robert Pitman');
    expect(extractEvents(`${judge}Pitman said he would retire.`, { language: 'en' }).at(-1)!.actors).toContain('Robert Pitman');
    const nl = extractEvents(' date 2025-06-18 Wethouder Kees de Bruijn opende het zwembad. De burgemeester zei dat hij trots was.', { language: 'nl' }).at(-1)!;
    expect(nl.actors).not.toContain('Kees de Bruijn');
  });
});
