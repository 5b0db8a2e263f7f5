/** Offsets to human positions, for error messages. */
import type { TextPosition } from '../errors.js';

/** 1-based line and column of a string offset (a CRLF counts as one line break; columns count UTF-16 units). */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}
