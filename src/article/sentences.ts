/**
 * Sentences: `Intl.Segmenter` with an explicit locale, then two corrections ICU does not make:
 * a full stop after an abbreviation or an initial ("dhr. Jansen", "J. Smith") does not end a sentence, and
 * a segment that is only closing punctuation or quotes belongs to the sentence before it.
 */
import type { TextRules } from '../locales/types.js';
import { isSpaceCode } from '../chars.js';
import type { ArticleParagraph, ArticleSentence } from './types.js';
import { appendAll } from '../lists.js';

interface Piece {
  start: number;
  end: number;
}

const INITIAL = /^\p{Lu}$/u;
/** Characters at the end of a sentence piece that can hold an abbreviation (longer words are no abbreviations). */
const ABBREVIATION_WINDOW = 48;
const ONLY_CLOSERS = /^[\s"”’'»)\]]*$/u;
const FIRST_WORD = /^[\s"“„'‘«(]*(\p{L}+)/u;
const OPENERS = new Set(['"', '“', '„', '«', '‘']);
const CLOSERS = new Set(['”', '»', '’']);

/** Cache of segmenters: constructing one is far slower than using it. */
const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * ICU's sentence iterator slows down more than linearly on long strings, so it reads bounded windows: every
 * segment of a window but the last is final; the next window starts where that last one did. A single sentence
 * longer than a window (only in hostile input) is cut at its last space inside the window.
 */
export const SEGMENT_WINDOW = 4096;
/**
 * The window tried first: each segment the iterator hands back costs an allocation as long as its whole input (V8
 * copies it), so a paragraph read in one 4,096-character window allocated about a byte per character of the window
 * for every sentence, 30 MB a round of the extraction benchmark. A window holding fewer than two segments is
 * widened to {@link SEGMENT_WINDOW}, so the segments are the same: a window's breaks before its last segment are
 * final whatever follows it, since ICU looks past a break only up to the next letter or sentence end.
 */
export const FIRST_SEGMENT_WINDOW = 512;

export function segmentInWindows(text: string, segmenter: Intl.Segmenter): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  while (offset < text.length) {
    let windowEnd = Math.min(text.length, offset + FIRST_SEGMENT_WINDOW);
    let found = segmentsOf(text, offset, windowEnd, segmenter);
    if (found.length < 2 && windowEnd < text.length) {
      windowEnd = Math.min(text.length, offset + SEGMENT_WINDOW);
      found = segmentsOf(text, offset, windowEnd, segmenter);
    }
    if (windowEnd === text.length) {
      appendAll(pieces, found);
      break;
    }
    if (found.length > 1) {
      for (let i = 0; i < found.length - 1; i++) pieces.push(found[i]);
      offset = found[found.length - 1].start;
      continue;
    }
    let cut = windowEnd;
    while (cut > offset + 1 && !/\s/.test(text[cut - 1])) cut--;
    if (cut === offset + 1) cut = windowEnd;
    pieces.push({ start: offset, end: cut });
    offset = cut;
  }
  return pieces;
}

/** The segments of `text[offset, windowEnd)`, with offsets into `text`. */
function segmentsOf(text: string, offset: number, windowEnd: number, segmenter: Intl.Segmenter): Piece[] {
  const found: Piece[] = [];
  for (const { index, segment } of segmenter.segment(text.slice(offset, windowEnd))) {
    found.push({ start: offset + index, end: offset + index + segment.length });
  }
  return found;
}

/** Does the full stop at the end of `segment` belong to an abbreviation or an initial, with the sentence going on? */
/** The last whitespace-separated word of `segment` when it ends in a full stop, without the stop (a plain scan, no backtracking). */
function trailingDottedWord(segment: string): string | undefined {
  let end = segment.length;
  while (end > 0 && /\s/.test(segment[end - 1])) end--;
  if (end === 0 || segment[end - 1] !== '.') return undefined;
  let start = end - 1;
  while (start > 0 && !/\s/.test(segment[start - 1])) start--;
  return start < end - 1 ? segment.slice(start, end - 1) : undefined;
}

function endsInAbbreviation(segment: string, next: string, rules: AbbreviationRules): boolean {
  const word = trailingDottedWord(segment);
  if (!word) return false;
  const bare = word.replace(/^[("“„'‘«]+/u, '');
  const lower = bare.toLowerCase();
  if (!INITIAL.test(bare) && !rules.abbreviations.has(lower)) return false;
  // "in the U.S. The president ...": a capitalised function word after it starts a new sentence.
  const first = FIRST_WORD.exec(next)?.[1];
  if (first && first[0] !== first[0].toLowerCase() && rules.stopwords.has(first.toLowerCase())) return rules.titles.has(lower);
  return true;
}

interface AbbreviationRules {
  abbreviations: Set<string>;
  stopwords: Set<string>;
  /** Abbreviations that stand before a name and so never end a sentence (mr, dhr, dr). */
  titles: Set<string>;
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'dhr', 'mevr', 'mw', 'prof', 'drs', 'ir', 'ing', 'sen', 'rep', 'gov', 'gen', 'st']);
const rulesCache = new WeakMap<TextRules, AbbreviationRules>();
function compile(rules: TextRules): AbbreviationRules {
  let compiled = rulesCache.get(rules);
  if (!compiled) {
    const abbreviations = new Set(rules.abbreviations.map((a) => a.toLowerCase()));
    compiled = {
      abbreviations,
      stopwords: new Set(rules.stopwords.map((w) => w.toLowerCase())),
      titles: new Set([...TITLES].filter((t) => abbreviations.has(t))),
    };
    rulesCache.set(rules, compiled);
  }
  return compiled;
}

/** Split one paragraph into sentence spans (offsets into the original text). */
export function segmentParagraph(paragraph: ArticleParagraph, language: string, rules: TextRules): Piece[] {
  const compiled = compile(rules);
  // Line breaks inside a paragraph are wrapping, not sentence ends: same length, so offsets stay true.
  const flat = paragraph.text.replace(/[\r\n]/g, ' ');
  const raw: Piece[] = [];
  for (const piece of segmentInWindows(flat, segmenterFor(language))) raw.push(piece);
  const merged: Piece[] = [];
  for (const piece of raw) {
    const previous = merged[merged.length - 1];
    const segment = flat.slice(piece.start, piece.end);
    // only the tail of the piece so far matters (its last word): slicing all of it would be quadratic
    const tail = previous ? flat.slice(Math.max(previous.start, previous.end - ABBREVIATION_WINDOW), previous.end) : '';
    if (previous && (ONLY_CLOSERS.test(segment) || endsInAbbreviation(tail, segment, compiled))) {
      previous.end = piece.end;
    } else merged.push({ ...piece });
  }
  const pieces: Piece[] = [];
  for (const piece of merged) {
    let { start, end } = piece;
    while (start < end && /\s/.test(flat[start])) start++;
    while (end > start && /\s/.test(flat[end - 1])) end--;
    if (end > start) pieces.push({ start: paragraph.start + start, end: paragraph.start + end });
  }
  return pieces;
}

/**
 * Mark sentences inside a quotation. Straight quotes toggle; curly and guillemet quotes open and close.
 * A sentence is quoted when a quotation is open at its start or it starts with an opening quote, and it does not
 * leave the quotation before its end (`zegt hij. "Dan ..."` and `... sterven."` both count as quoted).
 */
export function markQuoted(text: string, spans: readonly Piece[]): boolean[] {
  let open = false;
  return spans.map(({ start, end }) => {
    let quotedStart = open;
    let closedInside = false;
    let firstContent = true;
    // the last letter or digit of the sentence: a quote closing before it closes mid-sentence
    let lastWordChar = end - 1;
    while (lastWordChar >= start && !/[\p{L}\p{N}]/u.test(text[lastWordChar])) lastWordChar--;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      // only quote marks change anything; before the first non-blank character, blanks are skipped
      if (code === 34 || code >= 0x80) {
        const c = text[i];
        const opens = OPENERS.has(c) && (c !== '"' || !open);
        const closes = CLOSERS.has(c) || (c === '"' && open);
        if (opens) {
          if (firstContent) quotedStart = true;
          open = true;
        } else if (closes && open) {
          open = false;
          // closing right at the end keeps the sentence quoted; closing mid-sentence means only part was quoted
          if (i < lastWordChar) closedInside = true;
        }
      }
      if (firstContent && !isSpaceCode(code)) firstContent = false;
    }
    return quotedStart && !closedInside;
  });
}

/** Sentences of all paragraphs, numbered through the article. */
export function segmentSentences(
  text: string,
  paragraphs: readonly ArticleParagraph[],
  language: string,
  rules: TextRules,
): ArticleSentence[] {
  const sentences: ArticleSentence[] = [];
  for (const paragraph of paragraphs) {
    const pieces = segmentParagraph(paragraph, language, rules);
    const quoted = markQuoted(text, pieces);
    for (let i = 0; i < pieces.length; i++) {
      const { start, end } = pieces[i];
      // one literal of a fixed shape (a spread of the piece plus fields is a slow path)
      sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph: paragraph.index, quoted: quoted[i] });
    }
  }
  return sentences;
}
