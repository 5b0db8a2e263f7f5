/** What the event stages share: one sentence's context, and the records made so far in its article. */
import type { Article, ArticleSentence } from '../article/types.js';
import type { EventDate, EventRecord, Timex } from '../types.js';
import type { CompiledCues } from './compiled-cues.js';
import type { Mention } from './entities.js';
import type { Token } from './tokens.js';

/** A record with what later sentences need to know of it (relations, reference times). */
export interface Produced {
  record: EventRecord;
  sentenceIndex: number;
  sentenceText: string;
  speech: boolean;
  /** When the speech act itself happened: a reported plan's date is not the date of its announcement. */
  speechDate: EventDate;
  /** The event has a time of its own, not only the document date. */
  dated: boolean;
  /** The event's date is a period of more than one day. */
  lasting: boolean;
  /** The event's date tells nothing of the day the story is telling of (see `reference` in {@link eventsOfArticle}). */
  background: boolean;
}

export interface SentenceContext {
  article: Article;
  /** The document date as an event date, worked out once per article. */
  documentDate: EventDate;
  sentence: ArticleSentence;
  index: number;
  tokens: Token[];
  mentions: Mention[];
  timexes: Timex[];
  cues: CompiledCues;
  produced: readonly Produced[];
  usedIds: Set<string>;
  /** The person named last in the sentences just before, whom "zei ze" / "he said" means. */
  person: string | undefined;
  /**
   * The paragraph is telling of the document's day, and of no day before it (see `StoryDays` in dating.ts): "Shares
   * fell sharply today. The Dow lost 4%."
   */
  toldOfDocumentDay: boolean;
}
