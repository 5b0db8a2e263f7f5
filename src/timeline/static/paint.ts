/**
 * How a static SVG carries its look, as the page it goes into needs:
 * - `element` (default): one `<style>` inside the SVG, the component's own rules; for files, `<img>` and e-mail.
 * - `attributes`: presentation attributes (`fill`, `stroke`, `font-size` ...) on the elements and no `<style>`, so
 *   the SVG can be inlined in a page whose Content-Security-Policy forbids inline styles; colours are fixed.
 * - `none`: classes only; the page styles them itself, for example with {@link staticSvgStylesheet} in its own CSS file.
 * Elements carry their classes in every mode; `paint` adds the attributes of a part in `attributes` mode only.
 */
import { THEMES, type ThemeName, type ThemeTokens } from '../styles/tokens.js';
import { SVG_RULES, standaloneSvgStyle } from '../styles/rules.js';
import type { EventKind } from '../../types.js';
import type { Attrs } from './markup.js';

export type StaticStyles = 'element' | 'attributes' | 'none';

/** The parts of the picture that have a look of their own. */
export type Part =
  | 'svg'
  | 'background'
  | 'axis'
  | 'axis-minor'
  | 'text'
  | 'lane-band'
  | 'axis-major-text'
  | 'axis-major-line'
  | 'lane-band-odd'
  | 'lane-label'
  | 'marker'
  | 'range'
  | 'range-open'
  | 'bar'
  | 'outline'
  | 'outline-planned'
  | 'outline-speculative'
  | 'glyph'
  | 'badge'
  | 'strike'
  | 'label'
  | 'label-on-bar'
  | 'label-on-span'
  | 'overflow-span'
  | 'overflow-badge'
  | 'overflow-count'
  | 'neutral'
  | 'heading'
  | 'note'
  | 'entry-number';

/** Rules of the static picture's own parts (legend, list of events not drawn), on top of the component's. */
const STATIC_RULES: readonly string[] = [
  '.et-static-heading{font-weight:600}',
  '.et-svg .et-static-note,.et-svg .et-static-number{fill:var(--_et-muted)}',
  '.et-svg .et-static-number{font-weight:600}',
  '.et-overflow-span{fill:var(--_et-muted);fill-opacity:.18}',
  '.et-overflow-badge{fill:var(--_et-surface);stroke:var(--_et-muted);stroke-width:1.5}',
  '.et-svg .et-overflow-count{font-size:10px;font-weight:700;fill:var(--_et-fg)}',
];

/** The CSS a page needs for static SVGs made with `styles: 'none'`, in one theme (put it in the page's CSS file). */
export function staticSvgStylesheet(theme: ThemeName = 'light'): string {
  return [standaloneSvgStyle(theme), ...STATIC_RULES].join('\n');
}

/** The `<style>` text of `styles: 'element'`. */
export function embeddedStyle(theme: ThemeName): string {
  return staticSvgStylesheet(theme);
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The same look as SVG_RULES and STATIC_RULES, as presentation attributes of each part. */
function partAttributes(t: ThemeTokens): Record<Part, Attrs> {
  return {
    svg: { 'font-family': FONT, 'font-size': 12, color: t.fg },
    background: { fill: t.bg },
    axis: { color: t.muted },
    'axis-minor': { 'font-size': 11 },
    text: { fill: t.fg },
    'lane-band': { fill: 'none' },
    'axis-major-text': { fill: t.fg, 'font-weight': 600 },
    'axis-major-line': { stroke: t.grid },
    'lane-band-odd': { fill: t.band },
    'lane-label': { fill: t.muted, 'font-weight': 600 },
    marker: { fill: 'currentColor', stroke: 'currentColor', 'stroke-width': 1.5 },
    range: { fill: 'currentColor', 'fill-opacity': 0.16, stroke: 'currentColor', 'stroke-opacity': 0.6, 'stroke-dasharray': '2 3' },
    'range-open': { fill: 'currentColor', 'fill-opacity': 0.1, stroke: 'currentColor', 'stroke-opacity': 0.6, 'stroke-dasharray': '1 2' },
    bar: { fill: 'currentColor' },
    outline: { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 },
    'outline-planned': { fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5, 'stroke-dasharray': '4 3' },
    'outline-speculative': { fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-dasharray': '1 3', 'stroke-linecap': 'round' },
    glyph: { fill: t.bg, stroke: 'currentColor', 'stroke-width': 1.5 },
    badge: { fill: 'currentColor', 'font-size': 10, 'font-weight': 700 },
    strike: { stroke: t.fg, 'stroke-width': 2, 'stroke-linecap': 'round' },
    label: { fill: t.fg, stroke: t.bg, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke', 'font-size': 11 },
    'label-on-bar': { fill: t.bg, 'font-size': 11 },
    'label-on-span': { fill: t.fg, 'font-size': 11 },
    'overflow-span': { fill: t.muted, 'fill-opacity': 0.18 },
    'overflow-badge': { fill: t.surface, stroke: t.muted, 'stroke-width': 1.5 },
    'overflow-count': { fill: t.fg, 'font-size': 10, 'font-weight': 700 },
    neutral: { color: t.muted },
    heading: { fill: t.fg, 'font-weight': 600 },
    note: { fill: t.muted },
    'entry-number': { fill: t.muted, 'font-weight': 600 },
  };
}

export interface Painter {
  styles: StaticStyles;
  /** Presentation attributes of a part (empty unless `styles` is `attributes`). */
  paint(part: Part): Attrs;
  /** The colour of a kind, as a `color` attribute for a mark's group (empty unless `attributes`). */
  kindColour(kind: EventKind): Attrs;
}

export function painter(styles: StaticStyles, theme: ThemeName): Painter {
  if (styles !== 'attributes') return { styles, paint: () => ({}), kindColour: () => ({}) };
  const tokens = THEMES[theme];
  const table = partAttributes(tokens);
  return { styles, paint: (part) => table[part], kindColour: (kind) => ({ color: tokens.kind[kind] }) };
}

/** Every rule the standalone SVG's `<style>` holds, for tests that compare both modes. */
export const STATIC_SVG_RULES: readonly string[] = [...SVG_RULES, ...STATIC_RULES];
