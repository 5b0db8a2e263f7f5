/**
 * Golden rows for describeDate, written by hand: [language, window, expected]. Windows are given as
 * `earliest..latest granularity certainty [vagueStart] [vagueEnd]`.
 */
export const DESCRIBE_DATE_GOLDEN: readonly [lang: string, window: string, expected: string][] = [
  // Exact units
  ['nl', '2020-08-09..2020-08-09 day exact', '9 augustus 2020'],
  ['en', '2020-08-09..2020-08-09 day exact', '9 August 2020'],
  ['nl', '2020-08-01..2020-08-31 month exact', 'augustus 2020'],
  ['en', '2020-08-01..2020-08-31 month exact', 'August 2020'],
  ['nl', '2020-03-01..2020-03-31 month exact', 'maart 2020'],
  ['nl', '2020-08-10..2020-08-16 week exact', 'de week van 10 augustus 2020'],
  ['en', '2020-08-10..2020-08-16 week exact', 'the week of 10 August 2020'],
  ['nl', '2020-07-01..2020-09-30 quarter exact', 'het derde kwartaal van 2020'],
  ['en', '2020-07-01..2020-09-30 quarter exact', 'the third quarter of 2020'],
  ['nl', '2020-06-01..2020-08-31 season exact', 'zomer 2020'],
  ['en', '2020-12-01..2021-02-28 season exact', 'winter 2020-21'],
  ['nl', '2020-12-01..2021-02-28 season exact', 'winter 2020-2021'],
  ['nl', '2020-07-01..2020-12-31 half exact', 'de tweede helft van 2020'],
  ['en', '2020-01-01..2020-06-30 half exact', 'the first half of 2020'],
  ['nl', '2020-01-01..2020-12-31 year exact', '2020'],
  ['nl', '1990-01-01..1999-12-31 decade exact', 'de jaren negentig'],
  ['nl', '2010-01-01..2019-12-31 decade exact', 'de jaren 2010'],
  ['en', '1990-01-01..1999-12-31 decade exact', 'the 1990s'],
  ['nl', '1900-01-01..1999-12-31 century exact', 'de 20e eeuw'],
  ['en', '2000-01-01..2099-12-31 century exact', 'the 21st century'],
  // One unit somewhere in a window: said honestly, never a picked day
  ['nl', '2020-08-02..2020-09-01 day within', 'één dag tussen 2 augustus en 1 september 2020'],
  ['en', '2020-08-02..2020-09-01 day within', 'one day between 2 August and 1 September 2020'],
  ['nl', '2020-08-02..2020-08-08 day within', 'één dag tussen 2 en 8 augustus 2020'],
  ['en', '2019-12-30..2020-01-02 day within', 'one day between 30 December 2019 and 2 January 2020'],
  ['nl', '2020-07-27..2020-09-06 week within', 'een week tussen 27 juli en 6 september 2020'],
  ['en', '2020-07-27..2020-09-06 week within', 'one week between 27 July and 6 September 2020'],
  ['nl', '2020-01-01..2020-06-30 month within', 'een maand tussen januari en juni 2020'],
  ['en', '2018-01-01..2020-12-31 year within', 'one year between 2018 and 2020'],
  // One moment after or before a date, how long after or before unknown ("na de zomer", "before 2010")
  ['nl', '2021-09-01..2021-11-30 day within vagueEnd', 'één dag vanaf 1 september 2021'],
  ['en', '2021-09-01..2021-11-30 day within vagueEnd', 'one day from 1 September 2021 on'],
  ['nl', '2009-01-01..2009-12-31 day within vagueStart', 'één dag tot en met 31 december 2009'],
  ['en', '2009-01-01..2009-12-31 day within vagueStart', 'one day up to 31 December 2009'],
  // Periods
  ['nl', '2016-01-01..2020-08-31 month period vagueStart', 'een periode tot augustus 2020 (begin onbekend)'],
  ['en', '2016-01-01..2020-08-31 month period vagueStart', 'a period ending August 2020, start unknown'],
  ['nl', '1994-01-01..2020-08-16 year period vagueEnd', 'sinds 1994'],
  ['en', '1994-01-01..2020-08-16 year period vagueEnd', 'since 1994'],
  ['nl', '2020-03-01..2020-08-16 day period vagueEnd', 'sinds 1 maart 2020'],
  ['nl', '2018-01-01..2020-12-31 year period vagueStart vagueEnd', 'een periode ergens tussen 2018 en 2020'],
  ['en', '2018-01-01..2020-12-31 year period vagueStart vagueEnd', 'a period sometime between 2018 and 2020'],
  ['nl', '2020-08-02..2020-08-09 day period', 'van 2 tot en met 9 augustus 2020'],
  ['en', '2020-08-02..2020-08-09 day period', 'from 2 to 9 August 2020'],
  ['nl', '2019-11-01..2020-02-29 month period', 'van november 2019 tot en met februari 2020'],
  ['en', '2020-03-01..2020-05-31 month period', 'from March to May 2020'],
  ['nl', '2020-08-01..2020-08-31 day period', 'augustus 2020'],
  ['en', '2019-01-01..2019-12-31 month period', '2019'],
  // Regional tags use their language's table
  ['nl-BE', '2020-08-09..2020-08-09 day exact', '9 augustus 2020'],
  ['en-US', '2020-08-01..2020-08-31 month exact', 'August 2020'],
  // Other languages: Intl writes the dates (UTC), the phrase keeps English structure
  ['de', '2020-08-09..2020-08-09 day exact', '9. August 2020'],
  ['de', '2020-08-01..2020-08-31 month exact', 'August 2020'],
  ['fr', '2020-08-02..2020-09-01 day within', 'one day between 2 août 2020 and 1 septembre 2020'],
  ['de', '2016-01-01..2020-08-31 month period vagueStart', 'a period ending August 2020, start unknown'],
];
