/**
 * d3-zoom and d3-brush set a few properties through the CSSOM (the tap highlight; `display` of the brush selection
 * and handles). That is CSP-safe, but leaves `style` attributes on our nodes; drop them. The stylesheet sets the
 * tap highlight, and the overview mirrors the brush's `display` into SVG attributes from the brush state.
 */
export function dropInlineStyle(root: Element): void {
  for (const node of [root, ...root.querySelectorAll('[style]')]) node.removeAttribute('style');
}
