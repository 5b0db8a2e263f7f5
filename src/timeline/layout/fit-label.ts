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
