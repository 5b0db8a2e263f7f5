/** A record's identity and provenance: its stable id, its source offsets, and the trigger word its title holds. */
import { shortHash } from '../article/content-hash.js';
import type { Article, ArticleSentence } from '../article/types.js';
import type { EventSource, Timex } from '../types.js';
import type { Clause } from './clauses.js';
import type { CompiledCues } from './compiled-cues.js';
import type { SentenceContext } from './sentence-context.js';
import type { Token } from './tokens.js';
import { findTrigger, type Trigger } from './triggers.js';

/** Where a record comes from, its fields always in the same order (optional ones only when known). */
export function sourceOf(article: Article, sentence: ArticleSentence, timex: Timex | undefined, trigger?: Token): EventSource {
  const source = { article: article.id } as EventSource;
  if (article.title) source.articleTitle = article.title;
  source.documentDate = article.documentDate.value;
  source.paragraph = sentence.paragraph;
  source.sentenceStart = sentence.start;
  source.sentenceEnd = sentence.end;
  if (timex) {
    source.timexStart = timex.start;
    source.timexEnd = timex.end;
  }
  if (trigger) source.trigger = { start: trigger.start, end: trigger.end, text: trigger.text };
  return source;
}

export function eventId(context: SentenceContext, clause: Clause, timex: Timex | undefined): string {
  const { article, sentence } = context;
  const role = clause.role === 'coordinate' ? `coordinate@${clause.from}` : clause.role;
  const key = timex ? `${article.id}|${sentence.start}|${sentence.end}|${timex.start}|${timex.end}|${role}` : `${article.id}|${sentence.start}|${sentence.end}|||${role}`;
  let id = `${article.id}-${shortHash(key, 8)}`;
  for (let n = 2; context.usedIds.has(id); n++) id = `${article.id}-${shortHash(`${key}|${n}`, 8)}`;
  context.usedIds.add(id);
  return id;
}

/**
 * The record's trigger is a word of its title: the clause's trigger, or where the title left that word out (a
 * closing speech frame: "The change will occur, Apple announced" → "The change will occur"), the first verb the title
 * holds. The title's own verb when it has none left out; the clause's trigger when the title holds no verb.
 */
export function titledTrigger(title: string, tokens: readonly Token[], from: number, to: number, cues: CompiledCues, skip: (k: number) => boolean, trigger: Trigger | undefined): Trigger | undefined {
  if (!trigger) return trigger;
  const lowerTitle = title.toLowerCase();
  if (holdsWord(lowerTitle, tokens[trigger.index].lower)) return trigger;
  const words = new Set(lowerTitle.split(NOT_A_WORD));
  return findTrigger(tokens, from, to, cues, (k) => skip(k) || !words.has(tokens[k].lower)) ?? trigger;
}

/** What separates words in a title. */
const NOT_A_WORD = /[^\p{L}\p{N}'’-]+/u;
/** One character of a title's words, tested at a position (`lastIndex`). */
const WORD_CHARACTER = /[\p{L}\p{N}'’-]/uy;

/** Is `word` made of word characters only (`/^[\p{L}\p{N}'’-]+$/u`), tested character by character? */
function allWordCharacters(word: string): boolean {
  if (word.length === 0) return false;
  for (let at = 0; at < word.length; at++) {
    if (!isWordCharacterAt(word, at)) return false;
    // a character of two UTF-16 units is one
    if (word.charCodeAt(at) >= 128) at = WORD_CHARACTER.lastIndex - 1;
  }
  return true;
}

/**
 * Is `word` one of the words of `text` (both lower case), as `text.split(NOT_A_WORD)` would give them? Found in place,
 * without splitting the title: an occurrence with no word character on either side.
 */
function holdsWord(text: string, word: string): boolean {
  if (!allWordCharacters(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!wordCharacterEndsAt(text, at) && !isWordCharacterAt(text, at + word.length)) return true;
  }
  return false;
}

function isWordCharacterAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  // ASCII by its code (letters, digits, apostrophe, hyphen), anything else by the Unicode test
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  WORD_CHARACTER.lastIndex = at;
  return WORD_CHARACTER.test(text);
}

/** Does a word character end right before `at` (a character of two UTF-16 units read whole)? */
function wordCharacterEndsAt(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return isWordCharacterAt(text, start);
}
