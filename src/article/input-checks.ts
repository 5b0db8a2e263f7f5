/** Refuse text that is not text: NUL bytes and U+FFFD replacement characters mean binary data or a wrong encoding. */
import { BinaryInputError } from '../errors.js';
import { positionAt } from './positions.js';

const NOT_TEXT = /[\u0000\uFFFD]/;

/** @throws BinaryInputError naming the first offending character and where it is. */
export function assertPlainText(text: string, file?: string): void {
  const match = NOT_TEXT.exec(text);
  if (!match) return;
  const what = match[0] === '\u0000' ? 'NUL byte' : 'replacement character U+FFFD';
  throw new BinaryInputError(`found a ${what}`, { file, position: positionAt(text, match.index) });
}
