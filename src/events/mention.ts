/** A mention of an actor or place: the value entity finding and anaphora both make (apart, so neither imports the other). */
/**
 * One actor or place mention; an actor spoken to ("zei ze tegen RTV Oost", "told the BBC") is an addressee. A place
 * that acts ("Utrecht besloot", "Japan saw a collapse") is an actor and stays where the event is (`place`).
 */
export interface Mention {
  name: string;
  role: 'actor' | 'place' | 'addressee';
  /** A place that acts ("The White House said"): who and where. */
  place: boolean;
  /** Tokens of the whole phrase including a leading article (`het Wit-Russische leger`), end exclusive. */
  phraseStart: number;
  phraseEnd: number;
  /** The phrase was an office standing for a name met earlier (`de president` → `Loekasjenko`). */
  resolved: boolean;
  /** The phrase points back to a name met earlier ("hij", "the company", "de gemeente"); see anaphora.ts. */
  anaphor: boolean;
}

/** A mention, its fields always set and in the same order: every mention has one shape where stages read them. */
export function newMention(name: string, role: Mention['role'], place: boolean, phraseStart: number, phraseEnd: number, resolved: boolean, anaphor: boolean): Mention {
  return { name, role, place, phraseStart, phraseEnd, resolved, anaphor };
}
