/** Temporal expressions of a parsed article, with offsets into its original text; the date header is never tagged. */
import type { Article } from '../article/types.js';
import { EventTimelineError } from '../errors.js';
import { tagTemporalExpressions, type TagOptions } from '../temporal/tagger.js';
import type { Timex } from '../types.js';

/** A temporal tagger: the library's own, or a stand-in with the same contract. */
export type TemporalTagger = (text: string, options: TagOptions) => Timex[];

/**
 * Tag the article body. The header is blanked to spaces of the same length, so offsets stay those of the original
 * text and nothing in the header is ever found.
 */
export function tagArticle(article: Article, tagger: TemporalTagger = tagTemporalExpressions): Timex[] {
  const { text, bodyStart } = article;
  const masked = text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart);
  let found: Timex[];
  try {
    found = tagger(masked, { language: article.language.code, reference: article.documentDate });
  } catch (error) {
    if (error instanceof EventTimelineError) throw error;
    throw new EventTimelineError('TAGGER_FAILED', `temporal tagging failed: ${(error as Error)?.message ?? String(error)}`, {
      file: article.file ?? article.id,
      cause: error,
    });
  }
  return found
    .filter((t) => Number.isInteger(t.start) && Number.isInteger(t.end) && t.start >= bodyStart && t.start < t.end && t.end <= text.length)
    .sort((a, b) => a.start - b.start);
}
