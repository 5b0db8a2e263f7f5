import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import {
  ForeignLanguageError,
  BinaryInputError,
  EmptyArticleError,
  InvalidDocumentDateError,
  LanguageDetectionError,
  MissingDocumentDateError,
  UnsupportedLanguageError,
} from '../../src/errors.js';

const SEED = 'seeds/000_db7e82f0f86a5966.txt';
const seedText = readFileSync(SEED, 'utf8');

describe('the date header', () => {
  it('reads a month header with the body on the same line', () => {
    const article = parseArticle(seedText, { file: SEED });
    expect(article.documentDate).toEqual({ value: '2020-08', precision: 'month', year: 2020, month: 8 });
    expect(article.documentDateSource).toBe('header');
    expect(article.id).toBe('000_db7e82f0f86a5966');
    expect(article.header).toEqual({ start: 1, end: 13, text: 'date 2020-08' });
    expect(article.bodyStart).toBe(14);
    expect(article.sentences[0].start).toBe(14);
    expect(article.sentences[0].text.startsWith('Rusland zegt')).toBe(true);
  });
  it('reads day, date-time and year headers', () => {
    expect(parseArticle(' date 2020-08-16 De EU zegt dat het zo is.').documentDate).toEqual({
      value: '2020-08-16', precision: 'day', year: 2020, month: 8, day: 16,
    });
    expect(parseArticle('date 2020-08-16T14:30 De EU zegt dat het zo is.').documentDate).toMatchObject({ precision: 'minute', minutes: 870 });
    expect(parseArticle(' date 2020-08-16 14:30 De EU zegt dat het zo is.').documentDate.value).toBe('2020-08-16T14:30');
    expect(parseArticle(' date 2019 De EU zegt dat het zo is.').documentDate).toEqual({ value: '2019', precision: 'year', year: 2019 });
  });
  it('reads a day-first header (DD-MM-YYYY, as Dutch and British usage writes it), never month first', () => {
    const article = parseArticle(' date 03-02-2009 Automobile sales in the United States fell sharply.\n\nSales fell last month.', { file: '120578_sales.txt' });
    expect(article.documentDate).toEqual({ value: '2009-02-03', precision: 'day', year: 2009, month: 2, day: 3 });
    expect(article.header).toEqual({ start: 1, end: 16, text: 'date 03-02-2009' });
    expect(article.bodyStart).toBe(17);
    expect(parseArticle(' date 16-08-2020 De EU zegt dat het zo is.').documentDate.value).toBe('2020-08-16');
    expect(parseArticle(' date 3-2-2009 The EU says so.').documentDate.value).toBe('2009-02-03');
    expect(parseArticle(' date 16-08-2020 14:30 De EU zegt dat het zo is.').documentDate.value).toBe('2020-08-16T14:30');
    // month first would make this 8 December; day first it is 12 August
    expect(parseArticle(' date 12-08-2020 The EU says so.').documentDate.value).toBe('2020-08-12');
    // 08-16-2020 is month-first US style: day 8 of a month 16 that does not exist
    expect(() => parseArticle(' date 08-16-2020 The EU says so.', { file: 'us.txt' })).toThrow(/^us\.txt: invalid document date "08-16-2020": month 16 does not exist/);
  });
  it('an impossible day-first date is a typed error naming the file', () => {
    let error: unknown;
    try {
      parseArticle(' date 31-02-2009 Sales fell sharply.', { file: 'feb.txt' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidDocumentDateError);
    expect((error as Error).message).toBe('feb.txt: invalid document date "31-02-2009": day 31 does not exist in 2009-02 (line 1, column 7, offset 6)');
    expect(() => parseArticle(' date 29-02-2021 Tekst.', { file: 'g.txt' })).toThrow(/^g\.txt: .*day 29 does not exist in 2021-02/);
  });
  it('uses the given date only when the text has no header', () => {
    const given = parseArticle('De EU zegt dat het zo is en dat het niet anders kan.', { date: '2021-03' });
    expect(given.documentDate.value).toBe('2021-03');
    expect(given.documentDateSource).toBe('option');
    expect(parseArticle(' date 2020-08 De EU zegt dat het zo is.', { date: '2021-03' }).documentDate.value).toBe('2020-08');
  });
});

describe('offsets index the string the caller passed', () => {
  it('with a byte order mark and CRLF line ends', () => {
    const text = '\uFEFF date 2020-08-16 De president zegt dat hij morgen begint.\r\n\r\nNAVO\r\n\r\nDe NAVO heeft dat ontkend. Daarna zei hij niets.\r\n';
    const article = parseArticle(text, { file: 'crlf.txt' });
    expect(article.header?.start).toBe(2);
    expect(article.headings).toEqual([{ start: 62, end: 66, text: 'NAVO', beforeParagraph: 1 }]);
    expect(article.sentences.map((s) => s.text)).toEqual([
      'De president zegt dat hij morgen begint.',
      'De NAVO heeft dat ontkend.',
      'Daarna zei hij niets.',
    ]);
    for (const s of article.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(article.sentences[1].start).toBe(70);
    expect(article.paragraphs.map((p) => p.index)).toEqual([0, 1]);
  });
  it('joins lines wrapped inside a paragraph into one sentence', () => {
    const text = ' date 2020-08 De minister zegt dat het kabinet\nvolgende week een besluit neemt.';
    const article = parseArticle(text);
    expect(article.sentences).toHaveLength(1);
    expect(article.sentences[0].text).toBe('De minister zegt dat het kabinet\nvolgende week een besluit neemt.');
  });
  it('keeps a heading line set directly above its text out of the first sentence', () => {
    const text = [
      ' date 2021-03 Stalling gaat dicht',
      'De gemeente sluit de stalling onder het station vanaf maandag voor drie weken.',
      'Overlast',
      'Fietsers moeten uitwijken.',
    ].join('\n');
    const article = parseArticle(text);
    expect(article.headings.map((h) => [h.text, h.beforeParagraph])).toEqual([['Stalling gaat dicht', 0], ['Overlast', 1]]);
    expect(article.sentences.map((s) => s.text)).toEqual([
      'De gemeente sluit de stalling onder het station vanaf maandag voor drie weken.',
      'Fietsers moeten uitwijken.',
    ]);
    expect(article.title).toBe('Stalling gaat dicht');
  });
  it('splits a headline glued to the first sentence on the date line where a sentence opener starts it', () => {
    const dutch = parseArticle(' date 2023-03-14 Ziekenhuizen in Zwolle gaan fuseren De ziekenhuizen gaan samen verder. Dat is dinsdag gezegd.');
    expect(dutch.title).toBe('Ziekenhuizen in Zwolle gaan fuseren');
    expect(dutch.headings.map((h) => [h.text, h.start, h.beforeParagraph])).toEqual([['Ziekenhuizen in Zwolle gaan fuseren', 17, 0]]);
    expect(dutch.sentences.map((s) => s.text)).toEqual(['De ziekenhuizen gaan samen verder.', 'Dat is dinsdag gezegd.']);
    // a fronted phrase opens the first sentence: a Dutch preposition or time adverb, before a word or a number
    const fronted = parseArticle(' date 2024-03-15 Gemeente Utrecht verhoogt parkeertarieven Vanaf 1 april betalen automobilisten meer.');
    expect(fronted.title).toBe('Gemeente Utrecht verhoogt parkeertarieven');
    expect(fronted.sentences.map((s) => s.text)).toEqual(['Vanaf 1 april betalen automobilisten meer.']);
    expect(parseArticle(' date 2024-03-15 Stalling gaat dicht Volgens de gemeente is onderhoud nodig.').title).toBe('Stalling gaat dicht');
    const english = parseArticle(' date 2023-06-20 Council approves budget cuts The council voted on Monday to cut spending.');
    expect(english.title).toBe('Council approves budget cuts');
    expect(english.sentences[0].text).toBe('The council voted on Monday to cut spending.');
  });
  it('leaves the first sentence whole where no sentence opener ends a headline', () => {
    const cases = [
      ' date 2023-03-14 De zorginstelling De Linde sluit volgende week. Dat is dinsdag gezegd.',
      ' date 2023-03-14 Patients lacked vitamin A during the trial, doctors said.',
      ' date 2023-03-14 De wethouder zegt het. De raad stemt dinsdag.',
      // a Dutch preposition inside a name is lower case; English title case capitalises it: neither is an opener
      ' date 2023-03-14 De gemeente Bergen op Zoom sluit in 2024 de haven.',
      ' date 2023-03-14 Water Company Fined Over Spills In 2021 Probe, says regulator.',
    ];
    for (const text of cases) {
      const article = parseArticle(text);
      expect(article.headings, text).toEqual([]);
      expect(article.title, text).toBe(article.sentences[0].text);
    }
  });
  it('does not take a line of hard-wrapped prose for a heading', () => {
    const text = [
      ' date 2021-03 The council said the new bridge over the river will be finished',
      'Wednesday next week, weeks before the date it gave last year. The bridge was',
      'designed by a local firm and will cost about twelve million pounds in all.',
    ].join('\n');
    const article = parseArticle(text);
    expect(article.headings).toEqual([]);
    expect(article.sentences).toHaveLength(2);
  });
  it('accepts accents, diaereses and curly quotes as normal text', () => {
    const text = ' date 2020-08 “Het is één grote ruïne,” zegt de burgemeester. Hij heeft ’s avonds gesproken.';
    const article = parseArticle(text);
    expect(article.sentences.map((s) => s.text)).toEqual(['“Het is één grote ruïne,” zegt de burgemeester.', 'Hij heeft ’s avonds gesproken.']);
  });
});

describe('paragraphs, headings and the seed', () => {
  const article = parseArticle(seedText, { file: SEED });
  it('finds eight paragraphs and the heading NAVO', () => {
    expect(article.paragraphs).toHaveLength(8);
    expect(article.headings.map((h) => h.text)).toEqual(['NAVO']);
    expect(article.headings[0].beforeParagraph).toBe(5);
    expect(article.title).toBe('Rusland zegt de "druk van buitenaf" te hebben besproken met Loekasjenko.');
  });
  it('splits the seed into its 24 sentences', () => {
    expect(article.sentences).toHaveLength(24);
    expect(article.sentences[21].text).toBe('"Dan zal Wit-Rusland sterven."');
    expect(article.sentences[23].text.startsWith('Vlak na zijn toespraak')).toBe(true);
  });
  it('marks sentences inside quotations', () => {
    const quoted = article.sentences.filter((s) => s.quoted).map((s) => s.index);
    expect(quoted).toEqual([9, 10, 11, 13, 14, 15, 21]);
  });
  it('detects Dutch with high confidence', () => {
    expect(article.language.code).toBe('nl');
    expect(article.language.method).toBe('detected');
    expect(article.language.confidence).toBeGreaterThan(0.85);
  });
});

describe('sentence boundaries', () => {
  const nl = (body: string) => parseArticle(` date 2020-08 ${body}`, { language: 'nl' }).sentences.map((s) => s.text);
  const en = (body: string) => parseArticle(` date 2020-08 ${body}`, { language: 'en' }).sentences.map((s) => s.text);
  it('does not end a sentence after Dutch abbreviations', () => {
    expect(nl('Volgens dhr. Jansen komen o.a. Polen en bijv. Litouwen. Daarna sprak mr. De Vries.')).toEqual([
      'Volgens dhr. Jansen komen o.a. Polen en bijv. Litouwen.',
      'Daarna sprak mr. De Vries.',
    ]);
  });
  it('does not end a sentence after English abbreviations and initials', () => {
    expect(en('Mr. Smith met J. Smith in the U.S. capital, e.g. on Monday. The talks failed.')).toEqual([
      'Mr. Smith met J. Smith in the U.S. capital, e.g. on Monday.',
      'The talks failed.',
    ]);
  });
  it('still ends a sentence after an acronym when a new sentence starts', () => {
    expect(en('He flew to the U.S. The president was not there.')).toEqual(['He flew to the U.S.', 'The president was not there.']);
  });
  it('splits before a quotation and keeps the closing quote with its sentence', () => {
    expect(nl('Dat zegt hij. "Dan zal het land sterven." De president zwijgt.')).toEqual([
      'Dat zegt hij.',
      '"Dan zal het land sterven."',
      'De president zwijgt.',
    ]);
  });
});

describe('language', () => {
  it('detects English', () => {
    const article = parseArticle(' date 2020-08 The president said that he would start the reforms tomorrow if the people wanted it.');
    expect(article.language.code).toBe('en');
    expect(article.language.confidence).toBeGreaterThan(0.8);
  });
  it('takes a given language (and a regional tag) as certain', () => {
    expect(parseArticle(' date 2020-08 Poetin zegt niets.', { language: 'nl-BE' }).language).toEqual({ code: 'nl', method: 'given', confidence: 1 });
  });
});

describe('bad input gets typed errors naming the file and the place', () => {
  it('empty text', () => {
    expect(() => parseArticle('', { file: 'a.txt' })).toThrow(EmptyArticleError);
    expect(() => parseArticle('  \n ', { file: 'a.txt', date: '2020' })).toThrow(/^a\.txt: the article is empty/);
    expect(() => parseArticle(' date 2020-08   \n\n', { file: 'b.txt' })).toThrow(EmptyArticleError);
  });
  it('empty text says where the text was expected: line and column', () => {
    expect(() => parseArticle('', { file: 'a.txt' })).toThrow(/^a\.txt: the article is empty .*\(line 1, column 1, offset 0\)$/);
    expect(() => parseArticle(' date 2020-08   \n\n', { file: 'b.txt' })).toThrow(/^b\.txt: the article is empty .*\(line 1, column 17, offset 16\)$/);
    expect(() => parseArticle('\n\n  ', { file: 'c.txt', date: '2020' })).toThrow(/\(line 1, column 1, offset 0\)$/);
  });
  it('a given date must be valid even when the text has a date header', () => {
    expect(() => parseArticle(' date 2020-08-16 Poetin zegt niets.', { file: 'h.txt', date: '2020-13-45' })).toThrow(InvalidDocumentDateError);
    expect(() => parseArticle(' date 2020-08-16 Poetin zegt niets.', { file: 'h.txt', date: 'gisteren' })).toThrow(/^h\.txt: invalid document date "gisteren"/);
    expect(parseArticle(' date 2020-08-16 Poetin zegt niets.', { date: '2021' }).documentDate.value).toBe('2020-08-16');
  });
  it('no date header and none given', () => {
    expect(() => parseArticle('Poetin zegt niets.', { file: 'c.txt' })).toThrow(MissingDocumentDateError);
    expect(() => parseArticle('Poetin zegt niets.', { file: 'c.txt' })).toThrow(/^c\.txt: no document date.*line 1, column 1/);
  });
  it('an impossible date, with its line and column', () => {
    const error = (() => {
      try {
        parseArticle(' date 2020-13 Poetin zegt niets.', { file: 'd.txt' });
      } catch (e) {
        return e as InvalidDocumentDateError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidDocumentDateError);
    expect(error?.message).toBe('d.txt: invalid document date "2020-13": month 13 does not exist (line 1, column 7, offset 6)');
    expect(error?.position).toEqual({ line: 1, column: 7, offset: 6 });
    expect(() => parseArticle(' date 2021-02-29 Tekst.', { file: 'e.txt' })).toThrow(/day 29 does not exist in 2021-02/);
    expect(() => parseArticle('Tekst zonder kop.', { file: 'f.txt', date: '2020-00' })).toThrow(InvalidDocumentDateError);
  });
  it('binary data: NUL bytes and replacement characters, with their place', () => {
    expect(() => parseArticle(' date 2020-08 Tekst\n\nmet\u0000nul.', { file: 'g.bin' })).toThrow(
      'g.bin: found a NUL byte: this looks like binary data or a file not saved as UTF-8 (line 3, column 4, offset 24)',
    );
    expect(() => parseArticle(' date 2020-08 Caf\uFFFD', { file: 'h.txt' })).toThrow(BinaryInputError);
  });
  it('an unsupported or undetectable language', () => {
    expect(() => parseArticle(' date 2020-08 Der Präsident sagt nichts.', { file: 'i.txt', language: 'de' })).toThrow(UnsupportedLanguageError);
    expect(() => parseArticle(' date 2020-08 Der Präsident sagt nichts.', { file: 'i.txt', language: 'de' })).toThrow(/^i\.txt: unsupported language "de"/);
    expect(() => parseArticle(' date 2020-08 Der Präsident sagt nichts über Wirtschaft.', { file: 'j.txt' })).toThrow(LanguageDetectionError);
  });
  it('language errors say where the text starts: line and column', () => {
    expect(() => parseArticle(' date 2020-08\n\n  Der Präsident sagt nichts.', { file: 'i.txt', language: 'de' })).toThrow(
      /^i\.txt: unsupported language "de" \(supported: [^)]*\) \(line 3, column 3, offset 17\)$/,
    );
    expect(() => parseArticle(' date 2020-08 Der Präsident sagt nichts über Wirtschaft.', { file: 'j.txt' })).toThrow(/\(line 1, column 15, offset 14\)$/);
  });
  const french =
    "La mairie de Lyon a annoncé lundi que la piscine municipale fermera ses portes le 1er juillet. Les travaux de rénovation dureront deux ans, selon l'adjoint au maire chargé des sports.";
  const german =
    'Die Stadt Köln hat am Montag angekündigt, dass das Hallenbad im Juli für zwei Jahre geschlossen wird. Der Bürgermeister sagte, die Sicherheit der Schwimmer sei nicht länger gewährleistet.';
  it('refuses an article in a language no locale reads, naming it and where the text starts', () => {
    expect(() => parseArticle(` date 2021-05 ${french}`, { file: 'fr.txt' })).toThrow(ForeignLanguageError);
    expect(() => parseArticle(` date 2021-05 ${french}`, { file: 'fr.txt' })).toThrow(
      /^fr\.txt: the text reads as French \(fra\), a language event-timeline does not support \(supported: nl, en\); give the language option or --lang .* \(line 1, column 15, offset 14\)$/,
    );
    expect(() => parseArticle(` date 2021-05\n\n${german}`, { file: 'de.txt' })).toThrow(/^de\.txt: the text reads as German \(deu\).*\(line 3, column 1, offset 15\)$/);
    // a given language is the caller's decision
    expect(parseArticle(` date 2021-05 ${french}`, { language: 'nl' }).language.code).toBe('nl');
  });
  it('keeps reading Dutch and English with foreign names, quotes and short texts', () => {
    const dutch = "Het Franse bedrijf Électricité de France zegt dat de centrale in juli weer opent. 'C'est la vie', zei de directeur maandag tegen de pers.";
    expect(parseArticle(` date 2021-05 ${dutch}`).language.code).toBe('nl');
    const english = 'The Deutsche Bahn strike ended on Monday, the union said. Züge fahren wieder, a spokesman told reporters in Berlin.';
    expect(parseArticle(` date 2021-05 ${english}`).language.code).toBe('en');
    // too short for letter statistics: the stopwords decide
    expect(parseArticle(' date 2021-05 De piscine is dicht.').language.code).toBe('nl');
  });
  it('a value that is not text', () => {
    expect(() => parseArticle(42 as unknown as string, { file: 'k.txt' })).toThrow(/^k\.txt: expected the article text as a string/);
  });
});
