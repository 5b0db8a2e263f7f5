import type { Timex } from '../types.js';

/**
 * Keep one expression wherever several parsers matched overlapping text: the longer match wins, then the earlier
 * parser (parsers are listed from specific to general). Returns expressions in text order.
 */
export function settleOverlaps(found: readonly Timex[], parserRank: ReadonlyMap<string, number>): Timex[] {
  const byPreference = [...found].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      (parserRank.get(a.parser) ?? 0) - (parserRank.get(b.parser) ?? 0) ||
      a.start - b.start,
  );
  const kept: Timex[] = [];
  // Occupied character ranges, kept sorted by start, for an O(log n) overlap check.
  const occupied: Timex[] = [];
  for (const candidate of byPreference) {
    let lo = 0;
    let hi = occupied.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (occupied[mid].start < candidate.start) lo = mid + 1;
      else hi = mid;
    }
    const before = occupied[lo - 1];
    const after = occupied[lo];
    if ((before && before.end > candidate.start) || (after && after.start < candidate.end)) continue;
    occupied.splice(lo, 0, candidate);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
