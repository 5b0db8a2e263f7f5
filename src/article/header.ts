/**
 * The seed header: the first line starts with ` date VALUE` and the body follows on the same line.
 * VALUE is `2020`, `2020-08`, `2020-08-16`, `2020-08-16T14:30` (or `2020-08-16 14:30`).
 */
import { InvalidDocumentDateError } from '../errors.js';
import { DocumentDateError, parseDocumentDate } from '../time/document-date.js';
import type { DocumentDate } from '../types.js';
import { positionAt } from './positions.js';
import type { TextSpan } from './types.js';

/** A found header: the parsed date, the header span, and where the body starts. */
export interface DateHeader {
  date: DocumentDate;
  span: TextSpan;
  bodyStart: number;
}

// The keyword, then a token that starts with a digit: "date 2020-08". An optional "HH:MM" token may follow.
const HEADER = /^(\uFEFF?[ \t]*)(date[ \t]+)(\d\S*)(?:[ \t]+(\d{1,2}:\d{2})(?=\s|$))?/i;

/**
 * Read the header at the start of `text`, if there is one.
 * @throws InvalidDocumentDateError when the header is there but its date is malformed or impossible.
 */
export function readDateHeader(text: string, file?: string): DateHeader | undefined {
  const match = HEADER.exec(text);
  if (!match) return undefined;
  const start = match[1].length;
  const valueStart = start + match[2].length;
  const written = match[4] ? `${match[3]} ${match[4]}` : match[3];
  let date: DocumentDate;
  try {
    date = parseDocumentDate(written);
  } catch (error) {
    const reason = error instanceof DocumentDateError ? error.reason : String(error);
    throw new InvalidDocumentDateError(written, reason, { file, position: positionAt(text, valueStart), cause: error });
  }
  const end = match[0].length;
  let bodyStart = end;
  while (bodyStart < text.length && /[ \t]/.test(text[bodyStart])) bodyStart++;
  return { date, span: { start, end, text: text.slice(start, end) }, bodyStart };
}
