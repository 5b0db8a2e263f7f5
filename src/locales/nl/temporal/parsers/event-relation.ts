/**
 * Cues that order an event relative to another one: "daarna", "vervolgens", "kort daarna", "daarvoor",
 * "vlak na zijn toespraak", "kort na de verkiezingen", "na afloop van de top", "tijdens de toespraak",
 * "vlak voor de stemming", "een dag na de verkiezingen", "twee weken voor de top" (a distance from the event
 * itself, which only the events step can date).
 *
 * Decision: such an expression names no calendar place of its own. It becomes a DATE with value `XXXX-XX-XX`,
 * anchor 'event', the `relation` ('after' / 'before' / 'during') and NO window: the events step links it to the
 * event it names (or the previous one) and takes the date from there; without a link the event falls back to the
 * document date. Giving it the document window here would pass a guess off as a finding.
 *
 * "voor" alone is mostly "for", so it counts only with "vlak", "kort", "net" or "pal"; "na" and "tijdens" need a
 * noun phrase, and "na een jaar" (a unit) is an offset, not an event.
 */
import type { TemporalParser } from '../../../../temporal/contract.js';
import { EVENT_NOUN_DETERMINERS, EVENT_RELATION_WORDS, MONTHS, ORDINAL_DAY_FOLLOWERS, SEASON_WORDS, SUBJECT_OPENERS, TIME_NOUNS, UNITS, WEEKDAYS } from '../../words.js';
import { HOLIDAY_WEEKENDS, HOLIDAYS } from '../../holidays.js';
import { alternation, compile, GAP, lookup, normalize, WORD_END, WORD_START } from '../pattern.js';
import { candidate } from '../resolve.js';
import { NUMBER, VAGUE_NUMBER } from '../numbers.js';

const CLOSE = ['vlak', 'kort', 'net', 'pal', 'direct', 'meteen', 'onmiddellijk', 'vlak', 'even', 'enige tijd', 'lang'];
const NOUN_PHRASE = `(?:${alternation(EVENT_NOUN_DETERMINERS)})${GAP}(?:[\\p{Ll}-]{1,30}e${GAP})?(?<noun>[\\p{L}-]{2,40})`;
const RELATION_WORDS = Object.keys(EVENT_RELATION_WORDS).filter((w) => w !== 'eerder' && w !== 'toen');

/** Verbs of saying beside a bare "later": "hij zei later", "later verklaarde de minister". */
const SAYING = '(?:zei|zeiden|zegt|zeggen|vertelde|vertelden|verklaarde|verklaarden|meldde|meldden|schreef|schreven|bevestigde|bevestigden|ontkende|ontkenden|erkende|erkenden|voegde|twitterde)';
const SAYING_AFTER = new RegExp(`^\\s+${SAYING}(?![\\p{L}])`, 'iu');
const SAYING_BEFORE = new RegExp(`(?<![\\p{L}])${SAYING}\\s+$`, 'iu');

export const eventRelationParser: TemporalParser = {
  name: 'event-relation',
  // "op dat moment": "moment"; after "na" a noun phrase of up to about 85 letters ("na afloop van deze ...")
  trigger: { words: [...RELATION_WORDS.map((w) => w.split(' ').at(-1)!), 'toen', 'na', 'tijdens', 'voor', 'aanloop', 'sinds', 'vanaf'], after: 100 },
  pattern: compile(
    `${WORD_START}(?:(?<close>${alternation(CLOSE)})${GAP}|(?<distance>(?:${NUMBER}|${VAGUE_NUMBER})${GAP}${alternation(Object.keys(UNITS))})${GAP})?(?:` +
      // "later dan 2020", "later dan gepland": a comparison, no relation to the event told before
      `(?<word>${alternation(RELATION_WORDS)})(?!${GAP}dan${WORD_END})` +
      `|(?<then>toen)(?=${GAP}(?<next>\\p{Ll}+))` +
      `|(?<prep>na${GAP}afloop${GAP}van|na|tijdens|voor|voorafgaand${GAP}aan|in${GAP}aanloop${GAP}naar|sinds|vanaf)${GAP}${NOUN_PHRASE}` +
      `)${WORD_END}`,
  ),
  extract(match, context) {
    const g = match.groups!;
    let relation: 'after' | 'before' | 'during';
    if (g.then) {
      // "Toen lag het verkeer stil": the adverb, opening its sentence before the verb; "toen de politie kwam" is "when"
      const opensSentence = /(?:^|[.!?]["”’»]?\s+)$/u.test(context.text.slice(Math.max(0, match.index - 4), match.index));
      if (g.close || g.distance || !opensSentence || SUBJECT_OPENERS.includes(normalize(g.next))) return null;
      relation = 'during';
    } else if (g.word) {
      relation = lookup(EVENT_RELATION_WORDS, g.word)!;
      // "hij zei later", "later verklaarde hij": "later" orders the saying after the story and names no time
      if (normalize(g.word) === 'later' && !g.close && !g.distance) {
        const end = match.index + match[0].length;
        if (SAYING_AFTER.test(context.text.slice(end, end + 16)) || SAYING_BEFORE.test(context.text.slice(Math.max(0, match.index - 14), match.index))) return null;
      }
    } else {
      if (g.distance && !/^(?:na|voor)$/.test(normalize(g.prep))) return null;
      const prep = normalize(g.prep);
      // "na een jaar", "na de zomer", "tijdens de Dodenherdenking": a unit, calendar name or holiday is a time, not an event
      const noun = normalize(g.noun);
      if (TIME_NOUNS.includes(noun)) return null;
      // "vanaf de twintigste weer open": an ordinal day before an adverb or verb, no adjective before a noun
      if (ORDINAL_DAY_FOLLOWERS.includes(noun)) return null;
      if ([UNITS, MONTHS, SEASON_WORDS, WEEKDAYS, HOLIDAYS, HOLIDAY_WEEKENDS].some((table: Readonly<Record<string, unknown>>) => lookup(table, noun) !== undefined)) return null;
      if (prep === 'voor' && !g.close && !g.distance) return null;
      if ((prep === 'sinds' || prep === 'vanaf') && (g.close || g.distance)) return null;
      relation = prep === 'tijdens' ? 'during' : /^(?:na|sinds|vanaf)(?: |$)/.test(prep) ? 'after' : 'before';
      // "sinds de verkiezingen" starts a period after the event; keep it, the events step reads the relation.
    }
    const start = match.index;
    const end = start + match[0].length;
    return candidate(context, start, end, { type: 'DATE', value: 'XXXX-XX-XX', anchor: 'event', relation });
  },
};
