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
  const key = [article.id, sentence.start, sentence.end, timex?.start ?? '', timex?.end ?? '', clause.role === 'coordinate' ? `coordinate@${clause.from}` : clause.role].join('|');
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
  const words = new Set(title.toLowerCase().split(NOT_A_WORD));
  if (words.has(tokens[trigger.index].lower)) return trigger;
  return findTrigger(tokens, from, to, cues, (k) => skip(k) || !words.has(tokens[k].lower)) ?? trigger;
}

/** What separates words in a title. */
const NOT_A_WORD = /[^\p{L}\p{N}'’-]+/u;
