/**
 * Weekdays: "maandag", "zondagavond", "vorige dinsdag", "komende vrijdag", "maandag jl.".
 * Without a determiner the tense decides: the nearest past one in a past-tense sentence ("hij zei maandag"), the
 * nearest next one in a future one ("gaat maandag", "zal", "wil"); with no tense either way the window holds both.
 * A capitalised weekday right after another capitalised word is part of a name ("Goede Vrijdag", "Bloody Sunday").
 */
import { windowFromSpan, windowValue } from '../../../../time/window.js';
import type { TemporalParser } from '../../../../temporal/contract.js';
import { PARTS_OF_DAY, WEEKDAYS } from '../../words.js';
import { alternation, compile, GAP, normalize, WORD_END, WORD_START } from '../pattern.js';
import { candidate, dateCandidate, nearestWeekday, tenseAround, weekdayWindow } from '../resolve.js';
import { DAY_ORDINAL_WORD } from '../numbers.js';

const PAST = ['vorige', 'afgelopen', 'voorbije', 'jongstleden', 'voorgaande'];
const NEXT = ['volgende', 'komende', 'aanstaande', 'aankomende'];
/** "laatste zondag" is the last one before the document date; "de laatste zondag (van april)" is another phrase. */
const LAST = `(?<![\\p{L}]de${GAP})laatste`;
/** An ordinal before the weekday: "de tweede zondag" is the nth-weekday parser's, and no weekday alone. */
const ORDINAL_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])(?:\\d(?:e|ste|de)|${DAY_ORDINAL_WORD}|laatste)${GAP}$`, 'iu');

/**
 * Is the capitalised weekday at `start` part of a name? Dutch writes weekdays in lower case, so a capital one right
 * after a word, inside a sentence, is a name: "Goede Vrijdag", "zijn knecht Vrijdag", "het toneelstuk Vrijdag".
 * After punctuation, a number (an article's date line) or at the start it opens a sentence.
 */
export function nameBeforeWeekday(text: string, start: number, word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{L}[ \t\u00a0]{1,3}$/u.test(text.slice(Math.max(0, start - 4), start));
}

export const weekdayParser: TemporalParser = {
  name: 'weekday',
  trigger: { words: Object.keys(WEEKDAYS) },
  pattern: compile(
    `${WORD_START}(?:(?<det>${alternation([...PAST, ...NEXT])}|${LAST})${GAP})?(?<weekday>${alternation(Object.keys(WEEKDAYS))})` +
      `(?<part>${alternation(Object.keys(PARTS_OF_DAY))})?${WORD_END}(?<after>${GAP}(?:jl\\.|j\\.l\\.|a\\.s\\.|jongstleden|aanstaande)(?![\\p{L}]))?`,
  ),
  extract(match, context) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    if (!g.det && nameBeforeWeekday(context.text, start, g.weekday)) return null;
    if (!g.det && ORDINAL_BEFORE.test(context.text.slice(Math.max(0, start - 40), start))) return null;
    const weekday = WEEKDAYS[normalize(g.weekday)];
    const cue = normalize(`${g.det ?? ''} ${g.after ?? ''}`);
    const direction = /vorige|afgelopen|voorbije|voorgaande|laatste|jongstleden|jl|j\.l/.test(cue) ? 'past' : /volgende|komende|aanstaande|a\.s/.test(cue) ? 'future' : undefined;
    const span = context.referenceSpan;
    let window;
    if (direction === 'past') {
      // "vorige maandag" is never the document day itself
      const [a, b] = [nearestWeekday(span.start - 1, weekday, 'past'), nearestWeekday(span.end - 1, weekday, 'past')];
      window = windowFromSpan({ start: a, end: b }, 'day', a === b ? 'exact' : 'within');
    } else if (direction === 'future') {
      const [a, b] = [nearestWeekday(span.start + 1, weekday, 'future'), nearestWeekday(span.end + 1, weekday, 'future')];
      window = windowFromSpan({ start: a, end: b }, 'day', a === b ? 'exact' : 'within');
    } else {
      window = weekdayWindow(span, weekday, tenseAround(context, start, end));
    }
    // without "vorige"/"volgende" the week is the tagger's choice: a range's other end may place it
    if (!g.part) return { ...dateCandidate(context, start, end, window, 'document'), ...(direction ? {} : { impliedCycle: 'week' as const }) };
    const part = PARTS_OF_DAY[normalize(g.part)];
    return candidate(context, start, end, { type: 'TIME', value: `${windowValue(window)}T${part}`, window, anchor: 'document' });
  },
};
