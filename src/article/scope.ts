/**
 * The opening of an article as annotated corpora scope it: the title and the first sentences of the body. MEANTIME,
 * for one, annotated the first five sentences of each article, the title line counting as the first.
 */
import { InvalidArgumentError } from '../errors.js';
import type { Article } from './types.js';

/**
 * End offset (exclusive, into the article text) of its first `sentences` sentences, counting every heading (the
 * title line first) and every sentence in text order; the text's length when the article has no more than that.
 * Expressions with `end <= sentenceScopeEnd(article, n)` lie in the scope.
 * @throws InvalidArgumentError when `sentences` is not a whole number of at least 1.
 * @example sentenceScopeEnd(parseArticle(' date 2020-08-16 Title\n\nOne. Two. Three.'), 2) // end of "One."
 */
export function sentenceScopeEnd(article: Article, sentences: number): number {
  if (!Number.isInteger(sentences) || sentences < 1) {
    throw new InvalidArgumentError(`expected a whole number of sentences of at least 1, got ${String(sentences)}`, { file: article.file });
  }
  // headings and sentences are each in text order: merge them, counting until the n-th
  const { headings, sentences: body } = article;
  let h = 0;
  let s = 0;
  for (let counted = 0; h < headings.length || s < body.length; ) {
    const takeHeading = s >= body.length || (h < headings.length && headings[h].start < body[s].start);
    const unit = takeHeading ? headings[h++] : body[s++];
    if (++counted === sentences) return unit.end;
  }
  return article.text.length;
}
