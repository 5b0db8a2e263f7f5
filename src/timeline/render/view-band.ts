/**
 * Which part of the plot is near the reader's view, from the SVG's place in the viewport: the rows of the SVG within
 * the viewport widened by half a viewport above and below (the margin lane-visibility.ts observes with). A frame
 * leaves the lanes outside it undrawn at once, so a large frame never depends on when an IntersectionObserver
 * reports. The SVG's place is read once per animation frame, at the first draw of that frame, before it writes
 * anything: the browser has laid the page out for the last frame, so the read costs no layout; a second draw in the
 * same frame (after writes) reuses it rather than forcing one.
 */
export interface ViewBand {
  /** [top, bottom] in the SVG's own coordinates (px from its top), or null when not known (not in a laid-out page). */
  band(): readonly [number, number] | null;
}

export function watchViewBand(svg: SVGSVGElement): ViewBand {
  const win = svg.ownerDocument.defaultView;
  // Without IntersectionObserver (jsdom, Node) nothing is laid out, and no lane is ever left undrawn.
  if (!win || !win.IntersectionObserver || !win.requestAnimationFrame) return { band: () => null };
  let read: { top: number; scale: number; viewport: number } | null = null;
  return {
    band() {
      if (!read) {
        if (!svg.isConnected) return null;
        const box = svg.getBoundingClientRect();
        // The SVG may be drawn scaled (max-width: 100% with its viewBox): viewport px per SVG px, from the height it
        // had when read (none before the first frame).
        const drawn = Number(svg.getAttribute('height'));
        read = { top: box.top, scale: drawn > 0 && box.height > 0 ? box.height / drawn : 1, viewport: win.innerHeight };
        win.requestAnimationFrame(() => (read = null));
      }
      const { top, scale, viewport } = read;
      if (!(viewport > 0)) return null;
      return [(-viewport * 0.5 - top) / scale, (viewport * 1.5 - top) / scale];
    },
  };
}
