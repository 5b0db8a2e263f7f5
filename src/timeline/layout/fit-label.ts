/**
 * Shorten a label to fit a width: the whole text when it fits, else the longest prefix (whole code points) with
 * an ellipsis, else '' (the label gives way).
 */
const ELLIPSIS = '…';

export function fitLabel(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (maxWidth <= 0 || text === '') return '';
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0; // longest prefix known to fit (0 = none)
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

interface Prefixes {
  chars: string[];
  /** Width of the full text, then at index k of the first k code points (trimmed) plus the ellipsis; NaN = not yet measured. */
  widths: Float64Array;
  /** The cut labels built so far, by prefix length. */
  cuts: (string | undefined)[];
}

const fitterCaches = new WeakMap<(text: string) => number, WeakMap<readonly string[], (Prefixes | undefined)[]>>();

/**
 * `fitLabel` for the titles of a title table (`titles[id]`) and one measuring function, remembering per title the
 * widths it has measured and the cut labels it has built, so the layout can cut the same titles on every zoom
 * frame without building and measuring prefix strings again (nor hashing the title to find them). Gives exactly
 * what `fitLabel(titles[id], maxWidth, measure)` gives: the same widths are compared in the same order.
 */
export function titleFitter(measure: (text: string) => number): (titles: readonly string[], id: number, maxWidth: number) => string {
  let cache = fitterCaches.get(measure);
  if (!cache) fitterCaches.set(measure, (cache = new WeakMap()));
  const byTable = cache;
  return (titles, id, maxWidth) => {
    const text = titles[id];
    if (maxWidth <= 0 || text === '') return '';
    let entries = byTable.get(titles);
    if (!entries) byTable.set(titles, (entries = []));
    let entry = entries[id];
    if (!entry) {
      const chars = Array.from(text);
      entry = entries[id] = { chars, widths: new Float64Array(chars.length).fill(NaN), cuts: [] };
    }
    const { chars, widths, cuts } = entry;
    if (Number.isNaN(widths[0])) widths[0] = measure(text);
    if (widths[0] <= maxWidth) return text;
    let lo = 0;
    let hi = chars.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (Number.isNaN(widths[mid])) widths[mid] = measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS);
      if (widths[mid] <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    if (lo === 0) return '';
    return (cuts[lo] ??= chars.slice(0, lo).join('').trimEnd() + ELLIPSIS);
  };
}
