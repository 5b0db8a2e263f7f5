/**
 * Paragraphs and headings: blocks of non-blank lines separated by blank lines. A block of one short line without
 * a final full stop (or other sentence-ending mark) is a heading.
 */
import type { ArticleHeading, ArticleParagraph, TextSpan } from './types.js';

const MAX_HEADING_LENGTH = 120;
const SENTENCE_END = /[.!?…:;,"”’»)]$/u;

/** Split `text` from `from` on into blocks, returning exact spans (trailing spaces and line breaks excluded). */
export function splitBlocks(text: string, from: number): TextSpan[] {
  const blocks: TextSpan[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let lineStart = from;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let contentEnd = lineEnd;
    while (contentEnd > lineStart && /\s/.test(text[contentEnd - 1])) contentEnd--;
    let contentStart = lineStart;
    while (contentStart < contentEnd && /\s/.test(text[contentStart])) contentStart++;
    if (contentStart === contentEnd) {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd, text: text.slice(blockStart, blockEnd) });
      blockStart = -1;
    } else {
      if (blockStart < 0) blockStart = contentStart;
      blockEnd = contentEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd, text: text.slice(blockStart, blockEnd) });
  return blocks;
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
