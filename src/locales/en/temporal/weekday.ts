/**
 * Weekdays: "Friday", "on Friday", "last Friday", "next Monday", "this Thursday", "Friday morning", "Thursday night".
 * A bare weekday is the nearest past one in a past-tense sentence and the next one in a future-tense sentence.
 */
import { candidate, weekdayNear, wordPattern, type Direction } from '../../../temporal/common/index.js';
import type { ParseContext, TemporalParser } from '../../../temporal/contract.js';
import { DAY_PARTS, WEEKDAYS } from '../words.js';
import { WEEKDAY, directionOf, tenseAt } from './shared.js';

const PARTS = Object.keys(DAY_PARTS).join('|');

/** Capitalised words that may stand before a weekday without making it part of a name ("On Friday", "By Monday"). */
const OPENERS = new Set(['on', 'by', 'until', 'till', 'from', 'since', 'this', 'next', 'last', 'every', 'each', 'and', 'but', 'or', 'then', 'before', 'after', 'through', 'early', 'late', 'starting', 'as', 'of', 'the', 'past', 'coming', 'previous', 'that', 'for', 'at', 'in']);

/** Is the weekday at `start` part of a name, after a capitalised word that is no opener ("Black Friday", "Cyber Monday")? */
export function nameBeforeWeekday(text: string, start: number): boolean {
  const before = /(\p{Lu}[\p{L}'’]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before !== null && !OPENERS.has(before[1].toLowerCase());
}

function shifted(context: ParseContext, days: number): ParseContext {
  const { start, end } = context.referenceSpan;
  return { ...context, referenceSpan: { start: start + days, end: end + days } };
}

export const weekdayParser: TemporalParser = {
  name: 'weekday',
  trigger: { words: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] },
  pattern: wordPattern(`(?:(last|next|this|coming|past|previous)\\s+)?(${WEEKDAY})(?:['’]s)?(?:\\s+(${PARTS}))?`),
  extract(match, context) {
    const [, relative, name, part] = match;
    if (!/^\p{Lu}/u.test(name)) return null;
    // "the Sunday Times", "Black Monday Sale": a weekday glued to a capitalised word is part of a name.
    const next = /^[ \t]+(\p{Lu}\p{L}*)/u.exec(context.text.slice(match.index + match[0].length, match.index + match[0].length + 24));
    if (!relative && !part && next && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|UTC|GMT)$/.test(next[1])) return null;
    // "the fifth Sunday", "second Tuesday": the nth-weekday parser's, and no weekday alone
    if (!relative && /(?:^|[^\p{L}])(?:first|second|third|fourth|fifth|final|[1-5](?:st|nd|rd|th))\s+$/iu.test(context.text.slice(Math.max(0, match.index - 10), match.index))) return null;
    const weekday = WEEKDAYS[name.toLowerCase()];
    const end = match.index + match[0].length;
    let resolution;
    switch (relative?.toLowerCase()) {
      case 'last':
      case 'past':
      case 'previous':
        // Strictly before the document date: "last Friday" said on a Friday is a week ago.
        resolution = weekdayNear(shifted(context, -1), weekday, 'past');
        break;
      case 'next':
      case 'coming':
        resolution = weekdayNear(shifted(context, 1), weekday, 'future');
        break;
      default: {
        const fallback: Direction = relative ? 'future' : 'past';
        resolution = weekdayNear(context, weekday, directionOf(tenseAt(context, match.index, end), fallback));
        // a bare weekday's week is the tagger's choice: a range's other end may place it ("from Friday to May 3")
        if (!relative) resolution = { ...resolution, impliedCycle: 'week' as const };
      }
    }
    // "Friday's vote": the possessive stays out of the expression (and a part of day cannot follow it).
    const possessive = match[0].search(/['’]s/);
    const to = possessive >= 0 ? possessive : match[0].length;
    if (part && possessive < 0) {
      const code = DAY_PARTS[part.toLowerCase()];
      return candidate(match, 'TIME', { ...resolution, value: `${resolution.value}T${code}` });
    }
    return candidate(match, 'DATE', resolution, { to });
  },
};
