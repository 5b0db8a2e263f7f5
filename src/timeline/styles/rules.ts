/**
 * The component's stylesheet as a list of single CSS rules (each can go through `sheet.insertRule`).
 * Everything is driven by `--et-*` custom properties so a host page can theme the component from outside
 * the shadow root without any of its own rules leaking in.
 */
import { THEMES, themeDeclarations } from './tokens.js';

const FONT = 'var(--et-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif)';

/** Rules for the SVG parts; shared by the interactive component and the standalone SVG. */
export const SVG_RULES: readonly string[] = [
  `.et-svg{font-family:${FONT};font-size:12px;color:var(--_et-fg);background:var(--_et-bg);-webkit-tap-highlight-color:transparent}`,
  '.et-svg text{fill:var(--_et-fg)}',
  '.et-plot-bg{fill:var(--_et-bg)}',
  '.et-axis{color:var(--_et-muted)}',
  '.et-axis text{fill:var(--_et-muted)}',
  '.et-axis-major text{fill:var(--_et-fg);font-weight:600}',
  '.et-axis-major line{stroke:var(--_et-grid)}',
  '.et-lane-band{fill:transparent}',
  '.et-lane-odd .et-lane-band{fill:var(--_et-band)}',
  '.et-axis-minor{font-size:11px}',
  '.et-lane-label{fill:var(--_et-muted);font-weight:600}',
  '.et-event,.et-sample{color:var(--_et-kind-occurred)}',
  '.et-sample-neutral{color:var(--_et-muted)}',
  '.et-event{cursor:pointer}',
  '.et-kind-reported{color:var(--_et-kind-reported)}',
  '.et-kind-planned{color:var(--_et-kind-planned)}',
  '.et-kind-conditional{color:var(--_et-kind-conditional)}',
  '.et-kind-speculative{color:var(--_et-kind-speculative)}',
  '.et-kind-negated{color:var(--_et-kind-negated)}',
  '.et-marker{fill:currentColor;stroke:currentColor;stroke-width:1.5}',
  // a day somewhere in a window: the window, faint, with a dashed edge (never a marker at its middle)
  '.et-range{fill:currentColor;fill-opacity:.16;stroke:currentColor;stroke-opacity:.6;stroke-dasharray:2 3}',
  // a date from tense: the tail toward its open end, finer than a window that has two ends
  '.et-open .et-range,.et-range.et-open{fill-opacity:.1;stroke-dasharray:1 2}',
  // a range's fill and its dashed edge as two parts (the batches; a window whose edge a label runs across)
  '.et-range-fill{stroke:none}',
  '.et-range-edge{fill:none}',
  // a period: a solid bar; vague ends fade through a mask
  '.et-bar{fill:currentColor}',
  '.et-outline{fill:none;stroke:currentColor;stroke-width:1.5}',
  '.et-kind-planned .et-outline,.et-outline.et-kind-planned{stroke-dasharray:4 3}',
  '.et-kind-speculative .et-outline,.et-outline.et-kind-speculative{stroke-dasharray:1 3;stroke-linecap:round;stroke-width:2}',
  '.et-glyph{fill:var(--_et-bg);stroke:currentColor;stroke-width:1.5}',
  '.et-badge{font-size:10px;font-weight:700}',
  '.et-svg .et-badge{fill:currentColor}',
  '.et-strike{stroke:var(--_et-fg);stroke-width:2;stroke-linecap:round}',
  // a halo in the background colour keeps a label beside its mark readable over grid lines; on a bar (in the
  // background colour) or a window's faint tint a label needs none, and a halo there would smear over the fill
  '.et-svg .et-label{font-size:11px;fill:var(--_et-fg);stroke:var(--_et-bg);stroke-width:3px;stroke-linejoin:round;paint-order:stroke}',
  '.et-svg .et-label-on-bar{fill:var(--_et-bg);stroke:none}',
  '.et-svg .et-label-on-span{stroke:none}',
  '.et-selected .et-marker,.et-selected .et-bar,.et-selected .et-range{stroke:var(--_et-fg);stroke-opacity:1;stroke-width:2.5}',
  '.et-cluster,.et-cluster-span{cursor:zoom-in}',
  '.et-cluster-span{fill:var(--_et-muted);fill-opacity:.18}',
  '.et-cluster-badge{fill:var(--_et-surface);stroke:var(--_et-muted);stroke-width:1.5}',
  '.et-svg .et-cluster-count{font-size:11px;font-weight:700;fill:var(--_et-fg)}',
  // the ring is drawn in SVG so focus stays visible inside the plot; shown only while the plot has focus
  '.et-focus-ring{fill:none;stroke:var(--_et-accent);stroke-width:3;display:none}',
  '.et-svg:focus .et-focus-ring{display:inline}',
  '.et-svg:focus{outline:none}',
  '.et-svg:focus-visible .et-plot-bg{stroke:var(--_et-accent);stroke-width:3}',
  '.et-tooltip-box{fill:var(--_et-surface);stroke:var(--_et-muted)}',
  '.et-tooltip-title{font-weight:700}',
  '.et-overview{margin-top:.25rem}',
  '.et-overview-bg{fill:var(--_et-band);stroke:var(--_et-grid)}',
  '.et-overview-density{fill:var(--_et-muted);fill-opacity:.6}',
  '.et-overview .selection{fill:var(--_et-accent);fill-opacity:.2;stroke:var(--_et-accent)}',
];

/**
 * Rules for the interactive plot's marks drawn in batches (render/mark-paths.ts): each path carries its part, kind
 * and variant as classes of its own, where a single mark's parts inherit them from its group.
 */
export const BATCH_RULES: readonly string[] = [
  '.et-kind-occurred{color:var(--_et-kind-occurred)}',
  '.et-batch,.et-labels text{cursor:pointer}',
  '.et-marker.et-shape-uncertain-point{fill:var(--_et-bg);stroke-width:2;stroke-dasharray:3 2}',
];

/** Rules for the HTML parts of the interactive component. */
export const HTML_RULES: readonly string[] = [
  ':host{display:block}',
  // the overview's range brush takes touch drags itself (Pointer Events), as d3-brush did with touch events
  '.et-overview{touch-action:none}',
  `.et-root{background:var(--_et-bg);color:var(--_et-fg);font:14px/1.4 ${FONT};padding:.5rem;box-sizing:border-box;container-type:inline-size}`,
  '.et-root *,.et-root *::before,.et-root *::after{box-sizing:border-box}',
  '[hidden]{display:none !important}',
  '.et-toolbar,.et-filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-bottom:.5rem}',
  '.et-filters fieldset{display:flex;flex-wrap:wrap;gap:.25rem .75rem;border:1px solid var(--_et-grid);border-radius:4px;margin:0;padding:.25rem .5rem}',
  '.et-filters legend{color:var(--_et-muted);font-size:.85em;padding:0 .25rem}',
  '.et-filters label{display:inline-flex;gap:.25rem;align-items:center;max-width:100%;min-width:0}',
  // long article titles must not widen the page on a phone
  '.et-filters select{min-width:0;flex:0 1 auto;width:14rem;max-width:100%;text-overflow:ellipsis}',
  '.et-root button,.et-root select{font:inherit;color:var(--_et-fg);background:var(--_et-surface);border:1px solid var(--_et-muted);border-radius:4px;padding:.25rem .6rem;min-height:2rem;max-width:100%}',
  '.et-root button[aria-pressed="true"]{background:var(--_et-accent);color:var(--_et-bg)}',
  '.et-root :focus-visible{outline:3px solid var(--_et-accent);outline-offset:2px}',
  // the details open over the plot, beside the selected mark (details-placement.ts): the plot keeps its width
  '.et-body{position:relative}',
  '.et-chart{min-width:0}',
  '.et-chart svg{display:block;max-width:100%}',
  '.et-details{position:absolute;z-index:2;left:0;top:0;width:min(24rem,100%);max-height:32rem;overflow:auto;border:1px solid var(--_et-muted);border-radius:6px;padding:.75rem;background:var(--_et-surface);box-shadow:0 4px 16px rgb(0 0 0 / .25)}',
  '.et-details h2{font-size:1.05em;margin:0 0 .5rem}',
  '.et-details dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem .75rem;margin:0 0 .5rem}',
  '.et-details dt{color:var(--_et-muted)}',
  '.et-details dd{margin:0}',
  '.et-details blockquote{margin:.5rem 0;padding-left:.75rem;border-left:3px solid var(--_et-grid)}',
  '.et-root mark{background:var(--_et-mark);color:var(--_et-fg);padding:0 .1em}',
  '.et-list{margin:0;padding-left:1.5rem}',
  '.et-list li{margin:.25rem 0}',
  '.et-list-date{color:var(--_et-muted)}',
  '.et-list button{min-height:1.75rem;padding:0 .4rem;text-align:left}',
  '.et-legend{display:flex;flex-wrap:wrap;gap:.25rem 2rem;margin:.5rem 0 0;color:var(--_et-fg);font-size:.9em}',
  '.et-legend ul{display:flex;flex-wrap:wrap;gap:.1rem 1rem;margin:0;padding:0;list-style:none;align-items:center}',
  '.et-legend li{display:inline-flex;gap:.2rem;align-items:center}',
  '.et-legend .et-legend-title{color:var(--_et-muted);font-weight:600;margin-right:.25rem}',
  '.et-legend svg{flex:none}',
  '.et-error{margin:0 0 .5rem;padding:.5rem .75rem;border:1px solid var(--_et-kind-negated);border-left-width:4px;border-radius:4px;background:var(--_et-surface)}',
  // the interactive plot's repeat (the same event in a second lane): its mark faded, its label as readable as any
  '.et-repeat .et-marker,.et-repeat .et-range,.et-repeat .et-bar,.et-repeat .et-glyph,.et-repeat .et-outline,.et-repeat .et-badge,.et-repeat .et-strike{opacity:.4}',
  '.et-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
  // The filters fold behind the toolbar's Filters button (filterBar 'folded'); shown ('open'), they still fold in a
  // narrow timeline, so a phone gets the plot on its first screen.
  '.et-root .et-filters-toggle[aria-expanded="true"]{background:var(--_et-accent);color:var(--_et-bg)}',
  '[data-filter-bar="folded"] .et-filters:not([data-open]){display:none}',
  '[data-filter-bar="open"] .et-filters-toggle,[data-filter-bar="hidden"] .et-filters-toggle,[data-filter-bar="hidden"] .et-filters{display:none}',
  '@container (max-width: 480px){[data-filter-bar="open"] .et-filters-toggle{display:inline-block}[data-filter-bar="open"] .et-filters:not([data-open]){display:none}}',
  // above the plot, the legend sits between the toolbar and the plot
  '.et-legend-above{margin:0 0 .5rem}',
  // on a phone it would push the plot off the first screen: there it follows the plot (the tab order is the same)
  '@media (max-width: 480px){.et-root{display:flex;flex-direction:column}.et-legend-above{order:1;margin:.5rem 0 0}}',
  '@media (prefers-reduced-motion: reduce){.et-root *{transition:none !important;animation:none !important;scroll-behavior:auto !important}}',
];

/** Theme variables: light by default, dark by option or (with theme `auto`) by the reader's preference. */
export function themeRules(hostSelector: string, rootSelector: string): string[] {
  const light = themeDeclarations(THEMES.light);
  const dark = themeDeclarations(THEMES.dark);
  return [
    `${hostSelector}{${light}}`,
    `${rootSelector}[data-theme="light"]{${light}}`,
    `${rootSelector}[data-theme="dark"]{${dark}}`,
    `@media (prefers-color-scheme: dark){${rootSelector}[data-theme="auto"]{${dark}}}`,
  ];
}

/** Every rule of the interactive component, for its shadow root. */
export function componentRules(): string[] {
  return [...themeRules(':host', '.et-root'), ...HTML_RULES, ...SVG_RULES, ...BATCH_RULES];
}

/** The text of the `<style>` element inside a standalone SVG (fixed theme: there is no reader preference on paper). */
export function standaloneSvgStyle(theme: 'light' | 'dark'): string {
  return [`.et-svg{${themeDeclarations(THEMES[theme])}}`, ...SVG_RULES].join('\n');
}
