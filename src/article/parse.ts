/** `parseArticle`: one article text in, its date, language, paragraphs, headings and sentences out. */
import { EmptyArticleError, InvalidArgumentError, InvalidDocumentDateError, MissingDocumentDateError } from '../errors.js';
import { getLocale } from '../locales/index.js';
import { DocumentDateError, toDocumentDate } from '../time/document-date.js';
import type { TextRules } from '../locales/types.js';
import type { DocumentDate } from '../types.js';
import { classifyBlocks, splitBlocks, splitGluedHeadline } from './blocks.js';
import { shortHash } from './content-hash.js';
import { readDateHeader } from './header.js';
import { assertPlainText } from './input-checks.js';
import { decideLanguage } from './language.js';
import { positionAt } from './positions.js';
import { segmentSentences } from './sentences.js';
import type { Article } from './types.js';

/** Options of {@link parseArticle}. */
export interface ParseArticleOptions {
  /** File name, for the article id and error messages. */
  file?: string;
  /** Article id; defaults to the file name without directory and extension, else `text-` + a hash of the text. */
  id?: string;
  /** Language code (`nl`, `en`); detected from stopwords when absent. */
  language?: string;
  /** Document date for a text without a `date` header. A header in the text takes precedence. */
  date?: string | DocumentDate;
}

/** The article id a file name gives: `seeds/000_abc.txt` → `000_abc`. */
export function idFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Parse an article in the seed format: the first line starts with ` date 2020-08` (or `2020`, `2020-08-16`,
 * `2020-08-16T14:30`) and the body follows on the same line; paragraphs are separated by blank lines.
 * @throws EmptyArticleError, MissingDocumentDateError, InvalidDocumentDateError, BinaryInputError,
 *   UnsupportedLanguageError, ForeignLanguageError, LanguageDetectionError — each naming the file and the position.
 * @example parseArticle(' date 2020-08 Poetin zegt dat hij morgen begint.').sentences[0].text
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): Article {
  const { file } = options;
  if (typeof text !== 'string') throw new InvalidArgumentError(`expected the article text as a string, got ${typeof text}`, { file });
  assertPlainText(text, file);
  const header = readDateHeader(text, file);
  // a given date must be a date even when the header makes it unneeded: a typo should not pass unnoticed
  const given = options.date === undefined ? undefined : givenDate(options.date, file);
  let documentDate: DocumentDate;
  if (header) documentDate = header.date;
  else if (given) documentDate = given;
  else {
    if (text.trim() === '') throw new EmptyArticleError({ file, position: positionAt(text, 0) });
    throw new MissingDocumentDateError({ file, position: positionAt(text, 0) });
  }
  const bodyStart = header ? header.bodyStart : 0;
  const body = text.slice(bodyStart);
  if (body.trim() === '') throw new EmptyArticleError({ file, position: positionAt(text, bodyStart) });
  // errors about the language point at where the text itself starts
  const language = decideLanguage(body, options.language, file, positionAt(text, bodyStart + body.length - body.trimStart().length));
  const locale = getLocale(language.code);
  const [firstBlock, ...otherBlocks] = splitBlocks(text, bodyStart);
  const blocks = firstBlock ? [...splitGluedHeadline(text, firstBlock, openersOf(locale.text)), ...otherBlocks] : [];
  const { paragraphs, headings } = classifyBlocks(blocks);
  const sentences = segmentSentences(text, paragraphs, language.code, locale.text);
  const leadingHeading = headings.find((h) => h.beforeParagraph === 0);
  const article: Article = {
    id: options.id ?? (file ? idFromFile(file) : `text-${shortHash(text)}`),
    text,
    documentDate,
    documentDateSource: header ? 'header' : 'option',
    bodyStart,
    language,
    paragraphs,
    headings,
    sentences,
  };
  if (file) article.file = file;
  if (header) article.header = header.span;
  const title = leadingHeading?.text ?? sentences[0]?.text;
  if (title) article.title = title;
  return article;
}

/** A language's sentence openers, fronted ones included, as a set built once per language. */
const openerSets = new WeakMap<TextRules, ReadonlySet<string>>();
function openersOf(rules: TextRules): ReadonlySet<string> {
  let openers = openerSets.get(rules);
  if (!openers) openerSets.set(rules, (openers = new Set([...rules.sentenceOpeners, ...(rules.frontedOpeners ?? [])])));
  return openers;
}

function givenDate(date: string | DocumentDate, file?: string): DocumentDate {
  try {
    return toDocumentDate(date);
  } catch (error) {
    const reason = error instanceof DocumentDateError ? error.reason : String(error);
    throw new InvalidDocumentDateError(String(date), `${reason} (the given date option)`, { file, cause: error });
  }
}
