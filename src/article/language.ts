/**
 * Language: given by the caller, or detected by counting each supported language's stopwords, after letter-trigram
 * statistics (franc) have ruled out a language no locale supports.
 */
import { franc } from 'franc-min';
import { ForeignLanguageError, LanguageDetectionError, UnsupportedLanguageError, type TextPosition } from '../errors.js';
import { getLocale, supportedLanguages } from '../locales/index.js';
import type { LanguageDecision } from './types.js';

const WORD = /\p{L}+/gu;
const SAMPLE_WORDS = 2000;
const MIN_HITS = 1;
/**
 * Trigram statistics misname about one in three texts under 30 letters and few over 60 (measured on one-sentence
 * Dutch and English texts): below this many letters they are not asked.
 */
const TRIGRAM_MIN_LETTERS = 80;
/**
 * Share of the sampled words that are one supported language's stopwords, above which that language is taken even
 * if the trigrams say otherwise: Dutch and English news runs at 25-40%, French or German text at a few percent
 * (their "de", "en", "die" overlap).
 */
const OWN_STOPWORD_SHARE = 0.15;

const stopwordSets = new Map<string, Set<string>>();
function stopwordsOf(code: string): Set<string> {
  let set = stopwordSets.get(code);
  if (!set) {
    set = new Set(getLocale(code).text.stopwords.map((w) => w.toLowerCase()));
    stopwordSets.set(code, set);
  }
  return set;
}

/** Stopword hits per supported language in the first words of `text`, and how many words were read. */
export function stopwordHits(text: string): { hits: Map<string, number>; words: number } {
  const codes = supportedLanguages();
  const hits = new Map(codes.map((code) => [code, 0]));
  let seen = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match && seen < SAMPLE_WORDS; match = WORD.exec(text), seen++) {
    const word = match[0].toLowerCase();
    for (const code of codes) if (stopwordsOf(code).has(word)) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  return { hits, words: seen };
}

/**
 * The ISO 639-3 code of the language `text` reads as by its letter trigrams, when that is a language no locale
 * supports and no supported language's stopwords make up a news text's share of it; otherwise undefined.
 */
export function foreignLanguageOf(text: string, ownShare: number): string | undefined {
  if (ownShare >= OWN_STOPWORD_SHARE) return undefined;
  // franc reads at most the first 2,048 characters, so this stays cheap on any article
  const sample = text.slice(0, 4096);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < TRIGRAM_MIN_LETTERS) return undefined;
  const guess = franc(sample, { minLength: TRIGRAM_MIN_LETTERS });
  if (guess === 'und') return undefined;
  const own = new Set(supportedLanguages().map((code) => getLocale(code).text.iso6393));
  return own.has(guess) ? undefined : guess;
}

/**
 * Decide the language of `body` (`position`: where the body starts, for error messages).
 * @throws UnsupportedLanguageError when `given` is not supported; ForeignLanguageError when, with nothing given, the
 *   text reads as a language no locale supports; LanguageDetectionError when too few stopwords.
 */
export function decideLanguage(body: string, given: string | undefined, file?: string, position?: TextPosition): LanguageDecision {
  if (given !== undefined) {
    try {
      return { code: getLocale(given).code, method: 'given', confidence: 1 };
    } catch (error) {
      if (error instanceof UnsupportedLanguageError) throw new UnsupportedLanguageError(given, supportedLanguages(), { file, position });
      throw error;
    }
  }
  const { hits, words } = stopwordHits(body);
  const ranked = [...hits].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  const foreign = foreignLanguageOf(body, words ? (best?.[1] ?? 0) / words : 0);
  if (foreign) throw new ForeignLanguageError(foreign, supportedLanguages(), { file, position });
  // too few clues, or a tie: better to ask than to guess
  if (!best || best[1] < MIN_HITS || (second && second[1] === best[1])) throw new LanguageDetectionError(supportedLanguages(), { file, position });
  const runnerUp = second ? second[1] : 0;
  return { code: best[0], method: 'detected', confidence: Math.round((best[1] / (best[1] + runnerUp)) * 1000) / 1000 };
}
