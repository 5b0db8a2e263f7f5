/**
 * Dutch names of holidays and named days, one line each: name words (lower case) → the language-neutral rule that
 * gives their days (`temporal/common/holidays`). Spelling variants are lines of their own.
 */
import { byEra, easterDay, fixedDay, islamicDay, nthWeekday, type HolidayRule } from '../../temporal/common/holidays.js';

const MONDAY = 1;
const TUESDAY = 2;
const WEDNESDAY = 3;
const THURSDAY = 4;
const SATURDAY = 6;
const SUNDAY = 7;

const EASTER = easterDay(0);
const EASTER_MONDAY = easterDay(1);
const PENTECOST = easterDay(49);
const WHIT_MONDAY = easterDay(50);
const CHRISTMAS = fixedDay(12, 25);
const BOXING_DAY = fixedDay(12, 26);
const NEW_YEARS_EVE = fixedDay(12, 31);
const LABOUR_DAY = fixedDay(5, 1);
const THANKSGIVING = nthWeekday(4, THURSDAY, 11);

export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  nieuwjaarsdag: fixedDay(1, 1),
  nieuwjaar: fixedDay(1, 1),
  driekoningen: fixedDay(1, 6),
  valentijnsdag: fixedDay(2, 14),
  carnaval: easterDay(-49, 3), // zondag tot en met dinsdag voor Aswoensdag
  aswoensdag: easterDay(-46),
  'witte donderdag': easterDay(-3),
  'goede vrijdag': easterDay(-2),
  'stille zaterdag': easterDay(-1),
  pasen: EASTER,
  paaszondag: EASTER,
  'eerste paasdag': EASTER,
  '1e paasdag': EASTER,
  'tweede paasdag': EASTER_MONDAY,
  '2e paasdag': EASTER_MONDAY,
  paasmaandag: EASTER_MONDAY,
  // Koningsdag on 27 April from 2014, on the 26th when the 27th is a Sunday; Koninginnedag 30 April under Juliana
  // (then the 1st of May when a Sunday) and Beatrix (then the 29th), 31 August under Wilhelmina
  koningsdag: fixedDay(4, 27, { sunday: -1, from: 2014 }),
  koninginnedag: byEra(
    fixedDay(8, 31, { sunday: 1, from: 1885, until: 1948 }),
    fixedDay(4, 30, { sunday: 1, from: 1949, until: 1979 }),
    fixedDay(4, 30, { sunday: -1, from: 1980, until: 2013 }),
  ),
  dodenherdenking: fixedDay(5, 4),
  'nationale dodenherdenking': fixedDay(5, 4),
  'nationale herdenking': fixedDay(5, 4),
  bevrijdingsdag: fixedDay(5, 5),
  'dag van de arbeid': LABOUR_DAY,
  'feest van de arbeid': LABOUR_DAY,
  moederdag: nthWeekday(2, SUNDAY, 5),
  verantwoordingsdag: nthWeekday(3, WEDNESDAY, 5),
  hemelvaartsdag: easterDay(39),
  hemelvaart: easterDay(39),
  pinksteren: PENTECOST,
  pinksterzondag: PENTECOST,
  'eerste pinksterdag': PENTECOST,
  '1e pinksterdag': PENTECOST,
  'tweede pinksterdag': WHIT_MONDAY,
  '2e pinksterdag': WHIT_MONDAY,
  pinkstermaandag: WHIT_MONDAY,
  vaderdag: nthWeekday(3, SUNDAY, 6),
  veteranendag: byEra(fixedDay(6, 29, { from: 2005, until: 2008 }), nthWeekday(-1, SATURDAY, 6, { from: 2009 })),
  'nederlandse veteranendag': byEra(fixedDay(6, 29, { from: 2005, until: 2008 }), nthWeekday(-1, SATURDAY, 6, { from: 2009 })),
  'keti koti': fixedDay(7, 1),
  'keti-koti': fixedDay(7, 1),
  ketikoti: fixedDay(7, 1),
  prinsjesdag: nthWeekday(3, TUESDAY, 9),
  'dag van de leraar': fixedDay(10, 5),
  'dag van de leerkracht': fixedDay(10, 5),
  halloween: fixedDay(10, 31),
  allerheiligen: fixedDay(11, 1),
  allerzielen: fixedDay(11, 2),
  'sint-maarten': fixedDay(11, 11),
  'sint maarten': fixedDay(11, 11),
  thanksgiving: THANKSGIVING,
  dankzeggingsdag: THANKSGIVING,
  'black friday': nthWeekday(4, THURSDAY, 11, { shift: 1 }),
  'cyber monday': nthWeekday(4, THURSDAY, 11, { shift: 4 }),
  'martin luther kingdag': nthWeekday(3, MONDAY, 1),
  'martin luther king-dag': nthWeekday(3, MONDAY, 1),
  mlkdag: nthWeekday(3, MONDAY, 1),
  'mlk-dag': nthWeekday(3, MONDAY, 1),
  'nationale boomfeestdag': nthWeekday(3, WEDNESDAY, 3),
  boomfeestdag: nthWeekday(3, WEDNESDAY, 3),
  boomplantdag: nthWeekday(3, WEDNESDAY, 3),
  sinterklaas: fixedDay(12, 5),
  sinterklaasavond: fixedDay(12, 5),
  pakjesavond: fixedDay(12, 5),
  kerstavond: fixedDay(12, 24),
  kerstmis: CHRISTMAS,
  kerst: CHRISTMAS,
  'eerste kerstdag': CHRISTMAS,
  '1e kerstdag': CHRISTMAS,
  'tweede kerstdag': BOXING_DAY,
  '2e kerstdag': BOXING_DAY,
  oudejaarsdag: NEW_YEARS_EVE,
  oudejaarsavond: NEW_YEARS_EVE,
  oudjaarsavond: NEW_YEARS_EVE,
  oudjaar: NEW_YEARS_EVE,
  'oud en nieuw': NEW_YEARS_EVE,
  silvester: NEW_YEARS_EVE,
  silvesteravond: NEW_YEARS_EVE,
  sylvester: NEW_YEARS_EVE,
  ramadan: islamicDay(9, 1, true),
  suikerfeest: islamicDay(10, 1),
  'eid al-fitr': islamicDay(10, 1),
  offerfeest: islamicDay(12, 10),
  'eid al-adha': islamicDay(12, 10),
  'islamitisch nieuwjaar': islamicDay(1, 1),
};

/**
 * Names that are ordinary words or persons too ("Sinterklaas komt aan", "oud en nieuw door elkaar"): a holiday only
 * after a preposition of time or a determiner, or with a year after them.
 */
/** Weekends named after a holiday, written as one word ("het paasweekend"), and the holiday each is named after. */
export const HOLIDAY_WEEKENDS: Readonly<Record<string, string>> = {
  paasweekend: 'pasen', paasweekeinde: 'pasen', pinksterweekend: 'pinksteren', pinksterweekeinde: 'pinksteren',
  hemelvaartweekend: 'hemelvaartsdag', kerstweekend: 'kerstmis', koningsdagweekend: 'koningsdag',
};

export const HOLIDAYS_NEEDING_CUE: readonly string[] = ['sinterklaas', 'oud en nieuw', 'sint maarten', 'sint-maarten', 'nieuwjaar', 'hemelvaart'];

/** Words before a holiday's name that make it one: "met Pasen", "rond Kerstmis", "sinds Koningsdag". */
export const HOLIDAY_CUES: readonly string[] = [
  'met', 'rond', 'rondom', 'omstreeks', 'tijdens', 'na', 'voor', 'vóór', 'sinds', 'sedert', 'tot', 'op', 'vanaf', 'tegen', 'in',
];

/** Determiners before a holiday's name: "vorige Kerst" (the last one), "komende Pasen" (the next), "deze Kerst". */
export const HOLIDAY_DETERMINERS: Readonly<Record<string, 'past' | 'future' | 'this'>> = {
  vorige: 'past', afgelopen: 'past', voorbije: 'past', komende: 'future', aanstaande: 'future', volgende: 'future', deze: 'this',
};
