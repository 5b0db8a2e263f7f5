/**
 * A language is one folder under `src/locales/` exporting a {@link Locale}. Word lists live in the folder's
 * `words.ts`; parsers in its `temporal/` folder; event cues in its `events.ts`.
 */
import type { TemporalLocale } from '../temporal/contract.js';

/** Words that steer sentence segmentation and language detection. */
export interface TextRules {
  /** Abbreviations after which a full stop does not end a sentence ("dhr", "bijv", "Mr", "e.g"), without the dot. */
  readonly abbreviations: readonly string[];
  /** Frequent function words, for telling languages apart. */
  readonly stopwords: readonly string[];
}

/** Cue words that decide an event's kind, actors and relations (filled in by the event extraction). */
export interface EventCues {
  [key: string]: unknown;
}

/** A supported language. */
export interface Locale {
  /** BCP 47 code: `nl`, `en`. */
  readonly code: string;
  /** English name, for messages. */
  readonly name: string;
  readonly text: TextRules;
  readonly temporal: TemporalLocale;
  readonly events: EventCues;
}
