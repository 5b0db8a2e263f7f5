/**
 * d3-zoom sets a few properties through the CSSOM (the tap highlight). That is CSP-safe, but leaves `style`
 * attributes on our nodes; drop them. The stylesheet sets the tap highlight.
 */
export function dropInlineStyle(root: Element): void {
  for (const node of [root, ...root.querySelectorAll('[style]')]) node.removeAttribute('style');
}
