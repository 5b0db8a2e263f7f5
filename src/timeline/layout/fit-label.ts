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

/** A title's cut labels by prefix length (the first k code points, trimmed, plus the ellipsis), built on demand. */
interface Cuts {
  chars: string[];
  cuts: (string | undefined)[];
}

/** Cut labels do not depend on the measuring function: kept per title table, across frames. */
const cutCaches = new WeakMap<readonly string[], (Cuts | undefined)[]>();
/** Widths per measuring function and title table: the full title at index 0, the cut of length k at index k. */
const widthCaches = new WeakMap<(text: string) => number, WeakMap<readonly string[], (Float64Array | undefined)[]>>();

/**
 * `fitLabel` for the titles of a title table (`titles[id]`) and one measuring function. The cut labels are kept
 * per title (whatever the measuring function) and their widths per measuring function, so the layout cuts the
 * same titles on every zoom frame without building and measuring prefix strings again (nor hashing the title to
 * find them). Gives exactly what `fitLabel(titles[id], maxWidth, measure)` gives: the same widths are compared in
 * the same order.
 */
export function titleFitter(measure: (text: string) => number): (titles: readonly string[], id: number, maxWidth: number) => string {
  let cache = widthCaches.get(measure);
  if (!cache) widthCaches.set(measure, (cache = new WeakMap()));
  const widthsByTable = cache;
  return (titles, id, maxWidth) => {
    const text = titles[id];
    if (maxWidth <= 0 || text === '') return '';
    let cutList = cutCaches.get(titles);
    if (!cutList) cutCaches.set(titles, (cutList = []));
    const entry = (cutList[id] ??= { chars: Array.from(text), cuts: [] });
    let widthList = widthsByTable.get(titles);
    if (!widthList) widthsByTable.set(titles, (widthList = []));
    const { chars, cuts } = entry;
    const widths = (widthList[id] ??= new Float64Array(chars.length).fill(NaN));
    const cut = (k: number) => (cuts[k] ??= chars.slice(0, k).join('').trimEnd() + ELLIPSIS);
    if (Number.isNaN(widths[0])) widths[0] = measure(text);
    if (widths[0] <= maxWidth) return text;
    let lo = 0;
    let hi = chars.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (Number.isNaN(widths[mid])) widths[mid] = measure(cut(mid));
      if (widths[mid] <= maxWidth) lo = mid;
      else hi = mid - 1;
    }
    return lo === 0 ? '' : cut(lo);
  };
}
