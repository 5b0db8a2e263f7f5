/**
 * Typed errors. Every message names what is wrong and where (file, line, offset) so a user can fix the input.
 */

/** Base class of every error this library throws on bad input. */
export class EventTimelineError extends Error {
  /** A stable machine-readable code, e.g. `UNSUPPORTED_LANGUAGE`. */
  readonly code: string;
  /** The file (or article id) the problem is in, when known. */
  readonly file?: string;
  constructor(code: string, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(options.file ? `${options.file}: ${message}` : message, options.cause ? { cause: options.cause } : undefined);
    this.name = 'EventTimelineError';
    this.code = code;
    if (options.file) this.file = options.file;
  }
}

/** A language code that has no folder under `src/locales/`. For an article, `position` is where its text starts. */
export class UnsupportedLanguageError extends EventTimelineError {
  /** Where the text to be read in that language starts, when it is an article's. */
  readonly position?: TextPosition;
  constructor(
    readonly language: string,
    supported: readonly string[],
    options: { file?: string; position?: TextPosition } = {},
  ) {
    super('UNSUPPORTED_LANGUAGE', `unsupported language ${JSON.stringify(language)} (supported: ${supported.join(', ')})${where(options.position)}`, options);
    this.name = 'UnsupportedLanguageError';
    if (options.position) this.position = options.position;
  }
}

/** Where in a text a problem is: 1-based line and column, and the 0-based string offset. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** ` (line 3, column 7, offset 40)`, or nothing without a position. */
function where(position: TextPosition | undefined): string {
  return position ? ` (line ${position.line}, column ${position.column}, offset ${position.offset})` : '';
}

/** Bad article input: every message names the file and the line, column and offset of the problem. */
export class ArticleInputError extends EventTimelineError {
  /** Where the problem is, when it has a place in the text. */
  readonly position?: TextPosition;
  constructor(code: string, message: string, options: { file?: string; position?: TextPosition; cause?: unknown } = {}) {
    super(code, `${message}${where(options.position)}`, { file: options.file, cause: options.cause });
    this.name = 'ArticleInputError';
    if (options.position) this.position = options.position;
  }
}

/** The text is empty or only whitespace. */
export class EmptyArticleError extends ArticleInputError {
  /** `position`: where the text was expected (after the date header). */
  constructor(options: { file?: string; position?: TextPosition } = {}) {
    super('EMPTY_ARTICLE', 'the article is empty (no text after removing whitespace and the date header)', options);
    this.name = 'EmptyArticleError';
  }
}

/** The text has no ` date YYYY-MM[-DD]` header and no document date was given. */
export class MissingDocumentDateError extends ArticleInputError {
  constructor(options: { file?: string; position?: TextPosition } = {}) {
    super(
      'MISSING_DOCUMENT_DATE',
      'no document date: the first line does not start with "date YYYY[-MM[-DD]]" and no date was given (use the date option or --date)',
      options,
    );
    this.name = 'MissingDocumentDateError';
  }
}

/** The date header (or the given date) is malformed or names a day that does not exist. */
export class InvalidDocumentDateError extends ArticleInputError {
  constructor(
    readonly input: string,
    reason: string,
    options: { file?: string; position?: TextPosition; cause?: unknown } = {},
  ) {
    super('INVALID_DOCUMENT_DATE', `invalid document date ${JSON.stringify(input)}: ${reason}`, options);
    this.name = 'InvalidDocumentDateError';
  }
}

/** The text looks like binary data or a wrongly decoded file (NUL bytes, U+FFFD replacement characters). */
export class BinaryInputError extends ArticleInputError {
  constructor(what: string, options: { file?: string; position?: TextPosition } = {}) {
    super('BINARY_INPUT', `${what}: this looks like binary data or a file not saved as UTF-8`, options);
    this.name = 'BinaryInputError';
  }
}

/** The language could not be recognised among the supported ones. */
export class LanguageDetectionError extends ArticleInputError {
  constructor(supported: readonly string[], options: { file?: string; position?: TextPosition } = {}) {
    super(
      'LANGUAGE_NOT_DETECTED',
      `could not tell the language (supported: ${supported.join(', ')}); give it explicitly (language option or --lang)`,
      options,
    );
    this.name = 'LanguageDetectionError';
  }
}

/**
 * The text reads as a language no locale supports (told by its letter statistics), and no language was given: reading
 * French as Dutch would give confident nonsense, so the caller decides.
 */
export class ForeignLanguageError extends ArticleInputError {
  constructor(
    /** ISO 639-3 code of the language the text reads as (`fra`, `deu`). */
    readonly detected: string,
    supported: readonly string[],
    options: { file?: string; position?: TextPosition } = {},
  ) {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(detected) ?? detected;
    super(
      'UNSUPPORTED_LANGUAGE',
      `the text reads as ${name} (${detected}), a language event-timeline does not support (supported: ${supported.join(', ')}); give the language option or --lang to read it as one of those anyway`,
      options,
    );
    this.name = 'ForeignLanguageError';
  }
}

/** An argument of a public function has the wrong shape (not a string, an article or an `{id, text}` object). */
export class InvalidArgumentError extends EventTimelineError {
  constructor(message: string, options: { file?: string } = {}) {
    super('INVALID_ARGUMENT', message, options);
    this.name = 'InvalidArgumentError';
  }
}
