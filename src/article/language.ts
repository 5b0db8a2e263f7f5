/** Language: given by the caller, or detected by counting each supported language's stopwords. */
import { LanguageDetectionError, UnsupportedLanguageError } from '../errors.js';
import { getLocale, supportedLanguages } from '../locales/index.js';
import type { LanguageDecision } from './types.js';

const WORD = /\p{L}+/gu;
const SAMPLE_WORDS = 2000;
const MIN_HITS = 1;

const stopwordSets = new Map<string, Set<string>>();
function stopwordsOf(code: string): Set<string> {
  let set = stopwordSets.get(code);
  if (!set) {
    set = new Set(getLocale(code).text.stopwords.map((w) => w.toLowerCase()));
    stopwordSets.set(code, set);
  }
  return set;
}

/** Stopword hits per supported language in the first words of `text`. */
export function stopwordHits(text: string): Map<string, number> {
  const codes = supportedLanguages();
  const hits = new Map(codes.map((code) => [code, 0]));
  let seen = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match && seen < SAMPLE_WORDS; match = WORD.exec(text), seen++) {
    const word = match[0].toLowerCase();
    for (const code of codes) if (stopwordsOf(code).has(word)) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  return hits;
}

/**
 * Decide the language of `body`.
 * @throws UnsupportedLanguageError when `given` is not supported; LanguageDetectionError when too few stopwords.
 */
export function decideLanguage(body: string, given: string | undefined, file?: string): LanguageDecision {
  if (given !== undefined) {
    try {
      return { code: getLocale(given).code, method: 'given', confidence: 1 };
    } catch (error) {
      if (error instanceof UnsupportedLanguageError) throw new UnsupportedLanguageError(given, supportedLanguages(), { file });
      throw error;
    }
  }
  const ranked = [...stopwordHits(body)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  // too few clues, or a tie: better to ask than to guess
  if (!best || best[1] < MIN_HITS || (second && second[1] === best[1])) throw new LanguageDetectionError(supportedLanguages(), { file });
  const runnerUp = second ? second[1] : 0;
  return { code: best[0], method: 'detected', confidence: Math.round((best[1] / (best[1] + runnerUp)) * 1000) / 1000 };
}
