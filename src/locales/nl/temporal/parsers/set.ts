/**
 * Sets (repetitions): "elke week", "iedere maandag", "elk jaar", "om de twee weken", "elke twee jaar", "wekelijks",
 * "jaarlijks", "dagelijks", "'s maandags", "elke zomer", "elke avond", "per jaar".
 * Values: the period of one repetition (`P1W`, `P2W`) or the repeated calendar place (`XXXX-WXX-1` for Mondays,
 * `XXXX-SU` for summers, `TEV` for evenings), as TIMEX3 writes them.
 */
import { durationValue } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { PARTS_OF_DAY, SEASON_WORDS, UNITS, WEEKDAY_ADVERBS, WEEKDAYS } from '../../words.js';
import { alternation, APOSTROPHE_S, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { NUMBER, parseNumber } from '../numbers.js';
import { candidate } from '../resolve.js';

/** Adverbs of frequency and the period they repeat with. */
const FREQUENCY_ADVERBS: Readonly<Record<string, string>> = {
  dagelijks: 'P1D', wekelijks: 'P1W', tweewekelijks: 'P2W', maandelijks: 'P1M', tweemaandelijks: 'P2M',
  driemaandelijks: 'P3M', kwartaalsgewijs: 'P3M', halfjaarlijks: 'P6M', jaarlijks: 'P1Y', tweejaarlijks: 'P2Y',
  driejaarlijks: 'P3Y', vierjaarlijks: 'P4Y', vijfjaarlijks: 'P5Y', 'elke dag': 'P1D', uurlijks: 'PT1H',
};

export const setParser: TemporalParser = {
  name: 'set',
  // "'s maandags" may be written "'smaandags": the apostrophe s is a piece of its own
  trigger: { words: [...Object.keys(UNITS), ...Object.keys(WEEKDAYS), ...Object.keys(SEASON_WORDS), ...Object.keys(PARTS_OF_DAY), 'weekend', ...Object.keys(FREQUENCY_ADVERBS).filter((w) => !w.includes(' ')), "'s", '’s'] },
  pattern: compile(
    `${WORD_START}(?:` +
      `(?<every>elke|iedere|ieder|elk|om${GAP}de|per)${GAP}(?:(?<count>${NUMBER})${GAP})?` +
      `(?<what>${alternation([...Object.keys(UNITS), ...Object.keys(WEEKDAYS), ...Object.keys(SEASON_WORDS), ...Object.keys(PARTS_OF_DAY), 'weekend'])})` +
      `|(?<adverb>${alternation(Object.keys(FREQUENCY_ADVERBS))})` +
      `|(?<![\\p{L}])${APOSTROPHE_S}${GAP}?(?<weekdays>${alternation(Object.keys(WEEKDAY_ADVERBS))})` +
      `)${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const set = (value: string) => candidate(context, start, end, { type: 'SET', value, anchor: 'none' });
    if (g.adverb) return set(FREQUENCY_ADVERBS[normalize(g.adverb)]);
    if (g.weekdays) return set(`XXXX-WXX-${lookup(WEEKDAY_ADVERBS, g.weekdays)}`);
    const every = normalize(g.every);
    const what = normalize(g.what);
    const count = g.count ? parseNumber(g.count) : 1;
    if (count === undefined || count === 0) return null;
    // "per" only with a unit ("twee keer per week"); "om de" only with a count or a unit ("om de week")
    const unit = lookup(UNITS, what);
    if (unit) {
      if (every === 'om de' && !g.count && unit === 'year') return set('P1Y');
      return set(durationValue(count, unit));
    }
    if (every === 'per' || g.count) return null;
    const weekday = WEEKDAYS[what];
    if (weekday) return set(`XXXX-WXX-${weekday}`);
    const season = SEASON_WORDS[what];
    if (season) return set(`XXXX-${season}`);
    if (what === 'weekend') return set('XXXX-WXX-WE');
    return set(`XXXX-XX-XXT${PARTS_OF_DAY[what]}`);
  },
};
