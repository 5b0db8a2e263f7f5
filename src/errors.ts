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

/** A language code that has no folder under `src/locales/`. */
export class UnsupportedLanguageError extends EventTimelineError {
  constructor(
    readonly language: string,
    supported: readonly string[],
    options: { file?: string } = {},
  ) {
    super('UNSUPPORTED_LANGUAGE', `unsupported language ${JSON.stringify(language)} (supported: ${supported.join(', ')})`, options);
    this.name = 'UnsupportedLanguageError';
  }
}
