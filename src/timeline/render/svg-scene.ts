/**
 * The SVG skeleton: one `<svg>` with defs and a fixed stack of layer groups. Created once; every frame
 * is drawn into these layers by `renderFrame`. Shared by the interactive component and the standalone SVG.
 */
import { AXIS_HEIGHT, FADE_SHARE, PLOT_TOP } from './geometry.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';

type G = SVGGElement;

export interface SvgScene {
  svg: SVGSVGElement;
  title: SVGElement;
  desc: SVGElement;
  background: SVGRectElement;
  axis: G;
  axisMinor: G;
  axisMajor: G;
  plot: G;
  lanes: G;
  /** One path holding every cluster's span (see clusters.ts). */
  clusterSpans: SVGPathElement;
  /** One path holding every cluster's badge, the circle under its count (see clusters.ts). */
  clusterBadges: SVGPathElement;
  /** One text holding every cluster's count, its characters placed one by one (see clusters.ts). */
  clusterCounts: SVGTextElement;
  /** The cluster the pointer is on, as a real element (`g.et-cluster`) with its accessible name. */
  clusters: G;
  /** The marks drawn in batches: one `g.et-lane-marks` of paths per lane (mark-batches.ts). */
  marks: G;
  /**
   * Under them, the paths of those marks' bars and windows with a vague end, of every lane: this group takes the
   * fade mask, so the browser renders the mask once a frame rather than once for each such path.
   */
  fadedMarks: G;
  /** The kind badges and labels of those marks: bounded pools of `<text>` (label-pool.ts). */
  badges: G;
  labels: G;
  /** Marks drawn as real elements (the active and the selected event), over the batches. */
  events: G;
  /** The content of the plot's fade mask (`${idPrefix}-fades`): the slices of every vague end in view. */
  fades: G;
  focus: G;
  tooltip: G;
  idPrefix: string;
}

/** A new SVG element with these attributes, in this order. */
export function createSvg<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  return setAttributes(doc.createElementNS(SVG_NS, tag), attributes);
}

/** Set these attributes on `node`, in this order. */
export function setAttributes<E extends Element>(node: E, attributes: Record<string, string | number>): E {
  for (const name in attributes) node.setAttribute(name, String(attributes[name]));
  return node;
}

/** A new SVG element appended to `parent`. */
export function appendSvg<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attributes?: Record<string, string | number>): SVGElementTagNameMap[K] {
  return parent.appendChild(createSvg(parent.ownerDocument, tag, attributes));
}

export function createSvgScene(doc: Document, idPrefix: string): SvgScene {
  const svg = createSvg(doc, 'svg', { class: 'et-svg' });
  const title = appendSvg(svg, 'title', { id: `${idPrefix}-title` });
  const desc = appendSvg(svg, 'desc', { id: `${idPrefix}-desc` });
  const defs = appendSvg(svg, 'defs');
  appendFadeMasks(defs, idPrefix);
  // One mask for every vague end in the plot (mark-paths.ts): white, darkened in slices where an end fades.
  const all = { x: -1e5, y: -1e5, width: 2e5, height: 2e5 };
  const fadeMask = appendSvg(defs, 'mask', { id: `${idPrefix}-fades`, maskUnits: 'userSpaceOnUse', ...all });
  appendSvg(fadeMask, 'rect', { fill: 'white', ...all });
  const fades = appendSvg(fadeMask, 'g');
  const background = appendSvg(svg, 'rect', { class: 'et-plot-bg', x: 0, y: 0 });
  const axis = appendSvg(svg, 'g', { class: 'et-axis', 'aria-hidden': 'true' });
  const axisMajor = appendSvg(axis, 'g', { class: 'et-axis-major' });
  const axisMinor = appendSvg(axis, 'g', { class: 'et-axis-minor', transform: `translate(0,${AXIS_HEIGHT})` });
  const plot = appendSvg(svg, 'g', { class: 'et-plot', transform: `translate(0,${PLOT_TOP})` });
  const layer = (name: string, hidden = true) => appendSvg(plot, 'g', hidden ? { class: `et-${name}`, 'aria-hidden': 'true' } : { class: `et-${name}` });
  const lanes = layer('lanes', false);
  const clusterShapes = layer('cluster-spans');
  const clusterSpans = appendSvg(clusterShapes, 'path', { class: 'et-cluster-span' });
  // cursor as a presentation attribute: the shared style sheet (also the static picture's) stays as it is
  const clusterBadges = appendSvg(clusterShapes, 'path', { class: 'et-cluster-badge', cursor: 'zoom-in' });
  // The pointer finds clusters by position (clusters.ts): the counts let it through to the badge under them.
  const clusterCounts = appendSvg(clusterShapes, 'text', { class: 'et-cluster-count', 'text-anchor': 'middle', 'pointer-events': 'none' });
  const clusters = layer('clusters', false);
  const fadedMarks = layer('faded-marks');
  fadedMarks.setAttribute('mask', `url(#${idPrefix}-fades)`);
  const marks = layer('marks');
  const badges = layer('badges');
  const labels = layer('labels');
  const events = layer('events', false);
  const focus = layer('focus');
  const tooltip = layer('tooltip');
  return { svg, title, desc, background, axis, axisMinor, axisMajor, plot, lanes, clusterSpans, clusterBadges, clusterCounts, clusters, fadedMarks, marks, badges, labels, events, fades, focus, tooltip, idPrefix };
}

/**
 * Luminance masks in bounding-box units: one gradient per soft end, so a period bar of any length and colour
 * fades where its start or end is vague.
 */
function appendFadeMasks(defs: SVGDefsElement, idPrefix: string): void {
  const fades: Array<[name: string, stops: Array<[offset: number, opacity: number]>]> = [
    ['start', [[0, 0], [FADE_SHARE, 1], [1, 1]]],
    ['end', [[0, 1], [1 - FADE_SHARE, 1], [1, 0]]],
    ['both', [[0, 0], [FADE_SHARE, 1], [1 - FADE_SHARE, 1], [1, 0]]],
  ];
  for (const [name, stops] of fades) {
    const gradient = appendSvg(defs, 'linearGradient', { id: `${idPrefix}-fade-${name}-gradient`, x1: 0, x2: 1, y1: 0, y2: 0 });
    for (const [offset, opacity] of stops) appendSvg(gradient, 'stop', { offset, 'stop-color': 'white', 'stop-opacity': opacity });
    const mask = appendSvg(defs, 'mask', { id: `${idPrefix}-fade-${name}`, maskContentUnits: 'objectBoundingBox' });
    appendSvg(mask, 'rect', { width: 1, height: 1, fill: `url(#${idPrefix}-fade-${name}-gradient)` });
  }
}
