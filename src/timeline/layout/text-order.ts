/** The order in which the articles tell things: article, then paragraph and offset, then id as a last resort. */
import type { EventRecord } from '../../types.js';
import { identity, sortByValues } from './sort-keys.js';

// Code-point comparison: deterministic everywhere, unlike localeCompare.
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareTextOrder(a: EventRecord, b: EventRecord): number {
  return (
    compareStrings(a.source.article, b.source.article) ||
    a.source.paragraph - b.source.paragraph ||
    a.source.sentenceStart - b.source.sentenceStart ||
    (a.source.timexStart ?? a.source.sentenceStart) - (b.source.timexStart ?? b.source.sentenceStart) ||
    compareStrings(a.id, b.id)
  );
}

export { compareStrings };

/** Rank of every event in text order (0 = told first), the same order as {@link compareTextOrder}. */
export function textRanks(events: readonly EventRecord[]): Int32Array {
  return ranksOf(textOrder(events));
}

/** The inverse of an order: the place of every index in it. */
export function ranksOf(order: Int32Array): Int32Array {
  const ranks = new Int32Array(order.length);
  for (let rank = 0; rank < order.length; rank++) ranks[order[rank]] = rank;
  return ranks;
}

/**
 * Indices of `events` in text order, the order of {@link compareTextOrder}. The article (as a number), paragraph
 * and offsets are sorted without a comparator (see `sort-keys.ts`); ids are compared only inside runs equal on
 * all of them. Equal ids keep their input order, as the stable comparator sort does.
 */
export function textOrder(events: readonly EventRecord[]): Int32Array {
  const columns = textColumns(events);
  const order = keyedOrder(columns);
  if (!order) return comparatorOrder(events, columns);
  const { ids, article, paragraph, sentence, timex } = columns;
  const byId = (a: number, b: number) => compareStrings(ids[a], ids[b]);
  const samePlace = (a: number, b: number) =>
    article[a] === article[b] && paragraph[a] === paragraph[b] && sentence[a] === sentence[b] && timex[a] === timex[b];
  const n = order.length;
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && samePlace(order[from], order[to])) to++;
    if (to - from > 1) order.subarray(from, to).sort(byId);
    from = to;
  }
  return order;
}

/**
 * The text order as a comparator of input indices, for sorting few events at a time (events that share a day or
 * a window) without ranking all of them: the order of {@link textOrder}, equal places and ids in input order.
 */
export function textComparator(events: readonly EventRecord[]): (a: number, b: number) => number {
  const { ids, article, paragraph, sentence, timex } = textColumns(events);
  return (a, b) =>
    article[a] - article[b] ||
    paragraph[a] - paragraph[b] ||
    sentence[a] - sentence[b] ||
    timex[a] - timex[b] ||
    compareStrings(ids[a], ids[b]) ||
    a - b;
}

interface TextColumns {
  ids: string[];
  /** Rank of the article in code-point order. */
  article: Int32Array;
  paragraph: Float64Array;
  sentence: Float64Array;
  timex: Float64Array;
  /** Whether any timex offset differs from its sentence offset (when none does, the timex column orders nothing). */
  timexDiffers: boolean;
}

// Loops rather than TypedArray.from(events, fn), which is many times slower in V8.
function textColumns(events: readonly EventRecord[]): TextColumns {
  const n = events.length;
  const ids: string[] = new Array(n);
  const article = new Int32Array(n);
  const paragraph = new Float64Array(n);
  const sentence = new Float64Array(n);
  const timex = new Float64Array(n);
  const seen = new Map<string, number>();
  let timexDiffers = false;
  for (let i = 0; i < n; i++) {
    const { id, source } = events[i];
    ids[i] = id;
    let a = seen.get(source.article);
    if (a === undefined) seen.set(source.article, (a = seen.size));
    article[i] = a;
    paragraph[i] = source.paragraph;
    sentence[i] = source.sentenceStart;
    timex[i] = source.timexStart ?? source.sentenceStart;
    if (timex[i] !== sentence[i]) timexDiffers = true;
  }
  // First-seen article numbers to code-point ranks.
  const names = [...seen.keys()].sort(compareStrings);
  const rankOf = new Int32Array(names.length);
  names.forEach((name, rank) => (rankOf[seen.get(name)!] = rank));
  for (let i = 0; i < n; i++) article[i] = rankOf[article[i]];
  return { ids, article, paragraph, sentence, timex, timexDiffers };
}

/** Indices by (article, paragraph, sentence offset, timex offset), ties in input order; null when a column has NaN. */
function keyedOrder(columns: TextColumns): Int32Array | null {
  let order: Int32Array | null = identity(columns.ids.length);
  // Least significant first; a column where every timex offset is its sentence offset orders nothing.
  const significance = [columns.sentence, columns.paragraph, columns.article];
  if (columns.timexDiffers) significance.unshift(columns.timex);
  for (const column of significance) if (order) order = sortByValues(order, column);
  return order;
}

/** The comparator sort, for offsets integer keys cannot order (NaN). */
function comparatorOrder(events: readonly EventRecord[], columns: TextColumns): Int32Array {
  const { article, paragraph, sentence, timex } = columns;
  return identity(events.length).sort(
    (a, b) =>
      article[a] - article[b] ||
      paragraph[a] - paragraph[b] ||
      sentence[a] - sentence[b] ||
      timex[a] - timex[b] ||
      compareStrings(events[a].id, events[b].id),
  );
}
