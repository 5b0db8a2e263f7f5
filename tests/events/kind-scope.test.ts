/**
 * Kinds from grammar, by family: a negation, modal or future tells of the verb it governs, not of a clause inside
 * the record's clause (relative, "when", "because", "after", "whether", a "that" clause on a noun); a condition's
 * clause makes its clause conditional; a reporting frame's content takes its own kind. The real tagger is used, and
 * only kinds are asserted.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';
import { tokenize } from '../../src/events/tokens.js';
import { cuesFor } from '../../src/events/compiled-cues.js';
import { kindScope } from '../../src/events/kind.js';

const kindOf = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language })[0].kind;
/** The kind of what was said: the record that carries an attribution (a saying split off is a record of its own). */
const saidKindOf = (text: string, language = 'en') => {
  const records = extractEvents(` date 2021-11-03 ${text}`, { language });
  return (records.find((r) => r.attribution) ?? records[0]).kind;
};

describe('scope of negation', () => {
  it('a denial inside an inner clause denies nothing of the main verb', () => {
    expect(kindOf('Shares fell after the bank said it could not pay its debts.')).toBe('occurred');
    expect(kindOf('The court upheld the appeal, though not all of the claims were accepted.')).toBe('occurred');
    expect(kindOf('Apple released the update in response to complaints that it had not fixed the flaw.')).toBe('occurred');
    expect(kindOf('De rechter wees het beroep toe, hoewel niet alle klachten klopten.', 'nl')).toBe('occurred');
  });
  it('negative: a denial of the main verb, and one in a reporting frame\'s content, still deny', () => {
    expect(kindOf('The minister did not resign after the vote.')).toBe('negated');
    expect(saidKindOf('The company said that the plant had not closed.')).toBe('negated');
    expect(saidKindOf('De woordvoerder zei dat de fabriek niet sluit.', 'nl')).toBe('negated');
  });
  it('a negation of a phrase added on after a comma or "but", with no verb of its own, denies nothing of the clause\'s event', () => {
    expect(kindOf('The announcement was long-awaited but not a big surprise.')).toBe('occurred');
    expect(kindOf('The repairs will take years, not months.')).toBe('planned');
    expect(kindOf('The council approved the plan but not the budget.')).toBe('occurred');
    expect(kindOf('De opening was lang verwacht, maar geen grote verrassing.', 'nl')).toBe('occurred');
  });
  it('a denying word before a comparative and a "than" praises ("no more important task than", "geen belangrijkere taak dan")', () => {
    expect(kindOf('There is no more important task for the authorities than the stability of the financial system.')).toBe('occurred');
    expect(kindOf('Er is geen belangrijkere taak voor de gemeente dan de veiligheid van de inwoners.', 'nl')).toBe('occurred');
  });
  it('negative: with no "than" after it, "no more" denies', () => {
    expect(kindOf('No more aid will come from the government.')).toBe('negated');
    expect(kindOf('Er komt geen belangrijkere taak bij voor de gemeente.', 'nl')).toBe('negated');
  });
  it('a bound or a praise is no denial ("no less than", "like no other", "niet minder dan")', () => {
    expect(kindOf('Shares dropped by no less than 10 percent.')).toBe('occurred');
    expect(kindOf('This industry is, like no other, an emblem of the American spirit.')).toBe('occurred');
    expect(kindOf('De koers daalde met niet minder dan tien procent.', 'nl')).toBe('occurred');
  });
  it('negative: a negation with a verb after it, or of the verb itself, still denies', () => {
    expect(extractEvents(' date 2021-11-03 The minister resigned, but did not say why.', { language: 'en' }).map((r) => r.kind)).toEqual(['occurred', 'negated']);
    expect(kindOf('The union said no.')).toBe('negated');
    expect(kindOf('De partijen bereikten gisteren geen akkoord over de begroting.', 'nl')).toBe('negated');
  });
  it('"No." before a number is no denial', () => {
    expect(kindOf('The store became the No. 1 music seller.')).toBe('occurred');
    expect(kindOf('No buyer was found.')).toBe('negated');
  });
});

describe('scope of modal verbs and hedges', () => {
  it('a guess on a noun or in a relative clause is not the main event\'s', () => {
    expect(kindOf('Markets fell on worries that the plan might fail.')).toBe('occurred');
    expect(kindOf('The company, which could be sold, posted a loss.')).toBe('occurred');
    expect(kindOf('Stocks dropped amid worries over whether the carmaker will be able to keep operating.')).toBe('occurred');
  });
  it('"can" tells what is possible, as Dutch "kan" does; what was done is no guess', () => {
    expect(kindOf('The aircraft can fly 9,420 miles.')).toBe('speculative');
    expect(kindOf('Het vliegtuig kan 15.000 kilometer vliegen.', 'nl')).toBe('speculative');
    expect(kindOf('The aircraft flew 9,420 miles.')).toBe('occurred');
  });
  it('negative: the clause\'s own modal, an expectation and a thought still guess', () => {
    expect(kindOf('The company could be sold.')).toBe('speculative');
    expect(saidKindOf('It is expected that the plane will arrive in May.')).toBe('speculative');
    expect(saidKindOf('Analysts think that the index could rise.')).toBe('speculative');
    expect(saidKindOf('The company said that sales may fall.')).toBe('speculative');
  });
});

describe('what a hedge does not reach (issue 17, speculative and negated)', () => {
  const kindsOf = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language }).map((r) => r.kind);
  it('a verb of expecting in a comparison tells what was expected, no guess', () => {
    expect(kindOf('The increase was better than analysts had predicted.')).toBe('occurred');
    expect(kindOf('De omzet steeg sterker dan de directie voorspelde.', 'nl')).toBe('occurred');
  });
  it('negative: a modal after "than" with its own subject still guesses', () => {
    expect(kindOf('Profits rose more than 200 homes could be lost.')).toBe('speculative');
    expect(kindOf('Analysts predicted a loss.')).toBe('speculative');
  });
  it('"not including" leaves something out and denies nothing', () => {
    expect(kindOf('Not including special items, the firm lost 5.9 billion dollars.')).toBe('occurred');
    expect(kindOf('De bonussen niet meegerekend, boekte de bank een winst van twee miljoen euro.', 'nl')).toBe('occurred');
  });
  it('a guess reaches no participle after it nor a clause past in its own tense', () => {
    expect(kindsOf('The jet can fly 9,420 miles with 301 passengers, giving it a range greater than any other airliner.')).toEqual(['speculative', 'occurred']);
    expect(kindsOf('Jobs believes the store may change the film industry, as the music store did when the iPod first was released.')).toEqual(['speculative', 'occurred', 'occurred']);
  });
  it('a split saying\'s verb of expecting hedges its content, not itself', () => {
    expect(kindsOf('De directie voorspelde dat de omzet dit jaar zal dalen.', 'nl')).toEqual(['occurred', 'speculative']);
    expect(kindsOf('Analysts fear that shares will drop.')).toEqual(['occurred', 'speculative']);
  });
  it('a saying with its "that" left out before a hedged verb, or closed by a speaker with an apposition, is split from it', () => {
    expect(kindsOf('Louis Gallois said the company expects to cut 4,300 jobs.')).toEqual(['reported', 'speculative']);
    expect(kindsOf('Some say history tends to repeat itself.')).toEqual(['reported', 'speculative']);
    expect(kindsOf('“This is not a day anybody can be prepared for,” said Jim Press, the vice chairman of Chrysler.')).toEqual(['negated', 'reported']);
  });
  it('negative: a plain content stays one record with its saying', () => {
    expect(kindsOf('He said the company\'s profit rose.')).toEqual(['reported']);
  });
  it('a clause after a semicolon keeps its own kind', () => {
    expect(kindsOf('Members can add applications for free; the store will charge nothing.')).toEqual(['speculative', 'negated']);
    expect(kindsOf('De brug kan volgend jaar dicht; de veerpont vaart sinds januari niet meer.', 'nl')).toEqual(['speculative', 'negated']);
  });
  it('after a semicolon an article, a noun and a present in -s are a clause of their own, which a guess before does not reach', () => {
    expect(kindsOf('Any members of the program can add applications to the store for free; the program costs $99 to join.')).toEqual(['speculative', 'occurred']);
  });
  it('negative: without a semicolon, or with a plural noun and no verb after the article, no clause is parted', () => {
    expect(kindsOf('Members can add applications for free and the program costs.')).toHaveLength(1);
    expect(kindsOf('Members can add applications for free; the price cuts.')).toEqual(['speculative']);
  });
  it('fearing and forecasting frame a guess', () => {
    expect(kindsOf('Banks are injecting funds, fearing that many firms will be insolvent.')).toEqual(['occurred', 'speculative']);
    expect(kindsOf('The reports surprised analysts, who had forecast that the company would lose money.')).toEqual(['reported', 'speculative']);
  });
  it('"did not say whether" denies the saying; the confirmation before it is no plan', () => {
    expect(kindsOf('Apple confirmed that Papermaster had left the company, but did not say whether he decided to leave.')).toEqual(['reported', 'negated']);
  });
  it('negative: a hedge of the saying itself still guesses', () => {
    expect(kindsOf('De directie kan hebben voorspeld dat de omzet dit jaar zal dalen.', 'nl')).toEqual(['speculative']);
  });
});

describe('scope of future auxiliaries and plans', () => {
  it('a future in a relative clause plans nothing of the main event', () => {
    expect(kindOf('The team owns a plane which it will fly.')).toBe('occurred');
    expect(kindOf('Het bedrijf kocht een vliegtuig dat het zal inzetten.', 'nl')).toBe('occurred');
  });
  it('a relative clause on the subject without a closing comma ends at the main clause\'s auxiliary', () => {
    expect(kindOf('Dealerships whose franchises are not renewed will receive a letter.')).toBe('planned');
    expect(kindOf('Staff who joined last year will move to Leeds.')).toBe('planned');
  });
  it('negative: the main clause\'s future plans, whatever the clause before or after it holds', () => {
    expect(kindOf('When the plant closes, 500 workers will lose their jobs.')).toBe('planned');
    expect(saidKindOf('The company said it would axe 10,000 jobs.')).toBe('planned');
    expect(kindOf('Het bedrijf zal een fabriek bouwen die niet groot is.', 'nl')).toBe('planned');
  });
});

describe('a plan and the clauses split off it', () => {
  /** Kind and date of each record of the text. */
  const records = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language }).map((r) => [r.kind, r.date.edtf]);
  it('a relative clause or a clause of reason beside a plan tells a fact of its own, placed by its own verb', () => {
    expect(records('They will be owned by AirTanker, who retains leasing rights to five aircraft, but will fly in RAF livery.')).toEqual([
      ['planned', '[2021-11-04..]'], ['occurred', '2021-11-03'], ['planned', '[2021-11-04..]'],
    ]);
    expect(records('The planes will be delivered in 2010, as the old fleet is worn out.')[1]).toEqual(['occurred', '2021-11-03']);
  });
  it('a relative clause between commas on the subject, before the main verb, is an event of its own with its own kind', () => {
    const titled = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language }).map((r) => [r.kind, r.title]);
    expect(titled('The airline, which chose the Airbus A350 over the Boeing 787, will also buy 20 Boeing 777s.')).toEqual([
      ['planned', 'The airline will also buy 20 Boeing 777s'], ['occurred', 'The airline chose the Airbus A350 over the Boeing 787'],
    ]);
    expect(titled('The union, which did not sign the deal, will strike on Monday.')).toEqual([['planned', 'The union will strike'], ['negated', 'The union did not sign the deal']]);
    expect(titled('De bond, die het akkoord niet tekende, gaat maandag staken.', 'nl').map(([kind]) => kind)).toEqual(['planned', 'negated']);
  });
  it('negative: a state told by a copula alone before the main verb makes no record, and its denial is not the main verb\'s', () => {
    expect(records('The plant, which is not profitable, could close next year.')).toEqual([['speculative', '2022']]);
    expect(extractEvents(' date 2021-11-03 De fabriek, die niet rendabel is, kan volgend jaar sluiten.', { language: 'nl' }).map((r) => r.kind)).toEqual(['speculative']);
  });
  it('a clause of reason beside a guess tells a fact of its own ("it pays": a present after "it")', () => {
    expect(records('The loss could swell further as it pays pensions to former workers.')).toEqual([['speculative', '[2021-11-04..]'], ['occurred', '2021-11-03']]);
  });
  it('negative: a clause of time under a guess shares it; "between 305 and 550" joins numbers, not clauses', () => {
    expect(records('The loss could swell further when it pays pensions to former workers.').map(([kind]) => kind)).toEqual(['speculative', 'speculative']);
    expect(records('The stadium holds between 20,000 and 30,000 fans.')).toHaveLength(1);
    expect(extractEvents(' date 2021-11-03 Het stadion biedt plaats aan tussen 20.000 en 30.000 toeschouwers en krijgt volgend jaar een nieuw dak.', { language: 'nl' })[0].title).toBe(
      'Het stadion biedt plaats aan tussen 20.000 en 30.000 toeschouwers',
    );
  });
  it('a reduced clause after a comma with a time of its own is an event of its own; its time does not date the clause it hangs on', () => {
    const all = (text: string) => extractEvents(` date 2021-11-03 ${text}`, { language: 'en' }).map((r) => [r.kind, r.date.edtf, r.title]);
    expect(all('The company showed a preview of its forthcoming phone, to be released in March.')).toEqual([
      ['occurred', '[..2021-11-02]', 'The company showed a preview of its forthcoming phone'], ['planned', '2022-03', 'Its forthcoming phone to be released'],
    ]);
    expect(records('Fiat has increased its stake to 46 percent, expected to rise to 57% by the end of the year.').map(([kind]) => kind)).toEqual(['occurred', 'speculative']);
    expect(extractEvents(' date 2021-03-15 De gemeente presenteerde gisteren het ontwerp voor de nieuwe brug, gepland voor 2027.', { language: 'nl' }).map((r) => [r.kind, r.date.edtf])).toEqual([
      ['occurred', '2021-03-14'], ['planned', '2027'],
    ]);
  });
  it('negative: "due to" with no verb right after it is a cause, and one after a time hangs on no noun: no reduced clause', () => {
    expect(records('The plane was delayed due to what officials called a technical fault on Monday.')).toHaveLength(1);
    expect(records('Construction began in 2020, expected to finish in 2023.')).toHaveLength(1);
  });
  it('a time word before a noun tells of that thing, not of the clause\'s event ("the upcoming summit", "de komende verkiezingen")', () => {
    expect(kindOf('Ministers prepared for the upcoming summit.')).toBe('occurred');
    expect(kindOf('De partij begon gisteren aan de campagne voor de komende verkiezingen.', 'nl')).toBe('occurred');
  });
  it('negative: a time word of the event itself still makes it planned', () => {
    expect(kindOf('The report is forthcoming.')).toBe('planned');
    expect(kindOf('De gemeente opent binnenkort een nieuw zwembad.', 'nl')).toBe('planned');
  });
  it('negative: a clause of time under a plan shares the plan and its time; so does one with a future of its own', () => {
    expect(records('Nardelli will step down when the bankruptcy proceedings are finalized.')).toEqual([['planned', '[2021-11-04..]'], ['planned', '[2021-11-04..]']]);
    expect(records('The new phone will come with the software, which will be available next week.')[1][0]).toBe('planned');
  });
  it('a plan told in a clause split off is that clause\'s, not its host\'s', () => {
    expect(kindOf('Chrysler has asked the government for more aid, saying that it plans to fire 3,000 employees.')).toBe('occurred');
    expect(kindOf('Apple confirmed that Papermaster had left the company, but did not say whether he decided to leave.')).toBe('reported');
    expect(kindOf('De wethouder bevestigde dat de directeur was vertrokken, maar zei niet of hij had besloten te vertrekken.', 'nl')).toBe('reported');
  });
  it('a saying in a clause split off and what it said are two records when the content tells a kind of its own', () => {
    const titled = (text: string) => extractEvents(` date 2021-11-03 ${text}`, { language: 'en' }).map((r) => [r.kind, r.date.edtf, r.title]);
    expect(titled('General Motors has asked the government for more aid, saying that it plans to fire 3,000 employees.').slice(1)).toEqual([
      ['reported', '[..2021-11-02]', 'General Motors saying'], ['planned', '2021-11-03', 'It plans to fire 3,000 employees'],
    ]);
    // a verb of expecting hedges what it frames, not the saying; neither takes its host's time (the third quarter)
    expect(titled('Ford has said that it posted a net profit in the third quarter, and predicted that it would be solidly profitable by 2023.').slice(2)).toEqual([
      ['reported', '[..2021-11-02]', 'Ford predicted'], ['speculative', '[2021-11-04..2023-12-31]', 'It would be solidly profitable'],
    ]);
  });
  it('negative: a saying split off stays one record when its content tells no kind of its own, or no one says it', () => {
    expect(records('General Motors has asked the government for more aid, saying that it needs the money.')).toHaveLength(2);
    expect(records('Chrysler has asked the government for more aid, saying that it plans to fire 3,000 employees.')).toHaveLength(2);
  });
  it('a decision told in the past is the event, dated by its tense; what it decided is told in its title', () => {
    expect(records('Het college besloot het zwembad te sluiten.', 'nl')).toEqual([['occurred', '[..2021-11-02]']]);
    expect(records('After an inspection, Airbus decided to remove both winglets.')).toEqual([['occurred', '[..2021-11-02]']]);
  });
  it('a decision just taken and undated is two records: the decision done, its plan ahead', () => {
    const titled = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language }).map((r) => [r.kind, r.date.edtf, r.title]);
    expect(titled('Cerberus has agreed to take on the costs.')).toEqual([['occurred', '[..2021-11-02]', 'Cerberus has agreed'], ['planned', '[2021-11-04..]', 'Cerberus to take on the costs']]);
    expect(titled('Het college heeft besloten het zwembad aan de Kanaalweg te sluiten.', 'nl')).toEqual([
      ['occurred', '[..2021-11-02]', 'Het college heeft besloten'], ['planned', '[2021-11-04..]', 'Het college sluit het zwembad aan de Kanaalweg'],
    ]);
  });
  it('an agreement just concluded and what it agreed are two records: the signing done, the plan ahead', () => {
    const titled = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language }).map((r) => [r.kind, r.date.edtf, r.title]);
    expect(titled('AirTanker has signed a 27-year contract with the Defense Ministry to supply 14 tankers.')).toEqual([
      ['occurred', '[..2021-11-02]', 'AirTanker has signed a 27-year contract with the Defense Ministry'], ['planned', '[2021-11-04..]', 'AirTanker to supply 14 tankers'],
    ]);
    expect(titled('Het bedrijf heeft een contract getekend om veertien tankers te leveren.', 'nl')).toEqual([
      ['occurred', '[..2021-11-02]', 'Het bedrijf heeft een contract getekend'], ['planned', '[2021-11-04..]', 'Het bedrijf levert veertien tankers'],
    ]);
  });
  it('negative: an agreement told in a past story, or with no verb after it, stays one record', () => {
    expect(records('China Eastern said that it had signed a contract to purchase 20 jets.')).toHaveLength(1);
    expect(records('De bond sloot vorig jaar een akkoord om de lonen te verhogen.', 'nl')).toEqual([['occurred', '2020']]);
    expect(records('The union has signed the deal to a close.')).toHaveLength(1);
  });
  it('negative: a decision with a time of its own, or agreed to a thing, stays one record', () => {
    expect(records('Het kabinet heeft vorige maand besloten de belasting te verhogen.', 'nl')).toHaveLength(1);
    expect(records('The union has agreed to a deal.')).toEqual([['occurred', '[..2021-11-02]']]);
  });
  it('a decision and its plan, each with a time of its own, are two records: the decision and the plan', () => {
    const both = extractEvents(' date 2021-11-03 The council decided on Monday to close the pool next year.', { language: 'en' });
    expect(both.map((r) => [r.kind, r.date.value, r.title])).toEqual([['occurred', '2021-11-01', 'The council decided'], ['planned', '2022', 'The council to close the pool']]);
  });
  it('"plans" as the object of a verb is a noun: it tells of a plan without making the clause\'s event one', () => {
    expect(kindOf('The prime minister asked officials to make new tentative plans to save the economy.')).toBe('occurred');
    expect(kindOf('Apple has plans to import more features.')).toBe('occurred');
  });
  it('negative: "plans" after its subject is the verb of a plan', () => {
    expect(kindOf('The company plans to cut 3,000 jobs.')).toBe('planned');
    expect(kindOf('It also plans to cut two plants.')).toBe('planned');
  });
  it('negative: a decision with a future of its own and an intention stay planned; what an announcement announced is planned', () => {
    expect(records('The EU agreed to impose sanctions tomorrow.')).toEqual([['planned', '2021-11-04']]);
    expect(kindOf('Chrysler plans to cut 3,000 jobs.')).toBe('planned');
    expect(records('The army announced plans to hold an exercise near the border.').map(([kind]) => kind)).toEqual(['reported', 'planned']);
  });
  it('a "that" after a preposition is no saying\'s content: the condition stays with its clause', () => {
    expect(records('If a price is not agreed on by that time, Fiat will pay the average of two estimates.').map(([kind]) => kind)).toEqual(['conditional']);
  });
  it('negative: a content under a forecast is a guess, whatever its "would"', () => {
    expect(saidKindOf('The reports surprised most analysts, who had forecast that the company would lose money.')).toBe('speculative');
  });
});

describe('reporting frames and evidential adverbs', () => {
  it('"reportedly" tells who says so, not a guess: its clause keeps its own kind', () => {
    expect(kindOf('Ford will reportedly pay $57 million for the plant.')).toBe('planned');
    expect(kindOf('Apple reportedly bought the firm.')).toBe('reported');
  });
  it('negative: a hedge is still a guess', () => {
    expect(kindOf('Apple allegedly bought the firm.')).toBe('speculative');
  });
});

describe('conditionals', () => {
  it('"if", "unless", "als" make their clause\'s event conditional; a denial inside the condition is the condition\'s', () => {
    expect(kindOf('If a price is not agreed, Fiat will pay the average.')).toBe('conditional');
    expect(kindOf('The union will strike unless wages rise.')).toBe('conditional');
    expect(kindOf('Als er geen koper komt, sluit de fabriek.', 'nl')).toBe('conditional');
  });
  it('negative: a denial of the main verb outranks the condition', () => {
    expect(kindOf('Fiat will not pay if a price is agreed.')).toBe('negated');
    expect(kindOf('De fabriek sluit niet als er een koper komt.', 'nl')).toBe('negated');
  });
});

describe('a clause joined on tells its own kind: after a conjunction and an adverb, a linking adverb, or with a denied subject', () => {
  const kindsOf = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language }).map((r) => [r.kind, r.title]);
  it('a denial in the first clause does not reach a clause joined on after "but instead", "however" or "maar daarna"', () => {
    expect(kindsOf("Boeing's new design does not attempt to compete with the A380 but instead is aimed at a more efficient flight.")).toEqual([
      ['negated', "Boeing's new design does not attempt to compete with the A380"],
      ['occurred', "Boeing's new design is aimed at a more efficient flight"],
    ]);
    expect(kindsOf('The airline will not buy new planes, however, it will lease two.').map(([kind]) => kind)).toEqual(['negated', 'planned']);
    expect(kindsOf('Het kabinet verlengt de regeling niet, maar daarna komt er een nieuwe subsidie.', 'nl')).toEqual([
      ['negated', 'Het kabinet verlengt de regeling niet'],
      ['occurred', 'Daarna komt er een nieuwe subsidie'],
    ]);
  });
  it('a denied subject ("no more", "nobody", "geen enkele") denies its own clause, not the first', () => {
    expect(kindsOf('General Motors will receive bridge loans from Canada, however no more will come from the US unless the companies change.')).toEqual([
      ['planned', 'General Motors will receive bridge loans from Canada'],
      ['negated', 'No more will come from the US unless the companies change'],
    ]);
    expect(kindsOf('The plant will close in May and nobody will lose their job.').map(([kind]) => kind)).toEqual(['planned', 'negated']);
    expect(kindsOf('De gemeente krijgt geld van het Rijk, maar geen enkele provincie heeft meebetaald.', 'nl').map(([kind]) => kind)).toEqual(['occurred', 'negated']);
  });
  it('a condition inside the clause joined on is that clause\'s', () => {
    const kinds = kindsOf('Jobs is the largest shareholder of Disney, which owns Pixar, however he could play a wider role if iTunes becomes the leading distributor.').map(([kind]) => kind);
    expect([kinds[0], kinds.at(-1)]).toEqual(['occurred', 'conditional']);
    expect(kindsOf('De gemeente opent het zwembad volgend jaar, maar daarna sluit het bad als er geen geld komt.', 'nl').map(([kind]) => kind)).toEqual(['planned', 'conditional']);
  });
  it('negative: "not" before a noun phrase opens no clause, and a phrase denied after "but" stays part of its clause', () => {
    expect(kindsOf('This is a difficult day for us and not a day anybody can be prepared for.')).toHaveLength(1);
    expect(kindsOf('The council approved the plan but not the budget.')).toEqual([['occurred', 'The council approved the plan but not the budget']]);
  });
});

describe('"would" in what was said: the future of the past, unless a modal of possibility goes with it', () => {
  const contentKind = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language }).at(-1)!.kind;
  it('"would possibly", "zou kunnen" are guesses', () => {
    expect(contentKind('The mayor said the pool would possibly open in 2026.')).toBe('speculative');
    expect(contentKind('De wethouder zei dat het zwembad in 2026 zou kunnen openen.', 'nl')).toBe('speculative');
  });
  it('negative: "would", "zou" alone are plans', () => {
    expect(contentKind('The mayor said the pool would open in 2026.')).toBe('planned');
    expect(contentKind('De wethouder zei dat het zwembad in 2026 zou openen.', 'nl')).toBe('planned');
  });
});

describe('kindScope', () => {
  const scopeOf = (text: string, trigger?: string) => {
    const cues = cuesFor('en');
    const tokens = tokenize(text, 0, text.length);
    const at = trigger === undefined ? undefined : tokens.findIndex((t) => t.lower === trigger);
    const scope = kindScope(text, tokens, 0, tokens.length, cues, at);
    return { words: scope.tokens.filter((t) => t.lower !== '').map((t) => t.lower).join(' '), condition: scope.condition };
  };
  it('leaves out inner clauses, a leading one up to its comma', () => {
    expect(scopeOf('When the plant closes, workers will not stay').words).toBe('workers will not stay');
    expect(scopeOf('Shares fell on worries that banks might fail').words).toBe('shares fell on worries');
    // the content of a reporting verb is no inner clause
    expect(scopeOf('The bank said that it might fail').words).toBe('the bank said that it might fail');
  });
  it('marks a condition\'s conjunction', () => {
    expect(scopeOf('If talks fail, the union will strike')).toEqual({ words: 'the union will strike', condition: 0 });
  });
  it('given the record\'s own verb inside an inner clause, that clause is the scope', () => {
    expect(scopeOf('Shares fell on worries that banks might fail', 'fail').words).toBe('banks might fail');
    expect(scopeOf('If talks do not succeed, the union will strike', 'succeed')).toEqual({ words: 'talks do not succeed', condition: 0 });
  });
});

describe('"soon" in a phrase measured from another event', () => {
  it('"soon after" and "as soon as" open a clause of their own and tell of no plan', () => {
    expect(kindOf('Sales of the first model decreased soon after its introduction.')).toBe('occurred');
    expect(kindOf('Jobs returned to Apple and soon after became its chief executive.')).toBe('occurred');
    expect(kindOf('As soon as the results were announced, the shares fell.')).toBe('occurred');
    expect(kindOf('De verkoop daalde spoedig daarna.', 'nl')).toBe('occurred');
  });
  it('negative: a future before "as soon as" and "binnenkort" stay ahead', () => {
    expect(kindOf('The plant will reopen as soon as the repairs are finished.')).toBe('planned');
    expect(kindOf('Het bedrijf opent binnenkort een tweede fabriek.', 'nl')).toBe('planned');
  });
});

describe('the content of a noun of saying or fearing (issue 17: a negated or hedged content is not its host\'s)', () => {
  const titled = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language }).map((r) => [r.kind, r.title]);
  it('what a complaint, report or claim says is an event of its own, someone\'s words with its own negation', () => {
    expect(titled('Apple released an update in response to complaints that it had not fixed the flaw.')).toEqual([
      ['occurred', 'Apple released an update in response to complaints'], ['negated', 'It had not fixed the flaw'],
    ]);
    expect(titled('We are doing this on the assumption that we can not afford a collapse.')[1]).toEqual(['negated', 'We can not afford a collapse']);
    expect(titled('Investors reacted to news that the company would not pay a dividend.')[1][0]).toBe('negated');
    expect(titled('Het bedrijf reageerde op klachten dat het bedrijf de veiligheid niet had gecontroleerd.', 'nl')).toEqual([
      ['occurred', 'Het bedrijf reageerde op klachten'], ['negated', 'Het bedrijf had de veiligheid niet gecontroleerd'],
    ]);
    expect(titled('De aandelen stegen op berichten dat de bank wordt overgenomen.', 'nl')[1]).toEqual(['reported', 'De bank wordt overgenomen']);
  });
  it('what a worry, fear or hope frames is a guess', () => {
    expect(titled('Shares fell on fears that the bank will collapse.')).toEqual([['occurred', 'Shares fell on fears'], ['speculative', 'The bank will collapse']]);
    expect(titled('The council approved the plan despite worries that it would cost too much.')[1][0]).toBe('speculative');
    expect(titled('De raad stemde in, ondanks zorgen dat het plan te duur zou zijn.', 'nl')[1]).toEqual(['speculative', 'Het plan zou te duur zijn']);
  });
  it('a question on such a noun is a guess whatever the noun ("worries over whether", "twijfel of")', () => {
    expect(titled('US stocks dropped amid worries over whether General Motors will be able to keep operating.')).toEqual([
      ['occurred', 'US stocks dropped amid worries'], ['speculative', 'General Motors will be able to keep operating'],
    ]);
    expect(titled('Investors had doubts about whether the merger would go ahead.')[1]).toEqual(['speculative', 'The merger would go ahead']);
    expect(titled('De koers daalde door twijfel of de fusie doorgaat.', 'nl')).toEqual([['occurred', 'De koers daalde door twijfel'], ['speculative', 'De fusie doorgaat']]);
  });
  it('negative: a question with no subject of its own, and Dutch "of" as "or", open no content', () => {
    expect(titled('The board discussed the question whether to sell.')).toHaveLength(1);
    expect(titled('De koers daalde door zorgen of twijfels over de fusie.', 'nl')).toHaveLength(1);
  });
  it('a content closed by a quotation mark leaves the saying after it to its host', () => {
    expect(titled('“We are doing this on the assumption that we can not afford a collapse.” said Stephen Harper.')).toEqual([
      ['occurred', 'We are doing this on the assumption said Stephen Harper'], ['negated', 'We can not afford a collapse'],
    ]);
  });
  it('negative: a relative clause on such a noun, a noun with no content, and a saying\'s own content make no record of a noun\'s content', () => {
    expect(titled('The report that he wrote was shared widely.')).toHaveLength(1);
    expect(titled('Het bericht dat hij schreef werd gedeeld.', 'nl')).toHaveLength(1);
    expect(titled('The council closed the pool after complaints from residents.')).toEqual([['occurred', 'The council closed the pool after complaints from residents']]);
    expect(titled('The minister said that the plant had not closed.').map((r) => r[0])).not.toContain('occurred');
  });
});

describe('a dated event noun after "after", "following", "na" (issue 17, deliverable 2: nouns that name another event than their clause)', () => {
  const dated = (text: string, language = 'en') => extractEvents(` date 2021-11-03 ${text}`, { language }).map((r) => [r.kind, r.date.edtf, r.title]);
  it('is a record of its own that happened, dated by its own time; its clause keeps its own kind and time', () => {
    expect(dated('Ford will cut 30,000 jobs after a US$1.6 billion loss last year in North American sales.')).toEqual([
      ['planned', '[2021-11-04..]', 'Ford will cut 30,000 jobs'], ['occurred', '2020', 'A US$1.6 billion loss in North American sales'],
    ]);
    expect(dated('Shares rose after the collapse of the bank in September.')).toEqual([
      ['occurred', '[..2021-11-02]', 'Shares rose'], ['occurred', '2021-09', 'The collapse of the bank'],
    ]);
    expect(dated('Het bedrijf gaat banen schrappen na een verlies van twee miljoen euro vorig jaar.', 'nl').map((r) => r[0])).toEqual(['planned', 'occurred']);
  });
  it('negative: an undated noun phrase, a time itself and a stretch measured from a noun phrase stay in their clause', () => {
    expect(dated('The company will cut jobs after the merger.')).toEqual([['planned', '[2021-11-04..]', 'The company will cut jobs after the merger']]);
    expect(dated('The plant will close after 30 years.')).toHaveLength(1);
    expect(dated('The plane left four hours after its scheduled 9:45 a.m. departure.')).toHaveLength(1);
  });
});
