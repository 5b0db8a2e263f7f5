/**
 * Paragraphs and headings: blocks of non-blank lines separated by blank lines. A block of one short line without
 * a final full stop (or other sentence-ending mark) is a heading, and so is such a line set directly above its text.
 */
import type { ArticleHeading, ArticleParagraph, TextSpan } from './types.js';
import { appendAll, maxOf } from '../lists.js';

const MAX_HEADING_LENGTH = 120;
const SENTENCE_END = /[.!?…:;,"”’»)]$/u;
const SENTENCE_OPENING = /^[\p{Lu}\p{N}"“‘«'(]/u;
/** A heading glued to its text is at most this share of the block's longest line. */
const HEADING_SHARE_OF_LONGEST = 0.6;

/**
 * Split `text` from `from` on into blocks, returning exact spans (trailing spaces and line breaks excluded). A
 * heading line glued to the text below it (no blank line between) is a block of its own: see {@link headingLineAt}.
 */
export function splitBlocks(text: string, from: number): TextSpan[] {
  const blocks: TextSpan[] = [];
  let lines: TextSpan[] = [];
  const flush = () => {
    if (lines.length > 0) appendAll(blocks, splitGluedHeadings(text, lines));
    lines = [];
  };
  let lineStart = from;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let contentEnd = lineEnd;
    while (contentEnd > lineStart && /\s/.test(text[contentEnd - 1])) contentEnd--;
    let contentStart = lineStart;
    while (contentStart < contentEnd && /\s/.test(text[contentStart])) contentStart++;
    if (contentStart === contentEnd) flush();
    else lines.push({ start: contentStart, end: contentEnd, text: text.slice(contentStart, contentEnd) });
    lineStart = lineEnd + 1;
  }
  flush();
  return blocks;
}

/** A lower-case word, then a capitalised word (a sentence opener?) followed by a lower-case word or a number ("Vanaf 1 april"). */
const OPENER_BETWEEN_LOWER = /(?<=[\p{Ll}\p{N}%])[ \t]+(\p{Lu}\p{Ll}*)[ \t]+[\p{Ll}\p{N}]/gu;
const FIRST_SENTENCE_END = /[.!?…:;]/u;

/**
 * The article's first block split after a headline glued to its first sentence on the same line ("Ziekenhuizen
 * gaan fuseren De ziekenhuizen gaan samen verder."): a short stretch opening the block and ending, before any
 * sentence mark, where a sentence opener (`openers`, lower case) stands capitalised between lower-case words.
 * Without such an opener the block is returned whole: a headline that ends before a name cannot be told apart.
 */
export function splitGluedHeadline(text: string, block: TextSpan, openers: ReadonlySet<string>): TextSpan[] {
  if (isHeading(block)) return [block];
  const firstLine = block.text.split('\n', 1)[0];
  const markAt = firstLine.search(FIRST_SENTENCE_END);
  const searched = firstLine.slice(0, Math.min(markAt < 0 ? firstLine.length : markAt, MAX_HEADING_LENGTH + 1));
  for (const match of searched.matchAll(OPENER_BETWEEN_LOWER)) {
    if (!openers.has(match[1].toLowerCase())) continue;
    const headlineEnd = match.index;
    const bodyStart = headlineEnd + match[0].indexOf(match[1]);
    if (!SENTENCE_OPENING.test(block.text) || !/\s/.test(block.text.slice(0, headlineEnd))) return [block];
    return [
      { start: block.start, end: block.start + headlineEnd, text: text.slice(block.start, block.start + headlineEnd) },
      { start: block.start + bodyStart, end: block.end, text: text.slice(block.start + bodyStart, block.end) },
    ];
  }
  return [block];
}

/** Cut a block's lines into blocks at every heading line among them. */
function splitGluedHeadings(text: string, lines: readonly TextSpan[]): TextSpan[] {
  const longest = maxOf(lines.map((line) => line.text.length));
  const blocks: TextSpan[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    const start = lines[first].start;
    const end = lines[last].end;
    blocks.push({ start, end, text: text.slice(start, end) });
  };
  for (let i = 0; i < lines.length - 1; i++) {
    if (!headingLineAt(lines, i, longest)) continue;
    close(i - 1);
    first = i;
    close(i);
    first = i + 1;
  }
  close(lines.length - 1);
  return blocks;
}

/**
 * Is line `i` (not the block's last) a heading set directly above its text? It must look like a heading, open the
 * block or follow a finished sentence, be followed by a line that opens a sentence, and be much shorter than the
 * block's longest line: lines of hard-wrapped prose are all about as long, so one of them never qualifies.
 */
function headingLineAt(lines: readonly TextSpan[], i: number, longest: number): boolean {
  const line = lines[i];
  if (!isHeading(line) || line.text.length > HEADING_SHARE_OF_LONGEST * longest) return false;
  if (i > 0 && !SENTENCE_END.test(lines[i - 1].text)) return false;
  return SENTENCE_OPENING.test(lines[i + 1].text);
}

/** Is this block a heading? One line, short, not ending like a sentence. */
export function isHeading(block: TextSpan): boolean {
  return block.text.length <= MAX_HEADING_LENGTH && !block.text.includes('\n') && !SENTENCE_END.test(block.text);
}

/** Sort blocks into paragraphs and headings. */
export function classifyBlocks(blocks: readonly TextSpan[]): { paragraphs: ArticleParagraph[]; headings: ArticleHeading[] } {
  const paragraphs: ArticleParagraph[] = [];
  const headings: ArticleHeading[] = [];
  for (const block of blocks) {
    if (isHeading(block)) headings.push({ ...block, beforeParagraph: paragraphs.length });
    else paragraphs.push({ ...block, index: paragraphs.length });
  }
  return { paragraphs, headings };
}
