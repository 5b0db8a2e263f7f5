/**
 * Where a mouse, pointer, wheel or touch point is in an element's own coordinates (its user space for SVG, through
 * the inverse of its screen matrix), as d3-selection's `pointer` reads it; without a screen matrix (jsdom), the
 * offset from the element's box.
 */
export function pointer(event: { clientX: number; clientY: number }, node: Element): [number, number] {
  const matrix = (node as SVGGraphicsElement).getScreenCTM?.();
  if (matrix) {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return [point.x, point.y];
  }
  const box = node.getBoundingClientRect();
  return [event.clientX - box.left - node.clientLeft, event.clientY - box.top - node.clientTop];
}
