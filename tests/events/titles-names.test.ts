/** Hand-written titles and actors: Dutch content clauses in main-clause order, and names beside names or at a sentence start. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';
import { stubTagger } from './stub-tagger.js';

const extract = (text: string) => extractEvents(text, { tagger: stubTagger });
const titles = (text: string) => extract(text).map((e) => e.title);
const bySentence = (text: string, start: string) => extract(text).filter((e) => e.sentence.startsWith(start));

describe('Dutch content clauses read as main clauses', () => {
  it('the seed: the finite verb follows the subject, its particle closes the clause', () => {
    const file = 'seeds/103_nl_spoorstaking.txt';
    const events = extractEvents(readFileSync(file, 'utf8'), { file });
    const strike = events.filter((e) => e.sentence.startsWith('De vakbonden hebben vanochtend bekendgemaakt'));
    expect(strike.map((e) => e.title)).toEqual(['De vakbonden hebben bekendgemaakt dat het personeel van de NS de hele dag het werk neerlegt', 'Het personeel van de NS legt de hele dag het werk neer']);
    expect(strike[1].actors).toEqual(['NS']);
  });
  // the announcement is dated yesterday, its content tomorrow: two events, the second one the content clause
  const announced = (content: string) => titles(` date 2020-08 De vakbond heeft gisteren bekendgemaakt dat ${content}.`);
  it('a verb without a particle moves right after the subject; a named subject too', () => {
    expect(announced('het personeel morgen de hele dag thuis blijft')).toEqual(['De vakbond heeft bekendgemaakt dat het personeel de hele dag thuis blijft', 'Het personeel blijft de hele dag thuis']);
    expect(announced('de NS morgen een nieuw bod doet')).toEqual(['De vakbond heeft bekendgemaakt dat de NS een nieuw bod doet', 'De NS doet een nieuw bod']);
  });
  it('a verb cluster puts its finite auxiliary second, the rest at the end; a lone verb is finite', () => {
    expect(announced('het bedrijf morgen een voorstel heeft gemaakt')[1]).toBe('Het bedrijf heeft een voorstel gemaakt');
    expect(announced('de gemeente morgen het zwembad wil sluiten')[1]).toBe('De gemeente wil het zwembad sluiten');
    // with no auxiliary in the clause, "verwacht" can only be the finite verb
    expect(announced('het personeel morgen een bod verwacht')[1]).toBe('Het personeel verwacht een bod');
  });
  it('negatives: a participle beside an auxiliary elsewhere, plural verbs and bare subjects keep their own order', () => {
    // an auxiliary stands in the clause: "verwacht" after "is ... en" may be a participle
    expect(announced('het bod morgen is besproken en verwacht')[1]).toBe('Het bod is besproken en verwacht');
    // a plural verb in -en: no finite form to recognise safely
    expect(announced('de machinisten morgen het werk neerleggen')[1]).toBe('De machinisten het werk neerleggen');
    // no clear subject phrase (a bare plural): left alone
    expect(announced('machinisten morgen het werk neerlegt')[1]).toBe('Machinisten het werk neerlegt');
  });
  it('a subordinate clause that is a record of its own reads as a main clause too ("omdat het gebouw onveilig was")', () => {
    const real = (text: string) => extractEvents(` date 2020-03-10 ${text}`, { language: 'nl' }).map((e) => e.title);
    expect(real('De school sloot omdat het gebouw onveilig was.')).toEqual(['De school sloot', 'Het gebouw was onveilig']);
    expect(real('De winkel sloot nadat hij failliet was verklaard.')).toContain('Hij was failliet verklaard');
  });
  it('negative: English content clauses are already in main-clause order', () => {
    expect(titles(' date 2020-08 The union announced yesterday that the staff will stop work tomorrow.')).toEqual(['The union announced', 'The staff will stop work']);
  });
});

describe('names beside names', () => {
  it('two names the article also uses alone are two actors', () => {
    const text = ' date 2020-08 Poetin sprak gisteren in Moskou. Volgens Godfroid heeft Poetin Loekasjenko gebeld. De EU reageerde op Loekasjenko.';
    const called = bySentence(text, 'Volgens Godfroid');
    expect(called[0].actors).toEqual(['Godfroid', 'Poetin', 'Loekasjenko']);
  });
  it('negative: a two-word name whose parts never stand alone stays one name', () => {
    const text = ' date 2020-08 Woordvoerder Sanne Bruin zegt dat de treinen rijden. De NS reageerde op Sanne Bruin.';
    expect(bySentence(text, 'Woordvoerder')[0].actors).toContain('Sanne Bruin');
    expect(bySentence(text, 'De NS reageerde')[0].actors).toEqual(['NS', 'Sanne Bruin']);
  });
});

describe('a name only at sentence starts', () => {
  it('a word opening two sentences, never written in lower case, is a name', () => {
    const text = ' date 2020-08 Poetin heeft gisteren een toespraak gehouden. Poetin wil morgen naar Minsk reizen.';
    const events = extract(text);
    expect(events.map((e) => e.actors)).toEqual([['Poetin'], ['Poetin']]);
  });
  it('negatives: one opening is not enough, and a word also written in lower case is a common noun', () => {
    expect(extract(' date 2020-08 Poetin heeft gisteren een toespraak gehouden.')[0].actors).toEqual([]);
    const text = ' date 2020-08 Reizigers moeten morgen thuis blijven. Reizigers kunnen gisteren niet reizen. De NS helpt de reizigers.';
    for (const e of extract(text)) expect(e.actors).not.toContain('Reizigers');
  });
});

describe('numbers in titles', () => {
  it('a number with a thousands separator or decimals keeps its form; a comma between words gets its space', () => {
    const tagged = (text: string) => extractEvents(text).map((e) => e.title);
    expect(tagged(' date 2023-03-14 A petition signed by 4,000 people was handed over on Monday.')).toEqual(['A petition signed by 4,000 people was handed over']);
    expect(tagged(' date 2023-03-14 Een petitie met 4.500 handtekeningen werd maandag aangeboden.')).toEqual(['Een petitie met 4.500 handtekeningen werd aangeboden']);
    expect(tagged(' date 2023-03-14 On Monday prices rose 2.5 percent, a record.')).toEqual(['Prices rose 2.5 percent, a record']);
  });
  it('a currency sign or a bracket keeps the spacing of the text', () => {
    const tagged = (text: string) => extractEvents(text).map((e) => e.title);
    expect(tagged(' date 2021-03 The bridge will cost about £12 million.')).toEqual(['The bridge will cost about £12 million']);
    expect(tagged(' date 2021-03 The sale of the (old) bridge was approved on Monday.')).toEqual(['The sale of the (old) bridge was approved']);
  });
});

describe('places by their last word', () => {
  const people = (text: string) => extractEvents(text).map((e) => ({ actors: e.actors, places: e.places }));
  it('a street, square or bridge is a place wherever it stands', () => {
    expect(people(' date 2023-03-14 The council voted on Tuesday to close the Elm Street bridge.')).toEqual([{ actors: [], places: ['Elm Street'] }]);
    expect(people(' date 2023-03-14 Traffic on Tower Bridge was halted on Monday.')).toEqual([{ actors: [], places: ['Tower Bridge'] }]);
    expect(people(' date 2021-11 Vorige week protesteerden honderden omwonenden op het Stadhuisplein.')).toEqual([{ actors: [], places: ['Stadhuisplein'] }]);
  });
  it('negative: surnames that are also place words stay people', () => {
    expect(people(' date 2023-03-14 Mayor Ellen Park said on Monday that the work will start.')[0].actors).toEqual(['Ellen Park']);
    // "Laan" and "Dijk" are whole words here, not the end of a compound
    expect(people(' date 2021-11 Gisteren sprak Hoogendijk met Van der Laan.')).toEqual([{ actors: ['Hoogendijk', 'Van der Laan'], places: [] }]);
  });
  it('a place after its preposition is no subject, even before a verb cue: "Het museum in Enschede gaat ..."', () => {
    expect(people(' date 2024-10 Het Rijksmuseum Twenthe in Enschede gaat op 15 november weer open.')).toEqual([{ actors: ['Rijksmuseum Twenthe'], places: ['Enschede'] }]);
    // negative: a place opening the sentence before its verb still acts
    expect(people(' date 2020-08-16 Rusland kan gisteren niet meteen militairen sturen.')[0].actors).toEqual(['Rusland']);
  });
  it('"Centraal Station" is a place by its last word', () => {
    expect(people(' date 2025-06-12 De raad stemde dinsdag over betaald parkeren bij het Centraal Station.')).toEqual([{ actors: [], places: ['Centraal Station'] }]);
  });
  it('a river, lake or mountain is a place by its first word too', () => {
    expect(people(' date 2021-03 The council approved a new bridge over the River Wear on Tuesday.')).toEqual([{ actors: [], places: ['River Wear'] }]);
    expect(people(' date 2021-03 Two hikers were rescued on Mount Snowdon on Sunday.')).toEqual([{ actors: [], places: ['Mount Snowdon'] }]);
  });
  it('a capitalised article inside a sentence opens a name', () => {
    expect(people(' date 2022-06-09 De rechtbank veroordeelde donderdag de directeur van zorginstelling De Linde.')[0].actors).toEqual(['De Linde']);
    expect(people(' date 2022-06-09 The talks in The Hague ended on Monday.')).toEqual([{ actors: [], places: ['The Hague'] }]);
  });
  it('a name ending as an organisation acts even after a place preposition', () => {
    expect(people(' date 2022-06-09 Shares in Harmon Group fell on Thursday.')).toEqual([{ actors: ['Harmon Group'], places: [] }]);
    expect(people(' date 2022-06-09 Beleggers in de Heijmansgroep verloren donderdag geld.')).toEqual([{ actors: ['Heijmansgroep'], places: [] }]);
    expect(people(' date 2022-06-09 Shares in London fell on Thursday.')).toEqual([{ actors: [], places: ['London'] }]);
  });
  it('known Dutch bodies with "en" in their name are one actor: "Autoriteit Consument en Markt"', () => {
    expect(people(' date 2023-03-14 De Autoriteit Consument en Markt moet de fusie nog goedkeuren.')[0].actors).toEqual(['Autoriteit Consument en Markt']);
  });
  it('an organisation\'s last word and "of" / "voor de" carry its name on', () => {
    expect(people(' date 2024-02-08 Dat blijkt uit cijfers die het Centraal Bureau voor de Statistiek donderdag publiceerde.')[0].actors).toEqual(['Centraal Bureau voor de Statistiek']);
    expect(people(' date 2007-08-10 The Bank of Japan injected money on Friday.')[0].actors).toEqual(['Bank of Japan']);
    // negatives: a place after a longer name is where it is; a person's name takes no "of"
    expect(people(' date 2007-08-10 Shares in Deutsche Bank of Germany fell on Friday.')[0]).toEqual({ actors: ['Deutsche Bank'], places: ['Germany'] });
    expect(people(' date 2007-08-10 Sarah Mitchell of Leeds spoke on Friday.')[0].actors[0]).toBe('Sarah Mitchell');
  });
  it('an office before a name is no part of it: "Councillor Sarah Mitchell"', () => {
    expect(people(' date 2021-03 Councillor Sarah Mitchell said on Tuesday that the vote was a turning point.')[0].actors).toEqual(['Sarah Mitchell']);
    // "MP" is an office too, and "Local" or "Former" before it names nobody
    expect(people(' date 2021-11-03 Local MP Rachel Dunn said she would raise the issue in Parliament next week.')[0].actors).toEqual(['Rachel Dunn', 'Parliament']);
    expect(people(' date 2021-11-03 Former minister John Smith said on Monday that he would stand again.')[0].actors).toEqual(['John Smith']);
  });
  it('a name with a particle opening a sentence is one name', () => {
    expect(people(' date 2021-11 Jan van Dijk zei gisteren dat hij stopt.')[0].actors).toEqual(['Jan van Dijk']);
  });
});

describe('quotations', () => {
  it('a capitalised word opening a quotation is no name unless the article names it elsewhere', () => {
    const actors = (text: string) => extractEvents(text).map((e) => e.actors);
    // the saying and its planned content: two records, neither with "People" as an actor
    expect(actors(' date 2009-05-01 A top official said on Friday, “People will be able to buy cars.”')).toEqual([[], []]);
    const known = extractEvents(' date 2009-05-01 Analyst Erich Merkle said on Friday, “Chrysler will survive.” On Monday the bank helped Chrysler.');
    expect(known.filter((e) => e.sentence.includes('survive')).flatMap((e) => e.actors)).toContain('Chrysler');
  });
});

describe('title ends', () => {
  it('a relative clause after a preposition stays with it (no title is cut); a verb particle stays', () => {
    const titles = (text: string) => extractEvents(text).map((e) => e.title);
    expect(titles(' date 2009-05-01 On Friday the firm began a short process, during which the plant will stay open.')[0]).toBe(
      'The firm began a short process, during which the plant will stay open',
    );
    expect(titles(' date 2023-03-14 A petition was handed over on Monday.')).toEqual(['A petition was handed over']);
  });
  it('two Dutch prepositions before a removed date go with it; a separable particle stays', () => {
    const titles = (text: string) => extractEvents(text).map((e) => e.title);
    expect(titles(' date 2024-03 Het museum blijft tot in maart dicht.')).toEqual(['Het museum blijft dicht']);
    expect(titles(' date 2024-03 Het ziekenhuis gaat uiterlijk in september weer open.')).toEqual(['Het ziekenhuis gaat weer open']);
    expect(titles(' date 2024-03 De fabriek gaat op in mei.')).toEqual(['De fabriek gaat op']);
  });
});

describe('names with symbols and offices', () => {
  const actors = (text: string) => extractEvents(text).flatMap((e) => e.actors);
  it('"S&P" and "Procter & Gamble" are one name each; a time zone is no actor; a vice president is an office', () => {
    expect(actors(' date 2007-02-27 Other indices such as the S&P 500 dipped on Tuesday.')).toEqual(['S&P']);
    expect(actors(' date 2007-02-27 On Tuesday Procter & Gamble cut prices.')).toEqual(['Procter & Gamble']);
    expect(actors(' date 2008-09-20 The Dow Jones was up 3.10% at 14:58 UTC.')).toEqual(['Dow Jones']);
    expect(actors(' date 2007-02-27 On Tuesday U.S. Vice President Richard Cheney visited troops.')).toEqual(['Richard Cheney']);
  });
});

describe('subject first again after a removed fronted date (Dutch)', () => {
  const titles = (text: string) => extractEvents(text).map((e) => e.title);
  it('a quantity or a number opens the subject, and after "een" an uninflected adjective belongs to it', () => {
    expect(titles(' date 2021-11 Vorige week protesteerden honderden omwonenden op het Stadhuisplein.')).toEqual(['Honderden omwonenden protesteerden op het Stadhuisplein']);
    expect(titles(' date 2021-11 Gisteren protesteerden 300 boeren op het Malieveld.')).toEqual(['300 boeren protesteerden op het Malieveld']);
    expect(titles(' date 2021-11 Eind december wordt een nieuw onderzoek naar de luchtkwaliteit gepubliceerd.')).toEqual(['Een nieuw onderzoek wordt naar de luchtkwaliteit gepubliceerd']);
  });
  it('"veel" opens a subject; before a quantity a pronoun is the subject alone', () => {
    expect(titles(' date 2023-01-15 Sinds de zomer van 2022 kampen veel gezinnen met betalingsproblemen.')).toEqual(['Veel gezinnen kampen met betalingsproblemen']);
    expect(titles(' date 2023-01-15 Gisteren kostte het veel.')).toEqual(['Het kostte veel']);
  });
  it('an office before a name, and a "van" phrase on the subject, move with it', () => {
    expect(titles(' date 2024-02-08 Vorige maand kondigde minister Jetten aan dat er een steunfonds komt.')[0]).toBe('Minister Jetten kondigde aan dat er een steunfonds komt');
    expect(titles(' date 2024-02-08 Halverwege 2025 loopt het prijsplafond van het kabinet definitief af.')).toEqual(['Het prijsplafond van het kabinet loopt definitief af']);
    expect(titles(' date 2024-02-08 Gisteren sloot de directeur van de school het gebouw.')).toEqual(['De directeur van de school sloot het gebouw']);
    // negative: a "van" phrase after the object stays where it is
    expect(titles(' date 2024-02-08 Gisteren kocht de gemeente een pand van de provincie.')).toEqual(['De gemeente kocht een pand van de provincie']);
  });
  it('a noun of quantity moves with its counted plural: "is het aantal parkeerplaatsen gedaald"', () => {
    expect(titles(' date 2024-03-15 Vorig jaar is het aantal parkeerplaatsen met ruim tien procent gedaald.')).toEqual(['Het aantal parkeerplaatsen is met ruim tien procent gedaald']);
    expect(titles(' date 2024-03-15 Vorig jaar is het aantal nieuwe woningen gedaald.')).toEqual(['Het aantal nieuwe woningen is gedaald']);
    expect(titles(' date 2024-03-15 Gisteren protesteerde een groep ondernemers op het plein.')).toEqual(['Een groep ondernemers protesteerde op het plein']);
    // negative: an adverb after the noun of quantity stays where it is
    expect(titles(' date 2024-03-15 Vorig jaar is het aantal fors gestegen.')).toEqual(['Het aantal is fors gestegen']);
  });
  it('a bare plural noun after the fronted verb is the subject: "Vanaf 2026 betalen fietsers ..."', () => {
    expect(titles(' date 2025-06-12 Vanaf 1 januari 2026 betalen fietsers een euro per dag.')).toEqual(['Fietsers betalen een euro per dag']);
    expect(titles(' date 2025-06-12 Vanaf maandag gelden nieuwe regels voor fietsers.')).toEqual(['Nieuwe regels gelden voor fietsers']);
    expect(titles(' date 2024-10 In het voorjaar volgt een expositie over textiel uit de regio.')).toEqual(['Een expositie volgt over textiel uit de regio']);
    // negatives: an adverb before the subject, and a subject that already leads after a dropped "Of"
    expect(titles(' date 2025-06-12 Gisteren ging opnieuw de brug dicht.')).toEqual(['Ging opnieuw de brug dicht']);
    expect(titles(' date 2020-08 Of hij zoekt naar een opvolger van Loekasjenko.')).toEqual(['Hij zoekt naar een opvolger van Loekasjenko']);
  });
  it('"het" before no noun is the subject alone: "Zaterdag wordt het nog warmer", "zondag koelt het af"', () => {
    expect(titles(' date 2024-07-19 Zaterdag wordt het nog warmer.')).toEqual(['Het wordt nog warmer']);
    expect(titles(' date 2024-07-19 Zondag koelt het af.')).toEqual(['Het koelt af']);
    // negative: "het" before its noun takes the noun along
    expect(titles(' date 2024-07-19 Zondag sluit het zwembad.')).toEqual(['Het zwembad sluit']);
  });
  it('a fronted verb with a "that" clause right after it takes "het": "Begin augustus bleek dat ..."', () => {
    expect(titles(' date 2022-09 Begin augustus bleek dat een van de deuren niet goed sluit.')).toEqual(['Het bleek dat een van de deuren niet goed sluit']);
    // negative: "dat" before a number is the subject itself
    expect(titles(' date 2024-02-08 In januari was dat voor een gezin 165 euro.')).toEqual(['Dat was voor een gezin 165 euro']);
  });
  it('negative: the clause-final verb is no noun of the subject', () => {
    expect(titles(' date 2021-11 Morgen wordt een man verwacht.')).toEqual(['Een man wordt verwacht']);
    expect(titles(' date 2021-11 Morgen wordt een bod gedaan.')).toEqual(['Een bod wordt gedaan']);
  });
  it('English: a determiner left before a removed date is dropped', () => {
    // the closing frame of a denial is the saying's own record
    expect(titles(' date 2023-03-14 We could not wait another winter, she said on Monday.')).toEqual(['We could not wait', 'She said']);
  });
});

describe('a place that qualifies a name', () => {
  it('"The US automobile manufacturer Ford": Ford acts, the US is a place', () => {
    const [e] = extractEvents(' date 2009-11-03 The US automobile manufacturer Ford said on Monday that it made a profit.');
    expect({ actors: e.actors, places: e.places }).toEqual({ actors: ['Ford'], places: ['US'] });
  });
  it('negative: a place opening the sentence before its verb still acts', () => {
    expect(extractEvents(' date 2020-08-16 Rusland heeft gisteren gezegd dat het leger klaarstaat.')[0].actors).toEqual(['Rusland']);
  });
});

describe('English keeps its order, and a closing frame is told by where its verb stands', () => {
  const tagged = (text: string) => extractEvents(text).map((e) => e.title);
  it('after a removed fronted date the English subject already comes first', () => {
    expect(tagged(' date 2024-05-23 By 2010, prices had doubled.')).toEqual(['Prices had doubled']);
  });
  it('", he said the country faced ..." is the statement; ", said analyst Jane Doe" is a frame', () => {
    expect(tagged(' date 2024-05-23 Speaking outside Downing Street on Wednesday, he said the country faced a choice.')).toEqual([
      'Speaking outside Downing Street, he said the country faced a choice',
    ]);
    expect(tagged(' date 2024-05-23 It took too long on Monday for the money to arrive, said Uralsib analyst Jane Doe.')).toEqual([
      'It took too long for the money to arrive',
    ]);
  });
  it('a closing frame with a name set between commas in it is still cut: ", the leader, Karen Doyle, announced"', () => {
    expect(tagged(" date 2025-09-05 The vote has been postponed until October, the council's leader, Karen Doyle, announced on Thursday.")).toEqual([
      'The vote has been postponed',
    ]);
    // negative: a tail opened by a conjunction holds a clause of its own
    // (a denial: the saying is a record of its own)
    expect(tagged(' date 2018-06-14 "We have seen storms before, but never one so strong," he said.')).toEqual(['We have seen storms before, but never one so strong', 'He said']);
    // a pointing word before the closing mark is the phrase's noun: "like this,"
    expect(tagged(' date 2018-06-14 "We have never seen a storm like this," he said on Monday.')).toEqual(['We have never seen a storm like this', 'He said']);
  });
  it('a name set between commas beside the subject is no closing frame: "The chief executive, Dave Lees, told ..."', () => {
    expect(tagged(" date 2023-06-20 The airport's chief executive, Dave Lees, told the BBC he was delighted.")).toEqual([
      "The airport's chief executive, Dave Lees, told the BBC he was delighted",
    ]);
    // negative: a frame after a finished clause is still cut
    expect(tagged(' date 2023-06-20 The plan broke climate targets, campaigners said.')).toEqual(['The plan broke climate targets']);
  });
  it('a range between removed dates goes whole, and a sign stays with its number', () => {
    expect(tagged(' date 2024-03-15 Michael Grant was found guilty of accepting £300,000 between 2016 and 2019.')).toEqual(['Michael Grant was found guilty of accepting £300,000']);
    expect(tagged(' date 2008-11-17 The economy contracted by 0.9% between April and June.')).toEqual(['The economy contracted by 0.9%']);
    expect(tagged(' date 2010-03-02 US car sales dropped 18% in 2009 to 13.2 million.')).toEqual(['US car sales dropped 18% to 13.2 million']);
    // negative: "and" between a removed date and a word stays
    expect(tagged(' date 2024-03-15 Prices rose in 2019 and wages fell.')[0]).toBe('Prices rose and wages fell');
  });
  it('"in de loop van [volgend jaar]", "in the course of [2024]" go with the removed expression', () => {
    expect(tagged(' date 2023-10 Volgens een woordvoerder worden de deuren in de loop van volgend jaar vervangen.')).toEqual(['Volgens een woordvoerder worden de deuren vervangen']);
    expect(tagged(' date 2023-10 The doors will be replaced in the course of next year.')).toEqual(['The doors will be replaced']);
    // negative: a noun that is no course of time stays ("in de hal van")
    expect(tagged(' date 2023-10 De deuren staan in de hal van het station sinds maandag.')).toEqual(['De deuren staan in de hal van het station']);
  });
  it('"for most of [the past 18 months]" goes with the removed expression', () => {
    expect(tagged(' date 2024-05-23 Polls have shown the party trailing for most of the past 18 months.')).toEqual(['Polls have shown the party trailing']);
    expect(tagged(' date 2024-05-23 Prices rose for much of 2023.')).toEqual(['Prices rose']);
  });
  it('a Dutch possessive that is the sentence\'s last word is its verb: "klaar zijn"', () => {
    expect(tagged(' date 2024-05-23 De wet moet uiterlijk 1 juli klaar zijn.')).toEqual(['De wet moet klaar zijn']);
  });
});

describe('actors of coordinated clauses', () => {
  const actorsOf = (text: string) => extractEvents(text).map((e) => [e.title, e.actors]);
  it('a second clause without a subject acts through the first one’s actor', () => {
    expect(actorsOf(' date 2023-06-20 Harmon Group bought the site in 2020 and sold it in 2022.')).toEqual([
      ['Harmon Group bought the site', ['Harmon Group']],
      ['Harmon Group sold it', ['Harmon Group']],
    ]);
  });
  it('negative: a second clause with a subject of its own inherits nobody', () => {
    const events = actorsOf(' date 2023-06-20 North Somerset Council rejected it in 2020, but the government overturned that decision a year later.');
    expect(events).toEqual([
      ['North Somerset Council rejected it', ['North Somerset Council']],
      ['The government overturned that decision', []],
    ]);
    expect(actorsOf(' date 2021-03 Harmon Group kocht het terrein in 2020, en de gemeente kocht het in 2022 terug.')[1][1]).toEqual([]);
  });
});

describe('lengths of time in titles', () => {
  const titlesOf = (text: string) => extractEvents(text).map((e) => e.title);
  it('a length or a repetition with no place in the calendar is part of what happened', () => {
    expect(titlesOf(' date 2011-01-17 He took six months off in early 2009.')).toEqual(['He took six months off']);
    expect(titlesOf(' date 2023-03-14 Dat kan enkele maanden duren.')).toEqual(['Dat kan enkele maanden duren']);
    expect(titlesOf(' date 2008-07-02 The Air Force has 60 days to respond to the GAO.')).toEqual(['The Air Force has 60 days to respond to the GAO']);
  });
  it('negatives: a length that dates the clause goes; one that measures a distance stays with the rest of its phrase', () => {
    // the saying and the planned appeal are two records
    expect(titlesOf(' date 2023-06-20 They said they would appeal within 21 days.')).toEqual(['They said', 'They would appeal']);
    expect(titlesOf(' date 2007-09-01 The plane left four hours after its scheduled departure on Saturday.')).toEqual(['The plane left four hours after its scheduled departure']);
    expect(titlesOf(' date 2007-09-01 The council voted on March 3. Two weeks after the vote, the alderman resigned.')[1]).toBe('Two weeks after the vote, the alderman resigned');
  });
});

describe('two clauses joined without a comma', () => {
  const dated = (text: string) => extractEvents(text).map((e) => [e.title, e.date.value]);
  it('a conjunction right after a time and before a verb phrase with a time of its own parts them', () => {
    expect(dated(' date 2011-01-17 He fought cancer in 2004 and took six months off in early 2009.')).toEqual([
      ['He fought cancer', '2004'],
      ['Took six months off', '2009'],
    ]);
    expect(dated(' date 2023-06-20 De gemeente kocht het terrein in 2020 en verkocht het in 2022.')).toEqual([
      ['De gemeente kocht het terrein', '2020'],
      ['Verkocht het', '2022'],
    ]);
  });
  it('a second clause set beside the first with a comma and opened by its own time is an event of its own', () => {
    expect(dated(' date 2024-02-08 Eind vorig jaar betaalde een huishouden nog 210 euro per maand, in januari was dat 165 euro.')).toEqual([
      ['Een huishouden betaalde nog 210 euro per maand', '2023'],
      ['Dat was 165 euro', '2024-01'],
    ]);
    expect(dated(' date 2024-02-08 Prices fell in December, in January they rose again.')).toHaveLength(2);
  });
  it('negatives: a comma inside a date, a comparison, or a time that only adds to the first stay one clause', () => {
    expect(dated(' date 2009-02-24 The index remained above its November 20, 2008 low of 1316.12.')).toHaveLength(1);
    expect(dated(' date 2005-11-01 The plane arrives on November 11, three days later than originally planned.')).toHaveLength(1);
    expect(dated(' date 2019 De gaswinning stopt uiterlijk in 2022, een jaar eerder dan het kabinet vorig jaar had aangekondigd.')).toHaveLength(1);
    expect(dated(' date 2024-02-08 The council met on Monday, in the evening.')).toHaveLength(1);
  });
  it('negatives: another time, a noun phrase, a lone adverb or a range carried on stay one clause', () => {
    expect(dated(' date 2023-06-20 Harmon Group bought land in 2020 and 2022.')).toHaveLength(1);
    expect(dated(' date 2023-06-20 Harmon Group bought land in 2020 and again in 2022.')).toHaveLength(1);
    expect(dated(' date 2023-06-20 Prices rose in March and the summer was hot in July.')).toHaveLength(1);
    expect(dated(' date 2021-03 Construction will begin next month and last until the end of September.')).toEqual([
      ['Construction will begin and last', '2021-04/2021-09'],
    ]);
  });
});

describe('speakers: who is spoken to, and "zei ze" / "he said"', () => {
  const actorsOf = (text: string) => extractEvents(text).map((e) => e.actors);
  it('the listener is no actor: "zei ze tegen RTV Oost", "told the BBC"', () => {
    expect(actorsOf(' date 2023-03-14 De wethouder zei dinsdag tegen RTV Oost dat de brug dichtgaat.')[0]).not.toContain('RTV Oost');
    expect(actorsOf(' date 2023-06-20 The chief executive, Dave Lees, told the BBC on Monday that he was delighted.')[0]).toEqual(['Dave Lees']);
  });
  it('a pronoun beside a reporting verb is the person who spoke last', () => {
    const dutch = ' date 2023-03-14 Volgens bestuursvoorzitter Marieke de Wit is de fusie nodig. "We zien al jaren dat artsen vertrekken," zei ze tegen RTV Oost.';
    expect(actorsOf(dutch)).toEqual([['Marieke de Wit'], ['Marieke de Wit']]);
    const english = ' date 2023-06-20 Dave Lees told the BBC he was delighted. He said the airport had waited four years for the ruling.';
    expect(actorsOf(english)).toEqual([['Dave Lees'], ['Dave Lees']]);
    const apposition = ' date 2007-02-28 Julien Talavan, a spokesman for Force Ouvrière, said the response was massive. "This is just the beginning," he said.';
    expect(actorsOf(apposition)[1]).toEqual(['Julien Talavan']);
    const inverted = ' date 2009-11-05 "It is the best decision," said the general secretary of the union, Tony Woodley. "I am delighted," he told the BBC.';
    expect(actorsOf(inverted)[1]).toEqual(['Tony Woodley']);
  });
  it('"volgens hem" is the person named before, also one given with an office in a sentence of no speech', () => {
    const text = ' date 2025-06-12 Wethouder Daan Verhoef verdedigde het besluit. Volgens hem staan er te veel fietsen. "Alles was bezet," zei hij.';
    expect(actorsOf(text)).toEqual([['Daan Verhoef'], ['Daan Verhoef'], ['Daan Verhoef']]);
    // an office compound: "GroenLinks-raadslid Sanne Bakker" is Sanne Bakker, and "noemde" reports
    const party = ' date 2025-06-12 GroenLinks-raadslid Sanne Bakker noemde het plan een boete. Ze kondigde aan dat haar partij met een motie komt.';
    expect(extractEvents(party).map((e) => [e.kind, e.actors])).toEqual([
      ['reported', ['Sanne Bakker']],
      ['reported', ['Sanne Bakker']],
    ]);
    // negative: "volgens haar moeder" is someone else
    expect(actorsOf(' date 2025-06-12 Wethouder Anna de Vries stemde tegen. Volgens haar moeder is dat dapper.')[1]).toEqual([]);
  });
  it('a pronoun before a verb of stance is the person too ("Ze verwacht dat ..."), unless an organisation spoke between', () => {
    const text = ' date 2022-09 "Dat hadden we niet zien aankomen," zegt projectleider Anouk Visser. Ze verwacht dat de reparatie zes weken duurt.';
    expect(actorsOf(text)[1]).toEqual(['Anouk Visser']);
    const between = ' date 2023-03-14 "We zien dat artsen vertrekken," zei Marieke de Wit. Vakbond FNV is kritisch. Zij vreest dat er banen verdwijnen.';
    expect(actorsOf(between)[2]).toEqual([]);
  });
  it('a form of address makes a person of a one-word name: "Mr MacFarlane said ... he said"', () => {
    const text = ' date 2006-05-05 Mr MacFarlane said that the facility was exciting. "The funding has helped Ford," he said.';
    expect(actorsOf(text)[1]).toEqual(['MacFarlane', 'Ford']);
    // negative: a one-word name without one is no person to point back to
    expect(actorsOf(' date 2006-05-05 MacFarlane said that the facility was exciting. "The funding has helped Ford," he said.')[1]).toEqual(['Ford']);
  });
  it('negatives: "said he" opens what was said, "zeiden ze" is many, and a speaker needs a person named before', () => {
    expect(actorsOf(' date 2023-06-20 Helen Carter said the plan is good. Tom Reed said he was shocked.')[1]).toEqual(['Tom Reed']);
    // (the last record: "dat de fusie nodig is" keeps the present after a past saying, a record of its own)
    expect(actorsOf(' date 2023-03-14 Marieke de Wit zei dat de fusie nodig is. "Dat klopt niet," zeiden ze.').at(-1)).toEqual([]);
    // (a pronoun beside no reporting verb still means the person named before: one person however named, issue 17)
    expect(actorsOf(' date 2023-03-14 Marieke de Wit zei dat de fusie nodig is. Ze ging dinsdag naar Zwolle.').at(-1)).toEqual(['Marieke de Wit']);
    // a name shaped like a person's in a sentence that reports no one's words is no speaker
    expect(actorsOf(' date 2005-06-06 Intel added Digital Rights to its chips in May. "This will happen next year," he said.')[1]).toEqual([]);
  });
});

describe('one record per event clause, each once', () => {
  const records = (text: string) => extractEvents(text).map((e) => [e.title, e.source.trigger?.text]);
  it('a participle with a subject of its own is one record, and its subject leaves its host title', () => {
    expect(records(' date 2008-03-01 That contract was fought for between Boeing and Lockheed Martin, Lockheed ultimately winning the contest.')).toEqual([
      ['That contract was fought for between Boeing and Lockheed Martin', 'fought'],
      ['Lockheed ultimately winning the contest', 'winning'],
    ]);
  });
  it('a relative clause that is a clause of the sentence is not split off its host a second time', () => {
    expect(records(' date 2007-01-20 Apple has reached a 78 percent increase in its profits during the last quarter, which ended December 30, 2006.')).toEqual([
      ['Apple has reached a 78 percent increase in its profits', 'reached'],
      ['The last quarter ended', 'ended'],
    ]);
  });
  it('negatives: a verb before a progressive is no subject of its own; a clause whose verb is still to come opens none', () => {
    expect(records(' date 2008-10-14 Henry Paulson, the US Treasury Secretary, explained the government\'s reasoning behind its plan.')).toEqual([
      ['Henry Paulson explained the government\'s reasoning behind its plan', 'explained'],
    ]);
    const jobs = records(' date 2007-03-01 France will lose 4,300 jobs, while the United Kingdom and Spain will see 1,600 jobs cut.');
    expect(jobs.map(([title]) => title)).toContain('The United Kingdom and Spain will see 1,600 jobs cut');
    expect(jobs).toHaveLength(2);
  });
});

describe('a record is told around a word of its title', () => {
  const records = (text: string) => extractEvents(text).map((e) => [e.title, e.source.trigger?.text]);
  it('the trigger of a statement with a closing speech frame is the statement\'s verb, which the title holds', () => {
    // (the saying of a plan is a record of its own after it: its first record is the statement)
    expect(records(' date 2006-10-05 The change in policy will occur within the next six months, Apple announced this morning.')[0]).toEqual(['The change in policy will occur', 'occur']);
    expect(records(' date 2025-03-10 Het zwembad gaat in juni dicht, zegt de wethouder.')[0]).toEqual(['Het zwembad gaat dicht', 'gaat']);
  });
  it('negative: a frame closes a statement with a verb; after an opening phrase the "frame" is the clause itself', () => {
    expect(records(' date 2005-09-27 Within one month of the iPod nano event, Apple Computer announced today another special event.')).toEqual([
      ['Within one month of the iPod nano event, Apple Computer announced another special event', 'announced'],
    ]);
    expect(records(' date 2025-03-10 Na een lange vergadering van de gemeenteraad, zei de burgemeester dinsdag niets.')[0][1]).toBe('zei');
  });
});

describe('a clause that shares its subject names it in its title', () => {
  const real = (text: string) => extractEvents(` date 2020-03-10 ${text}`, { language: 'en' }).map((e) => e.title);
  it('a subject that names no one is carried over: "The plant opened in 2010 and will close next year"', () => {
    expect(real('The plant opened in 2010 and will close next year.')).toEqual(['The plant opened', 'The plant will close']);
    expect(real('A new iOS update arrived in May and did not fix the antenna.')).toContain('A new iOS update did not fix the antenna');
  });
  it('negatives: no subject from a fronted time, a clause opening with a name, or words that are not a noun phrase', () => {
    expect(real('Last year the plant opened and will close in 2021.').join(' ')).not.toMatch(/Last year will/);
    expect(real('The deal closed in May, and Apple Computer bought the rest in June.')).toContain('Apple Computer bought the rest');
    expect(real('The banks continue to lend and will raise rates in June.').join(' ')).not.toMatch(/continue to will/);
  });
});

describe('two verb phrases sharing one subject, each with its own time, are two records with the subject', () => {
  const run = (text: string) => extractEvents(` date 2020-03-10 ${text}`, { language: 'en' }).map((e) => `${e.kind} | ${e.title}`);
  it('a past conjunct beside a plan keeps its own kind, and the plan names the subject: "cut 500 jobs in May and plans to close"', () => {
    expect(run('The company cut 500 jobs in May and plans to close two plants in 2021.')).toEqual(['occurred | The company cut 500 jobs', 'planned | The company plans to close two plants']);
    expect(run('The company closed a plant in May and plans to close two plants in 2021.')[0]).toBe('occurred | The company closed a plant');
  });
  it('a conjunct with a time of its own takes the subject: "but did not fix the antenna in June"', () => {
    expect(run('The engineers repaired the dish in May but did not fix the antenna in June.')).toContain('negated | The engineers did not fix the antenna');
  });
  it('negatives: nouns joined by "and", a range of numbers, and a second "that" clause stay as they are', () => {
    expect(run('The company cut prices and jobs in May.')).toEqual(['occurred | The company cut prices and jobs']);
    expect(run('The company hired between 300 and 500 workers in May and plans to hire more in 2021.')[0]).toBe('occurred | The company hired between 300 and 500 workers');
    expect(run('The company said it cut jobs in May and that it will close plants in 2021.')).toEqual(['reported | The company said', 'reported | It cut jobs', 'planned | It will close plants']);
  });
});
