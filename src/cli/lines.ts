/** JSON lines (NDJSON) read lazily: one line at a time from a byte stream, each at most a given number of bytes. */

/** One line of input: its 1-based number and text, or `tooLong` when it passed the byte limit (and reading stopped). */
export type InputLine = { number: number; text: string; tooLong?: false } | { number: number; tooLong: true };

/**
 * The lines of `stream` (LF or CRLF), lazily. A line over `maxBytes` is reported as `tooLong` and ends the reading
 * (one endless line, such as /dev/zero on a pipe, would never end), so memory stays within the limit. Blank lines are
 * skipped.
 */
export async function* linesOf(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  const finish = (): InputLine | null => {
    number++;
    const line = Buffer.concat(parts, length).toString('utf8').replace(/\r$/, '');
    parts = [];
    length = 0;
    return line.trim() === '' ? null : { number, text: line };
  };
  for await (const chunk of stream) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let newline = buffer.indexOf(10); ; newline = buffer.indexOf(10)) {
      const piece = newline < 0 ? buffer : buffer.subarray(0, newline);
      if (length + piece.length > maxBytes) {
        yield { number: number + 1, tooLong: true };
        return;
      }
      if (piece.length > 0) {
        // a copy: the stream may reuse its buffer
        parts.push(Buffer.from(piece));
        length += piece.length;
      }
      if (newline < 0) break;
      const line = finish();
      if (line) yield line;
      buffer = buffer.subarray(newline + 1);
    }
  }
  if (length > 0) {
    const line = finish();
    if (line) yield line;
  }
}
