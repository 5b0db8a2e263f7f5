/**
 * d3-zoom and d3-brush set a few properties through the CSSOM (tap highlight, `display` of brush handles).
 * That is CSP-safe, but leaves `style` attributes on our nodes; this moves what matters into SVG presentation
 * attributes and drops the rest (the stylesheet already sets the tap highlight).
 */
const AS_ATTRIBUTES = ['display', 'cursor'] as const;

export function dropInlineStyle(root: Element): void {
  const nodes = [root, ...root.querySelectorAll('[style]')];
  for (const node of nodes as Array<Element & ElementCSSInlineStyle>) {
    if (!node.hasAttribute('style')) continue;
    for (const property of AS_ATTRIBUTES) {
      const value = node.style.getPropertyValue(property);
      if (value) node.setAttribute(property, value);
      else if (property === 'display') node.removeAttribute('display');
    }
    node.removeAttribute('style');
  }
}
