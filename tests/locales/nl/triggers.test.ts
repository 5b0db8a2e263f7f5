/**
 * The trigger contract (TemporalParser.trigger) for the Dutch parsers: every match holds one of its parser's trigger
 * pieces within reach, and the tagger's zoned scan finds exactly what a whole-text scan finds. Checked on the Dutch
 * golden table, the Dutch seeds, texts built to stretch the lead-ins and tails (and the lookaheads after a year), and
 * random word soups (fixed seed) from the Dutch word lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLocale } from '../../../src/locales/index.js';
import * as WORDS from '../../../src/locales/nl/words.js';
import { runParsers } from '../../../src/temporal/tagger.js';
import { triggerPlan } from '../../../src/temporal/triggers.js';
import { checkContract } from '../../temporal/trigger-contract.js';
import { documentDaySpan, toDocumentDate } from '../../../src/time/document-date.js';

const parsers = getLocale('nl').temporal.parsers;
const reference = toDocumentDate('2020-08-16');

const golden = readFileSync(new URL('./golden.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t')[1] ?? '');

/** The Dutch seeds: 000_* and the 1xx_* articles. */
const seeds = readdirSync('seeds')
  .filter((f) => /^(?:000|1\d\d)_.*\.txt$/.test(f))
  .map((f) => readFileSync(join('seeds', f), 'utf8'));

/** The longest lead-ins and tails the Dutch patterns allow, and every way around a trigger piece. */
const STRETCHED = [
  'Op donderdag, 22ste september., 2020 gebeurde het; op donderdag 9 sept. 2020 ook, en in september. 2020.',
  'Van 9 tot en met 12 september 2020, tussen 9 september. 2020 tot en met 12 december. 2021, tussen 3 en 5 oktober 2019.',
  'Van 9 t/m 12 september, 9-12 september, 9 – 12 okt. 2020, van januari tot en met september 2020, van maandag tot vrijdag.',
  'In 2020 besmettingen, tot en met 2021   demonstranten, het jaar 2008 en sinds 1999\n   patiënten; 1990–2000 besmettingen, van 1990 tot en met 2000.',
  'Sinds 2020 besmettingenreeks, zonder cijfers erna; de lookahead na het jaar leest een heel woord verder dan het jaar.',
  'Tot en met 2020, het  jaar  2020, anno 1999%, in 2020-12, in 2020,5 en in 2020 km. Omstreeks 1850 bedrijven.',
  "Om twaalf uur 's middags, om kwart over twaalf 's middags, om 15.30 uur 's avonds, half drie 'smiddags, 'savonds en ’s nachts, om middernacht, het middaguur.",
  "'s maandags, 'smaandags, ’s zondags, om de negenennegentig minuten, elke zondag, tweewekelijks, per week, iedere winter, elk weekend, elke dag.",
  "Het einde van het afgelopen jaar, halverwege de jaren negentig, begin september 2020, medio 2021, eind de jaren '90, het midden van het voorbije jaar.",
  'Het tweeëntwintigste kwartaal van het afgelopen jaar, de eerste jaarhelft van 2020, Q3 2020, H1’2020, de zomer van vorig jaar, het tweede halfjaar.',
  'De tweeëntwintigste eeuw, de jaren negentig, de jaren 1980, de 21ste eeuw.',
  'Over negenennegentig decenniën voordien, het etmaal daarvoor, de daaropvolgende ochtend, over een paar jaar geleden, verscheidene eeuwen terug.',
  'Ruim een anderhalve eeuw, om en nabij negenennegentig decenniën, ten hoogste verscheidene kwartalen, drie kwartier, jarenlang, decennialang.',
  'Eerder het afgelopen halfjaar, later deze winter, volgend weekend, later het komende decennium.',
  'Het aankomende negenennegentig decenniën, in de nabije toekomst, heden ten dage, de laatste tijd, nog steeds, op dit ogenblik, op lange termijn.',
  'Eergisteren, gisteravond, morgenvroeg, vanochtend, overmorgen en morgennacht.',
  'Vorige donderdagvoormiddag jongstleden, aanstaande zaterdag a.s., zondag jl. en woensdag j.l. daarna.',
  'Maart van het afgelopen jaar, september van dit jaar, oktober van het vorige jaar.',
  'Onmiddellijk na afloop van deze langdurigeeeeeeeeeeeeeeeeeeeeeeeeeeeeee bijzondereverkiezingscampagnetoespraakvoorzitter, en daarna.',
  'Negenennegentig decenniën voorafgaand aan zijnnnn langgerektetoespraakvoorzitterschapsverkiezingscampagne, in aanloop naar de verkiezingen.',
  'Verscheidene decenniën daaropvolgend, op  dat  moment, kort daarvoor, enige tijd later, tijdens hun vergadering, vanaf deze week.',
  'Gedateerd 12-12-2020, 2020-12-12, 2020-12, 1/2/2020, 12.12.2020 en 12.12.2020.1 of 2020-12-12-1.',
  'Het 3e kwartaal, de 2e helft van het jaar, Q4’2019, H2-2020, q3 2020, de herfst van 2019 en zomer 2020.',
];

const same = (text: string) => {
  const context = { text, reference, referenceSpan: documentDaySpan(reference) };
  expect(runParsers(parsers, context, true), text).toEqual(runParsers(parsers, context, false));
};

/** Every word of the Dutch word lists (record keys and list entries). */
const listWords = Object.values(WORDS as Record<string, unknown>).flatMap((value) =>
  Array.isArray(value) ? (value as string[]) : value && typeof value === 'object' ? Object.keys(value) : [],
);

// whole-text scans of every parser over hundreds of texts: a loaded machine needs more than the default 5 s
describe('Dutch parser triggers', { timeout: 60_000 }, () => {
  it('every Dutch parser declares a trigger', () => {
    const plan = triggerPlan(parsers);
    expect(parsers.filter((_, index) => plan.parserBit[index] === 0).map((p) => p.name)).toEqual([]);
  });

  it('every match holds a trigger piece within reach (golden, seeds, stretched)', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(4);
    expect([...golden, ...seeds, ...STRETCHED].flatMap((text) => checkContract(parsers, text))).toEqual([]);
  });

  it('the zoned scan finds what a whole-text scan finds (golden, seeds, stretched)', () => {
    for (const text of [...golden, ...seeds, ...STRETCHED]) same(text);
    // the stretched cases glued together and spread over lines: zones merge and cut in other places
    same(STRETCHED.join(' '));
    same(STRETCHED.join('\n\n'));
  });

  it("random word soups from the Dutch word lists: the zoned scan equals the whole-text scan", () => {
    // a fixed linear congruential generator: the same texts on every run, no clock
    let seed = 20200816;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    const words = [
      ...listWords,
      'van', 'tot', 'en', 'met', 'tot en met', 't/m', 'tussen', 'om', 'om de', 'de', 'het', 'in', 'na', 'voor', 'afloop', 'aanloop',
      'naar', 'tijdens', 'sinds', 'vanaf', 'zijn', 'hun', 'toespraak', 'verkiezingen', 'kort', 'vlak', 'net', 'enige tijd', 'over',
      'half', 'halve', 'anderhalf', 'kwart', 'kwartier', 'uur', 'elke', 'iedere', 'per', 'begin', 'medio', 'eind', 'einde', 'halverwege',
      'midden', 'ultimo', 'jaar', 'jaren', 'eeuw', 'helft', 'jaarhelft', 'halfjaar', 'paar', 'middernacht', 'middaguur', 'maar',
      'natuurlijk', 'voorzitter', 'nummer', 'zei', 'zal', 'minister', 'kabinet', 'gemeente', 'de 21ste', 'anno',
      '9', '12', '22ste', '3e', '2e', '1e', '2020', '1990', '2000', '1850', '15.30', '15:30', '10.00', "'90", '’80', "'s", '’s',
      "'smiddags", "'savonds", 'Q3', 'H1', 'q2', '12-12-2020', '2020-12-12', '2020-12', '1/2/2020', 'jl.', 'j.l.', 'a.s.',
      '-', '–', '%', ',5', 'ſeptember', '\u212Awartaal', 'SEPTEMBER', 'Maandag',
      // the longest lead-ins and tails, to land next to the words above
      'om en nabij negenennegentig', 'ten hoogste verscheidene', 'onmiddellijk na afloop van deze', 'voorafgaand aan zijn',
      'langdurigeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 'verkiezingscampagnetoespraakvoorzitterschap', 'in aanloop naar de',
      'het einde van het afgelopen', 'halverwege de jaren', 'het tweeëntwintigste', 'van het afgelopen jaar', 'op donderdag,',
      'tussen 9 september. 2020 tot en met', 'het aankomende negenennegentig', 'in de nabije', 'eerder het afgelopen',
      "om kwart over twaalf 's", 'vorige donderdagvoormiddag', 'tot en met 2021 ', 'de jaren',
    ];
    const gaps = [' ', ' ', ' ', '  ', '   ', '    ', '\n', '\n\n', ' \n ', ' \t ', '\u00a0', ', ', '. ', '; ', ' - ', '–', '-', '/', ''];
    for (let n = 0; n < 600; n++) {
      let text = '';
      const length = 5 + Math.floor(next() * 60);
      for (let k = 0; k < length; k++) text += pick(words) + pick(gaps);
      same(text);
    }
  });
});
