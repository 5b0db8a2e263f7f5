/** The shape of a parsed article. Every offset indexes the exact string the caller passed (BOM and CR included). */
import type { DocumentDate, LanguageCode } from '../types.js';

/** A stretch of the original text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A paragraph: a block of lines between blank lines that is not a heading. */
export interface ArticleParagraph extends TextSpan {
  /** 0-based index among paragraphs (headings not counted). */
  index: number;
}

/** A heading: a short single-line block without a final full stop (`NAVO`). */
export interface ArticleHeading extends TextSpan {
  /** Index of the paragraph that follows the heading (equals the paragraph count when it is last). */
  beforeParagraph: number;
}

/** One sentence, inside one paragraph. */
export interface ArticleSentence extends TextSpan {
  /** 0-based index among all sentences of the article. */
  index: number;
  /** Index of the paragraph holding it. */
  paragraph: number;
  /** The sentence lies inside a quotation (opened before or at its start, closed at or after its end). */
  quoted: boolean;
}

/** How the language was decided. */
export interface LanguageDecision {
  code: LanguageCode;
  /** `given` by the caller, or `detected` from stopwords. */
  method: 'given' | 'detected';
  /** 0.5 (a coin toss) .. 1 (certain): the winner's share of the stopword hits of the best two languages. */
  confidence: number;
}

/** A parsed article. */
export interface Article {
  /** Article id: the given id, else the file name without directory and extension, else a hash of the text. */
  id: string;
  /** File name when known (used in error messages). */
  file?: string;
  /** The text exactly as given. */
  text: string;
  documentDate: DocumentDate;
  /** Where the document date came from. */
  documentDateSource: 'header' | 'option';
  /** The `date ...` header, when there is one (without leading BOM and spaces). */
  header?: TextSpan;
  /** Offset where the body starts (after the header on the first line). */
  bodyStart: number;
  language: LanguageDecision;
  paragraphs: ArticleParagraph[];
  headings: ArticleHeading[];
  sentences: ArticleSentence[];
  /** First heading before any paragraph, else the first sentence. */
  title?: string;
}
