/**
 * Cluster buckets: a fixed grid of time buckets, 2^level minutes wide, aligned to the epoch. The level is the
 * smallest whose bucket is at least `gapPx` wide at the current zoom. Because the grid does not move when the
 * view pans, a bucket (and so a cluster key) stays the same while panning; zooming in lowers the level and each
 * bucket splits into two halves with new keys.
 */
const MINUTE_MS = 60_000;

export interface BucketGrid {
  level: number;
  size: number;
}

export function bucketGrid(msPerPx: number, gapPx: number): BucketGrid {
  const wanted = msPerPx * gapPx;
  let level = Math.max(0, Math.ceil(Math.log2(wanted / MINUTE_MS)));
  // Guard against rounding in log2 either way.
  while (level > 0 && MINUTE_MS * 2 ** (level - 1) >= wanted) level--;
  while (MINUTE_MS * 2 ** level < wanted) level++;
  return { level, size: MINUTE_MS * 2 ** level };
}

export function bucketOf(grid: BucketGrid, time: number): number {
  return Math.floor(time / grid.size);
}
