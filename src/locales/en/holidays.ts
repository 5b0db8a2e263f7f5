/**
 * English names of holidays and named days, one line each: name words (lower case, straight apostrophes) → the
 * language-neutral rule that gives their days (`temporal/common/holidays`). US federal holidays follow US rules.
 */
import { easterDay, fixedDay, islamicDay, nthWeekday, type HolidayRule } from '../../temporal/common/holidays.js';

const MONDAY = 1;
const THURSDAY = 4;
const SUNDAY = 7;

const NEW_YEARS_DAY = fixedDay(1, 1);
const NEW_YEARS_EVE = fixedDay(12, 31);
const EASTER = easterDay(0);
const CHRISTMAS = fixedDay(12, 25);
const THANKSGIVING = nthWeekday(4, THURSDAY, 11);
const MLK_DAY = nthWeekday(3, MONDAY, 1);
const PRESIDENTS_DAY = nthWeekday(3, MONDAY, 2);
const ST_PATRICKS_DAY = fixedDay(3, 17);
const VALENTINES_DAY = fixedDay(2, 14);
const MAY_DAY = fixedDay(5, 1);
const MOTHERS_DAY = nthWeekday(2, SUNDAY, 5);
const FATHERS_DAY = nthWeekday(3, SUNDAY, 6);
const VETERANS_DAY = fixedDay(11, 11);
const RAMADAN = islamicDay(9, 1, true);
const EID_AL_FITR = islamicDay(10, 1);
const EID_AL_ADHA = islamicDay(12, 10);
const ISLAMIC_NEW_YEAR = islamicDay(1, 1);

export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  "new year's day": NEW_YEARS_DAY,
  'new years day': NEW_YEARS_DAY,
  'new year day': NEW_YEARS_DAY,
  "martin luther king day": MLK_DAY,
  "martin luther king jr. day": MLK_DAY,
  "martin luther king jr day": MLK_DAY,
  'mlk day': MLK_DAY,
  "presidents' day": PRESIDENTS_DAY,
  'presidents day': PRESIDENTS_DAY,
  "president's day": PRESIDENTS_DAY,
  "valentine's day": VALENTINES_DAY,
  'valentines day': VALENTINES_DAY,
  "st valentine's day": VALENTINES_DAY,
  "st. valentine's day": VALENTINES_DAY,
  "st patrick's day": ST_PATRICKS_DAY,
  "st. patrick's day": ST_PATRICKS_DAY,
  "saint patrick's day": ST_PATRICKS_DAY,
  'st patricks day': ST_PATRICKS_DAY,
  'shrove tuesday': easterDay(-47),
  'mardi gras': easterDay(-47),
  'ash wednesday': easterDay(-46),
  'palm sunday': easterDay(-7),
  'maundy thursday': easterDay(-3),
  'good friday': easterDay(-2),
  'holy saturday': easterDay(-1),
  easter: EASTER,
  'easter sunday': EASTER,
  'easter day': EASTER,
  'easter monday': easterDay(1),
  'ascension day': easterDay(39),
  pentecost: easterDay(49),
  'whit sunday': easterDay(49),
  'whit monday': easterDay(50),
  'earth day': fixedDay(4, 22),
  'may day': MAY_DAY,
  "international workers' day": MAY_DAY,
  'international workers day': MAY_DAY,
  "int'l workers day": MAY_DAY,
  "mother's day": MOTHERS_DAY,
  "mothers' day": MOTHERS_DAY,
  'mothers day': MOTHERS_DAY,
  'memorial day': nthWeekday(-1, MONDAY, 5),
  juneteenth: fixedDay(6, 19),
  "father's day": FATHERS_DAY,
  "fathers' day": FATHERS_DAY,
  'fathers day': FATHERS_DAY,
  'independence day': fixedDay(7, 4),
  'fourth of july': fixedDay(7, 4),
  'the fourth of july': fixedDay(7, 4),
  'labor day': nthWeekday(1, MONDAY, 9),
  'columbus day': nthWeekday(2, MONDAY, 10),
  halloween: fixedDay(10, 31),
  "all saints' day": fixedDay(11, 1),
  'guy fawkes night': fixedDay(11, 5),
  'bonfire night': fixedDay(11, 5),
  'veterans day': VETERANS_DAY,
  "veterans' day": VETERANS_DAY,
  'armistice day': VETERANS_DAY,
  'remembrance day': VETERANS_DAY,
  'remembrance sunday': nthWeekday(2, SUNDAY, 11),
  thanksgiving: THANKSGIVING,
  'thanksgiving day': THANKSGIVING,
  'thanks giving day': THANKSGIVING,
  'black friday': nthWeekday(4, THURSDAY, 11, { shift: 1 }),
  'cyber monday': nthWeekday(4, THURSDAY, 11, { shift: 4 }),
  'christmas eve': fixedDay(12, 24),
  christmas: CHRISTMAS,
  'christmas day': CHRISTMAS,
  xmas: CHRISTMAS,
  'boxing day': fixedDay(12, 26),
  "new year's eve": NEW_YEARS_EVE,
  'new years eve': NEW_YEARS_EVE,
  'new year eve': NEW_YEARS_EVE,
  ramadan: RAMADAN,
  ramazan: RAMADAN,
  ramzan: RAMADAN,
  ramadhan: RAMADAN,
  ramathan: RAMADAN,
  'eid al-fitr': EID_AL_FITR,
  'eid ul-fitr': EID_AL_FITR,
  'eid-ul-fitr': EID_AL_FITR,
  'eid al fitr': EID_AL_FITR,
  'festival of breaking the fast': EID_AL_FITR,
  'eid al-adha': EID_AL_ADHA,
  'eid ul-adha': EID_AL_ADHA,
  'eid al-azha': EID_AL_ADHA,
  'eidul azha': EID_AL_ADHA,
  'eid al adha': EID_AL_ADHA,
  'islamic new year': ISLAMIC_NEW_YEAR,
  'hijri new year': ISLAMIC_NEW_YEAR,
  'arabic new year': ISLAMIC_NEW_YEAR,
};

/**
 * Words after a holiday's name that make it a modifier of a thing, not a date: "the Christmas tree", "Easter
 * Island", "a Halloween costume", "the Good Friday Agreement". Happenings at that time ("Christmas sales", "the
 * Easter weekend") keep the date, as TIMEX3 annotates them.
 */
export const HOLIDAY_MODIFIED_NOUNS: readonly string[] = [
  'island', 'islands', 'tree', 'trees', 'card', 'cards', 'light', 'lights', 'carol', 'carols', 'song', 'songs',
  'decoration', 'decorations', 'present', 'presents', 'gift', 'gifts', 'jumper', 'jumpers', 'sweater', 'sweaters',
  'costume', 'costumes', 'album', 'single', 'episode', 'film', 'movie', 'rising', 'offensive', 'egg', 'eggs', 'bunny',
  'bonus', 'bonuses', 'club', 'spirit', 'pudding', 'cracker', 'crackers', 'stocking', 'stockings', 'agreement',
  'accord', 'accords', 'number',
];

/** Words before a lower-case holiday name that make it one: "on thanksgiving", "over christmas", "since easter". */
export const HOLIDAY_CUES: readonly string[] = [
  'on', 'at', 'over', 'by', 'since', 'until', 'till', 'before', 'after', 'for', 'during', 'around', 'from', 'through',
  'this', 'last', 'next', 'past', 'coming',
];

/** Determiners before a holiday's name: "last Christmas" (the last one), "next Easter", "this Thanksgiving". */
export const HOLIDAY_DETERMINERS: Readonly<Record<string, 'past' | 'future' | 'this'>> = {
  last: 'past', past: 'past', next: 'future', coming: 'future', this: 'this',
};

/** Names of other countries' days too: "Independence Day" is the 4th of July only without a country before it. */
export const NATIONAL_DAYS: readonly string[] = ['independence day'];
