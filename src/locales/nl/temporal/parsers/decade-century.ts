/**
 * Decades and centuries: "de jaren '90", "de jaren negentig", "de jaren 80", "de jaren 1980", "de 20e eeuw",
 * "de twintigste eeuw", "de 21ste eeuw". TIMEX3 values: `199` (the 1990s), `19` (the 20th century, 1900-1999 as
 * TIMEX3 counts it). A decade without its century ("de jaren twintig") is the latest one that began before the
 * document's decade: in 2020 that is the 1920s.
 * "vorige eeuw" and "deze eeuw" are relative units (relative-unit.ts).
 */
import { absoluteUnit, type Resolution } from '../../../../temporal/common/index.js';
import type { ParseContext, TemporalParser } from '../../../../temporal/contract.js';
import { DECADE_WORDS } from '../../words.js';
import { alternation, compile, GAP, normalize, WORD_END, WORD_START } from '../pattern.js';
import { numberInWords, ORDINAL, parseOrdinal } from '../numbers.js';
import { referenceYear, resolved } from '../resolve.js';

/**
 * A decade's first year in words ("negentien zeventig", "tweeduizend tien", "tweeduizend"): a short pattern of its
 * own, as the full pattern of years in words would make every pattern holding it slow.
 */
const DECADE_IN_WORDS =
  `(?:(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien)[ \\t]?(?:tien|${alternation(Object.keys(DECADE_WORDS))})` +
  `|tweeduizend(?:[ \\t]?(?:en[ \\t])?(?:tien|${alternation(Object.keys(DECADE_WORDS))}))?)`;

/** "jaren '90", "jaren negentig", "jaren 80", "jaren 1980" (the article is outside: part-of-unit reuses this). */
export const DECADE =
  `jaren${GAP}(?:['’‘](?<yy>\\d0)|(?<full>1\\d{2}0|20\\d0)|(?<dd>\\d0)|(?<yearWords>${DECADE_IN_WORDS})|(?<word>${alternation(Object.keys(DECADE_WORDS))})|(?<zero>nul))${WORD_END}`;

/** The decade named by a match of {@link DECADE}. */
export function decadeResolution(context: ParseContext, match: RegExpExecArray): Resolution | null {
  const g = match.groups!;
  if (g.full) return absoluteUnit('decade', Number(g.full));
  // "de jaren nul" are the 2000s; "de jaren negentien zeventig" the 1970s, "de jaren tweeduizend tien" the 2010s
  if (g.zero) return absoluteUnit('decade', 2000);
  if (g.yearWords) {
    const year = numberInWords(g.yearWords);
    return year !== undefined && year % 10 === 0 && year >= 1000 ? absoluteUnit('decade', year) : null;
  }
  const tens = g.word ? DECADE_WORDS[normalize(g.word)] : Number(g.yy ?? g.dd);
  if (tens === 0 && !g.yy) return null; // "de jaren 00" is rare and "jaren 0" is no decade
  const documentDecade = Math.floor(referenceYear(context) / 10) * 10;
  let year = Math.floor(documentDecade / 100) * 100 + tens;
  if (year >= documentDecade) year -= 100;
  return absoluteUnit('decade', year);
}

export const decadeCenturyParser: TemporalParser = {
  name: 'decade-century',
  trigger: { words: ['jaren', 'eeuw'] },
  pattern: compile(`${WORD_START}(?:de${GAP})?(?:(?<decade>${DECADE})|(?<ordinal>${ORDINAL})${GAP}eeuw${WORD_END})`),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    if (g.decade) {
      const resolution = decadeResolution(context, match);
      return resolution ? resolved(context, start, end, 'DATE', resolution) : null;
    }
    const ordinal = parseOrdinal(g.ordinal);
    if (!ordinal || ordinal > 30) return null;
    return resolved(context, start, end, 'DATE', absoluteUnit('century', (ordinal - 1) * 100));
  },
};
