/**
 * Shorten a label to fit a width: the whole text when it fits, else the longest prefix (whole code points) with
 * an ellipsis, else '' (the label gives way).
 */
import { partitionPoint } from './bisect.js';

const ELLIPSIS = '…';

/** The first `k` code points of `chars`, trimmed, with the ellipsis. */
const cutOf = (chars: readonly string[], k: number) => chars.slice(0, k).join('').trimEnd() + ELLIPSIS;

/**
 * The longest cut (1 to `length - 1` code points) whose width fits, or 0 when none does, by binary search:
 * `widthOf(k)` is the width of the cut of length k, which grows with k.
 */
const longestCut = (length: number, widthOf: (k: number) => number, maxWidth: number): number =>
  partitionPoint(1, length, (k) => widthOf(k) <= maxWidth) - 1;

export function fitLabel(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (maxWidth <= 0 || text === '') return '';
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  const k = longestCut(chars.length, (mid) => measure(cutOf(chars, mid)), maxWidth);
  return k === 0 ? '' : cutOf(chars, k);
}

/** A title's code points, its cut labels by length and their widths (index k: the cut of length k), on demand. */
interface Cuts {
  chars: string[];
  cuts: (string | undefined)[];
  widths: Float64Array;
}

/** A label cut to its room, and its width by the same measure (0 for ''). */
export interface FittedLabel {
  label: string;
  width: number;
}

/** Full widths and cuts of a title table's titles, for one measuring function. */
interface TableWidths {
  full: Float64Array;
  cuts: (Cuts | undefined)[];
}

const tableCaches = new WeakMap<(text: string) => number, WeakMap<readonly string[], TableWidths>>();

/** Widths of titles for one measuring function: the layout's only measuring, remembered across frames. */
export interface TitleMeasure {
  /** The label width of each title of a title table (NaN until `widthOf` measured it). */
  fullWidths(titles: readonly string[]): Float64Array;
  /** The label width of `titles[id]`, measured once. */
  widthOf(titles: readonly string[], id: number): number;
  /**
   * `fitLabel(titles[id], maxWidth, measure)`, written into `out` with its width: the same widths are compared in
   * the same order, and the cut labels and their widths are kept, so the layout cuts the same titles on every
   * zoom frame without building and measuring prefix strings again.
   */
  fit(titles: readonly string[], id: number, maxWidth: number, out: FittedLabel): void;
}

export function titleMeasure(measure: (text: string) => number): TitleMeasure {
  let cache = tableCaches.get(measure);
  if (!cache) tableCaches.set(measure, (cache = new WeakMap()));
  const byTable = cache;
  const table = (titles: readonly string[]) => {
    let entry = byTable.get(titles);
    if (!entry) byTable.set(titles, (entry = { full: new Float64Array(titles.length).fill(NaN), cuts: [] }));
    return entry;
  };
  const widthIn = (entry: TableWidths, titles: readonly string[], id: number) => {
    const width = entry.full[id];
    return Number.isNaN(width) ? (entry.full[id] = measure(titles[id])) : width;
  };
  return {
    fullWidths: (titles) => table(titles).full,
    widthOf: (titles, id) => widthIn(table(titles), titles, id),
    fit(titles, id, maxWidth, out) {
      const text = titles[id];
      out.label = '';
      out.width = 0;
      if (maxWidth <= 0 || text === '') return;
      const entry = table(titles);
      const full = widthIn(entry, titles, id);
      if (full <= maxWidth) {
        out.label = text;
        out.width = full;
        return;
      }
      let cuts = entry.cuts[id];
      if (!cuts) {
        const chars = Array.from(text);
        cuts = entry.cuts[id] = { chars, cuts: [], widths: new Float64Array(chars.length).fill(NaN) };
      }
      const { chars, cuts: labels, widths } = cuts;
      const cut = (k: number) => (labels[k] ??= cutOf(chars, k));
      const widthOf = (k: number) => (Number.isNaN(widths[k]) ? (widths[k] = measure(cut(k))) : widths[k]);
      const k = longestCut(chars.length, widthOf, maxWidth);
      if (k > 0) {
        out.label = cut(k);
        out.width = widths[k];
      }
    },
  };
}
