/**
 * d3-zoom and d3-brush set `-webkit-tap-highlight-color` through the CSSOM. That is CSP-safe, but it leaves a
 * `style` attribute on our nodes; the stylesheet sets the same thing, so drop it and keep the DOM free of inline style.
 */
export function dropInlineStyle(node: Element & ElementCSSInlineStyle): void {
  node.style.removeProperty('-webkit-tap-highlight-color');
  if (!node.getAttribute('style')) node.removeAttribute('style');
}
