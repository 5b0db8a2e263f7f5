/**
 * The SVG skeleton: one `<svg>` with defs and a fixed stack of layer groups. Created once; every frame
 * is drawn into these layers by `renderFrame`. Shared by the interactive component and the standalone SVG.
 */
import { select, type Selection } from 'd3-selection';
import { AXIS_HEIGHT, FADE_SHARE, PLOT_TOP } from './geometry.js';

export const SVG_NS = 'http://www.w3.org/2000/svg';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface SvgScene {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  title: Selection<SVGElement, unknown, null, undefined>;
  desc: Selection<SVGElement, unknown, null, undefined>;
  background: Selection<SVGRectElement, unknown, null, undefined>;
  axis: G;
  axisMinor: G;
  axisMajor: G;
  plot: G;
  lanes: G;
  /** One path holding every cluster's span (see clusters.ts). */
  clusterSpans: Selection<SVGPathElement, unknown, null, undefined>;
  /** One path holding every cluster's badge, the circle under its count (see clusters.ts). */
  clusterBadges: Selection<SVGPathElement, unknown, null, undefined>;
  clusters: G;
  /** The marks drawn in batches: one `g.et-lane-marks` of paths per lane (mark-batches.ts). */
  marks: G;
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

export function createSvgScene(doc: Document, idPrefix: string): SvgScene {
  const svg = select(doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement).attr('class', 'et-svg');
  const title = svg.append<SVGElement>('title').attr('id', `${idPrefix}-title`);
  const desc = svg.append<SVGElement>('desc').attr('id', `${idPrefix}-desc`);
  const defs = svg.append('defs');
  appendFadeMasks(defs, idPrefix);
  // One mask for every vague end in the plot (mark-paths.ts): white, darkened in slices where an end fades.
  const all = { x: -1e5, y: -1e5, width: 2e5, height: 2e5 };
  const fadeMask = defs.append('mask').attr('id', `${idPrefix}-fades`).attr('maskUnits', 'userSpaceOnUse');
  for (const [name, value] of Object.entries(all)) fadeMask.attr(name, value);
  const fadeBase = fadeMask.append('rect').attr('fill', 'white');
  for (const [name, value] of Object.entries(all)) fadeBase.attr(name, value);
  const fades = fadeMask.append('g');
  const background = svg.append('rect').attr('class', 'et-plot-bg').attr('x', 0).attr('y', 0);
  const axis = svg.append('g').attr('class', 'et-axis').attr('aria-hidden', 'true');
  const axisMajor = axis.append('g').attr('class', 'et-axis-major');
  const axisMinor = axis.append('g').attr('class', 'et-axis-minor').attr('transform', `translate(0,${AXIS_HEIGHT})`);
  const plot = svg.append('g').attr('class', 'et-plot').attr('transform', `translate(0,${PLOT_TOP})`);
  const lanes = plot.append('g').attr('class', 'et-lanes');
  const clusterShapes = plot.append('g').attr('class', 'et-cluster-spans').attr('aria-hidden', 'true');
  const clusterSpans = clusterShapes.append('path').attr('class', 'et-cluster-span');
  // cursor as a presentation attribute: the shared style sheet (also the static picture's) stays as it is
  const clusterBadges = clusterShapes.append('path').attr('class', 'et-cluster-badge').attr('cursor', 'zoom-in');
  const clusters = plot.append('g').attr('class', 'et-clusters');
  const marks = plot.append('g').attr('class', 'et-marks').attr('aria-hidden', 'true');
  const badges = plot.append('g').attr('class', 'et-badges').attr('aria-hidden', 'true');
  const labels = plot.append('g').attr('class', 'et-labels').attr('aria-hidden', 'true');
  const events = plot.append('g').attr('class', 'et-events');
  const focus = plot.append('g').attr('class', 'et-focus').attr('aria-hidden', 'true');
  const tooltip = plot.append('g').attr('class', 'et-tooltip').attr('aria-hidden', 'true');
  return { svg, title, desc, background, axis, axisMinor, axisMajor, plot, lanes, clusterSpans, clusterBadges, clusters, marks, badges, labels, events, fades, focus, tooltip, idPrefix };
}

/**
 * Luminance masks in bounding-box units: one gradient per soft end, so a period bar of any length and colour
 * fades where its start or end is vague.
 */
function appendFadeMasks(defs: Selection<SVGDefsElement, unknown, null, undefined>, idPrefix: string): void {
  const fades: Array<[name: string, stops: Array<[offset: number, opacity: number]>]> = [
    ['start', [[0, 0], [FADE_SHARE, 1], [1, 1]]],
    ['end', [[0, 1], [1 - FADE_SHARE, 1], [1, 0]]],
    ['both', [[0, 0], [FADE_SHARE, 1], [1 - FADE_SHARE, 1], [1, 0]]],
  ];
  for (const [name, stops] of fades) {
    const gradient = defs.append('linearGradient').attr('id', `${idPrefix}-fade-${name}-gradient`).attr('x1', 0).attr('x2', 1).attr('y1', 0).attr('y2', 0);
    for (const [offset, opacity] of stops) {
      gradient.append('stop').attr('offset', offset).attr('stop-color', 'white').attr('stop-opacity', opacity);
    }
    defs
      .append('mask')
      .attr('id', `${idPrefix}-fade-${name}`)
      .attr('maskContentUnits', 'objectBoundingBox')
      .append('rect')
      .attr('width', 1)
      .attr('height', 1)
      .attr('fill', `url(#${idPrefix}-fade-${name}-gradient)`);
  }
}
