/** The order in which the articles tell things: article, then paragraph and offset, then id as a last resort. */
import type { EventRecord } from '../../types.js';
import { keysOf, MAX_KEYED, sortedTies, thenBy, type SortKeys } from './sort-keys.js';

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
 * and offsets are folded into one exact numeric key, sorted without a comparator (see `sort-keys.ts`); ids are
 * compared only inside runs of equal keys. Equal ids keep their input order, as the stable comparator sort does.
 */
export function textOrder(events: readonly EventRecord[]): Int32Array {
  const n = events.length;
  const columns = textColumns(events);
  const key = n <= MAX_KEYED ? positionKey(columns) : null;
  if (!key) return comparatorOrder(events, columns);
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  const order = sortedTies(key, identity);
  const ids = columns.ids;
  const byId = (a: number, b: number) => compareStrings(ids[a], ids[b]);
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && key.keys[order[to]] === key.keys[order[from]]) to++;
    if (to - from > 1) order.subarray(from, to).sort(byId);
    from = to;
  }
  return order;
}

interface TextColumns {
  ids: string[];
  /** Rank of the article in code-point order. */
  article: Float64Array;
  articles: number;
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
  const article = new Float64Array(n);
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
  const rankOf = new Float64Array(names.length);
  names.forEach((name, rank) => (rankOf[seen.get(name)!] = rank));
  for (let i = 0; i < n; i++) article[i] = rankOf[article[i]];
  return { ids, article, articles: names.length, paragraph, sentence, timex, timexDiffers };
}

/** One exact key for (article, paragraph, sentence offset, timex offset); null when a column has NaN. */
function positionKey(columns: TextColumns): SortKeys | null {
  let key: SortKeys = { keys: columns.article, count: columns.articles };
  for (const column of columns.timexDiffers ? [columns.paragraph, columns.sentence, columns.timex] : [columns.paragraph, columns.sentence]) {
    const keys = keysOf(column);
    if (!keys) return null;
    key = thenBy(key, keys);
  }
  return key;
}

/** The comparator sort, for inputs numeric keys cannot order (NaN offsets, or too many events). */
function comparatorOrder(events: readonly EventRecord[], columns: TextColumns): Int32Array {
  const { article, paragraph, sentence, timex } = columns;
  const order = new Int32Array(events.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort(
    (a, b) =>
      article[a] - article[b] ||
      paragraph[a] - paragraph[b] ||
      sentence[a] - sentence[b] ||
      timex[a] - timex[b] ||
      compareStrings(events[a].id, events[b].id),
  );
}
