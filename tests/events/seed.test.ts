/** The given seed, with the real Dutch tagger: the pins the project agreed on. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { extractEvents } from '../../src/events/extract-events.js';

const FILE = 'seeds/000_db7e82f0f86a5966.txt';
const text = readFileSync(FILE, 'utf8');
const events = extractEvents(text, { file: FILE });
const bySentence = (start: string) => events.filter((e) => e.sentence.startsWith(start));

// The three sentences that judge or question rather than tell.
const COMMENTARY = [
  'Wat daar precies mee bedoeld wordt, is niet duidelijk.',
  'Het is opmerkelijk dat Loekasjenko bij Rusland heeft aangeklopt, zegt correspondent David Jan Godfroid.',
  'Wat de stap van Rusland nu concreet betekent, is nog onduidelijk, zegt Godfroid.',
];

describe('the given seed', () => {
  it('gives 25 events: 21 non-commentary sentences, the last one split in two, NATO\'s denial and its statement, the president\'s claim and its conditional content, and the EU\'s announcement and the sanctions it announced', () => {
    expect(events).toHaveLength(25);
    expect(bySentence('De EU kondigde deze week aan').map((e) => [e.kind, e.title])).toEqual([
      ['reported', 'De EU kondigde sancties aan'],
      ['planned', 'De EU stelt sancties in tegen Wit-Rusland vanwege de gewelddadige reactie van de autoriteiten op de demonstraties'],
    ]);
    expect(events.map((e) => e.title)).toContain('NAVO zegt dat de militaire aanwezigheid in Oost-Europa alleen defensief is');
  });
  it('makes no event of commentary', () => {
    for (const sentence of COMMENTARY) expect(events.some((e) => e.sentence === sentence)).toBe(false);
  });
  it('represents every other sentence', () => {
    const sentences = parseArticle(text, { file: FILE }).sentences.map((s) => s.text).filter((s) => !COMMENTARY.includes(s));
    expect(sentences).toHaveLength(21);
    for (const sentence of sentences) expect(events.some((e) => e.sentence === sentence)).toBe(true);
  });
  it('pins the kinds of the agreed sentences', () => {
    expect(bySentence('"Poetin kan dit zeggen als dreiging')[0].kind).toBe('speculative');
    expect(bySentence('De NAVO heeft dat ontkend')[0].kind).toBe('negated');
    // the claim is reported; what he claims is his conditional promise, attributed to him
    expect(bySentence('De president beweert dat hij morgen')[0].kind).toBe('reported');
    expect(bySentence('De president beweert dat hij morgen')[1]).toMatchObject({ kind: 'conditional', attribution: { speaker: 'Loekasjenko', verb: { text: 'beweert' } } });
    expect(bySentence('Het Kremlin lijkt')[0].kind).toBe('speculative');
    expect(bySentence('Rusland zegt de Wit-Russische president')[0].kind).toBe('reported');
  });
  it('normalises "het Kremlin" and "De NAVO" as actors, countries after a preposition as places', () => {
    expect(bySentence('Het Kremlin lijkt')[0].actors[0]).toBe('Kremlin');
    expect(bySentence('De NAVO heeft dat ontkend')[0].actors).toEqual(['NAVO']);
    expect(bySentence('De NAVO heeft dat ontkend')[0].places).toEqual(['Oost-Europa']);
    expect(bySentence('Rusland zegt de Wit-Russische president')[0].actors).toEqual(['Rusland', 'Loekasjenko']);
  });
  it('splits the last sentence into the announcement after the speech and the planned exercise', () => {
    const last = bySentence('Vlak na zijn toespraak');
    expect(last).toHaveLength(2);
    const [announcement, exercise] = last;
    const speech = bySentence('De president beweert')[0];
    expect(announcement.relations).toEqual([{ type: 'after', target: speech.id, cue: 'Vlak na zijn toespraak' }]);
    expect(announcement.date.source).toBe('relative-to-event');
    expect(exercise.kind).toBe('planned');
    expect(exercise.date).toMatchObject({ earliest: '2020-08-02', latest: '2020-09-01', certainty: 'within', text: 'morgen' });
    expect(exercise.places).toEqual(['Litouwen', 'Polen']);
  });
  it('dates undated sentences in the present as one day somewhere in the document month', () => {
    expect(bySentence('Volgens Loekasjenko zijn nieuwe verkiezingen')[0].date).toMatchObject({
      source: 'tense',
      value: 'PRESENT_REF',
      granularity: 'day',
      certainty: 'within',
      edtf: '[2020-08-01..2020-08-31]',
    });
  });
});
