/**
 * The country a demonym adjective stands for ("Japanese" → Japan, "Russian" → Russia, "Wit-Russische" →
 * Wit-Rusland), found among the gazetteer's country names (maintained data) by the longest shared beginning, so a
 * later "the country" or "the government" can point back to it. No list of demonyms is kept by hand.
 */
import type { CompiledCues } from './compiled-cues.js';
import type { Token } from './tokens.js';

/** Letters a demonym must share with its country's name: at least this many ... */
const MIN_SHARED = 4;
/** ... and all but this many of the country's name ("Duits|e" / "Duits|land", "Japan|ese" / "Japan"). */
const MAX_UNSHARED = 4;

const byCues = new WeakMap<CompiledCues, { countries: string[]; found: Map<string, string | undefined> }>();

/** The country the token names as a demonym, or undefined (no demonym ending, or no country close enough). */
export function countryOfDemonym(token: Token, cues: CompiledCues): string | undefined {
  if (!token.capitalised || !cues.raw.demonymEndings.some((ending) => token.lower.length > ending.length + 2 && token.lower.endsWith(ending))) return undefined;
  let known = byCues.get(cues);
  if (!known) {
    // one-word names only: "South Korea" has no one-word demonym to share a beginning with
    known = { countries: cues.raw.gazetteer.countries.filter((name) => !/\s/.test(name)), found: new Map() };
    byCues.set(cues, known);
  }
  if (known.found.has(token.lower)) return known.found.get(token.lower);
  let best: string | undefined;
  let bestShared = 0;
  for (const country of known.countries) {
    const lower = country.toLowerCase();
    let shared = 0;
    while (shared < lower.length && shared < token.lower.length && lower[shared] === token.lower[shared]) shared++;
    if (shared < MIN_SHARED || lower.length - shared > MAX_UNSHARED) continue;
    // the longer beginning wins ("Australian": Australia, not Austria); of equals, the shorter name
    if (shared > bestShared || (shared === bestShared && best !== undefined && country.length < best.length)) {
      best = country;
      bestShared = shared;
    }
  }
  known.found.set(token.lower, best);
  return best;
}
