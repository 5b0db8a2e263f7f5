/**
 * Where the details open: beside the selected mark, over the plot, so the plot keeps its width and its labels stay
 * where they are; in a narrow timeline (a phone) across the width, just below the mark. The position is one rule in
 * the component's own constructed stylesheet (no style attribute, so it holds under a strict CSP), and the panel is
 * then scrolled into view if it is not.
 */
export interface DetailsPlacement {
  /** Place `panel` (inside `body`) next to `mark`, or at the top of `body` without one. */
  place(panel: HTMLElement, body: HTMLElement, mark: Element | null): void;
  remove(): void;
}

/** Narrower than this (px), the panel spans the timeline below the mark. */
const NARROW = 480;
const GAP = 12;

type SheetHost = ShadowRoot & { adoptedStyleSheets?: CSSStyleSheet[] };

export function detailsPlacement(root: ShadowRoot, selector: string): DetailsPlacement {
  const host = root as SheetHost;
  const Sheet = root.ownerDocument.defaultView?.CSSStyleSheet;
  const sheet = Array.isArray(host.adoptedStyleSheets) && typeof Sheet === 'function' ? new Sheet() : null;
  if (sheet) host.adoptedStyleSheets = [...host.adoptedStyleSheets!, sheet];
  const setRule = (left: number, top: number, narrow: boolean) => {
    if (!sheet) return;
    while (sheet.cssRules.length) sheet.deleteRule(0);
    const width = narrow ? 'right:0;width:auto' : 'right:auto';
    sheet.insertRule(`${selector}{left:${Math.round(left)}px;top:${Math.round(top)}px;${width}}`);
  };
  return {
    place(panel, body, mark) {
      const bodyBox = body.getBoundingClientRect();
      const box = mark?.getBoundingClientRect();
      if (!box || bodyBox.width === 0) {
        setRule(0, 0, bodyBox.width < NARROW);
      } else if (bodyBox.width < NARROW) {
        setRule(0, box.bottom - bodyBox.top + GAP / 2, true);
      } else {
        const width = panel.getBoundingClientRect().width;
        const right = box.right - bodyBox.left + GAP;
        const left = right + width <= bodyBox.width ? right : Math.max(0, box.left - bodyBox.left - GAP - width);
        setRule(left, Math.max(0, box.top - bodyBox.top - GAP), false);
      }
      panel.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    },
    remove() {
      if (sheet) host.adoptedStyleSheets = (host.adoptedStyleSheets ?? []).filter((s) => s !== sheet);
    },
  };
}
