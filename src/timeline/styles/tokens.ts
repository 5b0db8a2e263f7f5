/**
 * Theme tokens: the colours of both themes as data, so a test can check their contrast (WCAG 2.1 AA)
 * and the stylesheet is generated from one table. Each token becomes a CSS custom property `--et-<name>`.
 */
import type { EventKind } from '../../types.js';

export type ThemeName = 'light' | 'dark';

export interface ThemeTokens {
  /** page background of the component */
  bg: string;
  /** body text */
  fg: string;
  /** secondary text (axis, lane labels): still ≥ 4.5:1 on bg */
  muted: string;
  /** interactive accent (focus ring, selected) */
  accent: string;
  /** lane band shading and grid lines (decorative, no contrast requirement) */
  band: string;
  grid: string;
  /** surfaces of the tooltip and details panel */
  surface: string;
  /** highlighted temporal expression in the source sentence (text stays fg) */
  mark: string;
  /** kind colours: markers ≥ 3:1 on bg */
  kind: Record<EventKind, string>;
}

export const THEMES: Record<ThemeName, ThemeTokens> = {
  light: {
    bg: '#ffffff',
    fg: '#1b1f24',
    muted: '#57606a',
    accent: '#0b5cad',
    band: '#f3f5f8',
    grid: '#d8dee4',
    surface: '#ffffff',
    mark: '#fff1a8',
    kind: {
      occurred: '#1f5fa8',
      reported: '#7b3fa0',
      planned: '#1a7336',
      conditional: '#9a4d00',
      speculative: '#7d6400',
      negated: '#b3261e',
    },
  },
  dark: {
    bg: '#15181c',
    fg: '#e8ebee',
    muted: '#a8b1bb',
    accent: '#79b8ff',
    band: '#1e2227',
    grid: '#39414a',
    surface: '#1e2227',
    mark: '#5c4b00',
    kind: {
      occurred: '#79b0f2',
      reported: '#d3a6f2',
      planned: '#6fcf8c',
      conditional: '#f4a45c',
      speculative: '#e0c54f',
      negated: '#ff8f85',
    },
  },
};

/**
 * Declarations of one theme, in the order of its tokens (THEMES lists both themes' alike). The rules read private `--_et-*` properties that take the
 * public `--et-*` value when a host page set one (on the element or any ancestor: custom properties inherit
 * into the shadow root) and the theme's own colour otherwise.
 */
export function themeDeclarations(tokens: ThemeTokens): string {
  const declaration = (name: string, value: string) => `--_et-${name}:var(--et-${name},${value});`;
  const { kind, ...plain } = tokens;
  return (
    Object.entries(plain)
      .map(([name, value]) => declaration(name, value))
      .join('') +
    Object.entries(kind)
      .map(([name, value]) => declaration(`kind-${name}`, value))
      .join('')
  );
}
