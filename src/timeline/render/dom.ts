/**
 * The one way HTML is built here: createElement, fixed attribute names, text through textContent.
 * Article text can therefore never become markup.
 */
import { isolateText } from '../format/isolate.js';

export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | number | boolean | null | undefined> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  if (text !== undefined) node.textContent = isolateText(text);
  return node;
}

/** Remove every child (cheaper and clearer than textContent = '' when children carry listeners). */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}
