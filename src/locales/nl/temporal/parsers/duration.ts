/**
 * Durations: "26 jaar", "drie maanden", "3u", "3 min", "123,45 sec", "twee nachten", "drie weekenden", "ruim een
 * jaar", "tientallen jaren", "anderhalf jaar", "tweeënhalf uur", "een kwartier", "een kwart uur", "halfuur", "de
 * hele dag", "het volle jaar", "jarenlang", and lengths told in parts ("1 jaar, 1 maand en 21 dagen" P1Y1M21D).
 *
 * Values are written in the unit the text names, a fraction where the amount has one: "een half jaar" is P0.5Y,
 * "anderhalf uur" PT1.5H, "een kwartier" PT0.25H (a quarter of the hour it names), as MEANTIME writes "two and a
 * half years" P2.5Y and the English parser does; ISO 8601 allows the fraction on the smallest part. A pair counts two
 * ("een paar dagen" P2D, as "a couple of days"); other vague quantities are X ("enkele dagen" PXD). A bound or
 * approximation before it becomes the TIMEX3 mod ("ruim" MORE_THAN, "bijna" LESS_THAN, "zo'n" APPROX); "nog" adds
 * none ("nog een uur" is one more hour). Decades and centuries are written in years ("twee decennia" P20Y).
 *
 * "u" is an hour only after digits, and not after "om", "tegen", "tot" ... where "om 3 u." is a Flemish clock time;
 * after a word it is the pronoun ("dank u"). A length with "geleden" or "over" before it is a date ("over 2 jaar
 * en 21 dagen"): see the stretch parser and relative-offset.
 */
import { compoundDurationValue, durationValue, shiftedByLength } from '../../../../temporal/common/index.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { DURATION_MODIFIERS, DURATION_UNITS, OFFSET_DIRECTIONS, UNIT_LONG_ADVERBS, WHOLE_WORDS } from '../../words.js';
import { DURATION_PARTS, readToldLengths } from '../duration-parts.js';
import { alternation, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { candidate, resolved } from '../resolve.js';

/** Units that can be whole: "de hele dag" P1D, "het hele weekend" P1WE. */
const WHOLE_UNITS: Readonly<Record<string, string>> = {
  dag: 'P1D', week: 'P1W', maand: 'P1M', jaar: 'P1Y', weekend: 'P1WE', kwartaal: 'P1Q', decennium: 'P10Y', eeuw: 'P100Y',
};

/**
 * Words after which "3 u" is a clock time ("om 3 u.", "tussen 3 u. en 4 u."), not three hours. "voor 3 u" stays
 * three hours ("Ik vertrek voor 3 u"), as "voor drie uur" is read most often with a length.
 */
const CLOCK_BEFORE = /(?:^|[^\p{L}])(?:om|tegen|rond|omstreeks|vanaf|tot|tussen|en)\s+$/iu;

export const durationParser: TemporalParser = {
  name: 'duration',
  // every unit word (glued to digits too: "3u", "3,5jaar" have the unit after no letter), "halfuur", "jarenlang"
  trigger: { words: [...Object.keys(DURATION_UNITS), ...Object.keys(UNIT_LONG_ADVERBS), 'half'] },
  pattern: compile(
    `${WORD_START}(?:(?<over>over)${GAP}|(?<mod>${alternation(Object.keys(DURATION_MODIFIERS))})${GAP})?` +
      `(?:(?<parts>${DURATION_PARTS})` +
      `|(?:(?:de|het|een)${GAP})?(?<whole>${alternation(WHOLE_WORDS)})${GAP}(?<wholeUnit>${alternation(Object.keys(WHOLE_UNITS))})${WORD_END}` +
      `|(?<long>${alternation(Object.keys(UNIT_LONG_ADVERBS))})${WORD_END})` +
      // a length of several parts from the document date: "2 jaar, 1 maand en 21 dagen geleden" (after "later" it is
      // the counted-offset parser's)
      `(?:${GAP}?(?<ago>${alternation(Object.keys(OFFSET_DIRECTIONS))})${WORD_END}(?!${GAP}dan${WORD_END}))?`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const mod = g.mod ? lookup(DURATION_MODIFIERS, g.mod) : undefined;
    const result = (from: number, to: number, value: string, withMod: boolean) =>
      candidate(context, from, to, { type: 'DURATION', value, anchor: 'none', ...(mod && withMod ? { mod } : {}) });
    if (g.long) return result(start, end, durationValue(undefined, UNIT_LONG_ADVERBS[normalize(g.long)]), true);
    if (g.whole) return result(start, end, WHOLE_UNITS[normalize(g.wholeUnit)], true);
    // a list of lengths is one match ("twee nachten, drie weekenden"): each is its own duration, the mod the first's
    const partsAt = start + (match.indices!.groups!.parts![0] - start);
    const lengths = readToldLengths(g.parts);
    // "over 2 jaar en 21 dagen", "1 maand en 21 dagen geleden": a day from the document date (one part is
    // relative-offset's, and so is "over" before anything but one length of several parts)
    const last = lengths[lengths.length - 1];
    // "binnen vijf jaar en twee maanden terug zijn": "terug" is the verb's ("be back")
    const ago = g.ago && !(normalize(g.ago) === 'terug' && /(?:^|[^\p{L}])binnen\s+(?:\p{L}+\s+){0,2}$/iu.test(context.text.slice(Math.max(0, start - 30), start))) ? g.ago : undefined;
    const agoAfter = ago !== undefined && last !== undefined && g.parts.slice(last.end).trim() === '';
    if (g.over || agoAfter) {
      if (lengths.length !== 1 || lengths[0].parts.length < 2 || (g.over && agoAfter)) return g.over ? null : plain();
      if (g.over) {
        const date = shiftedByLength(context.referenceSpan, lengths[0].parts, 1);
        return date && resolved(context, start, partsAt + lengths[0].end, 'DATE', date);
      }
      const direction = OFFSET_DIRECTIONS[normalize(ago!)];
      if (direction.anchor === 'document') {
        const date = shiftedByLength(context.referenceSpan, lengths[0].parts, -1);
        return date && resolved(context, start, end, 'DATE', date);
      }
      // "2 jaar, 21 dagen later": from the date told before, the counted-offset parser's
      return plain();
    }
    return plain();
    function plain() {
      return lengths.flatMap((length, index) => {
        const from = index === 0 ? start : partsAt + length.start;
        const to = partsAt + length.end;
        // "om 3 u." is a clock time, not three hours
        if (/\bu$/i.test(context.text.slice(from, to)) && CLOCK_BEFORE.test(context.text.slice(Math.max(0, from - 12), from))) return [];
        return [result(from, to, compoundDurationValue(length.parts), index === 0)];
      });
    }
  },
};
