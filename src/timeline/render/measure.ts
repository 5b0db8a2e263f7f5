/**
 * Label width estimate. Deterministic on purpose: the same labels shorten the same way in a browser,
 * under jsdom and in a server-rendered SVG, so snapshots and screenshots agree.
 */

const NARROW = /[iljtfrI.,:;'!|() -]/;
const WIDE = /[mwMWÆæŒœ@%]/;

/** Approximate advance width in px of `text` at `fontSize` px in a sans-serif font. */
export function estimateTextWidth(text: string, fontSize = 11): number {
  let ems = 0;
  for (const char of text) {
    // Sized for common UI sans-serifs (DejaVu, Segoe, Roboto) erring wide, so labels shorten before they collide.
    if (NARROW.test(char)) ems += 0.32;
    else if (WIDE.test(char)) ems += 0.9;
    else if (char >= 'A' && char <= 'Z') ems += 0.7;
    else ems += 0.6;
  }
  return ems * fontSize;
}
