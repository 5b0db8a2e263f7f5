/**
 * Holidays on a fixed day: "Christmas", "Christmas Eve 2019", "New Year's Day", "Halloween". Without a year the
 * year comes from the document date and the sentence's tense, as for "on 25 December".
 */
import { absoluteDay, alternation, candidate, dayWithoutYear, lookup, wordPattern } from '../../../temporal/common/index.js';
import type { TemporalParser } from '../../../temporal/contract.js';
import { HOLIDAYS } from '../words.js';
import { directionOf, tenseAt } from './shared.js';

export const holidayParser: TemporalParser = {
  name: 'holiday',
  trigger: { words: ['christmas', 'boxing', 'year', 'halloween', 'valentine'] },
  pattern: wordPattern(`(${alternation(Object.keys(HOLIDAYS))})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`),
  extract(match, context) {
    const [, name, year] = match;
    // Holiday names are capitalised; "christmas" in lower case is rare enough to be some other use.
    if (!/^\p{Lu}/u.test(name)) return null;
    const date = lookup(HOLIDAYS, name);
    if (!date) return null;
    const end = match.index + match[0].length;
    const resolution = year
      ? absoluteDay(Number(year), date[0], date[1])
      : dayWithoutYear(context, date[0], date[1], directionOf(tenseAt(context, match.index, end), 'nearest'));
    return resolution ? candidate(match, 'DATE', resolution) : null;
  },
};
