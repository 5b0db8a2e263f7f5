/**
 * The SVG keeps its height while the view moves. Zooming and panning change how many rows the lanes need, so the
 * plot would grow and shrink on nearly every step; each change of the <svg>'s size makes the browser lay out all of
 * the SVG again (about 2.4 ms with 900 elements, against 1 ms for moving every mark) and moves the page below the
 * timeline. While the view moves the height only grows; it shrinks to what the lanes need once the view has been
 * still for `releaseAfterMs`.
 */
export interface HeightHold {
  /** The height to draw when the content needs `needed` px; `viewMoved` when the draw follows a zoom or pan. */
  heightFor(needed: number, viewMoved: boolean): number;
  destroy(): void;
}

export interface HeightHoldTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export function createHeightHold(onRelease: () => void, timers: HeightHoldTimers, releaseAfterMs = 300): HeightHold {
  let held = 0;
  let needs = 0;
  let timer: unknown = null;
  const release = () => {
    timer = null;
    const shrink = held > needs;
    held = needs;
    if (shrink) onRelease();
  };
  return {
    heightFor(needed, viewMoved) {
      needs = needed;
      if (viewMoved) {
        if (timer !== null) timers.clearTimeout(timer);
        timer = timers.setTimeout(release, releaseAfterMs);
      }
      held = timer === null ? needed : Math.max(held, needed);
      return held;
    },
    destroy() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
