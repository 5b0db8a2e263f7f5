/**
 * What a title can do without, so that it reads as its event's clause (who did what) rather than the sentence: an
 * aside in brackets ("European Aeronautic Defence and Space Company (EADS)"), an apposition between commas after a name
 * ("EADS, the parent company of European airframer Airbus, has won ..."), and the offices and employers written
 * before a person's name that opens the clause ("Airbus chief executive Noel Forgeard stated ..." → "Noel Forgeard
 * stated ..."). Each is a token range of the sentence; the record keeps the sentence whole.
 */
import type { CompiledCues } from './compiled-cues.js';
import type { Mention } from './entities.js';
import type { Token } from './tokens.js';
import { verbFormAt, type Trigger } from './triggers.js';

/** A token range left out of a title. */
export interface Omission {
  from: number;
  to: number;
}

/** Characters a bracketed aside may hold: longer ones are more than an aside. */
const MAX_BRACKETED = 60;
/** Words an apposition between commas may hold. */
const MAX_APPOSITION_WORDS = 10;
/** Words before a name that may be its office and employer. */
const MAX_OFFICE_WORDS = 6;

/** The omissions inside `[from, to)` of a clause whose trigger is `trigger` (when known). */
export function titleOmissions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  cues: CompiledCues,
  from: number,
  to: number,
  trigger: Trigger | undefined,
): Omission[] {
  const omissions: Omission[] = [];
  const comma = (k: number) => k > 0 && k < tokens.length && tokens[k].commaBefore;
  // brackets: every token whose text lies inside "( ... )"
  const bracket = from < to ? text.indexOf('(', tokens[from].start) : -1;
  if (bracket >= 0 && bracket < tokens[to - 1].end) {
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    const span = text.slice(start, end);
    for (const match of span.matchAll(/\(([^()]*)\)/g)) {
      // a name's abbreviation or a figure's conversion ("(EADS)", "(GB #20.1 billion)"), not a word of the phrase ("the (old) bridge")
      if (match[1].length > MAX_BRACKETED || !/^[\p{Lu}\p{N}\p{Sc}#~≈]/u.test(match[1].trim())) continue;
      const open = start + match.index;
      const close = open + match[0].length;
      let a = from;
      while (a < to && tokens[a].start < open) a++;
      let b = a;
      while (b < to && tokens[b].end <= close) b++;
      if (b > a) omissions.push({ from: a, to: b });
    }
  }
  // an apposition after a name, between commas, opened by an article: ", the parent company of ... Airbus,"
  for (const mention of mentions) {
    const k = mention.phraseEnd;
    if (k <= from || k >= to || !comma(k) || !cues.determiners.has(tokens[k].lower)) continue;
    let close = k + 1;
    while (close < to && !comma(close) && close - k <= MAX_APPOSITION_WORDS) close++;
    if (close >= to || close - k > MAX_APPOSITION_WORDS) continue;
    // what follows the apposition is the clause going on: its verb, not another item of a list
    if (trigger && trigger.index >= close) omissions.push({ from: k, to: close });
  }
  // offices before a name that opens the clause and comes right before its verb group
  if (trigger) {
    const name = mentions.find((m) => m.phraseStart > from && m.phraseStart - from <= MAX_OFFICE_WORDS && m.phraseEnd <= trigger.index && trigger.index - m.phraseEnd <= 3);
    if (name) {
      // the name is the subject: only auxiliaries or brackets between it and the verb ("John McCain (R-AZ) entered")
      let plain = true;
      for (let k = name.phraseEnd; k < trigger.index && plain; k++) {
        if (verbFormAt(tokens, k, cues) !== 'auxiliary' && !omissions.some((o) => k >= o.from && k < o.to)) plain = false;
      }
      for (let k = from; k < name.phraseStart && plain; k++) {
        const word = tokens[k].lower;
        if (comma(k + 1) || cues.coordinators.matchAt(tokens, k) > 0 || cues.prepositions.has(word) || cues.relativePronouns.has(word) || cues.stopwords.has(word) || verbFormAt(tokens, k, cues) !== null) plain = false;
      }
      if (plain && !omissions.some((o) => o.from <= from && from < o.to)) omissions.push({ from, to: name.phraseStart });
    }
  }
  return omissions;
}
