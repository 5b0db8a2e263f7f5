/**
 * Seasons: "this summer", "last winter", "spring 2009", "the autumn of 2008", "in the spring", "early summer".
 * "spring" and "fall" are also ordinary words, so a lone one needs a cue before it or a year after it.
 */
import { absoluteUnit, candidate, partOfRelativeYear, withMod, wordPattern, yearlyUnit, type Resolution } from '../../../temporal/common/index.js';
import type { ParseContext, TemporalParser } from '../../../temporal/contract.js';
import { seasonSpan, unitSpan, type Season } from '../../../time/units.js';
import { SEASONS } from '../words.js';
import { PART_PREFIX, directionOf, partMod, tenseAt } from './shared.js';

const SEASON_START_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function relativeSeason(context: ParseContext, season: Season, word: string): Resolution | null {
  const inYear = (y: number) => seasonSpan(y, season);
  const { start, end } = context.referenceSpan;
  if (word === 'this' || word === 'current') {
    // The season of the document's year; "this winter" is the nearest winter, as it straddles two years.
    return season === 'WI' ? yearlyUnit(context, 'season', inYear, 'nearest') : partOfRelativeYear(context, 'season', inYear, 0);
  }
  const past = word === 'last' || word === 'past' || word === 'previous';
  const shifted: ParseContext = past
    ? { ...context, referenceSpan: { start: unitSpan('season', start).start - 1, end: unitSpan('season', end).start - 1 } }
    : { ...context, referenceSpan: { start: unitSpan('season', start).end + 1, end: unitSpan('season', end).end + 1 } };
  return yearlyUnit(shifted, 'season', inYear, past ? 'past' : 'future');
}

export const seasonParser: TemporalParser = {
  name: 'season',
  trigger: { words: ['spring', 'summer', 'autumn', 'fall', 'winter'] },
  pattern: wordPattern(
    `(?:(in|during|by|until|since|through|over|this|last|next|coming|past|previous|current)\\s+)?${PART_PREFIX}(the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(\\d{4})(?!\\d|,\\d))?`,
  ),
  extract(match, context) {
    const [, cue, prefix, article, word, year] = match;
    const season = SEASONS[word.toLowerCase()];
    const lowerCue = cue?.toLowerCase();
    const relative = lowerCue && /^(?:this|last|next|coming|past|previous|current)$/.test(lowerCue) ? lowerCue : undefined;
    // "spring" and "fall" are ordinary words unless something marks them as seasons.
    // "the fall in prices", "the spring in the mattress": "spring" and "fall" are seasons only with a year,
    // "this/last/next", a part-of prefix, or "in/during ... the fall" not followed by "of"/"in".
    if (/^(?:spring|fall)$/i.test(word) && !year && !relative && !prefix) {
      const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 6);
      if (!cue || (!article && /^fall$/i.test(word)) || /^\s+(?:of|in)\b/i.test(after)) return null;
    }
    // "the Summer Olympics", "the Winter Games", "Spring Street": a capitalised season before a capitalised word is
    // part of a name (a year after it, "Summer 2020", is no name)
    if (!year && /^[A-Z]/.test(word) && /^[ \t]+\p{Lu}/u.test(context.text.slice(match.index + match[0].length, match.index + match[0].length + 3))) return null;
    const from = cue && !relative ? match[0].length - match[0].slice(cue.length).trimStart().length : 0;
    let resolution: Resolution | null;
    if (year) {
      const month = SEASON_START_MONTH[season];
      resolution = absoluteUnit('season', Number(year), month);
    } else if (relative) resolution = relativeSeason(context, season, relative);
    else {
      const end = match.index + match[0].length;
      resolution = yearlyUnit(context, 'season', (y) => seasonSpan(y, season), directionOf(tenseAt(context, match.index + from, end), 'nearest'));
    }
    return resolution ? candidate(match, 'DATE', withMod(resolution, partMod(prefix)), { from }) : null;
  },
};
