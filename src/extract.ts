/**
 * `event-timeline/extract`: articles in, dated event records out. No DOM code.
 *
 * @example
 * import { extractEvents } from 'event-timeline/extract';
 * const records = extractEvents(' date 2020-08-16 De EU kondigt morgen sancties aan.');
 */
export { tagTemporalExpressions, type TagOptions } from './temporal/tagger.js';

/** Parse an article in the seed format (` date 2020-08 Body ...`): date, language, paragraphs, headings, sentences. */
export { parseArticle, idFromFile, type ParseArticleOptions } from './article/parse.js';
/** Where the title and the first N sentences of a parsed article end (the scope annotated corpora such as MEANTIME cover). */
export { sentenceScopeEnd } from './article/scope.js';
/** Shapes of a parsed article; every offset indexes the original text. */
export type { Article, ArticleHeading, ArticleParagraph, ArticleSentence, LanguageDecision, TextSpan } from './article/types.js';

/** Extract dated event records from one article or many (raw texts, `{ id, text }` objects or parsed articles). */
export { extractEvents, eventsOfArticle, type ArticleInput, type ArticleText, type ExtractOptions } from './events/extract-events.js';
/** Temporal expressions of a parsed article with offsets into its original text (the header is never tagged). */
export { tagArticle, type TemporalTagger } from './events/tag-article.js';
/** The EDTF (ISO 8601-2) string of a date window: `2020-08-16`, `[2020-08-02..2020-09-01]`, `2016~/2020-08`. */
export { windowToEdtf } from './events/edtf.js';

/** Parse a document date (`2020`, `2020-08`, `2020-08-16`, `2020-08-16T14:30`). */
export { parseDocumentDate, DocumentDateError } from './time/document-date.js';
/** Codes of the supported languages, and a language's locale. */
export { supportedLanguages, getLocale } from './locales/index.js';

/** Typed errors: each names the file and where the problem is. */
export {
  ArticleInputError,
  BinaryInputError,
  EmptyArticleError,
  EventTimelineError,
  ForeignLanguageError,
  InvalidArgumentError,
  InvalidDocumentDateError,
  LanguageDetectionError,
  MissingDocumentDateError,
  UnsupportedLanguageError,
  type TextPosition,
} from './errors.js';

/** Shared value types of event records. */
export type {
  AnchorKind,
  DateSource,
  DateWindow,
  DocumentDate,
  DocumentDatePrecision,
  EventDate,
  EventKind,
  EventRecord,
  EventRelation,
  EventSource,
  Granularity,
  LanguageCode,
  Timex,
  TimexType,
  WindowCertainty,
} from './types.js';
